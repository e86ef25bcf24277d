package ingest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// columnHeaders are the words a table copied as text leaves above its
// rows, between a criteria heading and the first item.
var columnHeaders = map[string]bool{
	"requirement": true, "requirements": true, "description": true, "item": true, "#": true, "no.": true, "no": true,
}

// pastColumnHeader returns the line a criteria list begins at, from the
// line after its heading: past a table's column header ("Requirement")
// when a numbered or bulleted row follows it.
func pastColumnHeader(lines []string, from int) int {
	if from+1 >= len(lines) || !columnHeaders[strings.ToLower(strings.TrimSpace(lines[from]))] {
		return from
	}
	if listLine.MatchString(strings.TrimSpace(lines[from+1])) {
		return from + 1
	}
	return from
}

// unglueRowNumbers gives back the marker of numbered rows a table copied
// as text glued to their text ("1Histologically confirmed …", "2Patient
// defined as …"): when lines run 1, 2, 3 … in order, each a number glued
// to a capital letter, each becomes "1. Histologically confirmed …". Lines
// are changed only in such a run of two or more; the slice is copied
// before its first change.
func unglueRowNumbers(lines []string) []string {
	out, copied := lines, false
	for i := 0; i < len(lines); i++ {
		if n, _ := gluedRowNumber(lines[i]); n != 1 {
			continue
		}
		j, want := i, 1
		for ; j < len(lines); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			if n, _ := gluedRowNumber(lines[j]); n != want {
				break
			}
			want++
		}
		if want <= 2 {
			continue
		}
		if !copied {
			out, copied = append([]string(nil), lines...), true
		}
		for k := i; k < j; k++ {
			if _, digits := gluedRowNumber(lines[k]); digits > 0 {
				t := strings.TrimSpace(lines[k])
				out[k] = t[:digits] + ". " + t[digits:]
			}
		}
		i = j - 1
	}
	return out
}

// gluedRowNumber reads the number a line opens with when a capital letter
// follows it at once ("3At least 18 years of age"), and how many digits
// it takes; 0 and 0 for any other line.
func gluedRowNumber(line string) (n, digits int) {
	if line == "" || line[0] > '9' {
		// Most lines open with a letter.
		return 0, 0
	}
	t := strings.TrimSpace(line)
	for digits < len(t) && digits <= 2 && '0' <= t[digits] && t[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 2 || digits == len(t) {
		return 0, 0
	}
	if r, _ := utf8.DecodeRuneInString(t[digits:]); !unicode.IsUpper(r) {
		return 0, 0
	}
	n, _ = strconv.Atoi(t[:digits])
	return n, digits
}
