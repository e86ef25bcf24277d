package rules

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/vocab"
)

// priorVocabulary holds the words of prior_therapy.tsv in lookup form.
type priorVocabulary struct {
	// cues open a mention of a therapy the patient had before; a cue of
	// two words names its second word.
	cues []struct{ first, second string }
	// firsts holds the first bytes, ASCII lower-cased, of the cues, and
	// shortest and longest their lengths: any other word is no cue.
	firsts            [256]bool
	shortest, longest int
	// asciiCues holds, by its ASCII letters lower-cased, the first cue
	// whose first word an ASCII word can equal in any case (see cueKey),
	// as its place in cues.
	asciiCues map[string]int
	// punctuationCue is set when a cue may begin with the punctuation
	// nextWord trims off a word's end.
	punctuationCue bool
	// joiners are the words that join the therapies of one mention
	// ("either lenalidomide or daratumumab"); they do not count among its
	// words.
	joiners []string
	// listOpeners open a list that spells out the prior therapies of a
	// mention ("… 2 prior regimens, including a proteasome inhibitor, an
	// IMiD and an anti-CD38 antibody"); the list belongs to the mention.
	listOpeners []string
}

// priorTherapy is the prior-therapy words of the vocabulary in use.
var priorTherapy = sync.OnceValue(func() *priorVocabulary { return newPriorVocabulary(InUse().PriorTherapy) })

func newPriorVocabulary(words []vocab.Word) *priorVocabulary {
	pv := &priorVocabulary{shortest: -1, asciiCues: map[string]int{}}
	for _, w := range words {
		switch w.Kind {
		case vocab.PriorCue:
			first, second, _ := strings.Cut(w.Text, " ")
			pv.cues = append(pv.cues, struct{ first, second string }{first, strings.TrimSpace(second)})
			pv.firsts[first[0]|0x20] = true
			if pv.shortest < 0 || len(first) < pv.shortest {
				pv.shortest = len(first)
			}
			pv.longest = max(pv.longest, len(first))
			if key, ok := cueKey(first); ok {
				if _, seen := pv.asciiCues[key]; !seen {
					pv.asciiCues[key] = len(pv.cues) - 1
				}
			}
			pv.punctuationCue = pv.punctuationCue || strings.ContainsRune(",.;:)", rune(first[0]|0x20))
		case vocab.PriorJoiner:
			pv.joiners = append(pv.joiners, w.Text)
		case vocab.PriorListOpener:
			pv.listOpeners = append(pv.listOpeners, w.Text)
		}
	}
	return pv
}

// cue reports whether word opens a prior-therapy mention, and the second
// word the cue needs.
func (pv *priorVocabulary) cue(word string) (second string, ok bool) {
	if len(word) < pv.shortest || len(word) > pv.longest || !pv.firsts[word[0]|0x20] {
		return "", false
	}
	if isASCII(word) {
		var buf [32]byte
		i, ok := pv.asciiCues[string(appendLower(buf[:0], word))]
		if !ok {
			return "", false
		}
		return pv.cues[i].second, true
	}
	for _, c := range pv.cues {
		if strings.EqualFold(word, c.first) {
			return c.second, true
		}
	}
	return "", false
}

// cueKey returns the ASCII word, lower-cased, that a cue's first word
// equals under strings.EqualFold, and false when no ASCII word does: an
// ASCII letter stands for itself in either case, the Kelvin sign for "k"
// and the long s for "s", the only other runes that fold into ASCII.
func cueKey(first string) (string, bool) {
	var b strings.Builder
	for _, r := range first {
		switch {
		case r == utf8.RuneError:
			return "", false
		case r < utf8.RuneSelf:
			b.WriteByte(asciiLower(byte(r)))
		case r == '\u212a':
			b.WriteByte('k')
		case r == '\u017f':
			b.WriteByte('s')
		default:
			return "", false
		}
	}
	return b.String(), true
}

