package ingest

import (
	"slices"
	"testing"
)

var rawJSONSamples = []string{
	"", "Raw JSON", "Raw JSON\n{", "Header\nRaw JSON\n{}", "Header\n\n  \nRaw JSON \n\n{", "See Raw JSON below\nRaw JSON\n{",
	"aRaw JSON\n Raw JSON\n", "Raw JSONx\nRaw JSON", "x\tRaw JSON", "\n\tRaw JSON\t\n", "R Raw JSON\nRaw JSON", "Raw JSON Raw JSON",
}

func checkRawJSONMarker(t *testing.T, text string) {
	t.Helper()
	if got, want := findRawJSONMarker(text), rawJSONMarker.FindStringIndex(text); !slices.Equal(got, want) {
		t.Errorf("findRawJSONMarker(%q) = %v, want %v", text, got, want)
	}
}

// TestFindRawJSONMarker compares the search with the pattern's own.
func TestFindRawJSONMarker(t *testing.T) {
	for _, text := range rawJSONSamples {
		checkRawJSONMarker(t, text)
	}
}

// FuzzFindRawJSONMarker compares the search with the pattern's own on
// any text.
func FuzzFindRawJSONMarker(f *testing.F) {
	for _, s := range rawJSONSamples {
		f.Add(s)
	}
	f.Fuzz(checkRawJSONMarker)
}
