package rules

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/vocab"
)

// TargetHit is one place a text names a target.
type TargetHit struct {
	Target  string
	Snippet string
	// Origin is the entry of the user's vocabulary that named the target
	// ("drug 'WU-CART-007'"), "" for the built-in vocabulary.
	Origin string
}

// targetIndex holds the vocabulary in lookup form.
type targetIndex struct {
	exact     map[string]string   // short names, case kept: "ALK", "GD2"
	folded    map[string]string   // long names and drugs, lower case
	phrases   map[string][]string // first word → multi-word names, lower case
	drugStems map[string][]string // first 6 letters → drug names, lower case
	order     map[string]int
	// minFolded is the length of the shortest key of folded and of
	// drugStems' drugs: a shorter ASCII word can be no such name.
	minFolded int
	// leads holds the keys (leadKey) of every name, drug and written
	// form's first bytes, and shortest the length of the shortest: a word
	// that begins otherwise names nothing.
	leads    [1 << 16 / 64]uint64
	shortest int
	// pairs holds the first two bytes, ASCII lower-cased, of the same: a
	// quick test before leads'.
	pairs [1 << 16 / 64]uint64
	// userOrigin holds, by their keys in exact and folded, the names and
	// drugs of the user's vocabulary, each with the entry it comes from.
	userOrigin map[string]string
	// unspaced are the drugs' names in Chinese and Japanese, found inside
	// a word, as those scripts set no spaces between words.
	unspaced []unspacedDrug
}

// targets is the index of the vocabulary in use.
var targets = sync.OnceValue(func() *targetIndex { return newTargetIndex(InUse()) })

func newTargetIndex(v *vocab.Vocabulary) *targetIndex {
	ix := &targetIndex{
		exact: map[string]string{}, folded: map[string]string{}, phrases: map[string][]string{},
		drugStems: map[string][]string{}, order: map[string]int{}, userOrigin: map[string]string{},
	}
	for i, entry := range v.Targets {
		ix.order[entry.Name] = i
		for _, name := range entry.Names {
			lower := strings.ToLower(name)
			key := name
			switch {
			case strings.Contains(name, " "):
				first, _, _ := strings.Cut(lower, " ")
				ix.phrases[first] = append(ix.phrases[first], lower)
				ix.folded[lower], key = entry.Name, lower
			case len(name) > 5:
				ix.folded[lower], key = entry.Name, lower
			default:
				ix.exact[name] = entry.Name
			}
			if entry.User {
				ix.userOrigin[key] = "name '" + name + "'"
			}
		}
	}
	for _, drug := range v.Drugs {
		lower := strings.ToLower(drug.Name)
		ix.folded[lower] = drug.Target
		ix.drugStems[lower[:6]] = append(ix.drugStems[lower[:6]], lower)
		if drug.User {
			ix.userOrigin[lower] = "drug '" + drug.Name + "'"
		}
	}
	ix.addLanguageDrugs(v)
	ix.minFolded = 6
	for name := range ix.folded {
		ix.minFolded = min(ix.minFolded, len(name))
	}
	ix.shortest = len("CD1")
	for _, names := range []map[string]string{ix.exact, ix.folded} {
		for name := range names {
			ix.addLead(name)
		}
	}
	for first := range ix.phrases {
		ix.addLead(first)
	}
	// The written forms' beginnings: "CD7", "CD-19", "CD19", "CD123",
	// "CAR19", "CAR-T19", "CART19", "UCART19".
	for _, form := range []string{"car-", "cart", "ucar"} {
		ix.addLead(form)
	}
	for d := '0'; d <= '9'; d++ {
		ix.addLead("cd" + string(d))
		ix.addLead("cd-" + string(d))
		ix.addLead("car" + string(d))
		for e := '0'; e <= '9'; e++ {
			ix.addLead("cd" + string(d) + string(e))
		}
	}
	return ix
}

