package ingest

import (
	"strings"
	"testing"
)

// TestOwnNCTIDPageFamily reads the trial's own NCT ID on a page that names
// several, lists another trial's only where a label names it as one of the
// trial's identifiers, and says in the provenance which was chosen and why.
func TestOwnNCTIDPageFamily(t *testing.T) {
	tests := []struct {
		name, page string
		nct        string
		ids        []string
		why        string
	}{
		{"identification line below a background trial",
			"Ponatinib for Ph-like ALL in children\nThis study follows the earlier trial NCT02222222, which tested imatinib.\nNCT Number: NCT01111111\nPhase: 2",
			"NCT01111111", []string{"NCT01111111"}, "identification line"},
		{"title block and a secondary ID",
			"Ponatinib for Ph-like ALL in children (NCT01111111)\nPhase: 2\nSecondary IDs: NCT03333333\nIt extends the previous study NCT02222222.",
			"NCT01111111", []string{"NCT01111111", "NCT03333333"}, "title block"},
		{"related trials listed first",
			"Trial summary\n\nRelated trials\nNCT02222222\nNCT03333333\n\nThe trial NCT01111111 tests ponatinib in children with Ph-like ALL, phase 2.",
			"NCT01111111", []string{"NCT01111111"}, "first not named"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("page.txt", []byte(tt.page))
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			tr := res.Trials[0]
			var ids []string
			for _, id := range tr.RegistryIDs {
				ids = append(ids, id.ID)
			}
			if tr.NCTID != tt.nct || strings.Join(ids, " ") != strings.Join(tt.ids, " ") {
				t.Errorf("got %s, IDs %v", tr.NCTID, ids)
			}
			if p := tr.Provenance["nct_id"]; !strings.HasPrefix(p, tt.why) || !strings.Contains(p, "the page names ") {
				t.Errorf("provenance %q", p)
			}
		})
	}
}
