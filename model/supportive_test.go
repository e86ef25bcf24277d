package model

import (
	"strings"
	"testing"
)

// TestMayMentionSupportiveUse checks the quick test against lower-casing
// the text, as markSupportive did before it.
func TestMayMentionSupportiveUse(t *testing.T) {
	for _, text := range []string{
		"", "Fludarabine given for lymphodepletion", "LYMPHODEPLETING chemotherapy", "Conditioning regimen",
		"reduced-intensity CONDITIONING", "no such thing", "lymphodeple", "condİtioning", "\u212a conditionin",
		"conditioning\u00e9", "ſ lymphodepletion",
	} {
		lower := strings.ToLower(text)
		slow := strings.Contains(lower, "lymphodeplet") || strings.Contains(lower, "conditioning")
		if slow && !mayMentionSupportiveUse(text) {
			t.Errorf("%q: the quick test misses it", text)
		}
		if !foldsIntoASCII(text) && mayMentionSupportiveUse(text) != slow {
			t.Errorf("%q: %v, want %v", text, mayMentionSupportiveUse(text), slow)
		}
	}
}
