package ingest

import (
	"strings"
	"testing"
)

// checkOutcomeLineTests fails when a quick test of readClassicOutcomes
// says no where its pattern matches.
func checkOutcomeLineTests(t *testing.T, l string) {
	t.Helper()
	lead := strings.TrimLeft(l, regexpSpace)
	if outcomeHeading.MatchString(l) && (lead == "" || !mayOpenOutcomeHeading(lead)) {
		t.Errorf("%q: mayOpenOutcomeHeading misses it", l)
	}
	m := outcomeListItem.FindStringSubmatch(l)
	item, ok := "", false
	if lead != "" {
		item, ok = outcomeItem(lead, l)
	}
	if (m != nil) != ok || m != nil && m[1] != item {
		t.Errorf("outcomeItem(%q) = %q, %v; want %q", l, item, ok, m)
	}
}

func TestOutcomeLineTests(t *testing.T) {
	for _, l := range []string{
		"Primary Outcome Measures :", "  secondary outcome measure", "OTHER Outcome Measures", "\u017fecondary outcome measures",
		"- Overall response [ Time Frame: 1 year ]", "\t-  x", "-x", "Outcome", "", "-  ", "- ", "-\t\n", "- a\nb", " -\n a", "--  x", "- x \r",
	} {
		checkOutcomeLineTests(t, l)
	}
}

func FuzzOutcomeLineTests(f *testing.F) {
	f.Add("Secondary Outcome Measures")
	f.Add(" - a [ Time Frame: 2 years ]")
	f.Fuzz(checkOutcomeLineTests)
}
