package rules

import "strings"

// indexLiteral returns strings.Index(s, lit). It looks for the byte of lit
// least common in English text and checks lit around each: in a page of
// many "r"s, "rotocol" is found by its "c", with fewer false starts than
// strings.Index has with its first byte.
func indexLiteral(s, lit string) int {
	if len(lit) < 2 {
		return strings.Index(s, lit)
	}
	if len(s) < len(lit) {
		return -1
	}
	k := rarestByte(lit)
	c := lit[k]
	for from := k; ; {
		j := strings.IndexByte(s[from:], c)
		if j < 0 {
			return -1
		}
		at := from + j - k
		if at+len(lit) > len(s) {
			return -1
		}
		if s[at:at+len(lit)] == lit {
			return at
		}
		from += j + 1
	}
}
