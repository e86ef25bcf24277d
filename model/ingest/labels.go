package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/rules"
)

// labelled is one value a page states under a label it gives.
type labelled struct {
	field rules.LabelField
	value string
	// line is where it was read, as "Label: value".
	line string
	// at is the index of the page's line it was read from.
	at int
}

var (
	// labelLead is list and emphasis markup before a label: "- **Phase:**".
	labelLead = regexp.MustCompile(`^(?:[-*•]\s+)?(?:\*\*|__)?`)
	// barePhase is a line that holds a phase and nothing else: "II",
	// "Phase 2".
	barePhase = regexp.MustCompile(`(?i)^(?:phase\s*)?(?:i{1,3}|iv|[1-4])$`)
)

// findLabels finds each labelled value of a page, in every form pages use:
// "Label: value", "Label | value |" (several pairs on a line too),
// "Label : | value |", "Label = value", a label on its own line with its value on the next
// (blank lines and lone "|" between them are skipped), two table cells
// copied as "Label<tab>value", a label glued to its value ("SexAll"), and a
// short row with one space between them ("Gender BOTH").
func findLabels(lines []string) []labelled {
	var out []labelled
	for i := range lines {
		from := len(out)
		out = appendLineLabels(out, lines, i)
		for k := from; k < len(out); k++ {
			out[k].at = i
		}
	}
	return out
}

// appendLineLabels appends to out the labelled values of line i, as
// findLabels reads them.
func appendLineLabels(out []labelled, lines []string, i int) []labelled {
	line := strings.TrimSpace(labelLead.ReplaceAllString(strings.TrimSpace(lines[i]), ""))
	if line == "" {
		return out
	}
	if strings.Contains(line, "|") {
		return append(out, pipeLabels(lines, i, line)...)
	}
	if label, value, ok := strings.Cut(line, ":"); ok {
		f, known := rules.FieldOfLabel(label)
		if (known || rules.IsRowLabel(label)) && rules.NextLabelAt(value) > 0 {
			// Several "Label: value" pairs on one line, a table row
			// copied as text: "Minimum age: 12 months Maximum age: 30
			// years Gender: Both", "Study Type: Interventional   Phase: 2".
			return appendRowLabels(out, line)
		}
		if known {
			value = strings.TrimSpace(strings.Trim(strings.TrimSpace(value), "*_"))
			if value == "" {
				value = labelValueBelow(f, lines, i)
			} else if f == rules.LabelTitle {
				value = wrappedTitle(lines, i, value)
			} else if f == rules.LabelPhase && i+1 < len(lines) && barePhase.MatchString(strings.TrimSpace(lines[i+1])) {
				// A phase field of two values, one a line: "Phase: III" / "II".
				value += "/" + strings.TrimSpace(lines[i+1])
			}
			return appendLabelled(out, f, strings.TrimSpace(label), value)
		}
	}
	if label, value, ok := strings.Cut(line, "="); ok {
		// "ETA'= 55-70 ANNI": a protocol's cover sets a field with "=".
		// The sign stays with the value, as an age's "=" may be a "≥"
		// the page lost ("Age = 12 months and < 30 years").
		if f, known := rules.FieldOfLabel(label); known {
			return appendLabelled(out, f, strings.TrimSpace(label), "="+value)
		}
	}
	if head, value, ok := cutTableGap(line); ok {
		if f, known := rules.FieldOfLabel(head); known {
			return appendLabelled(out, f, head, value)
		}
	}
	if f, known := rules.FieldOfLabel(line); known {
		return appendLabelled(out, f, line, labelValueBelow(f, lines, i))
	}
	// Of a label glued to its value and one set apart by a space, the
	// longer is the page's: "SEXO Ambos." is "SEXO", not "SEX" glued
	// to "O Ambos.", and "Age GroupChild" is "Age Group".
	gf, glabel, gvalue, glued := rules.SplitGluedLabel(line)
	sf, slabel, svalue, spaced := rules.SplitSpacedLabel(line)
	switch {
	case spaced && (!glued || len(slabel) > len(glabel)):
		return appendLabelled(out, sf, slabel, svalue)
	case glued:
		return appendLabelled(out, gf, glabel, gvalue)
	}
	return out
}

// appendRowLabels appends the "Label: value" pairs of a row, each label
// of a field the reader knows.
func appendRowLabels(out []labelled, row string) []labelled {
	for row != "" {
		label, value, _ := strings.Cut(row, ":")
		f, known := rules.FieldOfLabel(label)
		next := rules.NextLabelAt(value)
		if next < 0 {
			next = len(value)
		}
		if known {
			out = appendLabelled(out, f, strings.TrimSpace(label), strings.Trim(strings.TrimSpace(value[:next]), "*_"))
		}
		row = value[next:]
	}
	return out
}

