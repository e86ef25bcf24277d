package eligibility

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// screenTrial is a small trial with a criterion of each outcome.
func screenTrial(t *testing.T) model.Trial {
	t.Helper()
	ages, ok := rules.ParseAgeRange("1 year to 21 years")
	if !ok {
		t.Fatal("ages")
	}
	return model.Trial{
		NCTID:      "NCT00000001",
		Conditions: []string{"Relapsed B Acute Lymphoblastic Leukemia"},
		Ages:       ages,
		Inclusion: []string{
			"CD19 positive disease",
			"Lansky ≥ 50",
			"Adequate venous access",
		},
		Exclusion: []string{
			"Prior allogeneic HSCT within 100 days",
			"Presence of CNS-3 disease",
			"Active hepatitis B",
		},
	}
}

func TestScreeningOutcomes(t *testing.T) {
	tr := screenTrial(t)
	p := factsProfile(t, "age 8y; diagnosis B-ALL; marker CD19-; prior allo-hsct:2m; cns 1")
	s, err := Screen(p, &tr)
	if err != nil {
		t.Fatal(err)
	}
	if s.Verdict != VerdictExcluded || s.NCTID != "NCT00000001" || s.Unscreened {
		t.Fatalf("screening %+v", s)
	}
	outcomes := map[string]Outcome{}
	for _, c := range s.Criteria {
		outcomes[c.Label()] = c.Outcome
	}
	want := map[string]Outcome{
		"Ages": Met, "Conditions": Met, "Inclusion 1": RulesOut, "Inclusion 2": ToCheck, "Inclusion 3": ToCheck,
		"Exclusion 1": RulesOut, "Exclusion 2": Met, "Exclusion 3": ToCheck,
	}
	for label, o := range want {
		if outcomes[label] != o {
			t.Errorf("%s: %s, want %s", label, outcomes[label], o)
		}
	}
	reasons := s.Reasons()
	if len(reasons) != 2 || !strings.HasPrefix(reasons[0], "Marker: ") || !strings.HasPrefix(reasons[1], "Prior therapy: ") {
		t.Errorf("reasons %q", reasons)
	}
	if !strings.Contains(reasons[1], "allo-hsct 2 months ago") || !strings.Contains(reasons[1], `exclusion 1 ("Prior allogeneic HSCT within 100 days")`) {
		t.Errorf("a reason quotes the fact and the criterion: %q", reasons[1])
	}
	f := s.Fit()
	if f.Verdict != s.Verdict || strings.Join(f.Reasons, "|") != strings.Join(reasons, "|") || f.Unscreened {
		t.Errorf("Fit %+v", f)
	}
	if got := s.Summary(); !strings.HasPrefix(got, "Excluded: incl. 1, ") || !strings.Contains(got, "excl. 1, ") {
		t.Errorf("Summary %q", got)
	}
	// Requirements carry their source text and what the fact said.
	for _, c := range s.Criteria {
		if c.Label() != "Exclusion 1" {
			continue
		}
		if len(c.Requirements) == 0 || c.Requirements[0].Text == "" || c.Requirements[0].Holds != "true" || c.Requirements[0].Fact == "" {
			t.Errorf("exclusion 1 requirements %+v", c.Requirements)
		}
	}
}

func TestScreeningReview(t *testing.T) {
	tr := screenTrial(t)
	// Nothing rules out: the criteria to check, those the facts touch
	// first.
	p := factsProfile(t, "age 8y; diagnosis B-ALL; marker CD19+; prior allo-hsct:8m")
	s, err := Screen(p, &tr)
	if err != nil {
		t.Fatal(err)
	}
	if s.Verdict != VerdictPossible || len(s.Reasons()) != 0 {
		t.Fatalf("verdict %s, reasons %q", s.Verdict, s.Reasons())
	}
	check := s.ToCheck()
	if len(check) != 4 {
		var labels []string
		for _, c := range check {
			labels = append(labels, c.Label()+" "+string(c.Outcome))
		}
		t.Fatalf("to check %q", labels)
	}
	// No fact touches them: the rule that decides most often (CNS)
	// comes first, wording read by hand last.
	if check[0].Label() != "Exclusion 2" || check[len(check)-1].Rule != "" && check[len(check)-1].Label() != "Inclusion 3" {
		t.Errorf("to check in the order %s … %s", check[0].Label(), check[len(check)-1].Label())
	}
	for _, r := range s.Review() {
		if !strings.HasPrefix(r, "Inclusion ") && !strings.HasPrefix(r, "Exclusion ") {
			t.Errorf("review item %q", r)
		}
	}
	if got := s.Summary(); !strings.HasPrefix(got, "Possible: 4 met, 4 to check (") {
		t.Errorf("Summary %q", got)
	}
}

func TestScreeningUnscreened(t *testing.T) {
	tr := model.Trial{NCTID: "NCT00000002", Inclusion: []string{"Adequate venous access"}}
	s, err := Screen(factsProfile(t, "age 8y; diagnosis B-ALL"), &tr)
	if err != nil {
		t.Fatal(err)
	}
	if s.Verdict != VerdictPossible || !s.Unscreened || !s.Fit().Unscreened {
		t.Errorf("screening %+v", s)
	}
	if got := s.Summary(); got != "Possible — "+NotEnoughToScreen {
		t.Errorf("Summary %q", got)
	}
}

func TestScreeningJSON(t *testing.T) {
	tr := screenTrial(t)
	s, err := Screen(factsProfile(t, "age 8y; diagnosis B-ALL; marker CD19-"), &tr)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"nct_id", "verdict", "criteria", "unscreened"} {
		if _, ok := back[key]; !ok {
			t.Errorf("no %q in %s", key, data)
		}
	}
	c := back["criteria"].([]any)[0].(map[string]any)
	for _, key := range []string{"list", "number", "text", "outcome", "rule", "reason", "requirements"} {
		if _, ok := c[key]; !ok {
			t.Errorf("no %q in a criterion", key)
		}
	}
	q := c["requirements"].([]any)[0].(map[string]any)
	for _, key := range []string{"kind", "text", "detail", "rule", "holds", "fact"} {
		if _, ok := q[key]; !ok {
			t.Errorf("no %q in a requirement: %v", key, q)
		}
	}
}
