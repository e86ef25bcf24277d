package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/vocab"
)

// unspacedDrug is a drug's name in a script without spaces between words,
// and the target of the drug it names.
type unspacedDrug struct {
	name, target, origin string
}

// addLanguageDrugs adds the language files' drug names: a name in a script
// with spaces ("dinutuximab bêta") as a drug of its own, a name in Chinese
// or Japanese ("ブリナツモマブ") to the names found inside a word.
func (ix *targetIndex) addLanguageDrugs(v *vocab.Vocabulary) {
	targetOf := map[string]string{}
	for _, d := range v.Drugs {
		targetOf[strings.ToLower(d.Name)] = d.Target
	}
	for _, w := range v.Languages {
		target, ok := targetOf[strings.ToLower(w.Meaning)]
		if w.Kind != vocab.LanguageDrug || !ok {
			continue
		}
		name := strings.ToLower(FoldWidth(w.Word))
		origin := ""
		if w.User {
			origin = "drug '" + w.Word + "'"
		}
		first, _ := utf8.DecodeRuneInString(name)
		switch {
		case isUnspacedScript(first):
			ix.unspaced = append(ix.unspaced, unspacedDrug{name: name, target: target, origin: origin})
		case strings.Contains(name, " "):
			lead, _, _ := strings.Cut(name, " ")
			ix.phrases[lead] = append(ix.phrases[lead], name)
			ix.folded[name] = target
		case len(name) >= 6:
			ix.folded[name] = target
			ix.drugStems[name[:6]] = append(ix.drugStems[name[:6]], name)
		default:
			ix.folded[name] = target
		}
		if origin != "" && !isUnspacedScript(first) {
			ix.userOrigin[name] = origin
		}
	}
}

// findUnspaced adds each target whose drug a word names in Chinese or
// Japanese, anywhere inside it: "再発ALLに対するブリナツモマブ療法".
func (ix *targetIndex) findUnspaced(w word, add func(target, origin string, start, end int)) {
	text := FoldWidth(w.text)
	for _, d := range ix.unspaced {
		if i := strings.Index(text, d.name); i >= 0 {
			if len(text) != len(w.text) {
				// Folding moved the places: the snippet is the word's.
				i = 0
			}
			add(d.target, d.origin, w.start+i, w.start+min(i+len(d.name), len(w.text)))
		}
	}
}

// crossesScript reports whether two word runes side by side belong to
// different words: one of Chinese or Japanese and one of a script written
// with spaces, or one in Hangul or Hebrew and one of another script, as
// Korean joins its particles to a Latin word ("CD19를") and a prefix to a
// name ("항CD19"), and Hebrew its one-letter words ("לCD19", to CD19).
func crossesScript(a, b rune) bool {
	if a < utf8.RuneSelf && b < utf8.RuneSelf {
		return false
	}
	return isUnspacedScript(a) != isUnspacedScript(b) || isHangul(a) != isHangul(b) || isHebrew(a) != isHebrew(b)
}
