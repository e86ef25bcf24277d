package eligibility

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// The readers run some hundred regular expressions over every sentence;
// most of them cannot match it, and Go's regular expressions take time to
// find that out. A prefilter first looks for the words a match must hold:
// "(?i)\bisolated\s+(CNS|testicular)" needs "isolated"; a sentence without
// it skips the expression.

// literals are the lower-case strings one of which any match of an
// expression contains; nil when none can be said.
type literals []string

var prefilters sync.Map // *regexp.Regexp → literals

// mayMatch reports whether an expression may match a text whose lower
// case is lower: false only when the text lacks every string a match
// must hold.
func mayMatch(re *regexp.Regexp, lower string) bool {
	v, ok := prefilters.Load(re)
	if !ok {
		var need literals
		if t, err := syntax.Parse(re.String(), syntax.Perl); err == nil {
			need = required(t.Simplify())
		}
		v, _ = prefilters.LoadOrStore(re, need)
	}
	need := v.(literals)
	if need == nil {
		return true
	}
	for _, s := range need {
		if strings.Contains(lower, s) {
			return true
		}
	}
	return false
}

// required returns the strings one of which any match of a parsed
// expression contains, lower-cased; nil when it cannot tell.
func required(t *syntax.Regexp) literals {
	switch t.Op {
	case syntax.OpLiteral:
		return literals{strings.ToLower(string(t.Rune))}
	case syntax.OpCharClass:
		// A small class: one of its characters ("[≥>]").
		var out literals
		for i := 0; i+1 < len(t.Rune); i += 2 {
			if t.Rune[i+1]-t.Rune[i] > 3 {
				return nil
			}
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				out = appendUnique(out, strings.ToLower(string(r)))
			}
		}
		if len(out) == 0 || len(out) > 8 {
			return nil
		}
		return out
	case syntax.OpCapture:
		return required(t.Sub[0])
	case syntax.OpPlus:
		return required(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return required(t.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// Any part's strings will do; the longest shortest one filters
		// best. Parts that match exact strings ("h" then "ours?") join
		// into longer ones ("hour", "hours").
		var best literals
		consider := func(l literals) {
			if l != nil && !blank(l) && (best == nil || shortest(l) > shortest(best)) {
				best = l
			}
		}
		var run literals
		for _, s := range t.Sub {
			if e, ok := exact(s); ok {
				if run == nil {
					run = e
				} else if joined := cross(run, e); joined != nil {
					run = joined
				} else {
					consider(run)
					run = e
				}
				continue
			}
			consider(run)
			run = nil
			consider(required(s))
		}
		consider(run)
		return best
	case syntax.OpAlternate:
		var out literals
		for _, s := range t.Sub {
			l := required(s)
			if l == nil || blank(l) {
				return nil
			}
			for _, x := range l {
				out = appendUnique(out, x)
			}
		}
		return out
	}
	return nil
}

func shortest(l literals) int {
	n := -1
	for _, s := range l {
		if k := utf8.RuneCountInString(s); n < 0 || k < n {
			n = k
		}
	}
	return n
}

func appendUnique(l literals, s string) literals {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	return append(l, s)
}

// exact returns the strings an expression matches, lower-cased, when they
// are few and known: a literal, a small class, an alternation or a
// sequence of them.
func exact(t *syntax.Regexp) (literals, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		return literals{strings.ToLower(string(t.Rune))}, true
	case syntax.OpCharClass:
		l := required(t)
		return l, l != nil
	case syntax.OpCapture:
		return exact(t.Sub[0])
	case syntax.OpQuest:
		e, ok := exact(t.Sub[0])
		if !ok {
			return nil, false
		}
		return appendUnique(append(literals(nil), e...), ""), true
	case syntax.OpAlternate:
		var out literals
		for _, s := range t.Sub {
			e, ok := exact(s)
			if !ok {
				return nil, false
			}
			for _, x := range e {
				out = appendUnique(out, x)
			}
		}
		return out, len(out) <= 32
	case syntax.OpConcat:
		out := literals{""}
		for _, s := range t.Sub {
			e, ok := exact(s)
			if !ok {
				return nil, false
			}
			if out = cross(out, e); out == nil {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// cross joins each string of a to each of b; nil when too many.
func cross(a, b literals) literals {
	if len(a)*len(b) > 32 {
		return nil
	}
	var out literals
	for _, x := range a {
		for _, y := range b {
			out = appendUnique(out, x+y)
		}
	}
	return out
}

// blank reports whether a set holds an empty or blank string: it
// filters nothing.
func blank(l literals) bool {
	for _, s := range l {
		if strings.TrimSpace(s) == "" {
			return true
		}
	}
	return false
}

// fillerBranches are the alternatives of fillerPhrases, each with a
// prefilter of its own.
var fillerBranches = sync.OnceValue(func() []*regexp.Regexp { return branches(fillerPhrases) })

// branches splits an expression at its top alternation, so that each
// alternative is prefiltered on its own words; a match of the whole is a
// match of one of them.
func branches(re *regexp.Regexp) []*regexp.Regexp {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return []*regexp.Regexp{re}
	}
	t = t.Simplify()
	if t.Op != syntax.OpAlternate {
		return []*regexp.Regexp{re}
	}
	var out []*regexp.Regexp
	for _, s := range t.Sub {
		b, err := regexp.Compile(s.String())
		if err != nil {
			return []*regexp.Regexp{re}
		}
		out = append(out, b)
	}
	return out
}
