package rules

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// unfilteredTargets is the vocabulary's index with its word filters open:
// every word is looked up in full.
func unfilteredTargets() *targetIndex {
	ix := *targets()
	for i := range ix.leads {
		ix.leads[i] = ^uint64(0)
	}
	ix.shortest = 0
	return &ix
}

// TestMayNameEveryName checks that no name, drug or written form of the
// vocabulary is filtered out, in any ASCII case.
func TestMayNameEveryName(t *testing.T) {
	unfiltered := unfilteredTargets()
	var names []string
	for _, e := range InUse().Targets {
		names = append(names, e.Names...)
	}
	for _, drug := range InUse().Drugs {
		names = append(names, drug.Name, drug.Name+"-beta")
	}
	names = append(names, "CD19", "CD-22", "CART19", "CAR-T22", "UCART22", "car19", "CD 33", "hu14.18K322A")
	for _, name := range names {
		for _, form := range []string{name, strings.ToUpper(name), strings.ToLower(name)} {
			first, _, _ := strings.Cut(form, " ")
			if !targets().mayName(first) && unfiltered.target(first) != "" {
				t.Errorf("mayName(%q) is false", first)
			}
			for _, text := range []string{form, "anti-" + form, "(" + form + ")", "x " + form + "."} {
				if len(unfiltered.find(text, false, nil)) > 0 && !targets().mayNameAny(text) {
					t.Errorf("mayNameAny(%q) is false", text)
				}
			}
		}
	}
}

