package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMessagesAreNeverInGosWords reads documents and boards whose JSON
// holds values of the wrong kind, or is broken: every message says what
// is wrong in plain words, never in Go's own.
func TestMessagesAreNeverInGosWords(t *testing.T) {
	const board = `{"format": "trialcompare-board", "version": 1, `
	files := map[string]string{
		"list.json":         `{"protocolSection": []}`,
		"number-id.json":    `{"protocolSection": {"identificationModule": {"nctId": 5}}}`,
		"studies.json":      `{"studies": [{"protocolSection": {"designModule": {"phases": "PHASE1"}}}]}`,
		"fraction.json":     `{"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}, "designModule": {"enrollmentInfo": {"count": 1.5}}}}`,
		"viewer.txt":        "Raw JSON\n\n{'protocolSection': {'identificationModule': {'nctId': 5}}}\n",
		"index.tcboard":     board + `"documents": [], "trials": [{"document": "0"}]}`,
		"title.tcboard":     board + `"title": ["a"]}`,
		"documents.tcboard": board + `"documents": [{"name": 1, "encoding": "text", "data": "x"}]}`,
		"version.tcboard":   `{"format": "trialcompare-board", "version": "one"}`,
		"cut.tcboard":       board + `"trials": [{"document": 0`,
		"broken.tcboard":    board + `"title": "x" "note": ""}`,
	}
	dir := t.TempDir()
	var paths []string
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	for _, command := range [][]string{{"inspect"}, {"inspect", "--json"}, {"board", "-o", filepath.Join(dir, "out.tcboard")}} {
		_, stdout, stderr := runMain(t, append(command, paths...)...)
		for _, goWords := range []string{"json: ", "Go struct", "Go value", "unmarshal", "of type "} {
			if strings.Contains(strings.ReplaceAll(stdout+stderr, ".json: ", ".json "), goWords) {
				t.Errorf("%s: a message holds Go's own wording %q:\n%s%s", strings.Join(command, " "), goWords, stdout, stderr)
			}
		}
		for name := range files {
			if !strings.Contains(stdout+stderr, filepath.Join(dir, name)) {
				t.Errorf("%s: no message names %s", strings.Join(command, " "), name)
			}
		}
	}
}
