package ingest

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestSplitClassicRow checks the row splitter against the pattern it
// stands for, on every line of the seeds and on rows made to trip it.
func TestSplitClassicRow(t *testing.T) {
	pattern := regexp.MustCompile(`^\s*([^|:]{2,80}?)\s*:\s*\|?\s*(.*?)\s*\|?\s*$`)
	rows := []string{
		"", ":", "a:", " a:", "  a:", "ab:", "Ages Eligible for Study: | 1 Year to 21 Years |",
		"Sexes Eligible for Study: | All |", "Label :", "Label : |", "Label : | |", "Label : ||", "Label: x|y",
		"Label:  | a | b |  ", "a|b: c", "   :", "\t\t:", "x: 12:30", strings.Repeat("é", 80) + ": v",
		strings.Repeat("é", 81) + ": v", "  " + strings.Repeat("x", 80) + "  : v", "a: b\nc", "a\nb: c",
		"Label : \u00a0| value |\u00a0", "Label\u00a0: value", "Status:\r",
	}
	for _, path := range seedPaths(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, strings.Split(string(data), "\n")...)
	}
	for _, row := range rows {
		label, value, ok := splitClassicRow(row)
		m := pattern.FindStringSubmatch(row)
		if ok != (m != nil) {
			t.Errorf("%q: ok %v, the pattern %v", row, ok, m != nil)
			continue
		}
		if ok && (strings.Join(strings.Fields(label), " ") != strings.Join(strings.Fields(m[1]), " ") || value != m[2]) {
			t.Errorf("%q: %q, %q; the pattern %q, %q", row, label, value, m[1], m[2])
		}
	}
}
