package rules

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

// markerMarks follow an antigen's name to say the disease carries it:
// "CD22+ acute leukemia", "CD19-positive". In a criterion of a trial whose
// own targets are known, such a marker adds none ("other CD19+ or CD22+
// acute leukemia" in a CD19 CAR trial). Matched as written. One line an
// entry.
var markerMarks = []string{
	"+",
	"-positive",
	" positive",
	"-expressing",
	" expressing",
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
	return blankMarked(text, mutationMarks)
}

// withoutMarkers blanks each antigen a text names as the disease's marker
// ("CD22+", "CD19-positive").
func withoutMarkers(text string) string {
	return blankMarked(text, markerMarks)
}

// blankMarked blanks each target name that one of marks follows, with the
// mark, keeping every other byte where it was.
func blankMarked(text string, marks []string) string {
	var b []byte
	for _, mark := range marks {
		for from := 0; ; {
			i := indexLiteral(text[from:], mark)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(mark)
			start := at
			for start > 0 && isAlnumByte(text[start-1]) {
				start--
			}
			if !geneLike(text[start:at]) || targets().target(text[start:at]) == "" {
				continue
			}
			if b == nil {
				b = []byte(text)
			}
			for k := start; k < from; k++ {
				b[k] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// geneLike reports whether a word is written as an antigen or a gene is:
// two to ten capitals and digits ("CD19", "FLT3", "GD2"), so that the
// vocabulary is searched only for such words.
func geneLike(w string) bool {
	if len(w) < 2 || len(w) > 10 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}
