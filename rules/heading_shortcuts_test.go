package rules

import (
	"strings"
	"testing"
)

// TestDiffersInSecondByte checks that a key passed over by its second
// byte is one strings.EqualFold would not find there.
func TestDiffersInSecondByte(t *testing.T) {
	for _, c := range []struct {
		s, key string
		want   bool
	}{
		{"Criteria", "criteri", false},
		{"CRITERIA", "criteri", false},
		{"cLu", "clu", false},
		{"cat", "clu", true},
		{"c-u", "clu", true},
		{"\u212arite", "krite", false},
		{"k\u212a", "kk", false},
		{"ab", "a", false},
		{"a", "ab", false},
	} {
		if got := differsInSecondByte(c.s, c.key); got != c.want {
			t.Errorf("differsInSecondByte(%q, %q) = %v, want %v", c.s, c.key, got, c.want)
		}
	}
}

func FuzzDiffersInSecondByte(f *testing.F) {
	f.Add("Criteria", "criteri")
	f.Add("\u212arite", "krite")
	f.Add("ſt", "st")
	f.Fuzz(func(t *testing.T, s, key string) {
		if len(s) < len(key) || !differsInSecondByte(s, key) {
			return
		}
		if strings.EqualFold(s[:len(key)], key) {
			t.Fatalf("differsInSecondByte(%q, %q) passes over a key EqualFold finds", s, key)
		}
	})
}

// FuzzLowerWords checks lowerWords against the calls it stands for, on
// ASCII texts.
func FuzzLowerWords(f *testing.F) {
	for _, s := range []string{"", "  Inclusion   Criteria ", "KEY\tEXCLUSION\ncriteria:", "a\v\fb\rc", "\x1fX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		if got, want := lowerWords(s), strings.ToLower(strings.Join(strings.Fields(s), " ")); got != want {
			t.Fatalf("lowerWords(%q) = %q, want %q", s, got, want)
		}
	})
}
