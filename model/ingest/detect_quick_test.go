package ingest

import (
	"regexp"
	"strings"
	"testing"
)

// TestIsHTMLQuickTest checks isHTML against its pattern alone.
func TestIsHTMLQuickTest(t *testing.T) {
	for _, text := range []string{
		"", "<html>", "  \n<!DOCTYPE html>", "<?xml version=\"1.0\"?>\n<html xmlns=\"x\">", "<!-- saved -->\n<HTML>", "\v<html>",
		"\u00a0<html>", "Title\n<html>", "<body>", "<head >", "<div>", "\t\f\r<!--a-->\n<!--b--><body>",
	} {
		if got, want := isHTML("page.txt", text), htmlStart.MatchString(text); got != want {
			t.Errorf("isHTML(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzIsHTMLQuickTest checks isHTML against its pattern on any text.
func FuzzIsHTMLQuickTest(f *testing.F) {
	f.Add(" <!-- x --> <html>")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := isHTML("page.txt", text), htmlStart.MatchString(text); got != want {
			t.Errorf("isHTML(%q) = %v, want %v", text, got, want)
		}
	})
}

// TestIsTrialFinderQuickTest checks that a listing needs both sections.
func TestIsTrialFinderQuickTest(t *testing.T) {
	listing := "Overview\nA study\nEligibility\nAge 1-21\nStudy details\nPhase 2\n"
	for _, c := range []struct {
		text string
		want bool
	}{
		{listing, true},
		{strings.Replace(listing, "Study details", "Study detail", 1), false},
		{strings.Replace(listing, "Eligibility\n", "Eligibility criteria\n", 1), false},
		{strings.Replace(listing, "Overview", "Description", 1), true},
		{"  Eligibility \n Study details\t\nOverview", true},
	} {
		if got := isTrialFinder(c.text); got != c.want {
			t.Errorf("isTrialFinder(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// listingSection is the pattern listingSectionName stands in for.
var listingSection = regexp.MustCompile(`^(Overview|Description|Eligibility|Study details)\s*$`)

// checkListingSectionName compares listingSectionName with the pattern
// on the trimmed line.
func checkListingSectionName(t *testing.T, l string) {
	t.Helper()
	name, ok := listingSectionName(l)
	m := listingSection.FindStringSubmatch(strings.TrimSpace(l))
	if ok != (m != nil) || ok && name != m[1] {
		t.Errorf("listingSectionName(%q) = %q, %v; want %q", l, name, ok, m)
	}
}

func TestListingSectionName(t *testing.T) {
	for _, l := range []string{
		"Overview", "  Eligibility \t", "Study details", "Study  details", "study details", "Description\u00a0", "\vOverview\v",
		"Overview:", "", "Eligibility\u0085", "Overview x",
	} {
		checkListingSectionName(t, l)
	}
}

func FuzzListingSectionName(f *testing.F) {
	f.Add(" Study details ")
	f.Fuzz(checkListingSectionName)
}