// A word of minLead bytes is keyed in leads by all of them, a longer one by
// its first maxLead.
const (
	minLead = 3
	maxLead = 4
)

// addLead lets words that begin as name does through mayName.
func (ix *targetIndex) addLead(name string) {
	ix.shortest = min(ix.shortest, len(name))
	key := leadKey(name)
	ix.leads[key/64] |= 1 << (key % 64)
	if len(name) >= 2 {
		pair := pairKey(name)
		ix.pairs[pair/64] |= 1 << (pair % 64)
	}
}

// pairKey is a word's first two bytes, ASCII lower-cased.
func pairKey(word string) int { return int(asciiLower(word[0]))<<8 | int(asciiLower(word[1])) }

// leadKey hashes a word's first bytes (up to maxLead), ASCII lower-cased,
// and how many they are, to a place in leads; two leads may share one,
// which costs only a lookup.
func leadKey(word string) uint64 {
	n := min(len(word), maxLead)
	h := uint64(n)
	for i := 0; i < n; i++ {
		h = h<<8 | uint64(asciiLower(word[i]))
	}
	return hashLead(h)
}

// hashLead spreads a word's length and first bytes, as leadKey packs
// them, over the places of leads.
func hashLead(h uint64) uint64 { return h * 0x9E3779B97F4A7C15 >> (64 - 16) }

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// mayName reports whether a word can be a name, a drug or a written form
// of the vocabulary, by its length and its first bytes: a word that names
// one begins as a name of the same length does, or, when longer than
// maxLead bytes, as a name of at least maxLead. A word that begins outside
// ASCII is looked up in full.
func (ix *targetIndex) mayName(word string) bool {
	if len(word) < ix.shortest {
		return false
	}
	for i := 0; i < min(len(word), maxLead); i++ {
		if word[i] >= utf8.RuneSelf {
			return true
		}
	}
	if ix.shortest >= 2 {
		if pair := pairKey(word); ix.pairs[pair/64]&(1<<(pair%64)) == 0 {
			return false
		}
	}
	key := leadKey(word)
	return ix.leads[key/64]&(1<<(key%64)) != 0
}

// nextCandidate returns the first place at or after from where a word, or
// a part of one after a hyphen, begins that may name a target, or -1. What
// is looked up there is as long as the word, or part, or the words a dot
// joins, so its first minLead or maxLead bytes are the text's there. A
// word that begins outside ASCII always may, and with the filters open
// (shortest below minLead) every word does, so that each is read in turn.
func (ix *targetIndex) nextCandidate(text string, from int) int {
	afterAlnum := from > 0 && isAlnumByte(text[from-1])
	for i := from; i < len(text); i++ {
		c := text[i]
		alnum := isAlnumByte(c)
		if !afterAlnum || c >= utf8.RuneSelf {
			switch {
			case c >= utf8.RuneSelf:
				// A Chinese or Japanese word may follow a Latin one with
				// no space: "CD19陽性".
				if r, _ := utf8.DecodeRuneInString(text[i:]); isWordRune(r) && (!afterAlnum || isUnspacedScript(r)) {
					return i
				}
			case c == 'C' && strings.HasPrefix(text[i:], "CD"):
				// "CD 19"
				return i
			case c|0x20 == 'a' && antiPrefixed(text[i:]):
				// "antiCD19": the name is glued to "anti".
				return i
			case alnum && (ix.shortest < minLead || ix.mayBeginName(text, i)):
				return i
			}
		}
		afterAlnum = alnum
	}
	return -1
}

