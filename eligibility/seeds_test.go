package eligibility

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// readSeeds reads the five example trials.
func readSeeds(t testing.TB) []model.Trial {
	t.Helper()
	paths, err := filepath.Glob("../testdata/seeds/0*.txt")
	if err != nil || len(paths) != 5 {
		t.Fatalf("want the five seeds, got %v (%v)", paths, err)
	}
	trials := make([]model.Trial, len(paths))
	for i, p := range paths {
		res := ingest.ReadFile(p)
		if res.Err != nil || len(res.Trials) != 1 {
			t.Fatalf("%s: %v", p, res.Err)
		}
		trials[i] = res.Trials[0]
	}
	return trials
}

// mustProfile builds a profile from command-line facts.
func mustProfile(t testing.TB, facts ...string) Profile {
	t.Helper()
	var p Profile
	for i := 0; i+1 < len(facts); i += 2 {
		if err := ApplyFlag(&p, facts[i], facts[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

func mustScreen(t testing.TB, p Profile, tr *model.Trial) Screening {
	t.Helper()
	s, err := Screen(p, tr)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSeedVerdicts keeps the verdicts the five examples had where they
// were right (model/ingest's TestSeedFit).
func TestSeedVerdicts(t *testing.T) {
	trials := readSeeds(t)
	type want struct {
		verdict Verdict
		rule    string
	}
	cases := []struct {
		name  string
		p     Profile
		wants []want
	}{
		{"7y B-ALL CD19+ CD22+ CAR-T 6 months", mustProfile(t, "age", "7y", "diagnosis", "B-ALL", "marker", "CD19+", "marker", "CD22+", "prior", "car-t:6m"), []want{
			{VerdictPossible, ""}, {VerdictPossible, ""}, {VerdictExcluded, "Diagnosis"}, {VerdictExcluded, "Diagnosis"}, {VerdictExcluded, "Age"},
		}},
		{"16y AML CLL-1 60%", mustProfile(t, "age", "16y", "diagnosis", "AML", "marker", "CLL-1 60%"), []want{
			{VerdictPossible, ""}, {VerdictExcluded, "Diagnosis"}, {VerdictPossible, ""}, {VerdictExcluded, ""}, {VerdictExcluded, "Diagnosis"},
		}},
	}
	for _, c := range cases {
		for i, w := range c.wants {
			s := mustScreen(t, c.p, &trials[i])
			reasons := strings.Join(s.Reasons(), "\n")
			if s.Verdict != w.verdict {
				t.Errorf("%s, seed 00%d: %s (%s), want %s", c.name, i, s.Verdict, reasons, w.verdict)
			}
			if w.rule != "" && !strings.Contains(reasons, w.rule+":") {
				t.Errorf("%s, seed 00%d: reasons %q lack %s", c.name, i, reasons, w.rule)
			}
		}
	}
	s := mustScreen(t, mustProfile(t, "age", "7y", "diagnosis", "B-ALL", "marker", "CD22-"), &trials[4])
	reasons := strings.Join(s.Reasons(), "\n")
	if s.Verdict != VerdictExcluded || !strings.Contains(reasons, "Age:") || !strings.Contains(reasons, "Marker:") || !strings.Contains(reasons, "CD22") {
		t.Errorf("7y B-ALL CD22− against 004: %s", reasons)
	}
	// CNS-3: seed 001 names it ("Presence of CNS-3 disease"); seed 002's
	// "Evidence of CNS involvement" names no grade, which CNS-3 is (model
	// left it to check); seed 003's "Uncontrolled CNS metastasis" is
	// another disease, to check; seeds 000 and 004 do not speak of the CNS.
	cns3 := mustProfile(t, "age", "7y", "cns", "3")
	for i := range trials {
		s := mustScreen(t, cns3, &trials[i])
		reasons := strings.Join(s.Reasons(), "\n")
		review := strings.Join(s.Review(), "\n")
		switch i {
		case 1:
			if !strings.Contains(reasons, `CNS: CNS-3 is excluded by exclusion 4 ("Presence of CNS-3 disease`) {
				t.Errorf("7y CNS-3 against NCT06709469: %s", reasons)
			}
		case 2:
			if !strings.Contains(reasons, `CNS: CNS-3 is excluded by exclusion 3 ("Evidence of CNS involvement`) {
				t.Errorf("7y CNS-3 against seed 002: %s", reasons)
			}
		case 3:
			if strings.Contains(reasons, "CNS:") || !strings.Contains(review, "Exclusion 6: Uncontrolled CNS metastasis") {
				t.Errorf("7y CNS-3 against seed 003: reasons %q, review %q", reasons, review)
			}
		default:
			if strings.Contains(reasons, "CNS:") {
				t.Errorf("7y CNS-3, seed 00%d: %s", i, reasons)
			}
		}
	}
	// A patient after CAR-T has something to review against the CAR-T
	// trial 001.
	if s := mustScreen(t, mustProfile(t, "age", "7y", "diagnosis", "B-ALL", "marker", "CD19+", "marker", "CD22+", "prior", "car-t:6m"), &trials[1]); len(s.Review()) == 0 {
		t.Error("001 lists nothing to review for a CD19+ CD22+ B-ALL patient after CAR-T")
	}
}
