package rules

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// diagnosisIndex holds the vocabulary in lookup form.
type diagnosisIndex struct {
	parent map[string]string
	names  []diagnosisName
	keys   map[string]string // lower-case key or name → key
	order  []string          // the keys in the vocabulary's order
}

type diagnosisName struct {
	key string
	re  *regexp.Regexp
	// literal is the name as every match holds it: lower case, or as
	// written for a name matched only in capitals. A text without it is
	// skipped without running re.
	literal       string
	caseSensitive bool
}

// diagnoses is the index of the vocabulary in use.
var diagnoses = sync.OnceValue(func() *diagnosisIndex { return newDiagnosisIndex(InUse().Diagnoses) })

func newDiagnosisIndex(vocabulary []vocab.Diagnosis) *diagnosisIndex {
	ix := &diagnosisIndex{parent: map[string]string{}, keys: map[string]string{}}
	for _, d := range vocabulary {
		ix.order = append(ix.order, d.Name)
		ix.parent[d.Name] = d.Parent
		ix.keys[strings.ToLower(d.Name)] = d.Name
		for _, n := range d.Names {
			ix.keys[strings.ToLower(n)] = d.Name
			flags, literal := "(?i)", strings.ToLower(n)
			caseSensitive := len(n) <= 4 && strings.ToUpper(n) == n
			if caseSensitive {
				flags, literal = "", n // "ALL" and "NB" only in capitals
			}
			re := regexp.MustCompile(flags + `(?:^|[^\p{L}\p{N}-])` + regexp.QuoteMeta(n) + `(?:$|[^\p{L}\p{N}])`)
			ix.names = append(ix.names, diagnosisName{key: d.Name, re: re, literal: literal, caseSensitive: caseSensitive})
		}
	}
	return ix
}

// DiagnosisKeys returns the diagnoses of the vocabulary in order.
func DiagnosisKeys() []string { return slices.Clone(diagnoses().order) }

// ParseDiagnosis returns the diagnosis a name means, such as "B-ALL" for
// "b-cell acute lymphoblastic leukemia".
func ParseDiagnosis(name string) (string, bool) {
	key, ok := diagnoses().keys[strings.ToLower(strings.TrimSpace(name))]
	return key, ok
}

// IsA reports whether diagnosis d is ancestor or falls under it.
func IsA(d, ancestor string) bool {
	parent := diagnoses().parent
	for ; d != ""; d = parent[d] {
		if d == ancestor {
			return true
		}
	}
	return false
}

// DiagnosesIn returns the most specific diagnoses a text names:
// "B-cell Acute Lymphoblastic Leukemia" gives B-ALL, not also ALL.
func DiagnosesIn(text string) []string {
	found := map[string]bool{}
	lower := strings.ToLower(text)
	for _, n := range diagnoses().names {
		in := lower
		if n.caseSensitive {
			in = text
		}
		if strings.Contains(in, n.literal) && n.re.MatchString(text) {
			found[n.key] = true
		}
	}
	var out []string
	for d := range found {
		general := false
		for other := range found {
			if other != d && IsA(other, d) {
				general = true
			}
		}
		if !general {
			out = append(out, d)
		}
	}
	sort.Strings(out)
	return out
}

// TrialDiagnoses returns the diagnoses in a trial's conditions, or in its
// title when it states no conditions.
func TrialDiagnoses(t *model.Trial) []string {
	text := strings.Join(t.Conditions, "\n")
	if strings.TrimSpace(text) == "" {
		text = t.Title + "\n" + t.OfficialTitle
	}
	return DiagnosesIn(text)
}
