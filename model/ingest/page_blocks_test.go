package ingest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/rules"
)

// TestTrialBlockFamily splits a page that lists trials in blocks of the
// same labels, each with an NCT number of its own, and no other page.
func TestTrialBlockFamily(t *testing.T) {
	tests := []struct {
		name, page string
		blocks     int
	}{
		{"a program's list of trials",
			"Clinical Trials for Leukemia\nProtocol ID: AALL1732\nWho can participate? Ages 1 to 25\nClinicalTrials.gov ID: NCT03959085\nProtocol ID: AAML1831\nWho can participate? Age less than 22 years\nClinicalTrials.gov ID: NCT04293562\nProtocol ID: AALL21", 3},
		{"blocks opened by the NCT label itself",
			"Our studies\nNCT ID: NCT03959085\nPhase: 3\nNCT ID: NCT04293562\nPhase: 2", 2},
		{"a label that recurs around one trial",
			"A Phase 2 Study of X\nContact: Dr A\nNCT ID: NCT03959085\nContact: Dr B\nInclusion Criteria:\n- Age 1 to 21 years", 0},
		{"blocks that share one NCT number",
			"Site: Boston\nStudy: NCT03959085\nSite: Denver\nStudy: NCT03959085", 0},
		{"an NCT number before the first block",
			"Main study NCT01111111\nArm: A, see NCT03959085\nArm: B, see NCT04293562", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(trialBlocks(strings.Split(tt.page, "\n"))); got != tt.blocks {
				t.Errorf("%d blocks, want %d", got, tt.blocks)
			}
		})
	}
}

// TestTrialBlocksRead reads each block as its own trial, with its own
// identifiers and ages and no title taken from a labelled line.
func TestTrialBlocksRead(t *testing.T) {
	page := "Clinical Trials for Leukemia\nProtocol ID: AALL1732\nDiseases: High-Risk B-ALL\nWho can participate? Ages 1 to 25\nClinicalTrials.gov ID: NCT03959085\nProtocol ID: AAML1831\nDisease: Acute Myeloid Leukemia\nWho can participate? Age less than 22 years with de novo AML\nClinicalTrials.gov ID: NCT04293562\n"
	trials, err := readPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(trials) != 2 {
		t.Fatalf("%d trials, want 2", len(trials))
	}
	want := []struct {
		ids   []string
		ages  string
		cond  string
		title string
	}{
		{[]string{"NCT03959085", "AALL1732"}, "1 year – 25 years", "High-Risk B-ALL", ""},
		{[]string{"NCT04293562", "AAML1831"}, "<22 years", "Acute Myeloid Leukemia", ""},
	}
	for i, w := range want {
		tr := trials[i]
		rules.ResolveRegistryIDs(&tr, "")
		rules.Resolve(&tr)
		var ids []string
		for _, id := range tr.RegistryIDs {
			ids = append(ids, id.ID)
		}
		if !reflect.DeepEqual(ids, w.ids) || tr.Ages.Label() != w.ages || strings.Join(tr.Conditions, ";") != w.cond || tr.Title != w.title {
			t.Errorf("trial %d: ids %v ages %q conditions %q title %q; want %v %q %q %q", i, ids, tr.Ages.Label(), tr.Conditions, tr.Title, w.ids, w.ages, w.cond, w.title)
		}
	}
}
