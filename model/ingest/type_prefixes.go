package ingest

import "strings"

// typePrefixWords are the types a registry writes before an
// intervention's name ("Biological: UCART22"), in the order they are
// tried at a place.
var typePrefixWords = [...]string{
	"Biological", "Drug", "Device", "Procedure", "Procedure/Surgery", "Other", "Radiation", "Behavioral",
	"Genetic", "Dietary Supplement", "Combination Product", "Diagnostic Test",
}

// typePrefixes returns where a cell's type prefixes are, left to right and
// not overlapping, or nil: each a type right before a colon, after a byte
// that is no ASCII letter, digit or underscore (a word boundary), with the
// colon and the white space \s matches after it. Every prefix holds a
// colon and no type does, so each colon is looked at once, with the types
// that may end there.
func typePrefixes(cell string) [][]int {
	var locs [][]int
	for from := 0; ; {
		colon := strings.IndexByte(cell[from:], ':')
		if colon < 0 {
			return locs
		}
		colon += from
		start := -1
		for _, t := range typePrefixWords {
			at := colon - len(t)
			if at >= from && cell[at:colon] == t && (at == 0 || !isWordByte(cell[at-1])) && (start < 0 || at < start) {
				start = at
			}
		}
		if start < 0 {
			from = colon + 1
			continue
		}
		end := colon + 1
		for end < len(cell) && strings.IndexByte(regexpSpace, cell[end]) >= 0 {
			end++
		}
		locs = append(locs, []int{start, end})
		from = end
	}
}

// isWordByte reports whether c is an ASCII letter, digit or underscore,
// a word's byte as \b sees it.
func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z'
}
