package eligibility

import (
	"fmt"
	"slices"
	"strings"
)

// vocabulary is one data file read into lookup form: its entries, each with
// its parents and names, the ancestry between them, and a name index that
// finds the entries a text names.
type vocabulary struct {
	file    string
	entries []vocabEntry
	byKey   map[string]int
	names   *nameIndex
	// ancestors[i] holds entry i and every entry above it.
	ancestors []bitset
	// descendants[i] holds entry i and every entry below it.
	descendants []bitset
}

// vocabEntry is one line of a vocabulary file.
type vocabEntry struct {
	Key     string
	Parents []string
	// Attrs holds the columns other than key, parents and names.
	Attrs map[string]string
	Names []string
}

// bitset is a set of entry numbers.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b bitset) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

// intersects reports whether b and o share an entry.
func (b bitset) intersects(o bitset) bool {
	for i := range b {
		if b[i]&o[i] != 0 {
			return true
		}
	}
	return false
}

// parseVocabulary reads a vocabulary file: a header line naming the
// columns, tab-separated, then one entry a line. The columns "key" and
// "names" are required; "parents" is optional. Names and parents are
// separated by "|", and a name may hold "{a,b}" choices, which expand into
// one name each. A name written "=Ph" is matched only in that exact case.
// Every parent must be an entry of the file, and no two entries may share a
// name.
func parseVocabulary(file, data string) (*vocabulary, error) {
	lines := strings.Split(strings.TrimRight(data, "\n"), "\n")
	header := strings.Split(lines[0], "\t")
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	keyCol, okKey := col["key"]
	namesCol, okNames := col["names"]
	if !okKey || !okNames {
		return nil, fmt.Errorf("%s: the header line must name the columns key and names", file)
	}
	v := &vocabulary{file: file, byKey: map[string]int{}, names: newNameIndex()}
	for n, line := range lines[1:] {
		cells := strings.Split(line, "\t")
		if len(cells) != len(header) {
			return nil, fmt.Errorf("%s line %d: %d columns, the header names %d", file, n+2, len(cells), len(header))
		}
		e := vocabEntry{Key: strings.TrimSpace(cells[keyCol]), Attrs: map[string]string{}}
		if e.Key == "" {
			return nil, fmt.Errorf("%s line %d: the key is empty", file, n+2)
		}
		if _, dup := v.byKey[e.Key]; dup {
			return nil, fmt.Errorf("%s line %d: the key %q is listed twice", file, n+2, e.Key)
		}
		for name, i := range col {
			switch name {
			case "key", "names":
			case "parents":
				e.Parents = splitBar(cells[i])
			default:
				e.Attrs[name] = strings.TrimSpace(cells[i])
			}
		}
		names, err := expandNames(cells[namesCol])
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", file, n+2, err)
		}
		e.Names = append([]string{e.Key}, names...)
		v.byKey[e.Key] = len(v.entries)
		v.entries = append(v.entries, e)
	}
	for id, e := range v.entries {
		for _, name := range e.Names {
			if err := v.names.add(name, id); err != nil {
				return nil, fmt.Errorf("%s, entry %q: %w (already a name of %q)", file, e.Key, err, v.entries[v.names.conflict(name)].Key)
			}
		}
	}
	if err := v.link(); err != nil {
		return nil, err
	}
	return v, nil
}

// link checks every parent and works out the ancestry.
func (v *vocabulary) link() error {
	n := len(v.entries)
	parents := make([][]int, n)
	for id, e := range v.entries {
		for _, p := range e.Parents {
			pid, ok := v.byKey[p]
			if !ok {
				return fmt.Errorf("%s: the parent %q of %q is not an entry", v.file, p, e.Key)
			}
			parents[id] = append(parents[id], pid)
		}
	}
	v.ancestors = make([]bitset, n)
	var visit func(id int, path []int) (bitset, error)
	visit = func(id int, path []int) (bitset, error) {
		if v.ancestors[id] != nil {
			return v.ancestors[id], nil
		}
		if slices.Contains(path, id) {
			return nil, fmt.Errorf("%s: %q is its own ancestor", v.file, v.entries[id].Key)
		}
		set := newBitset(n)
		set.set(id)
		for _, p := range parents[id] {
			up, err := visit(p, append(path, id))
			if err != nil {
				return nil, err
			}
			for i := range set {
				set[i] |= up[i]
			}
		}
		v.ancestors[id] = set
		return set, nil
	}
	for id := range v.entries {
		if _, err := visit(id, nil); err != nil {
			return err
		}
	}
	v.descendants = make([]bitset, n)
	for id := range v.entries {
		v.descendants[id] = newBitset(n)
	}
	for id := range v.entries {
		for a := range v.entries {
			if v.ancestors[id].has(a) {
				v.descendants[a].set(id)
			}
		}
	}
	return nil
}

// splitBar splits "a|b" into trimmed, non-empty parts.
func splitBar(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// expandNames splits a names cell at "|" and expands each "{a,b}" choice.
func expandNames(cell string) ([]string, error) {
	var out []string
	for _, n := range splitBar(cell) {
		expanded, err := expandBraces(n)
		if err != nil {
			return nil, err
		}
		out = append(out, expanded...)
	}
	return out, nil
}

// expandBraces turns "{a,b} c" into "a c" and "b c".
func expandBraces(name string) ([]string, error) {
	open := strings.IndexByte(name, '{')
	if open < 0 {
		if strings.ContainsRune(name, '}') {
			return nil, fmt.Errorf("the name %q closes a brace it never opened", name)
		}
		return []string{name}, nil
	}
	end := strings.IndexByte(name[open:], '}')
	if end < 0 {
		return nil, fmt.Errorf("the name %q opens a brace it never closes", name)
	}
	end += open
	var out []string
	for _, choice := range strings.Split(name[open+1:end], ",") {
		rest, err := expandBraces(name[:open] + choice + name[end+1:])
		if err != nil {
			return nil, err
		}
		out = append(out, rest...)
	}
	return out, nil
}

// id returns the entry of a key, or -1.
func (v *vocabulary) id(key string) int {
	if id, ok := v.byKey[key]; ok {
		return id
	}
	return -1
}

// isA reports whether entry id is entry ancestor or falls under it.
func (v *vocabulary) isA(id, ancestor int) bool { return v.ancestors[id].has(ancestor) }

// overlaps reports whether some entry falls under both a and b.
func (v *vocabulary) overlaps(a, b int) bool { return v.descendants[a].intersects(v.descendants[b]) }

// lookup finds the entry a whole name means, case ignored: "b-all" and
// "B cell ALL" both give B-ALL.
func (v *vocabulary) lookup(name string) (int, bool) {
	return v.names.lookup(name)
}

// attr returns an entry's value in a column, or "" for "-" and empty cells.
func (v *vocabulary) attr(id int, column string) string {
	a := v.entries[id].Attrs[column]
	if a == "-" {
		return ""
	}
	return a
}

// key returns an entry's key.
func (v *vocabulary) key(id int) string { return v.entries[id].Key }
