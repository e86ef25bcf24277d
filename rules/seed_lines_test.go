package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedTexts returns the text of every seed page.
func seedTexts(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	var texts []string
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// seedLines returns every line of the seed pages.
func seedLines(t testing.TB) []string {
	t.Helper()
	var lines []string
	for _, text := range seedTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	return lines
}