func appendLabelled(out []labelled, f rules.LabelField, label, value string) []labelled {
	value = strings.TrimSpace(value)
	if value == "" {
		return out
	}
	return append(out, labelled{field: f, value: value, line: strings.TrimRight(label, " :") + ": " + value})
}

// pipeLabels reads "Label | value | Label | value |" rows; a row that holds
// only a label takes its value from the next line.
func pipeLabels(lines []string, i int, line string) []labelled {
	var cells []string
	for _, c := range strings.Split(line, "|") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	var out []labelled
	for j := 0; j < len(cells); j++ {
		f, known := rules.FieldOfLabel(cells[j])
		if !known {
			continue
		}
		switch {
		case j+1 < len(cells):
			if _, isLabel := rules.FieldOfLabel(cells[j+1]); !isLabel {
				out = appendLabelled(out, f, cells[j], cells[j+1])
				j++
			}
		case len(cells) == 1 && !emptyCellAfter(line, cells[j]):
			out = appendLabelled(out, f, cells[j], strings.Trim(valueBelow(lines, i), "| "))
		}
	}
	return out
}

// emptyCellAfter reports whether a row gives a label's value cell and
// leaves it empty ("Treatments | |"): the value is not stated, and the next
// line is not it.
func emptyCellAfter(line, label string) bool {
	parts := strings.Split(line, "|")
	for k, p := range parts {
		if strings.TrimSpace(p) == label {
			return k+2 < len(parts) && strings.TrimSpace(parts[k+1]) == ""
		}
	}
	return false
}

// valueBelow returns the line after line i that holds a label's value,
// skipping up to two blank lines, lines that are only "|" and a registry's
// "Modification(s)" notes; "" when that line is itself a label, a labelled
// value or a criteria heading.
func valueBelow(lines []string, i int) string {
	value, _ := valueBelowAt(lines, i)
	return value
}

// valueBelowAt returns valueBelow's value and the index of its line, or
// "" and -1.
func valueBelowAt(lines []string, i int) (string, int) {
	blanks := 0
	for k, raw := range lines[i+1:] {
		l := strings.TrimSpace(raw)
		if l == "" || l == "|" {
			if blanks++; blanks > 2 {
				return "", -1
			}
			continue
		}
		if strings.EqualFold(l, "Modification(s)") {
			// A registry's note that a field was changed, not its value.
			continue
		}
		l = strings.TrimSpace(labelLead.ReplaceAllString(l, ""))
		if _, isLabel := rules.FieldOfLabel(l); isLabel {
			return "", -1
		}
		if opensWithLabel(l) {
			return "", -1
		}
		if _, _, isHeading := rules.CriteriaHeadingOf(l); isHeading {
			return "", -1
		}
		return strings.TrimSpace(strings.TrimSuffix(l, "|")), i + 1 + k
	}
	return "", -1
}

// opensWithLabel reports whether a line is a known label, a colon and its
// value: "Sex: Both".
func opensWithLabel(l string) bool {
	label, _, ok := strings.Cut(l, ":")
	if !ok {
		return false
	}
	_, known := rules.FieldOfLabel(label)
	return known
}

// cutTableGap cuts a line at its first tab or run of two spaces or more:
// two table cells copied as text.
func cutTableGap(line string) (head, rest string, ok bool) {
	for i := 0; i < len(line); i++ {
		if line[i] == '\t' || isSpaceByte(line[i]) && i+1 < len(line) && isSpaceByte(line[i+1]) {
			j := i + 1
			for j < len(line) && isSpaceByte(line[j]) {
				j++
			}
			return line[:i], line[j:], true
		}
	}
	return line, "", false
}

func isSpaceByte(b byte) bool { return strings.IndexByte(regexpSpace, b) >= 0 }

// labelValueBelow returns the value below the label of field f on line i,
// as valueBelow does; a title's runs on as wrappedTitle reads it.
func labelValueBelow(f rules.LabelField, lines []string, i int) string {
	value, at := valueBelowAt(lines, i)
	if f == rules.LabelTitle && at >= 0 {
		value = wrappedTitle(lines, at, value)
	}
	return value
}

// maxTitleLines is the most lines a wrapped title runs on to.
const maxTitleLines = 8

// wrappedTitle returns a title's value, lines[at]'s, with the lines that
// carry it on: a title a page or PDF wrapped goes on in lines that open
// with a small letter ("Studio clinico multicentrico, randomizzato," /
// "in aperto, controllato, …"), up to a blank line or a line that opens
// otherwise.
func wrappedTitle(lines []string, at int, value string) string {
	for k := at + 1; k < len(lines) && k <= at+maxTitleLines; k++ {
		l := strings.TrimSpace(lines[k])
		first, _ := utf8.DecodeRuneInString(l)
		if l == "" || !unicode.IsLower(first) || opensWithLabel(l) {
			break
		}
		value += " " + l
	}
	return value
}
