package ingest

import (
	"strings"
)

// minCellBars is the fewest lines of a lone "|" that mark a page as a
// table copied one cell a line.
const minCellBars = 5

// tableCellLines rewrites a table copied one cell a line, the cells parted
// by lines of a lone "|" (as a registry's record pastes): the bars go, and
// a list's number alone in its cell joins the cell after it ("1" / "|" /
// "年龄18~70岁" → "1. 年龄18~70岁"). Another text is returned as it is.
func tableCellLines(text string) string {
	if strings.Count(text, "\n|\n") < minCellBars {
		return text
	}
	lines := strings.Split(text, "\n")
	out := make([]string, 0, len(lines))
	pending := ""
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "|":
			continue
		case pending != "" && t != "":
			out = append(out, pending+". "+t)
			pending = ""
		case isItemNumber(t):
			pending = t
		default:
			out = append(out, l)
		}
	}
	if pending != "" {
		out = append(out, pending)
	}
	return strings.Join(out, "\n")
}

// isItemNumber reports whether a cell holds only a list's number, 1 to 99.
func isItemNumber(t string) bool {
	if len(t) == 0 || len(t) > 2 || t[0] == '0' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isDigitByte(t[i]) {
			return false
		}
	}
	return true
}