// priorWords is how many words after its cue a prior-therapy mention takes.
const priorWords = 3

// priorListWords is how many words such a list may take, up to the end of
// its sentence.
const priorListWords = 20

// maxWordsBeforeList is how many words may stand between a mention's last
// word and the list that spells it out.
const maxWordsBeforeList = 2

// FindTargetsBesidesPriorTherapy finds the targets a text names outside its
// mentions of a therapy the patient had before ("failed two anti-HER2
// agents", "prior CD19-directed therapy is allowed", "relapse after
// CART19", "following commercial CD19 CAR T-cells"): a target named only
// there is not the trial's.
func FindTargetsBesidesPriorTherapy(text string) []TargetHit {
	return targets().find(text, true, nil)
}

// priorMentions reads a text's mentions of a prior therapy, in order, each
// a cue with the three words after it, not counting the words that join a
// list of therapies, up to a comma or the end of a sentence; it reads only as far as it is asked about.
type priorMentions struct {
	text string
	// from is where the search for the next mention begins.
	from int
	// current is the mention found last, when found is set.
	current span
	found   bool
}

// cover reports whether a mention holds the place at; places are asked
// about in order.
func (p *priorMentions) cover(at int) bool {
	for !p.found || p.current.end <= at {
		if p.current, p.found = p.next(); !p.found {
			return false
		}
	}
	return p.current.start <= at
}

// next finds the next mention.
func (p *priorMentions) next() (span, bool) {
	text, pv := p.text, priorTherapy()
	for w := pv.nextMaybeCue(text, p.from); w.start < len(text); w = pv.nextMaybeCue(text, w.end) {
		second, isCue := pv.cue(text[w.start:w.end])
		if !isCue {
			continue
		}
		next := nextWord(text, w.end)
		if second != "" {
			if !strings.EqualFold(text[next.start:next.end], second) {
				continue
			}
			next = nextWord(text, next.end)
		}
		end := w.end
		for k := 0; k < priorWords && next.start < len(text) && !breaksMention(text, end, next); k++ {
			if slices.ContainsFunc(pv.joiners, func(j string) bool { return strings.EqualFold(j, text[next.start:next.end]) }) {
				k--
			}
			end = next.end
			next = nextWord(text, next.end)
		}
		if end > w.end {
			end = pv.extendOverList(text, end, next)
			p.from = end
			return span{w.start, end}, true
		}
	}
	p.from = len(text)
	return span{}, false
}

// nextMaybeCue returns the next word from byte from, as nextWord reads
// words one after another, whose first byte may open a cue; its start is
// len(text) when there is none. A word passed over is skipped whole: the
// punctuation nextWord would read after it as a word of its own opens no
// cue either, unless punctuationCue is set.
func (pv *priorVocabulary) nextMaybeCue(text string, from int) span {
	for {
		start := skipRunes(text, from, true)
		if start >= len(text) || pv.firsts[text[start]|0x20] || pv.punctuationCue {
			return nextWord(text, start)
		}
		from = skipRunes(text, start, false)
	}
}

// extendOverList returns where a mention that ends at end reaches when the
// next word opens a list of the therapies it names: the list's end, up to
// priorListWords words or the end of the sentence.
func (pv *priorVocabulary) extendOverList(text string, end int, next span) int {
	opens := func(w span) bool {
		return slices.ContainsFunc(pv.listOpeners, func(o string) bool { return strings.EqualFold(o, text[w.start:w.end]) })
	}
	// The mention may go on for a word or two before the list: "failed
	// multiple lines of treatment including …".
	probeEnd, probe := end, next
	for k := 0; k < maxWordsBeforeList && probe.start < len(text) && !opens(probe) && !breaksMention(text, probeEnd, probe); k++ {
		probeEnd, probe = probe.end, nextWord(text, probe.end)
	}
	if probe.start < len(text) && opens(probe) && !strings.ContainsAny(text[probeEnd:probe.start], ".;:\n") {
		end, next = probeEnd, probe
	}
	if next.start < len(text) && text[next.start:next.end] == "," {
		next = nextWord(text, next.end)
	}
	if next.start >= len(text) || strings.ContainsAny(text[end:next.start], ".;:\n") || !opens(next) {
		return subItemsEnd(text, end)
	}
	for k := 0; k < priorListWords && next.start < len(text); k++ {
		if !hasWordRune(text[next.start:next.end]) {
			// A word of punctuation only: the break, if any, is read
			// with the word after it.
			next = nextWord(text, next.end)
			k--
			continue
		}
		if endsSentence(text, end, next) {
			break
		}
		end = next.end
		next = nextWord(text, next.end)
	}
	return subItemsEnd(text, end)
}

