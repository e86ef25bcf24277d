package vocab

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// A vocabulary file is UTF-8 text, one entry a line. Its first line names
// the columns after a "#"; later lines that begin with "#", and blank lines,
// are notes. Columns are separated by a tab, or by two or more spaces, as an
// editor may write a tab. The spaces around a value do not count; a value
// that must begin or end with a space is written in double quotes.

// row is one entry's line of a file: its values and its line number.
type row struct {
	values []string
	line   int
}

// lineProblem is what is wrong with one line of a file.
type lineProblem struct {
	line   int
	reason string
}

// readRows splits a file into its header's column names, the header's line
// number and its entries' rows. header is nil when the file has no line but
// blank ones, or does not begin with a header.
func readRows(data []byte) (header []string, headerLine int, rows []row, problems []lineProblem) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF")) // a byte-order mark, as Notepad writes
	for i, raw := range strings.Split(string(data), "\n") {
		number := i + 1
		line := strings.TrimRight(raw, "\r")
		if !utf8.ValidString(line) {
			problems = append(problems, lineProblem{number, "the line is not UTF-8 text; save the file as UTF-8"})
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if header == nil {
			if !strings.HasPrefix(line, "#") {
				return nil, number, nil, problems
			}
			header, headerLine = splitValues(strings.TrimPrefix(line, "#")), number
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, row{values: splitValues(line), line: number})
	}
	return header, headerLine, rows, problems
}

// splitValues splits a line into its columns' values.
func splitValues(line string) []string {
	var out []string
	for _, piece := range strings.Split(line, "\t") {
		piece = strings.TrimSpace(piece)
		if v, ok := unquote(piece); ok {
			out = append(out, v)
			continue
		}
		for _, v := range splitAtSpaceRuns(piece) {
			if q, ok := unquote(v); ok {
				v = q
			}
			out = append(out, v)
		}
	}
	return out
}

// splitAtSpaceRuns splits s at each run of two or more spaces, as an editor
// may write a tab.
func splitAtSpaceRuns(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "  ")
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = strings.TrimLeft(s[i:], " ")
	}
}

// unquote returns the text between the double quotes that enclose v.
func unquote(v string) (string, bool) {
	if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' {
		return v[1 : len(v)-1], true
	}
	return "", false
}

// splitNames splits a comma-separated list of names, leaving out empty ones.
func splitNames(list string) []string {
	var out []string
	for _, n := range strings.Split(list, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}
