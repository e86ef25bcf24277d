package model

import "regexp"

// alternation is a list of patterns searched as if joined by |, each
// compiled on its own: a small pattern runs on the backtracking matcher,
// while the joined one is too large for it and runs on the slower one. No
// pattern may begin with an assertion such as \b, because each is searched
// from where the last match ended, on the rest of the text.
type alternation []*regexp.Regexp

func compileAlternation(patterns ...string) alternation {
	out := make(alternation, 0, len(patterns))
	for _, p := range patterns {
		out = append(out, regexp.MustCompile(p))
	}
	return out
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
		for i, re := range alts {
			if !done[i] && (next[i] == nil || next[i][0] < pos) {
				next[i] = re.FindStringSubmatchIndex(s[pos:])
				if next[i] == nil {
					done[i] = true
					continue
				}
				for k := range next[i] {
					if next[i][k] >= 0 {
						next[i][k] += pos
					}
				}
			}
			if !done[i] && (best < 0 || next[i][0] < next[best][0]) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		loc := next[best]
		out = append(out, ageMatchAt(alts[best], s, loc))
		// Every age phrase holds a number, so no match is empty.
		pos = max(loc[1], loc[0]+1)
	}
	return out
}
