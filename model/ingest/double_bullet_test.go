package ingest

import "testing"

// FuzzMayHaveDoubleBullet checks that a line doubleBullet matches is one
// mayHaveDoubleBullet lets through.
func FuzzMayHaveDoubleBullet(f *testing.F) {
	for _, s := range []string{"- - Item", "  • 1. Item", "- • 1. Item", "* *x", "-\t-  a", "- Item", "•", "\f-\r*\n", "- \xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if doubleBullet.MatchString(l) && !mayHaveDoubleBullet(l) {
			t.Fatalf("mayHaveDoubleBullet(%q) is false, but doubleBullet matches", l)
		}
	})
}
