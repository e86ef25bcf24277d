package ingest

import (
	"slices"
	"strings"
	"testing"
)

// TestTableListRows reads criteria lists a table copied as text leaves:
// a column header between the heading and the rows, and row numbers glued
// to their text.
func TestTableListRows(t *testing.T) {
	tests := []struct {
		name, page string
		inclusion  int
	}{
		{"a column header above numbered rows", "Trial X\n\nYou may participate in this study if:\n Requirement\n1. Aged 18 or over\n2. Has lymphoma\n3. Signed consent\n", 3},
		{"row numbers glued to their text", "Trial X\n\nYou may participate in this study if:\n Requirement\n1Aged 18 or over\n2Has lymphoma in complete remission\n3Signed consent\n", 3},
		{"glued numbers under a criteria heading", "Inclusion Criteria:\n1Aged 18 or over\n2Has lymphoma\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("page.txt", []byte(tt.page))
			if res.Err != nil || len(res.Trials) != 1 {
				t.Fatalf("read %d trials, %v", len(res.Trials), res.Err)
			}
			if got := res.Trials[0].Inclusion; len(got) != tt.inclusion {
				t.Errorf("%d inclusion items %q, want %d", len(got), got, tt.inclusion)
			}
		})
	}
}

func TestUnglueRowNumbers(t *testing.T) {
	tests := []struct {
		lines, want []string
	}{
		{[]string{"1Aged 18", "", "2Has ALL", "text"}, []string{"1. Aged 18", "", "2. Has ALL", "text"}},
		// One line is no run; numbers out of order are no rows; a number
		// before a lower-case letter or a unit is no row number.
		{[]string{"1L therapy before", "text"}, []string{"1L therapy before", "text"}},
		{[]string{"2Has ALL", "3Signed"}, []string{"2Has ALL", "3Signed"}},
		{[]string{"1Aged 18", "3Signed"}, []string{"1Aged 18", "3Signed"}},
		{[]string{"5mg daily", "6mg"}, []string{"5mg daily", "6mg"}},
	}
	for _, tt := range tests {
		in := slices.Clone(tt.lines)
		if got := unglueRowNumbers(in); !slices.Equal(got, tt.want) {
			t.Errorf("unglueRowNumbers(%q) = %q, want %q", tt.lines, got, tt.want)
		}
		if !slices.Equal(in, tt.lines) {
			t.Errorf("unglueRowNumbers changed its input %q to %q", tt.lines, in)
		}
	}
}

// FuzzUnglueRowNumbers checks that only the markers of a run of glued
// row numbers are added: the lines keep their count and, without ". ",
// their text.
func FuzzUnglueRowNumbers(f *testing.F) {
	f.Add("1Aged 18\n2Has ALL\n3Signed")
	f.Add("1L\n\n2X")
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		got := unglueRowNumbers(slices.Clone(lines))
		if len(got) != len(lines) {
			t.Fatalf("%d lines became %d", len(lines), len(got))
		}
		for i := range got {
			if got[i] != lines[i] && strings.Replace(got[i], ". ", "", 1) != strings.TrimSpace(lines[i]) {
				t.Errorf("line %q became %q", lines[i], got[i])
			}
		}
	})
}
