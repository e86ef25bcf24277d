package eligibility

import (
	"fmt"
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// cnsReasons finds the criteria that rule the patient out by CNS grade: an
// exclusion that names the patient's grade, an inclusion that names grades
// without it, or an inclusion that names it as absent.
func cnsReasons(p Patient, t *model.Trial) []string {
	if p.CNS == 0 {
		return nil
	}
	var out []string
	for n, crit := range t.Exclusion {
		c, ok := rules.ReadCNS(crit)
		if ok && c.Literal && !c.Negated && slices.Contains(c.Grades, p.CNS) {
			out = append(out, fmt.Sprintf("CNS: CNS-%d is excluded by exclusion %d (%q).", p.CNS, n+1, crit))
		}
	}
	for n, crit := range t.Inclusion {
		c, ok := rules.ReadCNS(crit)
		if !ok || !c.Literal {
			continue
		}
		has := slices.Contains(c.Grades, p.CNS)
		switch {
		case c.Negated && has:
			out = append(out, fmt.Sprintf("CNS: inclusion %d rules out CNS-%d (%q).", n+1, p.CNS, crit))
		case !c.Negated && !has:
			out = append(out, fmt.Sprintf("CNS: inclusion %d admits %s only (%q); the patient is CNS-%d.", n+1, gradesLabel(c.Grades), crit, p.CNS))
		}
	}
	return out
}

// cnsToCheck reports whether a criterion speaks of the CNS in a way the
// patient's grade alone does not settle.
func cnsToCheck(criterion string) bool {
	c, ok := rules.ReadCNS(criterion)
	return ok && !c.Settled()
}

// cnsExclusionSettled reports whether the patient's grade alone settles an
// exclusion about the CNS: its grades stand plain and are not negated.
func cnsExclusionSettled(criterion string) bool {
	c, ok := rules.ReadCNS(criterion)
	return ok && c.Settled() && !c.Negated
}

func gradesLabel(grades []int) string {
	names := make([]string, len(grades))
	for i, g := range grades {
		names[i] = fmt.Sprintf("CNS-%d", g)
	}
	return strings.Join(names, ", ")
}
