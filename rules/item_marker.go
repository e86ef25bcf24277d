package rules

import (
	"strings"
	"unicode/utf8"
)

// mayOpenItem reports whether a line may begin with an item marker, as a
// cheap test before itemMarker, which is tried on every line of a list:
// a marker begins with a bullet or a dash (non-ASCII for most), "*", "+",
// "-" or "(", or with a number or letters followed by "." or ")" within its
// first five bytes.
func mayOpenItem(line string) bool {
	if line == "" {
		return false
	}
	switch c := line[0]; {
	case c >= utf8.RuneSelf, c == '*', c == '+', c == '-', c == '(':
		return true
	case isDigit(c), 'a' <= c|0x20 && c|0x20 <= 'z':
		return strings.ContainsAny(line[1:min(len(line), 5)], ".)")
	}
	return false
}

// hasItemMarker reports whether itemMarker matches line.
func hasItemMarker(line string) bool {
	return mayOpenItem(line) && itemMarker.MatchString(line)
}

// itemMarkerIndex returns where itemMarker matches line, or nil.
func itemMarkerIndex(line string) []int {
	if !mayOpenItem(line) {
		return nil
	}
	return itemMarker.FindStringIndex(line)
}
