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
	var out []string
	from := 0
	for _, m := range sentenceBreak.FindAllStringIndex(line, -1) {
		if line[m[0]] == '.' && endsAbbreviation(line, m[0]) {
			continue
		}
		out = append(out, line[from:m[0]])
		from = m[1]
	}
	return append(out, line[from:])
}
