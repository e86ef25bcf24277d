package rules

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// CNSCriterion is what one criterion says about CNS status.
type CNSCriterion struct {
	// Grades are the CNS grades, 1 to 3, the criterion names, in order.
	Grades []int
	// Negated is set where the grades are named as absent: "no CNS-3".
	Negated bool
	// Literal is set where the grades stand plain, with no word that
	// qualifies them ("allowed", "at diagnosis", "unless" …): the patient's
	// grade can be compared with them.
	Literal bool
	// Open is set where the criterion speaks of the CNS beyond its grades
	// ("CNS involvement", "active CNS disease"): a human must read it.
	Open bool
}

var (
	cnsGrade      = regexp.MustCompile(`(?i)` + cnsRules.Grade)
	cnsMore       = regexp.MustCompile(`(?i)` + cnsRules.More)
	cnsNotAge     = regexp.MustCompile(`(?i)` + cnsRules.NotAge)
	cnsNegation   = regexp.MustCompile(`(?i)` + cnsRules.Negation)
	cnsMentions   = compileAll(cnsRules.Mentions)
	cnsQualifiers = regexp.MustCompile(`(?i)` + strings.Join(cnsRules.Qualifiers, "|"))
)

// negationReach is how far before a grade a negation is looked for; the
// negation phrase reaches at most 20 characters beyond its word.
const negationReach = 120

// ReadCNS reads what a criterion says about CNS status: the grades it names
// ("CNS-3 disease", "CNS-1 or CNS-2 only") and whether it mentions the CNS
// otherwise ("CNS involvement"). ok is false when it does not speak of the
// CNS at all.
func ReadCNS(criterion string) (c CNSCriterion, ok bool) {
	lower := strings.ToLower(criterion)
	if !strings.Contains(lower, "cns") && !mentionsCNS(criterion, lower) {
		return c, false // most criteria: no grade and no mention
	}
	var spans [][2]int
	read := 0 // the end of the last list of grades read
	for _, loc := range cnsGrade.FindAllStringSubmatchIndex(criterion, -1) {
		end := loc[1]
		if loc[0] < read || cnsNotAge.MatchString(window(criterion, end)) {
			continue
		}
		grades := []int{gradeNumber(criterion[loc[2]:loc[3]])}
		for {
			m := cnsMore.FindStringSubmatchIndex(window(criterion, end))
			if m == nil || cnsNotAge.MatchString(window(criterion, end+m[1])) {
				break
			}
			next := gradeNumber(criterion[end+m[2] : end+m[3]])
			joiner := strings.TrimSpace(strings.ToLower(criterion[end : end+m[2]]))
			if prev := grades[len(grades)-1]; (strings.HasPrefix(joiner, "-") || strings.HasPrefix(joiner, "–") || strings.HasPrefix(joiner, "to")) && next > prev {
				for g := prev + 1; g < next; g++ {
					grades = append(grades, g)
				}
			}
			grades = append(grades, next)
			end += m[1]
		}
		if cnsNegation.MatchString(criterion[max(0, loc[0]-negationReach):loc[0]]) {
			c.Negated = true
		}
		for _, g := range grades {
			if !slices.Contains(c.Grades, g) {
				c.Grades = append(c.Grades, g)
			}
		}
		spans = append(spans, [2]int{loc[0], end})
		read = end
	}
	var rest strings.Builder
	from := 0
	for _, sp := range spans {
		rest.WriteString(criterion[from:sp[0]])
		rest.WriteByte(' ')
		from = sp[1]
	}
	rest.WriteString(criterion[from:])
	c.Open = mentionsCNS(rest.String(), strings.ToLower(rest.String()))
	c.Literal = len(c.Grades) > 0 && !cnsQualifiers.MatchString(criterion)
	return c, len(c.Grades) > 0 || c.Open
}

func mentionsCNS(text, lower string) bool {
	return slices.ContainsFunc(cnsMentions, func(p phrase) bool { return p.matches(text, lower) })
}

// window returns the few bytes of s from i on that a phrase after a grade
// can span, so that reading many grades stays linear.
func window(s string, i int) string { return s[i:min(len(s), i+48)] }

func gradeNumber(s string) int {
	switch strings.ToUpper(s) {
	case "I":
		return 1
	case "II":
		return 2
	case "III":
		return 3
	}
	n, _ := strconv.Atoi(s)
	return n
}

// Settled reports whether the patient's grade alone decides the
// criterion's CNS part, so that it needs no check by hand.
func (c CNSCriterion) Settled() bool { return c.Literal && !c.Open }
