package export

import (
	"slices"
	"unicode"
)

// bidiClass is the part of the Unicode bidirectional algorithm's classes
// the sheet's lines need: a letter written left to right or right to left,
// a number, and everything else.
type bidiClass uint8

const (
	bidiNeutral bidiClass = iota // spaces and punctuation
	bidiLeft                     // a letter of a left-to-right script
	bidiRight                    // a letter of Hebrew or Arabic
	bidiNumber                   // a digit, ASCII or Arabic-Indic
)

func bidiClassOf(r rune) bidiClass {
	switch {
	case '0' <= r && r <= '9' || '٠' <= r && r <= '٩' || '۰' <= r && r <= '۹':
		return bidiNumber
	case isRightToLeft(r) && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)):
		return bidiRight
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
		return bidiLeft
	}
	return bidiNeutral
}

// visualOrder returns a line of text in the order its characters stand
// from the left, by the rules of the Unicode bidirectional algorithm (UAX
// #9) for a line with no explicit embeddings: the line's direction is its
// first letter's; a number after a right-to-left letter keeps its digits in
// order but stands in the right-to-left run; spaces and punctuation between
// two runs of one direction take it, others the line's; then each run of a
// higher level is reversed, and a bracket in a right-to-left run is
// mirrored.
func visualOrder(line string) string {
	runes := []rune(line)
	if len(runes) == 0 {
		return line
	}
	classes := make([]bidiClass, len(runes))
	for i, r := range runes {
		classes[i] = bidiClassOf(r)
	}
	base := baseDirection(runes)
	// W2 and W7: a number takes the direction of the last letter before
	// it, or the line's.
	last := base
	for i, c := range classes {
		switch c {
		case bidiLeft, bidiRight:
			last = c
		case bidiNumber:
			if last == bidiLeft {
				classes[i] = bidiLeft
			}
		}
	}
	levels := make([]int, len(runes))
	for i := 0; i < len(runes); {
		if classes[i] != bidiNeutral {
			levels[i] = levelOf(classes[i], base)
			i++
			continue
		}
		// N1 and N2: a run of neutrals between two runs of one direction
		// (a number counts as right to left) takes it, else the line's.
		j := i
		for j < len(runes) && classes[j] == bidiNeutral {
			j++
		}
		dir := base
		if before, after := strongAt(classes, i-1, base), strongAt(classes, j, base); before == after {
			dir = before
		}
		for k := i; k < j; k++ {
			levels[k] = levelOf(dir, base)
		}
		i = j
	}
	top := slices.Max(levels)
	lowestOdd := 1
	for level := top; level >= lowestOdd; level-- {
		for i := 0; i < len(runes); {
			if levels[i] < level {
				i++
				continue
			}
			j := i
			for j < len(runes) && levels[j] >= level {
				j++
			}
			slices.Reverse(runes[i:j])
			slices.Reverse(levels[i:j])
			i = j
		}
	}
	for i, r := range runes {
		if levels[i]%2 == 1 {
			runes[i] = mirrored(r)
		}
	}
	return string(runes)
}

// baseDirection is a line's direction: its first letter's, left to right
// when it has none (P2 and P3).
func baseDirection(runes []rune) bidiClass {
	for _, r := range runes {
		if c := bidiClassOf(r); c == bidiLeft || c == bidiRight {
			return c
		}
	}
	return bidiLeft
}

// readsRightToLeft reports whether a line of text reads from the right:
// its first letter is Hebrew or Arabic.
func readsRightToLeft(line string) bool {
	return hasRightToLeft(line) && baseDirection([]rune(line)) == bidiRight
}

// strongAt is the direction a neutral run's neighbour at i gives it: a
// letter's own, right to left for a number, the line's at either end.
func strongAt(classes []bidiClass, i int, base bidiClass) bidiClass {
	if i < 0 || i >= len(classes) {
		return base
	}
	if classes[i] == bidiNumber {
		return bidiRight
	}
	return classes[i]
}

// levelOf is the embedding level of a resolved class on a line of the
// base direction (I1 and I2).
func levelOf(c, base bidiClass) int {
	baseLevel := 0
	if base == bidiRight {
		baseLevel = 1
	}
	switch {
	case c == bidiNumber:
		return baseLevel + 2 - baseLevel%2
	case c == bidiRight && baseLevel == 0:
		return 1
	case c == bidiLeft && baseLevel == 1:
		return 2
	}
	return baseLevel
}

// mirrored returns the mirror image of a bracket, as a right-to-left run
// shows it.
func mirrored(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '{':
		return '}'
	case '}':
		return '{'
	case '<':
		return '>'
	case '>':
		return '<'
	case '«':
		return '»'
	case '»':
		return '«'
	}
	return r
}
