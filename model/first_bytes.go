package model

import (
	"regexp/syntax"
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
