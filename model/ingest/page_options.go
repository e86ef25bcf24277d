package ingest

import (
	"strings"

	"github.com/trialcompare/trialcompare/rules"
)

// nestedOptions makes the marked lines under an unmarked paragraph that
// asks for one of them that paragraph's sub-items, so that the options
// read as one criterion and not each as a criterion the patient must meet.
// The lead-in becomes an item, and so does each later unmarked paragraph
// of the list: a list of such lead-ins gives its other criteria unmarked
// as well ("Patient has known or suspected relapsed ALL …"). A list with no
// such lead-in is returned as it is.
func nestedOptions(lines []string) []string {
	if !hasOptionsLeadIn(lines) {
		return lines
	}
	out := make([]string, 0, len(lines))
	inOptions := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			out = append(out, l)
		case !listLine.MatchString(t) && opensParagraph(lines, i):
			inOptions = rules.AsksForOneOf(t)
			out = append(out, "- "+t)
		case inOptions:
			out = append(out, "   "+t)
		default:
			out = append(out, l)
		}
	}
	return out
}

// hasOptionsLeadIn reports whether an unmarked line of a list asks for one
// of the marked lines that follow it.
func hasOptionsLeadIn(lines []string) bool {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || listLine.MatchString(t) || !opensParagraph(lines, i) || !rules.AsksForOneOf(t) {
			continue
		}
		if next := nextNonBlank(lines, i+1); next >= 0 && listLine.MatchString(strings.TrimSpace(lines[next])) {
			return true
		}
	}
	return false
}

// opensParagraph reports whether line i is the first of the list or comes
// after a blank line: an unmarked line right below another line goes on
// with that line's sentence.
func opensParagraph(lines []string, i int) bool {
	return i == 0 || strings.TrimSpace(lines[i-1]) == ""
}

// nextNonBlank returns the first line at or after from that is not blank,
// or -1.
func nextNonBlank(lines []string, from int) int {
	for i := from; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// continuesOptionsList reports whether an unmarked paragraph below a list
// of options is one more item of it: it opens with the first word of the
// lead-in that asked for the options ("Patient must have one of …" /
// "Patient has known …").
func continuesOptionsList(leadIn, line string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(leadIn), " ")
	word, _, _ := strings.Cut(strings.TrimSpace(line), " ")
	return first != "" && strings.EqualFold(first, word)
}
