package rules

import (
	"fmt"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/vocab"
)

// nctLen is the length of an NCT ID: "NCT" and eight digits.
const nctLen = len("NCT00000000")

// NCTMention is an NCT ID a text names and the byte where it stands.
type NCTMention struct {
	ID string
	At int
}

// FindNCTIDs returns each NCT ID a text names, in order, wherever it
// stands: on its own, glued to a label before it ("ClinicalTrials.
// GovNCT04293562", "Phase 2NCT04726241") or to words after it
// ("NCT04726241Recruiting"), or apart from its digits ("NCT #04067336").
// "NCT" and eight digits followed by a ninth digit is no NCT ID.
func FindNCTIDs(text string) []NCTMention {
	var out []NCTMention
	for from := 0; ; {
		i := strings.Index(text[from:], "NCT")
		if i < 0 {
			return out
		}
		at := from + i
		from = at + 3
		digits := at + 3 + nctGap(text[at+3:])
		if !digitsAt(text, digits, 8) || digits+8 < len(text) && isDigit(text[digits+8]) {
			continue
		}
		id := text[at : at+nctLen]
		if digits != at+3 {
			id = "NCT" + text[digits:digits+8]
		}
		out = append(out, NCTMention{ID: id, At: at})
		from = digits + 8
	}
}

// nctGap returns how many bytes of a space, "#", ":" or "-" stand between
// "NCT" and its digits, as some pages write it ("NCT #04067336", "NCT
// 04067336"): at most three.
func nctGap(rest string) int {
	n := 0
	for n < len(rest) && n < 3 && strings.IndexByte(" #:-", rest[n]) >= 0 {
		n++
	}
	return n
}

// FirstNCTID returns the first NCT ID a text names, "" when it names none.
func FirstNCTID(text string) string {
	if !strings.Contains(text, "NCT") {
		return ""
	}
	if ms := FindNCTIDs(text); len(ms) > 0 {
		return ms[0].ID
	}
	return ""
}

// ownIDWords holds registry_labels.tsv's own-ID labels and other-trial
// cues.
type ownIDWords struct {
	labels, otherTrial []string
}

var ownIDVocabulary = sync.OnceValue(func() *ownIDWords {
	w := &ownIDWords{}
	for _, l := range InUse().RegistryLabels {
		switch l.Kind {
		case vocab.RegistryOwnIDLabel:
			w.labels = append(w.labels, l.Text)
		case vocab.RegistryOtherTrialCue:
			w.otherTrial = append(w.otherTrial, l.Text)
		}
	}
	return w
})

// titleBlockLines is how many of a page's first non-blank lines make its
// title block.
const titleBlockLines = 3

// OwnNCTID chooses, among the NCT IDs of a page's lines, the trial's own,
// and returns the line it stands on. A page that names one NCT ID gives it
// and why is "". On a page that names several, the trial's own is, in
// order of trust: the one on its identification line ("NCT Number:
// NCT…", "ClinicalTrials.gov identifier" on the line above), the one in
// its title block (its first lines), the first one not named as another
// trial's ("following the earlier trial NCT…", a "Related trials" list),
// and failing all these the first one; why says which and how many the
// page names.
func OwnNCTID(lines []string) (id, line, why string) {
	type hit struct {
		NCTMention
		line int
	}
	var hits []hit
	distinct := map[string]bool{}
	for i, l := range lines {
		if !strings.Contains(l, "NCT") {
			continue
		}
		for _, m := range FindNCTIDs(l) {
			hits = append(hits, hit{m, i})
			distinct[m.ID] = true
		}
	}
	switch {
	case len(hits) == 0:
		return "", "", ""
	case len(distinct) == 1:
		return hits[0].ID, strings.TrimSpace(lines[hits[0].line]), ""
	}
	many := fmt.Sprintf(" (the page names %d NCT IDs)", len(distinct))
	for _, h := range hits {
		if identificationLine(lines, h.line, h.At) {
			return h.ID, strings.TrimSpace(lines[h.line]), "identification line" + many
		}
	}
	block := titleBlock(lines)
	for _, h := range hits {
		if h.line < block && !otherTrialsID(lines, h.line, h.At) {
			return h.ID, strings.TrimSpace(lines[h.line]), "title block" + many
		}
	}
	for _, h := range hits {
		if !otherTrialsID(lines, h.line, h.At) {
			return h.ID, strings.TrimSpace(lines[h.line]), "first not named as another trial's" + many
		}
	}
	return hits[0].ID, strings.TrimSpace(lines[hits[0].line]), "first named, though as another trial's" + many
}

// titleBlock returns the line after a page's title block.
func titleBlock(lines []string) int {
	seen := 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if seen++; seen > titleBlockLines {
			return i
		}
	}
	return len(lines)
}

// identificationLine reports whether the NCT ID at byte at of line i is on
// the trial's identification line: the line opens with an own-ID label
// ("NCT Number:", "ClinicalTrials.gov IdentifierNCT…"), or the line above
// is that label alone.
func identificationLine(lines []string, i, at int) bool {
	head := normalIDLabel(lines[i][:at])
	if head == "" {
		if j := previousNonBlank(lines, i); j >= 0 {
			return isOwnIDLabel(normalIDLabel(lines[j]))
		}
		return false
	}
	return isOwnIDLabel(head)
}

// normalIDLabel is a label in lower case, without list marks, emphasis,
// table bars, separators and spacing around it.
func normalIDLabel(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.Trim(s, " \t-*•#|:_.")
}

func isOwnIDLabel(label string) bool {
	for _, l := range ownIDVocabulary().labels {
		if label == l {
			return true
		}
	}
	return false
}

// previousNonBlank returns the line before line i that is not blank, at
// most two blank lines above it; -1 when there is none.
func previousNonBlank(lines []string, i int) int {
	for j := i - 1; j >= max(0, i-3); j-- {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// maxListLines is the most lines a list of related trials' IDs holds.
const maxListLines = 50

// maxListHeadingWords is the most words a heading over a list of other
// trials ("Related trials") holds.
const maxListHeadingWords = 4

// otherTrialsID reports whether the NCT ID at byte at of line i is named
// as another trial's: a cue stands before it in its sentence ("following
// the earlier trial NCT…", "see also NCT…"), or the line is under a short
// heading that holds one ("Related studies").
func otherTrialsID(lines []string, i, at int) bool {
	before := lines[i][:at]
	if k := strings.LastIndexAny(before, ".;"); k >= 0 && k+1 < len(before) && before[k+1] == ' ' {
		before = before[k+1:]
	}
	if hasOtherTrialCue(before) {
		return true
	}
	// The list runs up to its heading without a blank line; a longer list
	// than maxListLines is no list of related trials.
	for j := i - 1; j >= max(0, i-maxListLines); j-- {
		l := strings.TrimSpace(lines[j])
		switch {
		case l == "":
			return false
		case len(strings.Fields(l)) <= maxListHeadingWords && !strings.Contains(l, "NCT"):
			return hasOtherTrialCue(l)
		case !strings.Contains(l, "NCT") || len(FindNCTIDs(l)) == 0:
			return false
		}
	}
	return false
}

func hasOtherTrialCue(s string) bool {
	if s == "" {
		return false
	}
	lower := strings.ToLower(s)
	for _, c := range ownIDVocabulary().otherTrial {
		if strings.Contains(lower, c) {
			return true
		}
	}
	return false
}

// namedAsOtherTrials reports whether the NCT ID at byte at of text is
// named as another trial's in its sentence.
func namedAsOtherTrials(text string, at int) bool {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	return otherTrialsID([]string{text[start:at]}, 0, at-start)
}
