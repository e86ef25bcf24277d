package rules

import (
	"regexp/syntax"
	"unicode/utf8"
)

// unboundedMatch is maxMatchRunes' answer for a pattern whose matches can
// be of any length.
const unboundedMatch = -1

// maxMatchRunes returns the most runes a match of pattern can span, or
// unboundedMatch. The rules read a text rune by rune, an invalid byte as
// one rune, as the regexp package does.
func maxMatchRunes(pattern string) int {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return unboundedMatch
	}
	return maxRunesOf(re)
}

func maxRunesOf(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpCapture, syntax.OpQuest:
		return maxRunesOf(re.Sub[0])
	case syntax.OpRepeat:
		n := maxRunesOf(re.Sub[0])
		if re.Max < 0 || n == unboundedMatch {
			return unboundedMatch
		}
		return re.Max * n
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n := maxRunesOf(sub)
			if n == unboundedMatch {
				return unboundedMatch
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	// OpStar, OpPlus and any operator not known here.
	return unboundedMatch
}

// matchWindow returns the part of text from at that an anchored rule
// whose matches span at most maxRunes runes needs to see: those runes and
// the one after them, which a \b or $ at a match's end looks at. The rule
// decides on it as on all of text[at:].
func matchWindow(text string, at, maxRunes int) string {
	if maxRunes == unboundedMatch {
		return text[at:]
	}
	end := at
	for n := 0; n <= maxRunes && end < len(text); n++ {
		if text[end] < utf8.RuneSelf {
			end++
			continue
		}
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	return text[at:end]
}
