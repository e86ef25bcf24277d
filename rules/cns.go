package rules

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/vocab"
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

// cnsRules are the compiled phrases of cns.tsv, matched with case ignored.
type cnsRules struct {
	// grade names one CNS grade: "CNS-3", "CNS status 2", "CNS III"; its
	// first group is the grade.
	grade *regexp.Regexp
	// more continues a list of grades after one: "CNS-1/2", "CNS 2 and 3".
	more *regexp.Regexp
	// notAge is what may follow a grade's number when the number is not a
	// grade at all: "CNS within 3 months".
	notAge *regexp.Regexp
	// negation before a grade names it as absent: "no CNS-3 disease".
	negation *regexp.Regexp
	// mentions speak of the CNS without a grade, or beside one: "CNS
	// involvement", "central nervous system".
	mentions []phrase
	// qualifiers make a criterion with grades more than a literal list of
	// them: a human must read it ("CNS-2 allowed", "CNS-3 at diagnosis").
	qualifiers *regexp.Regexp
}

// cns is the CNS phrases of the vocabulary in use.
var cns = sync.OnceValue(func() *cnsRules { return compileCNS(InUse().CNS) })

func compileCNS(words []vocab.Word) *cnsRules {
	of := map[string][]string{}
	for _, w := range words {
		of[w.Kind] = append(of[w.Kind], w.Text)
	}
	one := func(kind string) *regexp.Regexp { return regexp.MustCompile(`(?i)` + strings.Join(of[kind], "|")) }
	return &cnsRules{grade: one(vocab.CNSGrade), more: one(vocab.CNSMore), notAge: one(vocab.CNSNotGrade),
		negation: one(vocab.CNSNegation), mentions: compileAll(of[vocab.CNSMention]), qualifiers: one(vocab.CNSQualifier)}
}

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
	rules := cns()
	for _, loc := range rules.grade.FindAllStringSubmatchIndex(criterion, -1) {
		end := loc[1]
		if loc[0] < read || rules.notAge.MatchString(window(criterion, end)) {
			continue
		}
		grades := []int{gradeNumber(criterion[loc[2]:loc[3]])}
		for {
			m := rules.more.FindStringSubmatchIndex(window(criterion, end))
			if m == nil || rules.notAge.MatchString(window(criterion, end+m[1])) {
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
		if rules.negation.MatchString(criterion[max(0, loc[0]-negationReach):loc[0]]) {
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
	c.Literal = len(c.Grades) > 0 && !rules.qualifiers.MatchString(criterion)
	return c, len(c.Grades) > 0 || c.Open
}

func mentionsCNS(text, lower string) bool {
	return slices.ContainsFunc(cns().mentions, func(p phrase) bool { return p.matches(text, lower) })
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
