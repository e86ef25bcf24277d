package model

import "strings"

// mutationMarks follow a gene's name to name one of its mutations, a
// feature of the disease rather than what the trial aims at: "FLT3-ITD",
// "FLT3/ITD", "FLT3 TKD". Matched as written. One line an entry.
var mutationMarks = []string{
	"-ITD",
	"/ITD",
	" ITD",
	"-TKD",
	"/TKD",
	" TKD",
}

// withoutMutationNames blanks each mutation a text names by its gene and
// mark ("High FLT3-ITD AR" → "High          AR"), keeping every other
// byte where it was, so that the gene is not read as the trial's target. A
// drug that acts on the gene ("FLT3 inhibitor", gilteritinib) still names
// it.
func withoutMutationNames(text string) string {
	if !strings.Contains(text, "ITD") && !strings.Contains(text, "TKD") {
		return text
	}
	b := []byte(text)
	for _, mark := range mutationMarks {
		for from := 0; ; {
			i := strings.Index(text[from:], mark)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(mark)
			start := at
			for start > 0 && isGeneByte(text[start-1]) {
				start--
			}
			if start == at || len(FindTargets(text[start:at])) == 0 {
				continue
			}
			for k := start; k < from; k++ {
				b[k] = ' '
			}
		}
	}
	return string(b)
}

// isGeneByte reports whether c may be part of a gene's name: a letter or a
// digit.
func isGeneByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
}
