package rules

import "testing"

// TestFoldGreek folds Greek letters, small or capital, to small letters
// without accents and leaves every other text as it is.
func TestFoldGreek(t *testing.T) {
	for in, want := range map[string]string{
		"ΚΡΙΤΗΡΙΑ ΕΝΤΑΞΗΣ":  "κριτηρια ενταξησ",
		"Κριτήρια ένταξης":  "κριτηρια ενταξησ",
		"Προϋποθέσεις, Ώρα": "προυποθεσεισ, ωρα",
		"TNF-α and 5 μg":    "TNF-α and 5 μg",
		"Phase II":          "Phase II",
	} {
		if got := foldGreek(in); got != want {
			t.Errorf("foldGreek(%q) = %q, want %q", in, got, want)
		}
	}
}
