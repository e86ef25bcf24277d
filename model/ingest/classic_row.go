package ingest

import (
	"strings"
	"unicode/utf8"
)

// regexpSpace is the white space of \s in a regular expression.
const regexpSpace = "\t\n\f\r "

// splitClassicRow splits a "Label : | value |" row as the pattern
// ^\s*([^|:]{2,80}?)\s*:\s*\|?\s*(.*?)\s*\|?\s*$ would, without running it:
// the label is the text before the first colon, with no "|", of 2 to 80
// characters once the spaces around it may be counted in; the value is
// the rest, without the spaces and the one "|" on each side. ok is false
// when the row is no such row.
func splitClassicRow(row string) (label, value string, ok bool) {
	colon := strings.IndexByte(row, ':')
	if colon < 0 {
		return "", "", false
	}
	head := row[:colon]
	if strings.IndexByte(head, '|') >= 0 ||
		utf8.RuneCountInString(strings.Trim(head, regexpSpace)) > 80 || utf8.RuneCountInString(head) < 2 {
		return "", "", false
	}
	value = strings.TrimLeft(row[colon+1:], regexpSpace)
	value = strings.TrimLeft(strings.TrimPrefix(value, "|"), regexpSpace)
	value = strings.TrimRight(value, regexpSpace)
	value = strings.TrimRight(strings.TrimSuffix(value, "|"), regexpSpace)
	if strings.IndexByte(value, '\n') >= 0 {
		return "", "", false
	}
	return strings.Trim(head, regexpSpace), value, true
}
