package eligibility

import (
	"fmt"
	"sort"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// Outcome is what a criterion says of a patient.
type Outcome string

// The outcomes.
const (
	// RulesOut: a stated fact of the patient contradicts a literal
	// requirement of the criterion.
	RulesOut Outcome = "rules out"
	// Met: the patient's stated facts meet the criterion (for an
	// exclusion: it does not apply to them).
	Met Outcome = "met"
	// ToCheck: a fact is not given, or the wording is not literal.
	ToCheck Outcome = "to check"
)

// RequirementResult is a requirement with what the patient's facts say of
// it.
type RequirementResult struct {
	Requirement
	// Truth says whether the patient meets the requirement as stated
	// (for an exclusion's requirement: whether the excluding condition
	// holds).
	Truth Truth `json:"-"`
	// Holds is Truth as text: "true", "false" or "unknown".
	Holds string `json:"holds"`
	// Fact is the patient's fact it was compared with; "" when none.
	Fact string `json:"fact"`
}

// CriterionResult is one criterion screened.
type CriterionResult struct {
	// List is "inclusion", "exclusion", "conditions", "ages" or "sex".
	List string `json:"list"`
	// Number is the criterion's 1-based number in its list; 0 for the
	// conditions, ages and sex.
	Number  int     `json:"number"`
	Text    string  `json:"text"`
	Outcome Outcome `json:"outcome"`
	// Rule names the deciding rule ("Prior therapy") for a criterion that
	// rules out, or the rule of its first requirement otherwise.
	Rule string `json:"rule"`
	// Reason says why it rules out, quoting the fact and the criterion;
	// "" otherwise.
	Reason       string              `json:"reason"`
	Requirements []RequirementResult `json:"requirements"`
}

// Label names a criterion: "Inclusion 3", "Exclusion 4", "Conditions".
func (c CriterionResult) Label() string {
	name := strings.ToUpper(c.List[:1]) + c.List[1:]
	if c.Number > 0 {
		return fmt.Sprintf("%s %d", name, c.Number)
	}
	return name
}

// short is the label abbreviated for a summary: "excl. 4", "incl. 3".
func (c CriterionResult) short() string {
	switch c.List {
	case ListInclusion:
		return fmt.Sprintf("incl. %d", c.Number)
	case ListExclusion:
		return fmt.Sprintf("excl. %d", c.Number)
	}
	return c.List
}

// Screening is how a patient fares against one trial, criterion by
// criterion. It can stand for a Fit: Verdict, Reasons and Review
// say the same.
type Screening struct {
	NCTID    string            `json:"nct_id"`
	Verdict  Verdict           `json:"verdict"`
	Criteria []CriterionResult `json:"criteria"`
	// Unscreened marks a "possible" that rests on nothing: the trial
	// states no ages, age groups or conditions, and no criterion could be
	// compared with the patient's facts.
	Unscreened bool `json:"unscreened"`
}

// Screen screens a patient against a trial.
func Screen(p Profile, t *model.Trial) (Screening, error) {
	o, err := DefaultOntology()
	if err != nil {
		return Screening{}, err
	}
	return ParseRequirements(o, t).Screen(p), nil
}

// Screen screens a patient against the trial.
func (tr *TrialRequirements) Screen(p Profile) Screening {
	s := Screening{NCTID: tr.NCTID, Verdict: VerdictPossible}
	touched := false
	for _, c := range tr.criteria {
		r := tr.screenOne(&p, c)
		for _, q := range r.Requirements {
			touched = touched || q.Fact != ""
		}
		if r.Outcome == RulesOut {
			s.Verdict = VerdictExcluded
		}
		s.Criteria = append(s.Criteria, r)
	}
	s.Unscreened = s.Verdict == VerdictPossible && !touched && !tr.stated
	return s
}

// screenOne screens a patient against one criterion.
func (tr *TrialRequirements) screenOne(p *Profile, c criterionReading) CriterionResult {
	r := CriterionResult{List: c.list, Number: c.number, Text: c.text, Outcome: ToCheck}
	truths := make([]Truth, len(c.reqs))
	r.Requirements = make([]RequirementResult, len(c.reqs))
	for i, q := range c.reqs {
		t, fact := q.evaluate(p, tr.o)
		truths[i] = t
		r.Requirements[i] = RequirementResult{Requirement: q, Truth: t, Holds: t.String(), Fact: fact}
	}
	for _, q := range c.reqs {
		if q.Kind != RequireByHand {
			r.Rule = q.Rule
			break
		}
	}
	if c.logic == nil {
		return r
	}
	t := c.logic.eval(truths)
	against := False
	if c.excluding {
		against = True
	}
	switch t {
	case Unknown:
		return r
	case against:
		r.Outcome = RulesOut
		deciders := c.logic.deciders(truths)
		if len(deciders) > 0 {
			r.Rule = c.reqs[deciders[0]].Rule
		}
		r.Reason = tr.reason(c, r, deciders)
	default:
		r.Outcome = Met
	}
	return r
}

// reason says why a criterion rules a patient out, quoting the patient's
// fact and the criterion.
func (tr *TrialRequirements) reason(c criterionReading, r CriterionResult, deciders []int) string {
	var facts []string
	for _, d := range deciders {
		f := r.Requirements[d].Fact
		if f == "" {
			f = r.Requirements[d].Detail
		}
		if !containsString(facts, f) {
			facts = append(facts, f)
		}
	}
	fact := strings.Join(facts, ", ")
	switch c.list {
	case ListAges:
		return fmt.Sprintf("%s: %s is outside %s.", r.Rule, fact, strings.TrimPrefix(strings.TrimPrefix(c.text, "Ages: "), "Age groups: "))
	case ListSex:
		return fmt.Sprintf("%s: the trial takes %s; the patient is %s.", r.Rule, c.reqs[0].Detail, fact)
	case ListConditions:
		if r.Rule == ruleDiagnosis {
			return fmt.Sprintf("%s: %s is not among the trial's conditions (%s).", r.Rule, fact, quote(strings.TrimPrefix(strings.TrimPrefix(c.text, "Conditions: "), "Title: ")))
		}
		return fmt.Sprintf("%s: the trial's conditions or title ask for %s; the patient is %s.", r.Rule, r.Requirements[deciders[0]].Detail, fact)
	case ListExclusion:
		return fmt.Sprintf("%s: %s is excluded by exclusion %d (%q).", r.Rule, fact, c.number, quote(c.text))
	}
	return fmt.Sprintf("%s: %s does not meet inclusion %d (%q).", r.Rule, fact, c.number, quote(c.text))
}

// quote shortens a criterion for a reason.
func quote(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if r := []rune(text); len(r) > 200 {
		return string(r[:199]) + "…"
	}
	return text
}

// Reasons returns why the patient is excluded, one reason per criterion
// that rules out, each starting with its rule ("Prior therapy: …").
func (s Screening) Reasons() []string {
	var out []string
	for _, c := range s.Criteria {
		if c.Outcome == RulesOut {
			out = append(out, c.Reason)
		}
	}
	return out
}

// reviewRank orders the rules by how often they decide, most often first,
// as counted over the deciding criteria of the screening benchmark; wording
// read by hand comes last.
var reviewRank = map[string]int{
	ruleDiagnosis: 0, rulePriorTherapy: 1, ruleCNS: 2, ruleDiseaseStatus: 3, ruleMarker: 4, ruleAge: 5,
	ruleOrgan: 6, rulePerformance: 7, ruleCytogenetics: 8, ruleSyndrome: 9, ruleSex: 10, ruleOther: 11, "": 12,
}

// ToCheck returns the criteria to check, ordered by how often their rule
// decides: a criterion whose requirements the patient's facts touch comes
// before one they do not, and wording read by hand last.
func (s Screening) ToCheck() []CriterionResult {
	var out []CriterionResult
	for _, c := range s.Criteria {
		if c.Outcome == ToCheck {
			out = append(out, c)
		}
	}
	rank := func(c CriterionResult) int {
		r := reviewRank[c.Rule]
		if !c.touched() {
			r += len(reviewRank)
		}
		return r
	}
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i]) < rank(out[j]) })
	return out
}