// mayBeginName reports whether a name may begin at i: whether mayName
// holds for the text's first minLead bytes there, or its first maxLead.
// Where those are ASCII, both are decided at once from the bytes
// lower-cased once, as mayName would decide them.
func (ix *targetIndex) mayBeginName(text string, i int) bool {
	if i+maxLead > len(text) || ix.shortest < 2 || (text[i]|text[i+1]|text[i+2]|text[i+3]) >= utf8.RuneSelf {
		return ix.mayName(text[i:min(len(text), i+minLead)]) || i+maxLead <= len(text) && ix.mayName(text[i:i+maxLead])
	}
	l0, l1, l2, l3 := uint64(asciiLower(text[i])), uint64(asciiLower(text[i+1])), uint64(asciiLower(text[i+2])), uint64(asciiLower(text[i+3]))
	if pair := l0<<8 | l1; ix.pairs[pair/64]&(1<<(pair%64)) == 0 {
		return false
	}
	three := hashLead(minLead<<24 | l0<<16 | l1<<8 | l2)
	four := hashLead(maxLead<<32 | l0<<24 | l1<<16 | l2<<8 | l3)
	return minLead >= ix.shortest && ix.leads[three/64]&(1<<(three%64)) != 0 ||
		maxLead >= ix.shortest && ix.leads[four/64]&(1<<(four%64)) != 0
}

// mayNameAny reports whether any word of text, or part of a word after a
// hyphen, can name a target.
func (ix *targetIndex) mayNameAny(text string) bool { return ix.nextCandidate(text, 0) >= 0 }

// wordStart returns where the word that holds the place at begins, as
// wordScanner reads words: back over word runes, and over each hyphen
// that has a word rune on either side.
func wordStart(text string, at int) int {
	for at > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:at])
		switch {
		case isWordRune(r) && !crossesScript(r, firstRune(text[at:])):
			at -= size
		case r == '-' && at > 1 && at < len(text) && isWordRune(lastRune(text[:at-1])) && isWordRune(firstRune(text[at:])):
			at--
		default:
			return at
		}
	}
	return 0
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isAlnumByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// lookup returns the target a single word names: a vocabulary name, a drug
// (or a word that begins with one, "dinutuximab-beta"), "CD19" or "CART-19";
// origin is the user's entry that names it, "" for a built-in one.
func (ix *targetIndex) lookup(word string) (target, origin string) {
	if !ix.mayName(word) {
		return "", ""
	}
	if t, ok := ix.exact[word]; ok {
		return t, ix.userOrigin[word]
	}
	if len(word) < ix.minFolded && isASCII(word) {
		// Too short for a long name or a drug: only "CD19" and "CART19"
		// forms are left, and the word needs no lower-casing.
		return ix.shortForm(word)
	}
	lower := strings.ToLower(word)
	if t, ok := ix.folded[lower]; ok {
		return t, ix.userOrigin[lower]
	}
	if t, origin := ix.shortForm(word); t != "" {
		return t, origin
	}
	if len(lower) >= 6 {
		for _, drug := range ix.drugStems[lower[:6]] {
			if strings.HasPrefix(lower, drug) {
				return ix.folded[drug], ix.userOrigin[drug]
			}
		}
	}
	return "", ""
}

// target returns the target a single word names, as lookup does.
func (ix *targetIndex) target(word string) string {
	t, _ := ix.lookup(word)
	return t
}

// shortForm reads a short ASCII word as "CD19" or "CART19", as lookup does.
func (ix *targetIndex) shortForm(word string) (target, origin string) {
	if number, ok := cdFormNumber(word); ok {
		return ix.exactCD(number)
	}
	if number, ok := carFormNumber(word); ok {
		return ix.exactCD(number)
	}
	return "", ""
}

// cdFormNumber reads "CD19", "CD-19", and "Cd19" as some newspapers write
// it: "CD" or "Cd", an optional hyphen, and one to three ASCII digits,
// which it returns.
func cdFormNumber(word string) (string, bool) {
	if !strings.HasPrefix(word, "CD") && !strings.HasPrefix(word, "Cd") {
		return "", false
	}
	return cdNumber(strings.TrimPrefix(word[2:], "-"))
}

