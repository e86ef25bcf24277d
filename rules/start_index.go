package rules

import (
	"strings"
	"unicode/utf8"
)

// startIndex finds, in one pass over a text, which of a fixed list of texts
// occur in it: an Aho–Corasick automaton over bytes, built once from the
// phrases' starts. It answers what strings.Contains would for each text,
// and costs one table step a byte however many texts it holds.
type startIndex struct {
	texts []string
	// class maps a byte to its column in next; bytes that occur in no text
	// share column 0. foldClass maps an ASCII capital letter as class maps
	// its small letter, when every text is ASCII without capitals
	// (caseless); see findFold.
	class, foldClass [256]uint8
	caseless         bool
	columns          int
	// next is the automaton's move from each state on each column:
	// next[state*columns+column].
	next []int32
	// found[foundFrom[state]:foundFrom[state+1]] are the texts that end
	// where the automaton is in state.
	foundFrom []int32
	found     []int32
	// empty are the texts that are "": every text holds them.
	empty []int
}

// newStartIndex builds the automaton for texts.
func newStartIndex(texts []string) *startIndex {
	ix := &startIndex{texts: texts, columns: 1, caseless: true}
	for _, t := range texts {
		for i := 0; i < len(t); i++ {
			if ix.class[t[i]] == 0 {
				ix.class[t[i]] = uint8(ix.columns)
				ix.columns++
			}
			ix.caseless = ix.caseless && t[i] < utf8.RuneSelf && !('A' <= t[i] && t[i] <= 'Z')
		}
	}
	ix.foldClass = ix.class
	for c := 'A'; c <= 'Z'; c++ {
		ix.foldClass[c] = ix.class[c+'a'-'A']
	}
	// The trie: child[state*columns+column] is 0 where there is none.
	child := make([]int32, ix.columns)
	ends := [][]int32{nil}
	for id, t := range texts {
		if t == "" {
			ix.empty = append(ix.empty, id)
			continue
		}
		state := int32(0)
		for i := 0; i < len(t); i++ {
			at := int(state)*ix.columns + int(ix.class[t[i]])
			if child[at] == 0 {
				child[at] = int32(len(ends))
				child = append(child, make([]int32, ix.columns)...)
				ends = append(ends, nil)
			}
			state = child[at]
		}
		ends[state] = append(ends[state], int32(id))
	}
	// Breadth first, each state's moves are its children, or else its
	// fallback's moves; a state ends the texts its fallback ends too.
	states := len(ends)
	ix.next = make([]int32, states*ix.columns)
	fallback := make([]int32, states)
	queue := make([]int32, 0, states)
	for c := 1; c < ix.columns; c++ {
		if s := child[c]; s != 0 {
			ix.next[c] = s
			queue = append(queue, s)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		ends[s] = append(ends[s], ends[fallback[s]]...)
		for c := 1; c < ix.columns; c++ {
			at := int(s)*ix.columns + c
			if t := child[at]; t != 0 {
				fallback[t] = ix.next[int(fallback[s])*ix.columns+c]
				ix.next[at] = t
				queue = append(queue, t)
			} else {
				ix.next[at] = ix.next[int(fallback[s])*ix.columns+c]
			}
		}
	}
	ix.foundFrom = make([]int32, states+1)
	for s, e := range ends {
		ix.found = append(ix.found, e...)
		ix.foundFrom[s+1] = int32(len(ix.found))
	}
	return ix
}

// startSet holds which texts of a startIndex occur, one bit a text.
type startSet []uint64

// has reports whether text id occurs.
func (s startSet) has(id int) bool { return s[id/64]&(1<<(id%64)) != 0 }

// any reports whether any text occurs.
func (s startSet) any() bool {
	for _, w := range s {
		if w != 0 {
			return true
		}
	}
	return false
}

// hasAny reports whether any of the texts ids occurs.
func (s startSet) hasAny(ids []int) bool {
	for _, id := range ids {
		if s.has(id) {
			return true
		}
	}
	return false
}

// find returns the texts that occur in text.
func (ix *startIndex) find(text string) startSet { return ix.findWith(text, &ix.class) }

// findFold returns the texts that occur in strings.ToLower(text), without
// lower-casing it when it can: with texts that are ASCII and small letters,
// only the ASCII letters of text matter, and those lower-casing keeps in
// place, unless a rune lower-cases into one (foldsIntoASCII).
func (ix *startIndex) findFold(text string) startSet {
	if !ix.caseless || foldsIntoASCII(text) {
		return ix.find(strings.ToLower(text))
	}
	return ix.findWith(text, &ix.foldClass)
}

// findWith returns the texts that occur in text, its bytes read through
// class.
func (ix *startIndex) findWith(text string, class *[256]uint8) startSet {
	set := make(startSet, (len(ix.texts)+63)/64)
	for _, id := range ix.empty {
		set[id/64] |= 1 << (id % 64)
	}
	state, columns := int32(0), ix.columns
	for i := 0; i < len(text); i++ {
		state = ix.next[int(state)*columns+int(class[text[i]])]
		for _, id := range ix.found[ix.foundFrom[state]:ix.foundFrom[state+1]] {
			set[id/64] |= 1 << (id % 64)
		}
	}
	return set
}

// endsFold returns where each occurrence of a text ends in text, case
// ignored, one byte past it; ok is false when the index cannot ignore case
// without lower-casing text, which may move its bytes.
func (ix *startIndex) endsFold(text string) (ends []int, ok bool) {
	if !ix.caseless || foldsIntoASCII(text) {
		return nil, false
	}
	state, columns := int32(0), ix.columns
	for i := 0; i < len(text); i++ {
		state = ix.next[int(state)*columns+int(ix.foldClass[text[i]])]
		if ix.foundFrom[state] != ix.foundFrom[state+1] {
			ends = append(ends, i+1)
		}
	}
	return ends, true
}
