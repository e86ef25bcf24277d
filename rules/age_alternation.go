package rules

import (
	"regexp"
	"strings"
)

// alternation is a list of patterns searched as if joined by |, each
// compiled on its own: a small pattern runs on the backtracking matcher,
// while the joined one is too large for it and runs on the slower one. No
// pattern may begin with an assertion other than a \b before a word
// character, because each is searched from where the last match ended, on
// the rest of the text.
type alternation []alternative

// alternative is one pattern of an alternation, whether it begins with
// \b, and the bytes its matches begin with, when firstKnown; anchored is
// the pattern tied to the start of a text, tried at each place that begins
// with one of them, and with one of prefixes, listed by first byte, when
// the pattern has them.
type alternative struct {
	re         *regexp.Regexp
	boundary   bool
	first      byteSet
	firstKnown bool
	anchored   *regexp.Regexp
	prefixes   *[256][]string
	// digitRun is set when every match begins with \d+ (leadsWithDigitRun).
	digitRun bool
	// afterNumber holds the bytes that can follow the number every match
	// begins with, or nil (bytesAfterNumber).
	afterNumber *byteSet
}

func compileAlternation(patterns ...string) alternation {
	out := make(alternation, 0, len(patterns))
	for _, p := range patterns {
		first, known := firstBytes(p)
		alt := alternative{re: regexp.MustCompile(p), boundary: strings.HasPrefix(p, `\b`), first: first, firstKnown: known,
			anchored: regexp.MustCompile(`^(?:` + p + `)`), digitRun: leadsWithDigitRun(p)}
		if after, ok := bytesAfterNumber(p); ok {
			alt.afterNumber = &after
		}
		if prefixes, ok := literalPrefixes(p); ok {
			alt.prefixes = new([256][]string)
			for _, pre := range prefixes {
				alt.prefixes[pre[0]] = append(alt.prefixes[pre[0]], pre)
			}
		}
		out = append(out, alt)
	}
	return out
}

// maxAlternativeTries bounds the places find tries a pattern at before it
// searches the rest of the text once instead: a try on a short text costs
// time in proportion to the rest of it, so that many tries on a text made
// of places would cost more than the search.
const maxAlternativeTries = 64

// find returns the leftmost match of a at or after from, with indexes into
// s, or nil. The rest of the text begins at a word boundary for the
// pattern, so a match there after a word character is passed over. When
// the bytes a match begins with are known, the anchored pattern is tried
// at each place one of them occurs, which is much cheaper than searching
// the rest of the text and finds the same match.
func (a alternative) find(s string, from int) []int {
	if !a.firstKnown {
		return a.search(s, from)
	}
	for at, tries := from, 0; at < len(s); at++ {
		if !a.first.has(s[at]) || a.boundary && at > 0 && isWordByte(s[at-1]) || !a.hasPrefixAt(s, at) ||
			a.digitRun && at > from && isDigit(s[at-1]) || a.afterNumber != nil && !mayFollowNumber(s, at, a.afterNumber) {
			continue
		}
		if tries == maxAlternativeTries {
			return a.search(s, at)
		}
		tries++
		if loc := a.anchored.FindStringSubmatchIndex(s[at:]); loc != nil {
			return offset(loc, at)
		}
	}
	return nil
}

// hasPrefixAt reports whether s holds one of the pattern's prefixes at at,
// or the pattern has none.
func (a alternative) hasPrefixAt(s string, at int) bool {
	if a.prefixes == nil {
		return true
	}
	for _, p := range a.prefixes[s[at]] {
		if strings.HasPrefix(s[at:], p) {
			return true
		}
	}
	return false
}

// search finds as find does, with the pattern searching the rest of the
// text.
func (a alternative) search(s string, from int) []int {
	for ; from <= len(s); from++ {
		loc := a.re.FindStringSubmatchIndex(s[from:])
		if loc == nil {
			return nil
		}
		if a.boundary && loc[0] == 0 && from > 0 && isWordByte(s[from-1]) {
			continue
		}
		return offset(loc, from)
	}
	return nil
}

// offset moves the indexes of a match found in s[by:] to indexes into s.
func offset(loc []int, by int) []int {
	for k := range loc {
		if loc[k] >= 0 {
			loc[k] += by
		}
	}
	return loc
}

// findAll returns the non-overlapping matches, left to right, exactly as
// the joined pattern's FindAllStringSubmatchIndex finds them: at the
// leftmost place any pattern matches, the first pattern that matches there
// wins. A pattern's next match is searched again only once a chosen match
// has passed its start. It stops after n matches; n < 0 finds them all.
func (alts alternation) findAll(s string, n int) []ageMatch {
	next := make([][]int, len(alts))
	done := make([]bool, len(alts))
	var out []ageMatch
	for pos := 0; pos <= len(s) && (n < 0 || len(out) < n); {
		best := -1
		for i, alt := range alts {
			if !done[i] && (next[i] == nil || next[i][0] < pos) {
				next[i] = alt.find(s, pos)
				done[i] = next[i] == nil
			}
			if !done[i] && (best < 0 || next[i][0] < next[best][0]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		loc := next[best]
		out = append(out, ageMatchAt(alts[best].re, s, loc))
		// Every age phrase holds a number, so no match is empty.
		pos = max(loc[1], loc[0]+1)
	}
	return out
}

// matchesAny reports whether any pattern of alts matches s, as the
// patterns joined by | would.
func (alts alternation) matchesAny(s string) bool {
	for _, alt := range alts {
		if alt.find(s, 0) != nil {
			return true
		}
	}
	return false
}