// carFormNumber reads "CART-19", "CART19", "CAR19", "CAR-T19" and
// "UCART22" in any case: an optional "u", "car", an optional hyphen, an
// optional "t", an optional hyphen, and one to three ASCII digits, which
// it returns.
func carFormNumber(word string) (string, bool) {
	rest := word
	if hasPrefixFold(rest, "u") {
		rest = rest[1:]
	}
	if !hasPrefixFold(rest, "car") {
		return "", false
	}
	rest = strings.TrimPrefix(rest[3:], "-")
	if hasPrefixFold(rest, "t") {
		rest = rest[1:]
	}
	return cdNumber(strings.TrimPrefix(rest, "-"))
}

// cdNumber returns s when it is one to three ASCII digits.
func cdNumber(s string) (string, bool) {
	if s == "" || len(s) > 3 {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return "", false
		}
	}
	return s, true
}

// exactCD returns the target named "CD" and a number, and the user's entry
// that names it. The name is built only inside the lookups, which keeps it
// off the heap.
func (ix *targetIndex) exactCD(number string) (target, origin string) {
	if t, ok := ix.exact["CD"+number]; ok {
		return t, ix.userOrigin["CD"+number]
	}
	return "", ""
}

// appendLower appends s lower-cased to dst; an ASCII word needs no new
// string, so a map lookup with the result allocates nothing.
func appendLower(dst []byte, s string) []byte {
	if !isASCII(s) {
		return append(dst, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasPrefixFold reports whether s begins with prefix, an ASCII lower-case
// text, in any ASCII case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// word is one run of letters and digits, with inner hyphens, in a text.
type word struct {
	text       string
	start, end int
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	// A vowel sign or virama of Devanagari is part of its word.
	return unicode.IsLetter(r) || unicode.IsDigit(r) || isCombiningMark(r)
}

// wordScanner splits a text into words, one at a time, keeping only the
// few words ahead that a lookup asks for, so that a long text is never held
// as a list of all its words. A hyphen between two word characters stays
// inside the word ("CLL-1", "anti-CD19", "B7-H3").
type wordScanner struct {
	text  string
	pos   int
	ahead []word
}

// peek returns the current word and those after it: at least n words, or
// all that are left.
func (s *wordScanner) peek(n int) []word {
	for len(s.ahead) < n {
		w, ok := s.scan()
		if !ok {
			break
		}
		s.ahead = append(s.ahead, w)
	}
	return s.ahead
}

// seek moves the scanner to the word that begins at start, unless it is
// the next word already.
func (s *wordScanner) seek(start int) {
	if len(s.ahead) > 0 && s.ahead[0].start == start {
		return
	}
	s.pos, s.ahead = start, s.ahead[:0]
}

// advance moves on to the next word.
func (s *wordScanner) advance() {
	if len(s.ahead) > 0 {
		// Shift in place: the few words ahead are cheaper to move than a
		// new array each time the slice reaches its capacity.
		s.ahead = s.ahead[:copy(s.ahead, s.ahead[1:])]
	}
}

// scan reads the next word of the text.
func (s *wordScanner) scan() (word, bool) {
	text, start := s.text, -1
	var prev rune
	for i := s.pos; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isWordRune(r):
			if start >= 0 && crossesScript(prev, r) {
				// Chinese and Japanese set no space before or after a
				// Latin word: "CD19陽性" is two words, and so is "CD19-陽性";
				// so is Korean's "CD19를".
				s.pos = i
				end := i
				if text[i-1] == '-' {
					end--
				}
				return word{text[start:end], start, end}, true
			}
			prev = r
			if start < 0 {
				start = i
			}
		case r == '-' && start >= 0 && i+1 < len(text):
			if next, _ := utf8.DecodeRuneInString(text[i+1:]); !isWordRune(next) {
				s.pos = i + size
				return word{text[start:i], start, i}, true
			}
		default:
			if start >= 0 {
				s.pos = i + size
				return word{text[start:i], start, i}, true
			}
		}
		i += size
	}
	s.pos = len(text)
	if start < 0 {
		return word{}, false
	}
	return word{strings.TrimRight(text[start:], "-"), start, len(strings.TrimRight(text, "-"))}, true
}

// FindTargets returns the targets a text names, with the snippet around each
// first mention, in vocabulary order. It reads names and synonyms, drugs,
// and written forms such as "anti-CD19", "CD22+", "CD19/CD22", "CD19/22",
// "CART-19/22" and "hALK.CAR".
func FindTargets(text string) []TargetHit { return targets().find(text, false, nil) }

// find finds the targets of text, outside its mentions of a prior therapy
// when besidesPrior is set, leaving out those in known. The mentions are
// read only once a target is found, and only as far as the targets found.
func (ix *targetIndex) find(text string, besidesPrior bool, known map[string]bool) []TargetHit {
	// A text names few targets: a list is cheaper than a map.
	var hits []TargetHit
	var prior *priorMentions
	if besidesPrior {
		prior = &priorMentions{text: text}
	}
	add := func(target, origin string, start, end int) {
		if target == "" || known[target] || prior != nil && prior.cover(start) || negativeAfter(text, end) || negativeSuffix(text[start:end]) || inPhenotype(text, start, end) {
			return
		}
		if !slices.ContainsFunc(hits, func(h TargetHit) bool { return h.Target == target }) {
			hits = append(hits, TargetHit{Target: target, Snippet: snippetAround(text, start, end), Origin: origin})
		}
	}
	// Only the words that hold a place where a name may begin are read.
	words := &wordScanner{text: text}
	// from is where the last word read ended: a word begins there or later,
	// also where a hyphen joins a Latin word to a Chinese or Japanese one
	// ("L-アスパラギナーゼ"), which the scanner splits but wordStart does not.
	from := 0
	for at := ix.nextCandidate(text, 0); at >= 0; {
		words.seek(max(wordStart(text, at), from))
		ws := words.peek(2)
		if len(ws) == 0 {
			break
		}
		w := ws[0]
		target, origin := ix.phraseAt(words)
		add(target, origin, w.start, w.end)
		target, origin = ix.lookupParts(w.text)
		add(target, origin, w.start, w.end)
		if len(ix.unspaced) > 0 && !isASCII(w.text) {
			ix.findUnspaced(w, add)
		}
		// "CD19/22" and "CART-19/22": a number after a slash continues the list.
		if target != "" && strings.HasPrefix(target, "CD") {
			for j := 1; ; j++ {
				ws = words.peek(j + 1)
				if j >= len(ws) || text[ws[j-1].end:ws[j].start] != "/" || !isNumber(ws[j].text) {
					break
				}
				listed, origin := ix.exactCD(ws[j].text)
				add(listed, origin, w.start, ws[j].end)
			}
		}
		// "hu14.18K322A": a drug whose name holds a dot.
		if ws = words.peek(2); len(ws) > 1 && text[w.end:ws[1].start] == "." {
			target, origin := ix.lookup(text[w.start:ws[1].end])
			add(target, origin, w.start, ws[1].end)
		}
		// "CD 19"
		if ws = words.peek(2); w.text == "CD" && len(ws) > 1 && isNumber(ws[1].text) && strings.TrimSpace(text[w.end:ws[1].start]) == "" {
			target, origin := ix.exactCD(ws[1].text)
			add(target, origin, w.start, ws[1].end)
		}
		words.advance()
		from = w.end
		at = ix.nextCandidate(text, w.end)
	}
	if hits == nil {
		return []TargetHit{}
	}
	slices.SortFunc(hits, func(a, b TargetHit) int { return ix.order[a.Target] - ix.order[b.Target] })
	return hits
}

// lookupParts looks a word up whole, then each run of its hyphenated parts,
// longest first: "CLL-1-targeted" names CLL-1, "anti-CD19" names CD19.
func (ix *targetIndex) lookupParts(w string) (target, origin string) {
	if t, origin := ix.lookupWord(w); t != "" || !strings.Contains(w, "-") {
		return t, origin
	}
	// bounds[k] is where part k begins, one past the hyphen before it; the
	// parts i to j-1 are w[bounds[i]:bounds[j]-1].
	bounds := make([]int, 1, 8)
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			bounds = append(bounds, i+1)
		}
	}
	bounds = append(bounds, len(w)+1)
	parts := len(bounds) - 1
	for size := parts - 1; size >= 1; size-- {
		for i := 0; i+size <= parts; i++ {
			if t, origin := ix.lookupWord(w[bounds[i] : bounds[i+size]-1]); t != "" {
				return t, origin
			}
		}
	}
	return "", ""
}

