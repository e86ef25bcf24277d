package ingest

import "strings"

// normalizeLines turns "\r\n", "\r", U+2028 and U+2029 into "\n" and
// no-break spaces into spaces, in one pass that jumps from one carriage
// return, or lead byte of those runes, to the next. (strings.ContainsAny
// with non-ASCII runes, and a strings.Replacer of these, are many times
// slower.)
func normalizeLines(text string) string {
	var b strings.Builder
	done := 0
	replace := func(at, width int, with byte) int {
		if b.Cap() == 0 {
			b.Grow(len(text))
		}
		b.WriteString(text[done:at])
		b.WriteByte(with)
		done = at + width
		return done
	}
	cr, c2, e2 := indexFrom(text, '\r', 0), indexFrom(text, 0xC2, 0), indexFrom(text, 0xE2, 0)
	for {
		at := min(cr, c2, e2)
		if at == len(text) {
			break
		}
		next := at + 1
		switch rest := text[at:]; {
		case strings.HasPrefix(rest, "\r\n"):
			next = replace(at, 2, '\n')
		case rest[0] == '\r':
			next = replace(at, 1, '\n')
		case strings.HasPrefix(rest, "\u00a0"):
			next = replace(at, len("\u00a0"), ' ')
		case strings.HasPrefix(rest, "\u2028"), strings.HasPrefix(rest, "\u2029"):
			next = replace(at, len("\u2028"), '\n')
		}
		if cr < next {
			cr = indexFrom(text, '\r', next)
		}
		if c2 < next {
			c2 = indexFrom(text, 0xC2, next)
		}
		if e2 < next {
			e2 = indexFrom(text, 0xE2, next)
		}
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// indexFrom returns where c first occurs in s at or after from, or len(s).
func indexFrom(s string, c byte, from int) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return len(s)
}
