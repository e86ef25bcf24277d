package rules

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// byteSet is a set of bytes.
type byteSet [256 / 64]uint64

func (s *byteSet) add(c byte)      { s[c/64] |= 1 << (c % 64) }
func (s *byteSet) has(c byte) bool { return s[c/64]&(1<<(c%64)) != 0 }
func (s *byteSet) union(o byteSet) {
	s[0], s[1], s[2], s[3] = s[0]|o[0], s[1]|o[1], s[2]|o[2], s[3]|o[3]
}
func (s *byteSet) addRune(r rune)       { s.addRange(r, r) }
func (s *byteSet) addRange(lo, hi rune) { s.addRanges([]rune{lo, hi}) }

// addRanges adds the first bytes of the runes in the pairs of ranges. Any
// rune outside ASCII adds every byte outside ASCII, since a byte that is
// not valid UTF-8 is read as U+FFFD.
func (s *byteSet) addRanges(pairs []rune) {
	for i := 0; i+1 < len(pairs); i += 2 {
		lo, hi := pairs[i], pairs[i+1]
		for r := lo; r <= min(hi, utf8.RuneSelf-1); r++ {
			s.add(byte(r))
		}
		if hi >= utf8.RuneSelf {
			for c := utf8.RuneSelf; c < 256; c++ {
				s.add(byte(c))
			}
		}
	}
}

// firstBytes returns the bytes a match of pattern can begin with, and
// false when it cannot tell: the pattern can match the empty text or any
// byte.
func firstBytes(pattern string) (byteSet, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return byteSet{}, false
	}
	set, nullable, ok := firstOf(re.Simplify())
	return set, ok && !nullable
}

// firstOf returns the first bytes of re's non-empty matches, whether re
// can match the empty text, and false when any byte can begin a match.
func firstOf(re *syntax.Regexp) (set byteSet, nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return set, false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return set, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return set, true, true
		}
		r := re.Rune[0]
		set.addRune(r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set.addRune(f)
			}
		}
		return set, false, true
	case syntax.OpCharClass:
		set.addRanges(re.Rune)
		return set, false, true
	case syntax.OpCapture:
		return firstOf(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		set, _, ok = firstOf(re.Sub[0])
		return set, true, ok
	case syntax.OpPlus:
		return firstOf(re.Sub[0])
	case syntax.OpRepeat:
		set, nullable, ok = firstOf(re.Sub[0])
		return set, nullable || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			s, n, ok := firstOf(sub)
			if !ok {
				return set, false, false
			}
			set.union(s)
			if !n {
				return set, false, true
			}
		}
		return set, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, n, ok := firstOf(sub)
			if !ok {
				return set, false, false
			}
			set.union(s)
			nullable = nullable || n
		}
		return set, nullable, true
	}
	return set, false, false
}

// maxPrefixes bounds how many texts literalPrefixes lists.
const maxPrefixes = 64

// literalPrefixes returns texts one of which every match of pattern begins
// with, and false when it cannot tell, or when a match can begin with
// anything. Case folding is not followed: a pattern that ignores case has
// none.
func literalPrefixes(pattern string) ([]string, bool) {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, false
	}
	prefixes, _, ok := prefixesOf(re.Simplify())
	// A byte that is not UTF-8 reads as U+FFFD, which a text prefix would
	// not see.
	if !ok || len(prefixes) == 0 || slices.Contains(prefixes, "") ||
		slices.ContainsFunc(prefixes, func(p string) bool { return strings.ContainsRune(p, utf8.RuneError) }) {
		return nil, false
	}
	return prefixes, true
}

// prefixesOf returns texts one of which every match of re begins with,
// whether they are re's whole matches (complete), and false when it cannot
// tell.
func prefixesOf(re *syntax.Regexp) (prefixes []string, complete, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []string{string(re.Rune)}, true, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(prefixes) == maxPrefixes {
					return nil, false, false
				}
				prefixes = append(prefixes, string(r))
			}
		}
		return prefixes, true, true
	case syntax.OpCapture:
		return prefixesOf(re.Sub[0])
	case syntax.OpQuest:
		prefixes, complete, ok = prefixesOf(re.Sub[0])
		return append(prefixes, ""), complete, ok
	case syntax.OpPlus:
		prefixes, _, ok = prefixesOf(re.Sub[0])
		return prefixes, false, ok
	case syntax.OpStar:
		return []string{""}, false, true
	case syntax.OpRepeat:
		if re.Min == 0 {
			return []string{""}, false, true
		}
		prefixes, _, ok = prefixesOf(re.Sub[0])
		return prefixes, false, ok
	case syntax.OpAlternate:
		complete = true
		for _, sub := range re.Sub {
			p, c, ok := prefixesOf(sub)
			if !ok || len(prefixes)+len(p) > maxPrefixes {
				return nil, false, false
			}
			prefixes = append(prefixes, p...)
			complete = complete && c
		}
		return prefixes, complete, true
	case syntax.OpConcat:
		prefixes = []string{""}
		for _, sub := range re.Sub {
			p, c, ok := prefixesOf(sub)
			if !ok || len(prefixes)*len(p) > maxPrefixes {
				// What is known so far still begins every match.
				return prefixes, false, true
			}
			var joined []string
			for _, a := range prefixes {
				for _, b := range p {
					joined = append(joined, a+b)
				}
			}
			prefixes = joined
			if !c {
				return prefixes, false, true
			}
		}
		return prefixes, true, true
	}
	return nil, false, false
}

// leadsWithDigitRun reports whether every match of pattern begins with
// \d+: then a match that begins inside a run of digits means one begins
// where the run does, so only the runs' starts need trying.
func leadsWithDigitRun(pattern string) bool {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return false
	}
	for re = re.Simplify(); ; {
		switch re.Op {
		case syntax.OpCapture, syntax.OpConcat:
			re = re.Sub[0]
		case syntax.OpPlus:
			sub := re.Sub[0]
			return sub.Op == syntax.OpCharClass && slices.Equal(sub.Rune, []rune{'0', '9'})
		default:
			return false
		}
	}
}
