package ingest

import "testing"

// checkRewrites checks that rewrite gives each case's text its wanted form.
func checkRewrites(t *testing.T, name string, rewrite func(string) string, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		if got := rewrite(in); got != want {
			t.Errorf("%s(%q) =\n%q, want\n%q", name, in, got, want)
		}
	}
}

// TestHeadingRows puts a heading's row of items on lines of its own, and
// leaves other lines as they are.
func TestHeadingRows(t *testing.T) {
	checkRewrites(t, "headingRows", headingRows, map[string]string{
		"CRITERIOS INCLUSIÓN 1. Sarcoma de Ewing 2. Recaída": "CRITERIOS INCLUSIÓN\n1. Sarcoma de Ewing 2. Recaída",
		"Inclusion criteria: 1) Relapsed ALL 2) Consent":     "Inclusion criteria\n1. Relapsed ALL\n2. Consent",
		"纳入标准:1)复发的患者;2)年龄≥2岁;":                              "纳入标准\n1. 复发的患者;\n2. 年龄≥2岁;",
		"Treatment: 1. Induction 2. Consolidation":           "Treatment: 1. Induction 2. Consolidation",
		"Dose level 1. 5 mg/m2":                              "Dose level 1. 5 mg/m2",
	})
}
