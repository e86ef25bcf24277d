package ingest

import (
	"strings"
	"testing"
)

// TestReferenceXMLSubsections reads NCT02028676, whose criteria add two
// secondary randomisations with inclusion and exclusion criteria of their
// own: each keeps its kind, under its title.
func TestReferenceXMLSubsections(t *testing.T) {
	tr := readOne(t, formatFiles(t, "ctgov-xml/NCT02028676.xml")[0])
	if len(tr.Inclusion) != 18 || len(tr.Exclusion) != 11 {
		t.Fatalf("%d inclusion and %d exclusion items, want 18 and 11", len(tr.Inclusion), len(tr.Exclusion))
	}
	for _, want := range []struct {
		list []string
		n    int
		text string
	}{
		{tr.Inclusion, 7, "Eligibility criteria for the secondary randomisation to once vs twice daily lamivudine+abacavir:"},
		{tr.Inclusion, 8, "Participating in ARROW"},
		{tr.Inclusion, 14, "Aged at least 3 years"},
		{tr.Exclusion, 7, "Perinatal exposure to nevirapine"},
		{tr.Exclusion, 9, "Likely to switch to second-line therapy"},
		{tr.Exclusion, 11, "Previous diagnosis of Pneumocystis jiroveci pneumonia"},
	} {
		if got := want.list[want.n-1]; !strings.HasPrefix(got, want.text) {
			t.Errorf("item %d = %q, want %q", want.n, got, want.text)
		}
	}
	for _, c := range tr.Exclusion {
		if strings.HasPrefix(c, "Participating in ARROW") || strings.HasPrefix(c, "On ART for at least 36 weeks") {
			t.Errorf("an inclusion criterion is in the exclusions: %q", c)
		}
	}
	if tr.Ages.Label() != "3 months – 17 years" {
		t.Errorf("ages %q", tr.Ages.Label())
	}
}
