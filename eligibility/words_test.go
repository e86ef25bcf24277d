package eligibility

import (
	"strings"
	"testing"
)

// TestWordFamilies checks that each word stands in one family only, so
// that no line silently overrides another.
func TestWordFamilies(t *testing.T) {
	seen := map[string]int{}
	for i, f := range wordFamilies {
		for _, w := range strings.Fields(f.words) {
			if w != strings.ToLower(w) {
				t.Errorf("family %d: %q is not lower case", i, w)
			}
			if j, ok := seen[w]; ok {
				t.Errorf("%q stands in family %d and family %d", w, j, i)
			}
			seen[w] = i
		}
	}
}
