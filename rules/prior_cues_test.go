package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/vocab"
)

// slowCue is cue without its lookup of ASCII words.
func slowCue(pv *priorVocabulary, word string) (string, bool) {
	if len(word) < pv.shortest || len(word) > pv.longest || !pv.firsts[word[0]|0x20] {
		return "", false
	}
	for _, c := range pv.cues {
		if strings.EqualFold(word, c.first) {
			return c.second, true
		}
	}
	return "", false
}

// slowWords are the words a chain of nextWord calls reads whose first
// byte may open a cue.
func slowWords(pv *priorVocabulary, text string) []span {
	var out []span
	for w := nextWord(text, 0); w.start < len(text); w = nextWord(text, w.end) {
		if pv.firsts[text[w.start]|0x20] {
			out = append(out, w)
		}
	}
	return out
}

func fastWords(pv *priorVocabulary, text string) []span {
	var out []span
	for w := pv.nextMaybeCue(text, 0); w.start < len(text); w = pv.nextMaybeCue(text, w.end) {
		if pv.firsts[text[w.start]|0x20] {
			out = append(out, w)
		}
	}
	return out
}

// kelvinCues is a vocabulary whose cues hold runes that fold into ASCII,
// and one that opens with punctuation.
func kelvinCues() *priorVocabulary {
	var words []vocab.Word
	for _, text := range []string{"\u212aept", "pa\u017ft", "keep on", "rück", "(prior", "prior to", "prior"} {
		words = append(words, vocab.Word{Kind: vocab.PriorCue, Text: text})
	}
	return newPriorVocabulary(words)
}

// punctuationCues is a vocabulary with a cue that opens with the
// punctuation nextWord trims off a word's end.
func punctuationCues() *priorVocabulary {
	return newPriorVocabulary([]vocab.Word{{Kind: vocab.PriorCue, Text: ")after"}, {Kind: vocab.PriorCue, Text: "prior"}})
}

// TestPriorCues checks that the lookup of ASCII words finds the cue the
// list does, and that skipping words by their first byte reads the same
// candidates as nextWord does.
func TestPriorCues(t *testing.T) {
	texts := []string{"", "prior", "PRIOR, after: post) failed.", "kept KEPT Kept \u212aept past PAST pa\u017ft", "keep on (prior prior,, x", "rück RÜCK r\xffck", "x) after prior)after"}
	texts = append(texts, seedTexts(t)...)
	for _, pv := range []*priorVocabulary{priorTherapy(), kelvinCues(), punctuationCues()} {
		for _, text := range texts {
			for _, word := range strings.Fields(text) {
				for _, w := range []string{word, strings.ToUpper(word), strings.Trim(word, ",.;:)")} {
					if w == "" {
						continue
					}
					gotSecond, got := pv.cue(w)
					wantSecond, want := slowCue(pv, w)
					if got != want || gotSecond != wantSecond {
						t.Errorf("cue(%q) = %q, %v, want %q, %v", w, gotSecond, got, wantSecond, want)
					}
				}
			}
			if got, want := fastWords(pv, text), slowWords(pv, text); !slices.Equal(got, want) {
				t.Errorf("words of %.40q: %v, want %v", text, got, want)
			}
		}
	}
}

func FuzzPriorCues(f *testing.F) {
	for _, s := range []string{"prior therapy, after CART19", "\u212aept pa\u017ft", "x ,prior. (prior", "  \u00a0prior\u2003after"} {
		f.Add(s)
	}
	vocabularies := []*priorVocabulary{priorTherapy(), kelvinCues(), punctuationCues()}
	f.Fuzz(func(t *testing.T, text string) {
		for _, pv := range vocabularies {
			if got, want := fastWords(pv, text), slowWords(pv, text); !slices.Equal(got, want) {
				t.Fatalf("words of %q: %v, want %v", text, got, want)
			}
			for _, w := range strings.Fields(text) {
				gotSecond, got := pv.cue(w)
				wantSecond, want := slowCue(pv, w)
				if got != want || gotSecond != wantSecond {
					t.Fatalf("cue(%q) = %q, %v, want %q, %v", w, gotSecond, got, wantSecond, want)
				}
			}
		}
	})
}
