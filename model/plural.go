package model

import "fmt"

// Count writes a number with its noun, singular for one: "1 site",
// "3 sites". The plural adds an s.
func Count(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
