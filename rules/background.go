package rules

import "strings"

// IsBackground reports whether a sentence is about what earlier work found
// ("CAR T-cell therapy that targets CD19 has been shown to cure ALL"), by
// the cues of background_cues.tsv, case ignored.
func IsBackground(sentence string) bool {
	return isBackground(strings.ToLower(sentence))
}
