package rules

import (
	"slices"
	"strings"
)

// abbreviations are the words a dot ends that ends no sentence ("Dr.
// Lang", "approx. 50"), lower case, without their dot. A word with a dot
// inside ("U.S.", "e.g.") is one too.
var abbreviations = []string{"dr", "drs", "prof", "approx", "ca", "vs", "inc", "ltd", "co", "no", "nos", "fig", "al", "st", "mr", "mrs", "ms", "jr", "sr", "resp"}

// endsAbbreviation reports whether the dot at text[dot] ends an
// abbreviation rather than a sentence: "the U.S. Food and Drug
// Administration".
func endsAbbreviation(text string, dot int) bool {
	start := strings.LastIndexAny(text[:dot], " \t\n(") + 1
	word := text[start:dot]
	return strings.Contains(word, ".") || slices.Contains(abbreviations, strings.ToLower(word))
}

// splitSentences splits a line into its sentences at each ". " or "; ",
// but not after an abbreviation.
func splitSentences(line string) []string {
	bounds := sentenceBounds(line)
	out := make([]string, len(bounds))
	for i, b := range bounds {
		out[i] = line[b[0]:b[1]]
	}
	return out
}

// sentenceBounds returns where each sentence of a line starts and ends, as
// splitSentences splits them.
func sentenceBounds(line string) [][2]int {
	var out [][2]int
	from := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c != '.' && c != ';' {
			continue
		}
		end := i + 1
		for end < len(line) && (isSpace(line[end]) || line[end] == '\f') {
			end++
		}
		if end == i+1 || c == '.' && endsAbbreviation(line, i) {
			continue
		}
		out = append(out, [2]int{from, i})
		from = end
		i = end - 1
	}
	return append(out, [2]int{from, len(line)})
}
