package compare

import "strings"

// DiffOp says whether a run of words was kept, deleted or inserted.
type DiffOp int

// The operations of a word diff.
const (
	DiffSame DiffOp = iota
	DiffDeleted
	DiffInserted
)

// DiffPart is a run of words under one operation, the words joined by
// single spaces.
type DiffPart struct {
	Op   DiffOp
	Text string
}

// maxDiffCells bounds the table of a longest common subsequence: past it,
// the words between the common beginning and end count as all deleted and
// all inserted, so that a hostile text costs no more than this.
const maxDiffCells = 1 << 20

// WordDiff compares two texts word by word (words are separated by any
// white space) and returns the runs of words kept, deleted and inserted, in
// reading order. Where words were replaced, the deleted run comes before
// the inserted one: "within [-12 months-]{+1 year+} of".
func WordDiff(old, new string) []DiffPart {
	a, b := strings.Fields(old), strings.Fields(new)
	var w diffWriter
	prefix := commonPrefix(a, b)
	suffix := commonSuffix(a[prefix:], b[prefix:])
	w.words(DiffSame, a[:prefix])
	midA, midB := a[prefix:len(a)-suffix], b[prefix:len(b)-suffix]
	if len(midA)*len(midB) > maxDiffCells {
		w.words(DiffDeleted, midA)
		w.words(DiffInserted, midB)
	} else {
		walkLCS(midA, midB, &w)
	}
	w.words(DiffSame, a[len(a)-suffix:])
	return w.finish()
}

// FormatWordDiff renders a word diff as text, as git's word diff does:
// deleted words as [-…-], inserted words as {+…+}, a replacement as
// [-12 months-]{+1 year+}.
func FormatWordDiff(parts []DiffPart) string {
	var b strings.Builder
	for i, p := range parts {
		// A replacement reads as one: [-12 months-]{+1 year+}.
		if i > 0 && (p.Op != DiffInserted || parts[i-1].Op != DiffDeleted) {
			b.WriteByte(' ')
		}
		switch p.Op {
		case DiffDeleted:
			b.WriteString("[-" + p.Text + "-]")
		case DiffInserted:
			b.WriteString("{+" + p.Text + "+}")
		default:
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// wordSimilarity is how alike two texts, split into words, are, from 0 to
// 1: twice the words they share in order over the words of both.
func wordSimilarity(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	prefix := commonPrefix(a, b)
	suffix := commonSuffix(a[prefix:], b[prefix:])
	shared := prefix + suffix
	midA, midB := a[prefix:len(a)-suffix], b[prefix:len(b)-suffix]
	if len(midA)*len(midB) <= maxDiffCells {
		shared += lcsLength(midA, midB)
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}

func commonPrefix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b []string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// lcsTable holds, for every i and j, the length of the longest common
// subsequence of a[i:] and b[j:].
func lcsTable(a, b []string) [][]int32 {
	table := make([][]int32, len(a)+1)
	cells := make([]int32, (len(a)+1)*(len(b)+1))
	for i := range table {
		table[i] = cells[i*(len(b)+1) : (i+1)*(len(b)+1)]
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				table[i][j] = table[i+1][j+1] + 1
			} else {
				table[i][j] = max(table[i+1][j], table[i][j+1])
			}
		}
	}
	return table
}

// lcsLength is the length of the longest common subsequence of a and b.
func lcsLength(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	return int(lcsTable(a, b)[0][0])
}

// walkLCS writes the words of a and b as kept, deleted or inserted along a
// longest common subsequence.
func walkLCS(a, b []string, w *diffWriter) {
	table := lcsTable(a, b)
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			w.word(DiffSame, a[i])
			i++
			j++
		case table[i+1][j] >= table[i][j+1]:
			w.word(DiffDeleted, a[i])
			i++
		default:
			w.word(DiffInserted, b[j])
			j++
		}
	}
	w.words(DiffDeleted, a[i:])
	w.words(DiffInserted, b[j:])
}

// diffWriter gathers words into runs. Between two kept runs, every deleted
// word goes into one run and every inserted word into the next.
type diffWriter struct {
	parts             []DiffPart
	deleted, inserted []string
	same              []string
}

func (w *diffWriter) words(op DiffOp, words []string) {
	for _, word := range words {
		w.word(op, word)
	}
}

func (w *diffWriter) word(op DiffOp, word string) {
	switch op {
	case DiffDeleted:
		w.flushSame()
		w.deleted = append(w.deleted, word)
	case DiffInserted:
		w.flushSame()
		w.inserted = append(w.inserted, word)
	default:
		w.flushChanged()
		w.same = append(w.same, word)
	}
}

func (w *diffWriter) flushSame() {
	if len(w.same) > 0 {
		w.parts = append(w.parts, DiffPart{Op: DiffSame, Text: strings.Join(w.same, " ")})
		w.same = w.same[:0]
	}
}

func (w *diffWriter) flushChanged() {
	if len(w.deleted) > 0 {
		w.parts = append(w.parts, DiffPart{Op: DiffDeleted, Text: strings.Join(w.deleted, " ")})
		w.deleted = w.deleted[:0]
	}
	if len(w.inserted) > 0 {
		w.parts = append(w.parts, DiffPart{Op: DiffInserted, Text: strings.Join(w.inserted, " ")})
		w.inserted = w.inserted[:0]
	}
}

func (w *diffWriter) finish() []DiffPart {
	w.flushChanged()
	w.flushSame()
	return w.parts
}
