package eligibility

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a run of letters and digits in a text. Names are matched token by
// token, so that "B-ALL", "B ALL" and "B–ALL" read alike.
type token struct {
	start, end int
	lower      string
}

// tokenize splits a text into its runs of letters and digits.
func tokenize(text string) []token {
	var out []token
	start := -1
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		word := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, token{start: start, end: i, lower: spelling(strings.ToLower(text[start:i]))})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, token{start: start, end: len(text), lower: spelling(strings.ToLower(text[start:]))})
	}
	return out
}

// spellings are the variants of a word that records write, each to the
// one the vocabularies use.
var spellings = map[string]string{
	"hematopoetic": "hematopoietic", "haematopoetic": "hematopoietic", "haematopoietic": "hematopoietic",
	"hemopoietic": "hematopoietic", "haemopoietic": "hematopoietic", "hematopoeitic": "hematopoietic",
	"extramedullar": "extramedullary",
}

// spelling returns the spelling the vocabularies use for a lower-case
// word.
func spelling(w string) string {
	if s, ok := spellings[w]; ok {
		return s
	}
	return w
}

// nameIndex finds names in token sequences: a trie keyed by lower-case
// tokens.
type nameIndex struct{ root *nameNode }

type nameNode struct {
	next map[string]*nameNode
	// id is the entry of a name matched in any case, or -1.
	id int
	// exact are the names matched only in their own case, by their tokens
	// as written.
	exact []exactName
}

type exactName struct {
	tokens []string
	id     int
}

func newNameIndex() *nameIndex { return &nameIndex{root: &nameNode{id: -1}} }

// exactCase reports whether a name is matched only as written: one marked
// with "=", or a short name in capitals with no digit ("ALL", "AML", "NB"),
// which in lower case is an ordinary word.
func exactCase(name string) (string, bool) {
	if rest, ok := strings.CutPrefix(name, "="); ok {
		return rest, true
	}
	letters := 0
	for _, r := range name {
		switch {
		case unicode.IsLower(r) || unicode.IsDigit(r):
			return name, false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return name, letters > 0 && letters <= 5
}

// add files a name under entry id.
func (ix *nameIndex) add(name string, id int) error {
	name, exact := exactCase(name)
	toks := tokenize(name)
	if len(toks) == 0 {
		return fmt.Errorf("the name %q has no letter or digit", name)
	}
	node := ix.root
	for _, t := range toks {
		if node.next == nil {
			node.next = map[string]*nameNode{}
		}
		child, ok := node.next[t.lower]
		if !ok {
			child = &nameNode{id: -1}
			node.next[t.lower] = child
		}
		node = child
	}
	if !exact {
		if node.id >= 0 && node.id != id {
			return fmt.Errorf("the name %q is taken", name)
		}
		node.id = id
		return nil
	}
	written := make([]string, len(toks))
	for i, t := range toks {
		written[i] = name[t.start:t.end]
	}
	for _, e := range node.exact {
		if strings.Join(e.tokens, " ") == strings.Join(written, " ") && e.id != id {
			return fmt.Errorf("the name %q is taken", name)
		}
	}
	node.exact = append(node.exact, exactName{tokens: written, id: id})
	return nil
}

// conflict returns the entry that already holds a name, for a message.
func (ix *nameIndex) conflict(name string) int {
	name, _ = exactCase(name)
	node := ix.root
	for _, t := range tokenize(name) {
		if node = node.next[t.lower]; node == nil {
			return 0
		}
	}
	if node.id >= 0 {
		return node.id
	}
	if len(node.exact) > 0 {
		return node.exact[0].id
	}
	return 0
}

// lookup finds the entry a whole name means, case ignored.
func (ix *nameIndex) lookup(name string) (int, bool) {
	toks := tokenize(name)
	if len(toks) == 0 {
		return -1, false
	}
	node := ix.root
	for _, t := range toks {
		if node = node.next[t.lower]; node == nil {
			return -1, false
		}
	}
	switch {
	case node.id >= 0:
		return node.id, true
	case len(node.exact) > 0:
		return node.exact[0].id, true
	}
	return -1, false
}

// nameMatch is a name found in a text: its entry and the tokens it spans.
type nameMatch struct {
	id       int
	from, to int // token indexes, to exclusive
}

// find returns the names in a text's tokens, each the longest that starts
// where the previous one ended, left to right.
func (ix *nameIndex) find(text string, toks []token) []nameMatch {
	var out []nameMatch
	for i := 0; i < len(toks); {
		id, end := ix.longestAt(text, toks, i)
		if id < 0 || gluedToNumber(text, toks[end-1].end) {
			// "CLL" in "CLL-1" is no name of its own.
			i++
			continue
		}
		out = append(out, nameMatch{id: id, from: i, to: end})
		i = end
	}
	return out
}

// longestAt returns the entry of the longest name that starts at token i,
// and the token after it; -1 when none does.
func (ix *nameIndex) longestAt(text string, toks []token, i int) (id, end int) {
	id, end = -1, i
	node := ix.root
	for j := i; j < len(toks); j++ {
		if node = node.next[toks[j].lower]; node == nil {
			break
		}
		if node.id >= 0 {
			id, end = node.id, j+1
			continue
		}
		for _, e := range node.exact {
			if writtenAs(text, toks[i:j+1], e.tokens) {
				id, end = e.id, j+1
				break
			}
		}
	}
	return id, end
}

// gluedToNumber reports whether a hyphen and a digit follow byte at: the
// name there is part of a longer word ("CLL-1", "IL-2").
func gluedToNumber(text string, at int) bool {
	return at+1 < len(text) && text[at] == '-' && text[at+1] >= '0' && text[at+1] <= '9'
}

// writtenAs reports whether tokens are written exactly as a name's.
func writtenAs(text string, toks []token, written []string) bool {
	for k, t := range toks {
		if text[t.start:t.end] != written[k] {
			return false
		}
	}
	return true
}
