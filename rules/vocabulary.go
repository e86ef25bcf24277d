package rules

import (
	"sync"

	"github.com/trialcompare/trialcompare/vocab"
)

// chosen is the vocabulary the rules read by. It is the one value of the
// package set at run time, and it is set once: by Use at program start, or
// with the built-in vocabulary when a rule runs first. Every index the
// rules build from it (targets, themes, headings …) is built on first use
// and never changes after.
var chosen struct {
	once       sync.Once
	vocabulary *vocab.Vocabulary
}

// Use makes v the vocabulary the rules read by: the built-in one with the
// user's entries merged in. Call it once, at program start, before any
// rule runs. It reports false, and changes nothing, when the vocabulary
// was chosen already: by an earlier call, or by a rule that ran first and
// so chose the built-in one.
func Use(v *vocab.Vocabulary) bool {
	used := false
	chosen.once.Do(func() { chosen.vocabulary, used = v, true })
	return used
}

// InUse returns the vocabulary the rules read by.
func InUse() *vocab.Vocabulary {
	chosen.once.Do(func() { chosen.vocabulary = vocab.BuiltIn() })
	return chosen.vocabulary
}
