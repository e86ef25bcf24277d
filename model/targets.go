package model

import (
	"regexp"
	"sort"
	"strings"
)

// TargetHit is one place a text names a target.
type TargetHit struct {
	Target  string
	Snippet string
}

// targetFinder holds the compiled vocabulary.
type targetFinder struct {
	names    *regexp.Regexp
	byName   map[string]string
	cdForms  *regexp.Regexp
	carForms *regexp.Regexp
	digits   *regexp.Regexp
	order    map[string]int
}

var finder = newTargetFinder()

func newTargetFinder() *targetFinder {
	f := &targetFinder{byName: map[string]string{}, order: map[string]int{}}
	var alts []string
	for i, entry := range targetVocabulary {
		f.order[entry.Target] = i
		for _, n := range entry.Names {
			key := strings.ToLower(n)
			f.byName[key] = entry.Target
			if len(n) > 5 {
				alts = append(alts, `(?i:`+regexp.QuoteMeta(n)+`)`)
			} else {
				alts = append(alts, regexp.QuoteMeta(n))
			}
		}
	}
	drugs := make([]string, 0, len(drugTargets))
	for d, t := range drugTargets {
		f.byName[strings.ToLower(d)] = t
		drugs = append(drugs, `(?i:`+regexp.QuoteMeta(d)+`)`)
	}
	sort.Slice(alts, func(i, j int) bool { return len(alts[i]) > len(alts[j]) })
	sort.Strings(drugs)
	f.names = regexp.MustCompile(`(?:^|[^\p{L}\p{N}])(` + strings.Join(alts, "|") + `|(?:` + strings.Join(drugs, "|") + `)[\p{L}]*)(?:$|[^\p{L}\p{N}])`)
	// "CD19/CD22", "CD19/22", "CD 19", "anti-CD19"
	f.cdForms = regexp.MustCompile(`\bCD[\s-]?(\d{1,3})((?:\s*/\s*(?:CD)?\d{1,3})*)\b`)
	// "CART-19/22", "CART19", "CAR19", "CAR-T19", "UCART22"
	f.carForms = regexp.MustCompile(`(?i)\bU?CAR-?T?-?(\d{1,3})((?:\s*/\s*\d{1,3})*)\b`)
	f.digits = regexp.MustCompile(`\d{1,3}`)
	return f
}

// FindTargets returns the targets a text names, with the snippet around each
// first mention, in vocabulary order.
func FindTargets(text string) []TargetHit {
	found := map[string]TargetHit{}
	add := func(target string, start, end int) {
		if target == "" {
			return
		}
		if _, ok := found[target]; !ok {
			found[target] = TargetHit{Target: target, Snippet: snippetAround(text, start, end)}
		}
	}
	for _, m := range finder.names.FindAllStringSubmatchIndex(text, -1) {
		name := strings.ToLower(text[m[2]:m[3]])
		target, ok := finder.byName[name]
		if !ok {
			target = finder.drugTarget(name)
		}
		add(target, m[2], m[3])
	}
	for _, re := range []*regexp.Regexp{finder.cdForms, finder.carForms} {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			numbers := []string{text[m[2]:m[3]]}
			for _, n := range finder.digits.FindAllString(text[m[4]:m[5]], -1) {
				numbers = append(numbers, n)
			}
			for _, n := range numbers {
				add(finder.byName["cd"+n], m[0], m[1])
			}
		}
	}
	hits := make([]TargetHit, 0, len(found))
	for _, h := range found {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool { return finder.order[hits[i].Target] < finder.order[hits[j].Target] })
	return hits
}

func (f *targetFinder) drugTarget(word string) string {
	for drug, target := range drugTargets {
		if strings.HasPrefix(word, strings.ToLower(drug)) {
			return target
		}
	}
	return ""
}

// SortTargets orders targets as the vocabulary does; unknown ones go last,
// alphabetically.
func SortTargets(targets []string) {
	sort.SliceStable(targets, func(i, j int) bool {
		oi, iok := finder.order[targets[i]]
		oj, jok := finder.order[targets[j]]
		switch {
		case iok && jok:
			return oi < oj
		case iok != jok:
			return iok
		}
		return targets[i] < targets[j]
	})
}

// snippetAround returns up to 60 characters either side of a match, cut at
// word boundaries and on one line.
func snippetAround(text string, start, end int) string {
	const reach = 60
	lo, hi := start-reach, end+reach
	if lo < 0 {
		lo = 0
	}
	if hi > len(text) {
		hi = len(text)
	}
	for lo > 0 && lo < start && !isSpace(text[lo-1]) {
		lo++
	}
	for hi < len(text) && hi > end && !isSpace(text[hi]) {
		hi--
	}
	s := strings.Join(strings.Fields(text[lo:hi]), " ")
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(text) {
		s += "…"
	}
	return s
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
