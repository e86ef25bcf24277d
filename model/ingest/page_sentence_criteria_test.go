package ingest

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// TestCriteriaProvenanceSaysWhereTheListStood: a list under a heading says
// so; a list a page gives without one says that instead.
func TestCriteriaProvenanceSaysWhereTheListStood(t *testing.T) {
	for _, tt := range []struct{ page, want string }{
		{"A study of drug X\nInclusion criteria\n- Age 1 to 21 years\n- Relapsed ALL", "2 items under the inclusion heading"},
		{"A study of drug X\n- Age 1 to 21 years\n- Relapsed ALL", "2 items listed without a heading"},
	} {
		tr := readProsePage(t, tt.page)
		if got := tr.Provenance[model.FieldInclusion]; got != tt.want {
			t.Errorf("%q: inclusion provenance %q, want %q", tt.page, got, tt.want)
		}
	}
}
