package rules

import "sync"

// IsBackground reports whether a sentence is about what earlier work found
// ("CAR T-cell therapy that targets CD19 has been shown to cure ALL"), by
// the cues of background_cues.tsv, case ignored.
func IsBackground(sentence string) bool {
	return backgroundIndex().findFold(sentence).any()
}

// backgroundIndex finds the cues of earlier work in one pass over a text,
// however many there are.
var backgroundIndex = sync.OnceValue(func() *startIndex { return newStartIndex(backgroundCues()) })