// lookupWord returns the target a word names, also when the name is glued
// to "anti" ("antiCD19") or, in Hebrew, to the one-letter words Hebrew
// joins to a word ("בבלינטומומאב", in blinatumomab).
func (ix *targetIndex) lookupWord(w string) (target, origin string) {
	if t, origin := ix.lookup(w); t != "" {
		return t, origin
	}
	if antiPrefixed(w) {
		return ix.lookup(w[antiPrefixLen:])
	}
	for _, rest := range hebrewUnprefixed(w) {
		if t, origin := ix.lookup(rest); t != "" {
			return t, origin
		}
	}
	return "", ""
}

// antiPrefixes are the prefixes a target's name may be glued to, each of
// antiPrefixLen bytes: "antiCD19", Polish "antyCD19".
var antiPrefixes = [...]string{"anti", "anty"}

const antiPrefixLen = 4

// antiPrefixed reports whether a word opens with one of antiPrefixes glued
// to a capital letter, as a target's name is: "antiCD19", not "antibody".
func antiPrefixed(w string) bool {
	if len(w) <= antiPrefixLen || w[antiPrefixLen] < 'A' || w[antiPrefixLen] > 'Z' {
		return false
	}
	return slices.ContainsFunc(antiPrefixes[:], func(p string) bool { return strings.EqualFold(w[:antiPrefixLen], p) })
}

