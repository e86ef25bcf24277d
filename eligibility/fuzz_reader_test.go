package eligibility

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseRequirements reads any text as one inclusion and one
// exclusion, and splits it as an eligibility text: no panic, and every
// requirement number of the logic in range. FuzzRequirements screens a
// patient against such criteria.
func FuzzParseRequirements(f *testing.F) {
	for _, s := range []string{
		"Age ≥ 1 year and < 21 years",
		"Prior CD19-directed therapy other than blinatumomab within 30 days prior to enrollment",
		"Total bilirubin ≤ 1.5 × ULN (except Gilbert syndrome); ALT/AST < 5 × ULN",
		"Patients may have CNS 1 or CNS 2 disease but not CNS 3.",
		"ARM A: CD22+ B-ALL.\nARM B: T-ALL.",
		"DISEASE CHARACTERISTICS: Wilms tumor PATIENT CHARACTERISTICS: Age: Under 16",
		"Lansky (age < 16 years) or Karnofsky (age ≥ 16 years) ≥ 50%",
		"((((", "(i.e. ", "B. C. D. 9. ", "no more than one previous", ":\n  • ", "",
	} {
		f.Add(s)
	}
	o, err := DefaultOntology()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4000 {
			return
		}
		for _, list := range []listKind{listInclusion, listExclusion} {
			reqs, logic := readCriterion(o, list, text, nil)
			checkLogic(t, text, reqs, logic)
		}
		SplitEligibility(text)
	})
}

// checkLogic checks that an expression names only the requirements read.
func checkLogic(t *testing.T, text string, reqs []Requirement, e *expr) {
	t.Helper()
	if e == nil {
		return
	}
	if (e.kind == exAtom || e.req >= 0) && e.req >= len(reqs) {
		t.Fatalf("%q: requirement %d of %d", text, e.req, len(reqs))
	}
	if e.kind == exAtom && e.req < 0 {
		t.Fatalf("%q: an atom with no requirement", text)
	}
	for _, k := range e.kids {
		checkLogic(t, text, reqs, k)
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, q := range reqs {
		if q.Kind != RequireByHand && q.Text != "" && !strings.Contains(norm(text), norm(q.Text)) {
			t.Fatalf("%q: requirement text %q is not the criterion's", text, q.Text)
		}
	}
}
