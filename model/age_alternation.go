package model

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
// \b, and the bytes its matches begin with, when firstKnown.
type alternative struct {
	re         *regexp.Regexp
	boundary   bool
	first      byteSet
	firstKnown bool
}

func compileAlternation(patterns ...string) alternation {
	out := make(alternation, 0, len(patterns))
	for _, p := range patterns {
		first, known := firstBytes(p)
		out = append(out, alternative{re: regexp.MustCompile(p), boundary: strings.HasPrefix(p, `\b`), first: first, firstKnown: known})
	}
	return out
}

// find returns the leftmost match of a at or after from, with indexes into
// s, or nil. The rest of the text begins at a word boundary for the
// pattern, so a match there after a word character is passed over. The
// search starts at the first byte a match can begin with.
func (a alternative) find(s string, from int) []int {
	for ; from <= len(s); from++ {
		if a.firstKnown {
			for from < len(s) && !a.first.has(s[from]) {
				from++
			}
			if from == len(s) {
				return nil
			}
		}
		loc := a.re.FindStringSubmatchIndex(s[from:])
		if loc == nil {
			return nil
		}
		if a.boundary && loc[0] == 0 && from > 0 && isWordByte(s[from-1]) {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += from
			}
		}
		return loc
	}
	return nil
}

// findAll returns the non-overlapping matches, left to right, exactly as
// the joined pattern's FindAllStringSubmatchIndex finds them: at the
// leftmost place any pattern matches, the first pattern that matches there
// wins. A pattern's next match is searched again only once a chosen match
// has passed its start.
func (alts alternation) findAll(s string) []ageMatch {
	next := make([][]int, len(alts))
	done := make([]bool, len(alts))
	var out []ageMatch
	for pos := 0; pos <= len(s); {
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
