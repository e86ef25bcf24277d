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
		"No break here":                         {"No break here"},
		"Ends at a line's end.\n  Next;\tlast.": {"Ends at a line's end", "Next", "last."},
		"A dose of 2.5 mg; then":                {"A dose of 2.5 mg", "then"},
	} {
		if got := splitSentences(line); !reflect.DeepEqual(got, want) {
			t.Errorf("splitSentences(%q) = %q, want %q", line, got, want)
		}
	}
}
