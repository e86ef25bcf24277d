package eligibility

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model/ingest"
)

// exprString renders logic for a failing test's message.
func exprString(e *expr, reqs []Requirement) string {
	if e == nil {
		return "∅"
	}
	switch e.kind {
	case exAtom:
		return fmt.Sprintf("[%s: %s]", reqs[e.req].Kind, reqs[e.req].Detail)
	case exUnknown:
		return "?"
	case exNot:
		return "NOT " + exprString(e.kids[0], reqs)
	}
	op := map[exprKind]string{exAnd: " AND ", exOr: " OR ", exAgree: " AGREE "}[e.kind]
	parts := make([]string, len(e.kids))
	for i, k := range e.kids {
		parts[i] = exprString(k, reqs)
	}
	return "(" + strings.Join(parts, op) + ")"
}

// TestDumpReading prints how the file named by ELIGIBILITY_DUMP reads,
// criterion by criterion, and how the patient of ELIGIBILITY_PATIENT (a
// JSON object) fares; it is skipped otherwise.
func TestDumpReading(t *testing.T) {
	path := os.Getenv("ELIGIBILITY_DUMP")
	if path == "" {
		t.Skip("set ELIGIBILITY_DUMP to a trial file")
	}
	res := ingest.ReadFile(path)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	o := testOntology(t)
	if raw, err := rawEligibility(path); err == nil && len(res.Trials) == 1 && raw != "" {
		res.Trials[0].Inclusion, res.Trials[0].Exclusion = SplitEligibility(raw)
	}
	for i := range res.Trials {
		tr := ParseRequirements(o, &res.Trials[i])
		var p Profile
		if js := os.Getenv("ELIGIBILITY_PATIENT"); js != "" {
			var err error
			if p, err = ParseProfile([]byte(js)); err != nil {
				t.Fatal(err)
			}
		}
		s := tr.Screen(p)
		for k, c := range tr.criteria {
			fmt.Printf("%s %d [%s]: %s\n    %s\n", c.list, c.number, s.Criteria[k].Outcome, strings.ReplaceAll(c.text, "\n", " / "), exprString(c.logic, c.reqs))
			if os.Getenv("ELIGIBILITY_CONDS") != "" {
				for _, q := range c.reqs {
					fmt.Printf("      · %#v\n", q.cond)
				}
			}
			for _, q := range s.Criteria[k].Requirements {
				fmt.Printf("      - %s %q → %s (%s)\n", q.Kind, q.Text, q.Holds, q.Fact)
			}
		}
		fmt.Println(s.Verdict, s.Reasons())
	}
}
