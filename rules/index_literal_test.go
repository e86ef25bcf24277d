package rules

import (
	"strings"
	"testing"
)

func TestIndexLiteral(t *testing.T) {
	for _, c := range []struct{ s, lit string }{
		{"Protocol number: ABC-1", "rotocol"},
		{"Study ID", "tudy"},
		{"studystudy", "tudy"},
		{"tud", "tudy"},
		{"", "CTEP"},
		{"NCI CTEP ID", "CTEP"},
		{"Sponsor Reference", "eference"},
		{"refer eference", "eference"},
		{"xy", "y"},
		{"abc", ""},
		{"yyyy", "yy"},
	} {
		if got, want := indexLiteral(c.s, c.lit), strings.Index(c.s, c.lit); got != want {
			t.Errorf("indexLiteral(%q, %q) = %d, want %d", c.s, c.lit, got, want)
		}
	}
}

func FuzzIndexLiteral(f *testing.F) {
	f.Add("Protocol number: ABC-1 protocol", "rotocol")
	f.Add("aab", "ab")
	f.Add("EudraCT 2020-000001-01", "CT")
	f.Fuzz(func(t *testing.T, s, lit string) {
		if got, want := indexLiteral(s, lit), strings.Index(s, lit); got != want {
			t.Fatalf("indexLiteral(%q, %q) = %d, want %d", s, lit, got, want)
		}
	})
}