func TestMayNameAny(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"Patients must be at least 12 months old", false},
		{"≥ 12 months and < 30 years", false},
		{"Adequate renal function", false},
		{"CD19", true},
		{"CD 19", true},
		{"anti-CD19", true},
		{"x-ALK", true},
		{"alk", true},
		{"hu14.18K322A", true},
		{"c-KIT mutation", true},
		{"Siglec-2", true},
		// A word that begins outside ASCII is always read in full; a sign
		// is no word.
		{"éCD19", true},
		{"Ärzte", true},
		{"— ≥ ±", false},
		// Lower-casing the dotted capital I or the Kelvin sign gives ASCII.
		{"\u0130NOTUZUMAB", true},
		{"\u212aLRK1", true},
	} {
		if got := targets().mayNameAny(c.text); got != c.want {
			t.Errorf("mayNameAny(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// targetTexts are texts made to test the filters: names at the ends of a
// text, inside words, after hyphens and dots, in odd cases and next to text
// outside ASCII.
var targetTexts = []string{
	"", "CD19", "xCD19", "CD19x", "CD-19", "CD 19", "cd19", "anti-CD19", "CD19/22", "CART-19/22", "UCART22", "car-t-19",
	"hALK.CAR T cells", "hu14.18K322A", "dinutuximab-beta", "DINUTUXIMAB", "anaplastic lymphoma kinase", "glypican 3",
	"IL13Rα2", "IL-13Rα2", "éCD19", "CD19é", "\u0130notuzumab", "\u212aLRK1", "c-KIT", "B7-H3", "CLL-1-targeted",
	"failed two anti-HER2 agents", "relapse after CART19", "prior CD19-directed therapy is allowed", "ALK\xffGD2",
	"aéCD19", "x-y-CD19", "ab--CD19", "\xe2\x82CD19", "CD19-", "pre-CD19/22 and CD33", "anti--CD19", "foo hu14.18K322A",
	"a-\u00e9-CD22", "CD19 CD19 CD22", "word-", "-CD19", "é-é-ALK", "NKG2D-CAR-T",
}

// TestTargetFilters checks that the filters change no result, on made-up
// texts and every line of the seeds.
func TestTargetFilters(t *testing.T) {
	unfiltered := unfilteredTargets()
	for _, text := range append(append([]string(nil), targetTexts...), seedLines(t)...) {
		for _, besidesPrior := range []bool{false, true} {
			if got, want := targets().find(text, besidesPrior, nil), unfiltered.find(text, besidesPrior, nil); !reflect.DeepEqual(got, want) {
				t.Errorf("%q: %v, want %v", text, got, want)
			}
		}
	}
}

// FuzzTargetFilters: on any text, the filtered search finds what looking
// every word up finds, with and without prior-therapy mentions, and
// leaving targets out changes nothing else.
func FuzzTargetFilters(f *testing.F) {
	for _, text := range targetTexts {
		f.Add(text)
	}
	unfiltered := unfilteredTargets()
	f.Fuzz(func(t *testing.T, text string) {
		for _, besidesPrior := range []bool{false, true} {
			if got, want := targets().find(text, besidesPrior, nil), unfiltered.find(text, besidesPrior, nil); !reflect.DeepEqual(got, want) {
				t.Errorf("%q: %v, want %v", text, got, want)
			}
		}
		checkKnownTargets(t, text)
	})
}

// checkKnownTargets checks that the targets find leaves out are only those
// it is told it knows.
func checkKnownTargets(t *testing.T, text string) {
	t.Helper()
	for _, besidesPrior := range []bool{false, true} {
		all := targets().find(text, besidesPrior, nil)
		for _, known := range []map[string]bool{{"CD19": true}, {"CD22": true, "ALK": true}, {"HER2": true, "CD19": true, "CD22": true}} {
			want := []TargetHit{}
			for _, h := range all {
				if !known[h.Target] {
					want = append(want, h)
				}
			}
			if got := targets().find(text, besidesPrior, known); !reflect.DeepEqual(got, want) {
				t.Errorf("%q knowing %v: %v, want %v", text, known, got, want)
			}
		}
	}
}

func TestKnownTargets(t *testing.T) {
	for _, text := range append(append([]string(nil), targetTexts...), seedLines(t)...) {
		checkKnownTargets(t, text)
	}
}

// checkWordStarts checks that wordStart finds, from every rune of every
// word, where the scanner begins that word.
func checkWordStarts(t *testing.T, text string) {
	t.Helper()
	words := &wordScanner{text: text}
	for ws := words.peek(1); len(ws) > 0; ws = words.peek(1) {
		w := ws[0]
		for at := range text[w.start:w.end] {
			if got := wordStart(text, w.start+at); got != w.start {
				t.Errorf("%q: wordStart(%d) = %d, want %d (word %q)", text, w.start+at, got, w.start, w.text)
			}
		}
		words.advance()
	}
}

func TestWordStart(t *testing.T) {
	for _, text := range targetTexts {
		checkWordStarts(t, text)
	}
}

// FuzzWordStart: on any text, wordStart agrees with the scanner.
func FuzzWordStart(f *testing.F) {
	for _, text := range targetTexts {
		f.Add(text)
	}
	f.Fuzz(checkWordStarts)
}

// eagerPriorSpans lists every prior-therapy mention of a text at once, by
// reading the mentions to the end, for cover to be checked against.
func eagerPriorSpans(text string) []span {
	var spans []span
	q := &priorMentions{text: text}
	for s, ok := q.next(); ok; s, ok = q.next() {
		spans = append(spans, s)
	}
	return spans
}

// checkPriorMentions checks, at every place of a text in order, that the
// mentions read as far as asked cover it as the full list does.
func checkPriorMentions(t *testing.T, text string) {
	t.Helper()
	spans := eagerPriorSpans(text)
	p := &priorMentions{text: text}
	for at := 0; at <= len(text); at++ {
		want := slices.ContainsFunc(spans, func(s span) bool { return s.start <= at && at < s.end })
		if got := p.cover(at); got != want {
			t.Fatalf("%q at %d: %v, want %v (mentions %v)", text, at, got, want, spans)
		}
	}
}

func TestPriorMentions(t *testing.T) {
	for _, text := range append(append([]string(nil), targetTexts...),
		"after after after CD19", "history of prior CD19 therapy, then CD22", "failure of anti-CD19. CD22 after", "prior") {
		checkPriorMentions(t, text)
	}
	for _, line := range seedLines(t) {
		checkPriorMentions(t, line)
	}
}

// FuzzPriorMentions: on any text, reading the mentions as far as asked
// agrees with listing them all.
func FuzzPriorMentions(f *testing.F) {
	for _, text := range targetTexts {
		f.Add(text)
	}
	f.Fuzz(checkPriorMentions)
}