// phraseAt returns the target of a multi-word name that starts at the
// scanner's current word, and the user's entry that names it.
func (ix *targetIndex) phraseAt(words *wordScanner) (target, origin string) {
	first := words.peek(1)[0].text
	if !ix.mayName(first) {
		return "", ""
	}
	var buf [32]byte
	names := ix.phrases[string(appendLower(buf[:0], first))]
	for _, name := range names {
		parts := strings.Fields(name)
		ws := words.peek(len(parts))
		if len(parts) > len(ws) {
			continue
		}
		match := true
		for k, p := range parts {
			if strings.ToLower(ws[k].text) != p {
				match = false
				break
			}
		}
		if match {
			return ix.folded[name], ix.userOrigin[name]
		}
	}
	return "", ""
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
func SortTargets(list []string) { targets().sortTargets(list) }

// sortTargets orders targets as the index's vocabulary does.
func (ix *targetIndex) sortTargets(list []string) {
	order := ix.order
	sort.SliceStable(list, func(i, j int) bool {
		oi, iok := order[list[i]]
		oj, jok := order[list[j]]
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
	s := collapseSpaces(text[lo:hi])
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(text) {
		s += "…"
	}
	return s
}

// collapseSpaces returns s with each run of white space one space, and
// none at either end: strings.Join(strings.Fields(s), " ") in one pass.
func collapseSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		r, size := runeAt(s, i)
		if isSpaceRune(r) {
			pending = b.Len() > 0
		} else {
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// TargetOrder returns a target's place in the vocabulary's display order;
// ok is false for a target outside the vocabulary.
func TargetOrder(target string) (i int, ok bool) {
	i, ok = targets().order[target]
	return i, ok
}

// markerWords are marker_words.tsv's words of the vocabulary in use, by
// kind, lower case.
var markerWords = sync.OnceValue(func() map[string][]string {
	words := map[string][]string{}
	for _, w := range InUse().MarkerWords {
		words[w.Kind] = append(words[w.Kind], strings.ToLower(w.Text))
	}
	return words
})

// negativeSuffix reports whether a word read as a name ends in a word
// that says the marker is absent (marker_words.tsv): "ALK-negative",
// "CD19-neg".
func negativeSuffix(word string) bool {
	i := strings.LastIndexByte(word, '-')
	return i > 0 && slices.ContainsFunc(markerWords()[vocab.MarkerAbsent], func(w string) bool { return strings.EqualFold(word[i+1:], w) })
}

// negativeAfter reports whether the name that ends at text[end] is
// followed, after a hyphen or a space, by a word that says the marker is
// absent, or, in Chinese, Japanese and Korean, by such a word with no
// space ("HER2阴性的胃癌", "HER2음성").
func negativeAfter(text string, end int) bool {
	if end >= len(text) {
		return false
	}
	if r := firstRune(text[end:]); isUnspacedScript(r) || isHangul(r) {
		return slices.ContainsFunc(markerWords()[vocab.MarkerAbsent], func(w string) bool { return strings.HasPrefix(text[end:], w) })
	}
	if text[end] != '-' && text[end] != ' ' {
		return false
	}
	return opensWithWord(text[end+1:], markerWords()[vocab.MarkerAbsent])
}

// opensWithWord reports whether text opens with one of the words, lower
// case, as a whole word.
func opensWithWord(text string, words []string) bool {
	for _, w := range words {
		if hasPrefixFold(text, w) && (len(text) == len(w) || !isWordRune(firstRune(text[len(w):]))) {
			return true
		}
	}
	return false
}

// inPhenotype reports whether the name at text[start:end] is one marker of
// a cell population's phenotype: markers glued by signs, the last one
// signed too ("CD34+CD38+", "CD34+CD38neg", "CD19+CD22+ blasts"). Such
// cells are what a trial measures or a disease shows, not what its drug
// targets; "CD19+CD22 bispecific", whose last marker has no sign, names
// two targets.
func inPhenotype(text string, start, end int) bool {
	if !hasPrefixFold(text[start:end], "cd") {
		return false
	}
	chained := start > 0 && (text[start-1] == '+' || text[start-1] == '-') && endsWithCDMarker(text[:start-1])
	// Walk right over "+CD38" links to the chain's last marker.
	for end < len(text) && (text[end] == '+' || text[end] == '-') {
		n := cdMarkerLen(text[end+1:])
		if n == 0 {
			break
		}
		chained = true
		end += 1 + n
	}
	return chained && signedMarkerEnd(text[end:])
}

// cdMarkerLen returns the length of the CD marker's name that text opens
// with ("CD38"), or 0.
func cdMarkerLen(text string) int {
	if len(text) < 3 || !hasPrefixFold(text, "cd") || !isDigit(text[2]) {
		return 0
	}
	n := 3
	for n < len(text) && isDigit(text[n]) {
		n++
	}
	return n
}

// signedMarkerEnd reports whether what follows a marker's name says how
// much of it the cells show: a sign or a level word of marker_words.tsv
// glued to it ("+", "neg", "bright").
func signedMarkerEnd(rest string) bool {
	return rest != "" && (rest[0] == '+' || rest[0] == '-') || opensWithWord(rest, markerWords()[vocab.MarkerLevel])
}

// endsWithCDMarker reports whether text ends with a CD marker's name,
// "CD34", signed or not.
func endsWithCDMarker(text string) bool {
	i := len(text)
	for i > 0 && isDigit(text[i-1]) {
		i--
	}
	return i < len(text) && i >= 2 && hasPrefixFold(text[i-2:], "cd") && (i == 2 || !isAlnumByte(text[i-3]))
}
