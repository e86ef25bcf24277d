package registrytest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const (
	formatsDir = "../../../shared/formats/ctgov-v2"
	ctgovDir   = "../../testdata/ctgov"
)

// testRecords reads the recorded studies and three variants of the
// pediatric AML record NCT07338357 (3–18 years): one with no minimum age,
// one with no maximum, one with neither.
func testRecords(t testing.TB) []*record {
	t.Helper()
	var out []*record
	for _, dir := range []string{formatsDir, ctgovDir} {
		paths, _ := filepath.Glob(filepath.Join(dir, "NCT*.json"))
		if len(paths) == 0 {
			t.Skipf("no recorded studies in %s", dir)
		}
		for _, p := range paths {
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := newRecord(body)
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			out = append(out, rec)
		}
	}
	seed, err := os.ReadFile(filepath.Join(ctgovDir, "NCT07338357.json"))
	if err != nil {
		t.Fatal(err)
	}
	for id, drop := range map[string][]string{
		"NCT90000001": {"minimumAge"}, "NCT90000002": {"maximumAge"}, "NCT90000003": {"minimumAge", "maximumAge"},
	} {
		body := Variant(t, seed, id, func(p map[string]any) {
			for _, key := range drop {
				delete(Eligibility(p), key)
			}
		})
		rec, err := newRecord(body)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
	return out
}

// matching returns the IDs of the records an expression matches, sorted.
func matching(t *testing.T, records []*record, e expr) string {
	t.Helper()
	var ids []string
	for _, r := range records {
		if ok, _ := e.match(r); ok {
			ids = append(ids, r.id)
		}
	}
	slices.Sort(ids)
	return strings.Join(ids, " ")
}

func TestEssieEvaluates(t *testing.T) {
	records := testRecords(t)
	const age7 = "(AREA[MinimumAge]RANGE[MIN, 7 years] OR AREA[MinimumAge]MISSING) AND (AREA[MaximumAge]RANGE[7 years, MAX] OR AREA[MaximumAge]MISSING)"
	tests := []struct {
		expr, area, want string
	}{
		// Both bounds stated: only the 3–18 year study holds a 7-year-old.
		{"AREA[MinimumAge]RANGE[MIN, 7 years] AND AREA[MaximumAge]RANGE[7 years, MAX]", "BasicSearch", "NCT07338357"},
		// MISSING lets in the studies that state no minimum, no maximum or neither.
		{age7, "BasicSearch", "NCT07338357 NCT90000001 NCT90000002 NCT90000003"},
		{"AREA[MaximumAge]MISSING", "BasicSearch", "NCT03475563 NCT06171568 NCT90000002 NCT90000003"},
		{"AREA[MinimumAge]RANGE[18 years, 18 years]", "BasicSearch", "NCT02210780 NCT03475563 NCT06171568"},
		{"AREA[MinimumAge]RANGE[MIN, 36 months]", "BasicSearch", "NCT07338357 NCT90000002"},
		{"AREA[MaximumAge]RANGE[MIN, 1300 weeks]", "BasicSearch", "NCT00763412 NCT03630471 NCT07338357 NCT90000001"},
		// Plain terms: every word must be found; a phrase in order.
		{"cystic fibrosis", "ConditionSearch", "NCT00763412"},
		{`"fibrosis cystic"`, "ConditionSearch", ""},
		{"AML", "ConditionSearch", "NCT07338357 NCT90000001 NCT90000002 NCT90000003"},
		{"repaglinide", "ConditionSearch", "NCT00763412"},
		{"dermatitis", "InterventionSearch", ""},
		{"dupilumab", "InterventionSearch", "NCT02210780"},
		{"dupilumab OR repaglinide", "InterventionSearch", "NCT00763412 NCT02210780"},
		{"placebo NOT dupilumab", "InterventionSearch", "NCT00763412"},
		{"placebo AND NOT dupilumab", "InterventionSearch", "NCT00763412"},
		{"(dupilumab OR repaglinide) AND AREA[OverallStatus]COMPLETED", "BasicSearch", "NCT00763412 NCT02210780"},
		{"AREA[OverallStatus]NOT_YET_RECRUITING AND NOT AREA[Condition]AML", "BasicSearch", "NCT06171568"},
		{`CAR\-T \[CD19\]`, "BasicSearch", ""},
		{`\[CAR-T\]`, "BasicSearch", "NCT07338357 NCT90000001 NCT90000002 NCT90000003"},
		{`\MISSING`, "BasicSearch", ""},
	}
	for _, tc := range tests {
		e, err := parseEssie(tc.expr, tc.area)
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		if got := matching(t, records, e); got != tc.want {
			t.Errorf("%s in %s matches %q, want %q", tc.expr, tc.area, got, tc.want)
		}
	}
}

func TestEssieRefusesBadExpressions(t *testing.T) {
	for expr, want := range map[string]string{
		"CD19 [CAR-T]":                    `unexpected '['`,
		"CD19 AND":                        "ends where a term is expected",
		"(CD19 OR CD22":                   "not closed",
		"CD19)":                           "unexpected )",
		`"CAR T`:                          "not closed",
		"AREA[Nonsense]x":                 `unknown area "Nonsense"`,
		"AREA[MinimumAge]RANGE[7 years]":  "two bounds",
		"AREA[MinimumAge]RANGE[MIN, 7 y]": "no unit of age",
		"AREA[MinimumAge]7 years":         "RANGE or MISSING",
		"RANGE[MIN, MAX]":                 "AREA[MinimumAge]",
		"MISSING":                         "needs an AREA",
		"EXPANSION[Term]cancer":           "not supported",
		"FOO[x]":                          "unknown operator",
		"   ":                             "empty",
	} {
		if _, err := parseEssie(expr, "BasicSearch"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", expr, err, want)
		}
	}
}

func TestEssieRelevanceCountsTermsFound(t *testing.T) {
	records := testRecords(t)
	e, err := parseEssie("placebo OR dupilumab OR repaglinide", "InterventionSearch")
	if err != nil {
		t.Fatal(err)
	}
	scores := map[string]int{}
	for _, r := range records {
		_, scores[r.id] = e.match(r)
	}
	if scores["NCT00763412"] != 2 || scores["NCT02210780"] != 2 || scores["NCT03475563"] != 0 {
		t.Errorf("scores %v", scores)
	}
}

// FuzzEssie feeds any text to the expression parser: it returns an
// expression or an error, never panics, and an expression can be matched.
func FuzzEssie(f *testing.F) {
	for _, s := range []string{
		"(AREA[MinimumAge]RANGE[MIN, 7 years] OR AREA[MinimumAge]MISSING) AND AREA[MaximumAge]MISSING",
		`"acute lymphoblastic" OR CD19 NOT \[x\]`, "CD19 [CAR-T]", `a \`, `"\"`, "((((", "NOT NOT NOT",
	} {
		f.Add(s)
	}
	records := testRecords(f)
	f.Fuzz(func(t *testing.T, s string) {
		e, err := parseEssie(s, "BasicSearch")
		if err != nil {
			return
		}
		for _, r := range records {
			e.match(r)
		}
	})
}
