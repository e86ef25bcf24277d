package ingest

import "strings"

// lineEndings turns every line ending into "\n" and no-break spaces into
// spaces.
var lineEndings = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ", "\u2028", "\n", "\u2029", "\n")

// normalizeLines turns "\r\n", "\r", U+2028 and U+2029 into "\n" and
// no-break spaces into spaces, as lineEndings does. A text whose only
// line ends to change are carriage returns, a file saved on Windows, is
// changed in one pass of its own. (strings.ContainsAny with non-ASCII runes
// is many times slower than these searches.)
func normalizeLines(text string) string {
	if strings.Contains(text, "\u00a0") || strings.Contains(text, "\u2028") || strings.Contains(text, "\u2029") {
		return lineEndings.Replace(text)
	}
	first := strings.IndexByte(text, '\r')
	if first < 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := first; i >= 0; i = strings.IndexByte(text, '\r') {
		b.WriteString(text[:i])
		b.WriteByte('\n')
		text = text[i+1:]
		if text != "" && text[0] == '\n' {
			text = text[1:]
		}
	}
	b.WriteString(text)
	return b.String()
}
