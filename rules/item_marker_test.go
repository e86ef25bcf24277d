package rules

import (
	"slices"
	"strings"
	"testing"
)

// TestHasItemMarker checks the quick test before itemMarker against the
// pattern alone, on markers of every kind and on every seed line.
func TestHasItemMarker(t *testing.T) {
	lines := append([]string{
		"", "•Age", "· item", "- item", "-item", "– item", "—", "* item", "*item", "+ item", "1. item", "12) item", "123. item",
		"a. item", "B) item", "iv. item", "XIV) item", "xiv.item", "(1) item", "( a ) item", "(iv)", "1.", "a)", "Age 1.5 years",
		"Inclusion criteria:", " 1. item", "ii.\titem", "ab. item", "I.  item", "\u212a. item", "é. item",
	}, seedLines(t)...)
	for _, l := range append(lines, trimmedAll(lines)...) {
		if got, want := hasItemMarker(l), itemMarker.MatchString(l); got != want {
			t.Errorf("hasItemMarker(%q) = %v, want %v", l, got, want)
		}
		if got, want := itemMarkerIndex(l), itemMarker.FindStringIndex(l); !slices.Equal(got, want) {
			t.Errorf("itemMarkerIndex(%q) = %v, want %v", l, got, want)
		}
	}
}

// FuzzHasItemMarker: on any line, the quick test never says no where
// itemMarker matches.
func FuzzHasItemMarker(f *testing.F) {
	f.Add("1. item")
	f.Add("(iv) item")
	f.Add("• item")
	f.Fuzz(func(t *testing.T, line string) {
		if itemMarker.MatchString(line) && !mayOpenItem(line) {
			t.Errorf("%q: mayOpenItem misses it", line)
		}
	})
}

func trimmedAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSpace(l)
	}
	return out
}
