package ingest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var siteRowSamples = []string{
	"", "|", "||", "Children's Hospital | Recruiting |", "  Children's Hospital  |  Recruiting  |  ", "A | B | Completed |",
	"Hospital | Recruiting", "Hospital | recruiting |", "Hospital | Recruiting | x", " | Recruiting |", "  | Recruiting |",
	"x| Active, not recruiting |\t", "Hospital | Unknown status |\r", "Hospital\n | Recruiting |", "Boston, Massachusetts, United States, 02115 |",
	"Boston | |", "Boston ||", "Boston | | |", "  |  ", " |", "Boston|", "Boston | x", "\xff | Withdrawn |", "\u00a0 | Available |",
}

// checkSiteRows compares the row readers with their patterns.
func checkSiteRows(t *testing.T, l string) {
	t.Helper()
	if got, want := matchSiteWithStatus(l), siteWithStatus.FindStringSubmatch(l); !slices.Equal(got, want) {
		t.Errorf("matchSiteWithStatus(%q) = %q, want %q", l, got, want)
	}
	if got, want := matchAddressRow(l), addressRow.FindStringSubmatch(l); !slices.Equal(got, want) {
		t.Errorf("matchAddressRow(%q) = %q, want %q", l, got, want)
	}
}

// TestSiteRows checks the row readers on samples and every seed line.
func TestSiteRows(t *testing.T) {
	lines := siteRowSamples
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	for _, l := range lines {
		checkSiteRows(t, l)
	}
}

// FuzzSiteRows compares the row readers with their patterns on any line.
func FuzzSiteRows(f *testing.F) {
	for _, s := range siteRowSamples {
		f.Add(s)
	}
	f.Fuzz(checkSiteRows)
}