// Review returns, as model.Fit did, the criteria to check that the
// patient's facts touch — a requirement of theirs was compared with a fact
// and could not decide — as text ("Exclusion 4: …"), in the order of
// ToCheck; the criteria no fact touches are in ToCheck.
func (s Screening) Review() []string {
	var out []string
	for _, c := range s.ToCheck() {
		if c.touched() {
			out = append(out, c.Label()+": "+c.Text)
		}
	}
	return out
}

// touched reports whether a fact of the patient was compared with one of
// the criterion's requirements.
func (c CriterionResult) touched() bool {
	for _, q := range c.Requirements {
		if q.Fact != "" {
			return true
		}
	}
	return false
}

// Fit returns the screening as a Fit, for the callers that show a
// verdict, its reasons and the criteria to check.
func (s Screening) Fit() Fit {
	return Fit{Verdict: s.Verdict, Reasons: s.Reasons(), Review: s.Review(), Unscreened: s.Unscreened}
}

// Summary renders the screening in one line, as the board's Fit row
// shows it: "Excluded: excl. 4, prior allogeneic HSCT" or "Possible: 2
// met, 5 to check (incl. 3 Lansky, excl. 6 LVEF …)".
func (s Screening) Summary() string {
	if s.Verdict == VerdictExcluded {
		var parts []string
		for _, c := range s.Criteria {
			if c.Outcome == RulesOut {
				parts = append(parts, c.short()+", "+decidingDetail(c))
			}
		}
		return "Excluded: " + strings.Join(parts, "; ")
	}
	if s.Unscreened {
		return "Possible — " + NotEnoughToScreen
	}
	met := 0
	for _, c := range s.Criteria {
		if c.Outcome == Met {
			met++
		}
	}
	check := s.ToCheck()
	line := fmt.Sprintf("Possible: %d met, %d to check", met, len(check))
	var first []string
	for _, c := range check[:min(3, len(check))] {
		first = append(first, c.short()+" "+decidingDetail(c))
	}
	if len(first) > 0 {
		line += " (" + strings.Join(first, ", ")
		if len(check) > 3 {
			line += " …"
		}
		line += ")"
	}
	return line
}

// decidingDetail names what a criterion turns on: the detail of its first
// requirement read, or its first words.
func decidingDetail(c CriterionResult) string {
	for _, q := range c.Requirements {
		if q.Kind != RequireByHand && (c.Outcome != RulesOut || q.Fact != "") {
			return q.Detail
		}
	}
	words := strings.Fields(c.Text)
	if len(words) > 4 {
		return strings.Join(words[:4], " ") + "…"
	}
	return strings.Join(words, " ")
}
