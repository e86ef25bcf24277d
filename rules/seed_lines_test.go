package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedLines returns every line of the seed pages.
func seedLines(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	var lines []string
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	return lines
}
