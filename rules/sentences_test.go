package rules

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	for line, want := range map[string][]string{
		"One. Two; three": {"One", "Two", "three"},
		"Approved by the U.S. Food and Drug Administration. Next": {"Approved by the U.S. Food and Drug Administration", "Next"},
		"Led by Dr. Lang, e.g. in Tübingen. Then":                 {"Led by Dr. Lang, e.g. in Tübingen", "Then"},
		"No break here": {"No break here"},
	} {
		if got := splitSentences(line); !reflect.DeepEqual(got, want) {
			t.Errorf("splitSentences(%q) = %q, want %q", line, got, want)
		}
	}
}
