package ingest

import (
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/model"
)

func patient(t *testing.T, age, dx string, markers, priors []string) eligibility.Profile {
	t.Helper()
	var p eligibility.Profile
	apply := func(flag, value string) {
		if err := eligibility.ApplyFlag(&p, flag, value); err != nil {
			t.Fatal(err)
		}
	}
	apply("age", age)
	if dx != "" {
		apply("diagnosis", dx)
	}
	for _, m := range markers {
		apply("marker", m)
	}
	for _, pr := range priors {
		apply("prior", pr)
	}
	return p
}

// TestSeedFit holds the fit issue's expectations for the seeds.
func TestSeedFit(t *testing.T) {
	paths := seedPaths(t)
	trials := make([]model.Trial, len(paths))
	for i, p := range paths {
		trials[i] = readOne(t, p)
	}
	type want struct {
		verdict eligibility.Verdict
		reasons []string // each must appear among the reasons
	}
	cases := []struct {
		name    string
		patient eligibility.Profile
		wants   []want
	}{
		{"7y B-ALL CD19+ CD22+ CAR-T 6 months", patient(t, "7y", "B-ALL", []string{"CD19+", "CD22+"}, []string{"car-t:6m"}), []want{
			{eligibility.VerdictPossible, nil},
			{eligibility.VerdictPossible, nil},
			{eligibility.VerdictExcluded, []string{"Diagnosis"}},
			{eligibility.VerdictExcluded, []string{"Diagnosis"}},
			{eligibility.VerdictExcluded, []string{"Age"}},
		}},
		{"16y AML CLL-1 60%", patient(t, "16y", "AML", []string{"CLL-1 60%"}, nil), []want{
			{eligibility.VerdictPossible, nil},
			{eligibility.VerdictExcluded, []string{"Diagnosis"}},
			{eligibility.VerdictPossible, nil},
			{eligibility.VerdictExcluded, nil},
			{eligibility.VerdictExcluded, []string{"Diagnosis"}},
		}},
	}
	for _, c := range cases {
		for i, w := range c.wants {
			f := eligibility.Assess(c.patient, &trials[i])
			if f.Verdict != w.verdict {
				t.Errorf("%s, seed 00%d: %s (%v), want %s", c.name, i, f.Verdict, f.Reasons, w.verdict)
			}
			for _, r := range w.reasons {
				if !strings.Contains(strings.Join(f.Reasons, "\n"), r+":") {
					t.Errorf("%s, seed 00%d: reasons %v lack %s", c.name, i, f.Reasons, r)
				}
			}
		}
	}
	f := eligibility.Assess(patient(t, "7y", "B-ALL", []string{"CD22-"}, nil), &trials[4])
	reasons := strings.Join(f.Reasons, "\n")
	if f.Verdict != eligibility.VerdictExcluded || !strings.Contains(reasons, "Age:") || !strings.Contains(reasons, "Marker:") || !strings.Contains(reasons, "CD22") {
		t.Errorf("7y B-ALL CD22− against 004: %+v", f)
	}
	cns3 := patient(t, "7y", "", nil, nil)
	cns3.CNS = 3
	for i := range trials {
		f := eligibility.Assess(cns3, &trials[i])
		reasons := strings.Join(f.Reasons, "\n")
		// Seed 001 excludes "Presence of CNS-3 disease", seed 002 "Evidence
		// of CNS involvement": literal for a CNS-3 patient.
		if i == 1 || i == 2 {
			if f.Verdict != eligibility.VerdictExcluded || !strings.Contains(reasons, "CNS") {
				t.Errorf("7y CNS-3 against seed 00%d: %+v", i, f.Reasons)
			}
			continue
		}
		if strings.Contains(reasons, "CNS:") {
			t.Errorf("7y CNS-3, seed 00%d: %v", i, f.Reasons)
		}
		if i != 4 && !slices.ContainsFunc(f.Criteria, func(c eligibility.CriterionResult) bool {
			return c.List == eligibility.ListExclusion && c.Outcome == eligibility.ToCheck
		}) {
			t.Errorf("7y CNS-3, seed 00%d leaves no exclusion to check: %v", i, f.Criteria)
		}
	}
	first := eligibility.Assess(cases[0].patient, &trials[1])
	if len(first.Review) == 0 {
		t.Error("001 lists nothing to review for a CD19+ CD22+ B-ALL patient after CAR-T")
	}
}

// TestReferenceCSVAgeGroups screens a 7-year-old against the CSV export,
// whose Age column holds age groups only: every trial without the child
// group is excluded by its groups.
func TestReferenceCSVAgeGroups(t *testing.T) {
	path := formatFiles(t, "ctgov-csv/ctRestart_ctg-studies.csv")[0]
	res := ReadFile(path)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	p := patient(t, "7y", "", nil, nil)
	excluded := 0
	for i := range res.Trials {
		tr := &res.Trials[i]
		if len(tr.AgeGroups) == 0 || tr.Ages.Stated() || !strings.Contains(tr.Provenance[model.FieldAgeGroups], "Age: ") {
			t.Errorf("%s: groups %v, ages %q, provenance %q", tr.NCTID, tr.AgeGroups, tr.Ages.Label(), tr.Provenance[model.FieldAgeGroups])
			continue
		}
		f := eligibility.Assess(p, tr)
		child := slices.Contains(tr.AgeGroups, model.AgeGroupChild)
		switch {
		case child && f.Verdict != eligibility.VerdictPossible:
			t.Errorf("%s (%v): %s %v", tr.NCTID, tr.AgeGroups, f.Verdict, f.Reasons)
		case !child && (f.Verdict != eligibility.VerdictExcluded || !strings.Contains(strings.Join(f.Reasons, "\n"), "is outside Adult")):
			t.Errorf("%s (%v): %s %v, want excluded by its age groups", tr.NCTID, tr.AgeGroups, f.Verdict, f.Reasons)
		case !child:
			excluded++
		}
	}
	if excluded != 7 {
		t.Errorf("%d trials excluded by their age groups, want the 7 adult-only trials", excluded)
	}
}

// TestReferenceJSONAgeGroups reads stdAges beside the bounds, which win.
func TestReferenceJSONAgeGroups(t *testing.T) {
	path := formatFiles(t, "ctgov-v2/NCT00763412.json")[0]
	tr := readOne(t, path)
	if !slices.Equal(tr.AgeGroups, []model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult}) || tr.Provenance[model.FieldAgeGroups] != "eligibilityModule.stdAges: CHILD, ADULT" {
		t.Errorf("groups %v from %q", tr.AgeGroups, tr.Provenance[model.FieldAgeGroups])
	}
	if got := tr.AgeText(); got != "12 years – 24 years" {
		t.Errorf("AgeText() = %q, want the bounds", got)
	}
	if f := eligibility.Assess(patient(t, "7y", "", nil, nil), &tr); f.Verdict != eligibility.VerdictExcluded || !strings.Contains(f.Reasons[0], "outside 12 years – 24 years") {
		t.Errorf("7 years: %+v", f)
	}
}
