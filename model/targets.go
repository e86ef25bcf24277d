package model

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// TargetHit is one place a text names a target.
type TargetHit struct {
	Target  string
	Snippet string
}

// targetIndex holds the vocabulary in lookup form.
type targetIndex struct {
	exact     map[string]string   // short names, case kept: "ALK", "GD2"
	folded    map[string]string   // long names and drugs, lower case
	phrases   map[string][]string // first word → multi-word names, lower case
	drugStems map[string][]string // first 6 letters → drug names, lower case
	order     map[string]int
	carForm   *regexp.Regexp
	cdForm    *regexp.Regexp
}

var targets = newTargetIndex()

func newTargetIndex() *targetIndex {
	ix := &targetIndex{
		exact: map[string]string{}, folded: map[string]string{}, phrases: map[string][]string{},
		drugStems: map[string][]string{}, order: map[string]int{},
		// "CART-19", "CART19", "CAR19", "CAR-T19", "UCART22"
		carForm: regexp.MustCompile(`(?i)^u?car-?t?-?(\d{1,3})$`),
		// "CD19", "CD-19"
		cdForm: regexp.MustCompile(`^CD-?(\d{1,3})$`),
	}
	for i, entry := range targetVocabulary {
		ix.order[entry.Target] = i
		for _, name := range entry.Names {
			lower := strings.ToLower(name)
			switch {
			case strings.Contains(name, " "):
				first, _, _ := strings.Cut(lower, " ")
				ix.phrases[first] = append(ix.phrases[first], lower)
				ix.folded[lower] = entry.Target
			case len(name) > 5:
				ix.folded[lower] = entry.Target
			default:
				ix.exact[name] = entry.Target
			}
		}
	}
	for drug, target := range drugTargets {
		lower := strings.ToLower(drug)
		ix.folded[lower] = target
		ix.drugStems[lower[:6]] = append(ix.drugStems[lower[:6]], lower)
	}
	return ix
}

// lookup returns the target a single word names: a vocabulary name, a drug
// (or a word that begins with one, "dinutuximab-beta"), "CD19" or "CART-19".
func (ix *targetIndex) lookup(word string) string {
	if t, ok := ix.exact[word]; ok {
		return t
	}
	lower := strings.ToLower(word)
	if t, ok := ix.folded[lower]; ok {
		return t
	}
	if m := ix.cdForm.FindStringSubmatch(word); m != nil {
		return ix.exact["CD"+m[1]]
	}
	if strings.HasPrefix(lower, "car") || strings.HasPrefix(lower, "ucar") {
		if m := ix.carForm.FindStringSubmatch(word); m != nil {
			return ix.exact["CD"+m[1]]
		}
	}
	if len(lower) >= 6 {
		for _, drug := range ix.drugStems[lower[:6]] {
			if strings.HasPrefix(lower, drug) {
				return ix.folded[drug]
			}
		}
	}
	return ""
}

// word is one run of letters and digits, with inner hyphens, in a text.
type word struct {
	text       string
	start, end int
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// words splits text into words; a hyphen between two word characters stays
// inside the word ("CLL-1", "anti-CD19", "B7-H3").
func words(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case r == '-' && start >= 0 && i+1 < len(text):
			next, _ := utf8.DecodeRuneInString(text[i+1:])
			if !isWordRune(next) {
				out = append(out, word{text[start:i], start, i})
				start = -1
			}
		default:
			if start >= 0 {
				out = append(out, word{text[start:i], start, i})
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, word{strings.TrimRight(text[start:], "-"), start, len(strings.TrimRight(text, "-"))})
	}
	return out
}

// FindTargets returns the targets a text names, with the snippet around each
// first mention, in vocabulary order. It reads names and synonyms, drugs,
// and written forms such as "anti-CD19", "CD22+", "CD19/CD22", "CD19/22",
// "CART-19/22" and "hALK.CAR".
func FindTargets(text string) []TargetHit {
	found := map[string]TargetHit{}
	add := func(target string, start, end int) {
		if _, ok := found[target]; target != "" && !ok {
			found[target] = TargetHit{Target: target, Snippet: snippetAround(text, start, end)}
		}
	}
	ws := words(text)
	for i, w := range ws {
		add(targets.phraseAt(ws, i), w.start, w.end)
		target := targets.lookupParts(w.text)
		add(target, w.start, w.end)
		// "CD19/22" and "CART-19/22": a number after a slash continues the list.
		if target != "" && strings.HasPrefix(target, "CD") {
			for j := i + 1; j < len(ws) && text[ws[j-1].end:ws[j].start] == "/" && isNumber(ws[j].text); j++ {
				add(targets.exact["CD"+ws[j].text], w.start, ws[j].end)
			}
		}
		// "CD 19"
		if w.text == "CD" && i+1 < len(ws) && isNumber(ws[i+1].text) && strings.TrimSpace(text[w.end:ws[i+1].start]) == "" {
			add(targets.exact["CD"+ws[i+1].text], w.start, ws[i+1].end)
		}
	}
	hits := make([]TargetHit, 0, len(found))
	for _, h := range found {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool { return targets.order[hits[i].Target] < targets.order[hits[j].Target] })
	return hits
}

// lookupParts looks a word up whole, then each run of its hyphenated parts,
// longest first: "CLL-1-targeted" names CLL-1, "anti-CD19" names CD19.
func (ix *targetIndex) lookupParts(w string) string {
	if t := ix.lookup(w); t != "" || !strings.Contains(w, "-") {
		return t
	}
	parts := strings.Split(w, "-")
	for size := len(parts) - 1; size >= 1; size-- {
		for i := 0; i+size <= len(parts); i++ {
			if t := ix.lookup(strings.Join(parts[i:i+size], "-")); t != "" {
				return t
			}
		}
	}
	return ""
}

// phraseAt returns the target of a multi-word name that starts at word i.
func (ix *targetIndex) phraseAt(ws []word, i int) string {
	names := ix.phrases[strings.ToLower(ws[i].text)]
	for _, name := range names {
		parts := strings.Fields(name)
		if i+len(parts) > len(ws) {
			continue
		}
		match := true
		for k, p := range parts {
			if strings.ToLower(ws[i+k].text) != p {
				match = false
				break
			}
		}
		if match {
			return ix.folded[name]
		}
	}
	return ""
}

func isNumber(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// SortTargets orders targets as the vocabulary does; unknown ones go last,
// alphabetically.
func SortTargets(list []string) {
	sort.SliceStable(list, func(i, j int) bool {
		oi, iok := targets.order[list[i]]
		oj, jok := targets.order[list[j]]
		switch {
		case iok && jok:
			return oi < oj
		case iok != jok:
			return iok
		}
		return list[i] < list[j]
	})
}

// snippetAround returns up to 60 characters either side of a match, cut at
// spaces and on one line.
func snippetAround(text string, start, end int) string {
	const reach = 60
	lo, hi := max(start-reach, 0), min(end+reach, len(text))
	for lo > 0 && lo < start && !isSpace(text[lo-1]) {
		lo++
	}
	for hi < len(text) && hi > end && !isSpace(text[hi]) {
		hi--
	}
	s := strings.Join(strings.Fields(text[lo:hi]), " ")
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(text) {
		s += "…"
	}
	return s
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