// subItemsEnd returns where the sub-items a mention's lead-in opens end,
// when the lead-in ends its line with a colon at end ("must have received
// therapy including at a minimum:" over "• anti-CD20 antibody" and "• an
// anthracycline"), or end.
func subItemsEnd(text string, end int) int {
	rest := strings.TrimLeft(text[end:], " \t")
	if !strings.HasPrefix(rest, ":") {
		return end
	}
	rest = strings.TrimLeft(rest[1:], " \t")
	if !strings.HasPrefix(rest, "\n") {
		return end
	}
	at := len(text) - len(rest)
	for at < len(text) && text[at] == '\n' {
		line, _, _ := strings.Cut(text[at+1:], "\n")
		if !hasItemMarker(strings.TrimSpace(line)) {
			break
		}
		at += 1 + len(line)
		end = at
	}
	return end
}

// hasWordRune reports whether s holds a letter or a digit.
func hasWordRune(s string) bool {
	return strings.IndexFunc(s, isWordRune) >= 0
}

// endsSentence reports whether a sentence's end or a line end comes between
// a word's end and the next word: a semicolon, a line break, or a stop
// followed by a capital letter, except after "e.g" or "i.e".
func endsSentence(text string, end int, next span) bool {
	between := text[end:next.start]
	if strings.ContainsAny(between, ";\n") {
		return true
	}
	if !strings.Contains(between, ".") {
		return false
	}
	r, _ := runeAt(text, next.start)
	word := strings.ToLower(text[max(0, end-3):end])
	return unicode.IsUpper(r) && word != "e.g" && word != "i.e"
}

// span is a run of text, by byte offsets.
type span struct{ start, end int }

// breaksMention reports whether a comma, a sentence's end or a line end
// comes between a mention's end and the next word.
func breaksMention(text string, end int, next span) bool {
	return strings.ContainsAny(text[end:next.start], ",.;:\n") || strings.ContainsRune(",.;:", rune(text[next.start]))
}

// nextWord returns the next run of text from byte from that holds no space,
// without the punctuation that ends it; its start is len(text) when there
// is none.
func nextWord(text string, from int) span {
	start := skipRunes(text, from, true)
	end := skipRunes(text, start, false)
	trimmed := end
	for trimmed > start {
		r, size := utf8.DecodeLastRuneInString(text[start:trimmed])
		if !strings.ContainsRune(",.;:)", r) {
			break
		}
		trimmed -= size
	}
	if trimmed == start && end > start {
		// A word of punctuation only: skip it whole.
		return span{start, end}
	}
	return span{start, trimmed}
}

// skipRunes returns where the run of spaces (spaces true) or of other runes
// (spaces false) that begins at byte from ends.
func skipRunes(text string, from int, spaces bool) int {
	for from < len(text) {
		r, size := runeAt(text, from)
		if isSpaceRune(r) != spaces {
			break
		}
		from += size
	}
	return from
}

// isSpaceRune is unicode.IsSpace, without a call for ASCII.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// runeAt decodes the rune at byte i, ASCII without a call.
func runeAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}
