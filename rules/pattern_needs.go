package rules

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// minNeeded is the shortest text neededTexts gives: a shorter one occurs in
// almost every criterion and saves nothing.
const minNeeded = 3

// neededTexts returns texts, ASCII lower case, one of which every match of
// pattern, case ignored, holds past its first part, or nil when it cannot
// tell. The first part is passed over because a phrase's starts stand for
// it. A text that holds none of them cannot match, unless lower-casing or
// case folding turns some of its runes into ASCII letters (foldsIntoASCII).
func neededTexts(pattern string) []string {
	re, err := syntax.Parse(`(?i)`+pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil
	}
	needed, ok := bestNeeded(re.Sub[1:])
	if !ok || shortest(needed) < minNeeded {
		return nil
	}
	return needed
}

// bestNeeded returns the texts of the part of a concatenation whose
// shortest needed text is longest.
func bestNeeded(parts []*syntax.Regexp) (best []string, ok bool) {
	for _, part := range parts {
		if needed, partOK := neededOf(part); partOK && (!ok || shortest(needed) > shortest(best)) {
			best, ok = needed, true
		}
	}
	return best, ok
}

// neededOf returns texts one of which every match of re holds.
func neededOf(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				return nil, false
			}
		}
		if re.Flags&syntax.FoldCase != 0 {
			s = strings.ToLower(s)
		}
		return []string{s}, s != ""
	case syntax.OpCapture, syntax.OpPlus:
		return neededOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min == 0 {
			return nil, false
		}
		return neededOf(re.Sub[0])
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			needed, ok := neededOf(sub)
			if !ok || len(all)+len(needed) > maxPrefixes {
				return nil, false
			}
			all = append(all, needed...)
		}
		return all, true
	case syntax.OpConcat:
		return bestNeeded(re.Sub)
	}
	return nil, false
}

// shortest returns the length of the shortest text.
func shortest(texts []string) int {
	if len(texts) == 0 {
		return 0
	}
	return len(slices.MinFunc(texts, func(a, b string) int { return len(a) - len(b) }))
}
