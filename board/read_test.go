package board

import (
	"strings"
	"testing"
)

// TestDamagedBoardIsWordedForUsers checks that what is wrong with a board
// file is said in plain words, never in Go's own.
func TestDamagedBoardIsWordedForUsers(t *testing.T) {
	const head = `{"format": "trialcompare-board", "version": 1, `
	for _, tc := range []struct {
		name, data, says string
	}{
		{"a text for an index", head + `"documents": [], "trials": [{"document": "0"}]}`, "its field trials[0].document (line 1) is a text, where a board has a whole number"},
		{"a number for a title", head + `"title": 7}`, "its field title (line 1) is a number, where a board has a text"},
		{"an object for the documents", head + `"documents": {}}`, "its field documents is not a list"},
		{"a list for a document", head + "\n" + `"documents": [[]]}`, "its field documents[0] (line 2) is a list, where a board has an object"},
		{"cut short", head + `"trials": [`, "it stops in the middle, so it is cut short"},
		{"broken", head + "\n\n" + `"title": "x" "note": ""}`, "its JSON is broken at line 3 (unexpected character '\"' after object key:value pair)"},
		{"a text for the version", `{"format": "trialcompare-board", "version": "1"}`, "its field version"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(tc.data))
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			if !strings.Contains(msg, tc.says) {
				t.Errorf("message %q, want one saying %q", msg, tc.says)
			}
			for _, goWords := range []string{"json:", "Go struct", "unmarshal", "Go value"} {
				if strings.Contains(msg, goWords) {
					t.Errorf("message %q holds Go's own wording %q", msg, goWords)
				}
			}
		})
	}
}
