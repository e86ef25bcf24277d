package export

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Row heights are computed here from the text and the column width, never
// left to Excel's auto-fit: Excel does not refit rows on opening, and
// LibreOffice and printers keep the stored height. The estimate follows
// Calibri 11 (Excel's default font; Carlito in LibreOffice has the same
// metrics) and errs on the generous side.
const (
	// maxRowHeight is Excel's row height limit, in points.
	maxRowHeight = 409
	// cellLineHeight is the height of a wrapped line of 11 pt text, in points.
	cellLineHeight = 15
	// rowPadding is added once per row, in points.
	rowPadding = 3
	// maxRowLines is how many wrapped lines fit under maxRowHeight.
	maxRowLines = (maxRowHeight - rowPadding) / cellLineHeight
	// digitEm is the width of a digit in Calibri, in em: a column width of
	// one unit is one digit.
	digitEm = 0.507
	// cellMarginDigits is the space a cell keeps free left and right of its
	// text, in digit widths.
	cellMarginDigits = 1
	// generosity widens every measured line, so that a renderer whose
	// metrics differ slightly still fits the text.
	generosity = 1.08
	// boldWidening is how much wider bold text runs.
	boldWidening = 1.06
)

// calibriASCII holds the advance widths of Calibri's printable ASCII
// characters, in em, from space (0x20) to tilde (0x7E).
var calibriASCII = [95]float64{
	0.226, 0.326, 0.401, 0.498, 0.507, 0.715, 0.682, 0.221, 0.303, 0.303, 0.498, 0.498, 0.250, 0.306, 0.252, 0.386,
	0.507, 0.507, 0.507, 0.507, 0.507, 0.507, 0.507, 0.507, 0.507, 0.507, 0.268, 0.268, 0.498, 0.498, 0.498, 0.463,
	0.894, 0.579, 0.544, 0.533, 0.615, 0.488, 0.459, 0.631, 0.623, 0.252, 0.319, 0.520, 0.420, 0.855, 0.646, 0.662,
	0.517, 0.673, 0.543, 0.459, 0.487, 0.642, 0.567, 0.890, 0.519, 0.487, 0.468, 0.307, 0.386, 0.307, 0.498, 0.498,
	0.291, 0.479, 0.525, 0.423, 0.525, 0.498, 0.305, 0.471, 0.525, 0.229, 0.239, 0.455, 0.229, 0.799, 0.525, 0.527,
	0.525, 0.525, 0.349, 0.391, 0.335, 0.525, 0.452, 0.715, 0.433, 0.453, 0.395, 0.314, 0.460, 0.314, 0.498,
}

// runeWidth estimates a character's width in Calibri, in em.
func runeWidth(r rune) float64 {
	switch {
	case r >= 0x20 && r <= 0x7E:
		return calibriASCII[r-0x20]
	case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return 1
	case unicode.IsUpper(r):
		return 0.65
	case unicode.IsSpace(r):
		return 0.226
	}
	return 0.55
}

// measure estimates wrapped lines for a column of a given width.
type measure struct {
	// capacity is how much text fits on one line, in em.
	capacity float64
	// widen scales every measured width.
	widen float64
}

// newMeasure prepares the measure of a column width in Excel's units (the
// width of a digit), for bold text or not.
func newMeasure(columnWidth float64, bold bool) measure {
	m := measure{capacity: math.Max(columnWidth-cellMarginDigits, 1) * digitEm, widen: generosity}
	if bold {
		m.widen *= boldWidening
	}
	return m
}

// wrapState is where wrapping stands: the lines begun so far and how much
// of the last one is used, in em.
type wrapState struct {
	lines int
	used  float64
}

// start is the state before the first word.
var start = wrapState{lines: 1}

// word places a word of width w (in em, measured) after s: on the same line
// after a space when it fits, else on the next; a word longer than a line
// is broken where it must.
func (m measure) word(s wrapState, w float64) wrapState {
	switch {
	case s.used == 0:
		s.used = w
	case s.used+runeWidth(' ')*m.widen+w <= m.capacity:
		s.used += runeWidth(' ')*m.widen + w
		return s
	default:
		s.lines++
		s.used = w
	}
	for s.used > m.capacity {
		s.lines++
		s.used -= m.capacity
	}
	return s
}

// newline starts a new paragraph.
func (s wrapState) newline() wrapState { return wrapState{lines: s.lines + 1} }

// scan feeds text to the wrap state word by word, calling step after each
// word with the byte offset where the word ends; scan stops when step
// returns false.
func (m measure) scan(s wrapState, text string, step func(s wrapState, end int) bool) wrapState {
	wordStart, width := -1, 0.0
	for i, r := range text {
		if r == ' ' || r == '\n' || (r > 0x7E || r < 0x21) && unicode.IsSpace(r) {
			if wordStart >= 0 {
				s = m.word(s, width*m.widen)
				if !step(s, i) {
					return s
				}
				wordStart, width = -1, 0
			}
			if r == '\n' {
				s = s.newline()
			}
			continue
		}
		if wordStart < 0 {
			wordStart = i
		}
		width += runeWidth(r)
	}
	if wordStart >= 0 {
		s = m.word(s, width*m.widen)
		step(s, len(text))
	}
	return s
}

// lines estimates how many lines text wraps to, breaking at spaces as a
// spreadsheet does.
func (m measure) lines(text string) int {
	return m.scan(start, text, func(wrapState, int) bool { return true }).lines
}

// rowHeight is the height in points that shows lines of text.
func rowHeight(lines int) float64 {
	return math.Min(float64(max(lines, 1))*cellLineHeight+rowPadding, maxRowHeight)
}

// fit shortens text that needs more than maxLines lines: it keeps as many
// whole words as fit with "… " and the pointer to the full text after them.
// It returns the text and the lines it takes.
func (m measure) fit(text string, maxLines int, pointer string) (string, int) {
	if n := m.lines(text); n <= maxLines {
		return text, n
	}
	tail := "… " + pointer
	out := strings.TrimSpace(text[:m.cutFor(text, maxLines, tail)] + " " + tail)
	return out, m.lines(out)
}

// cutFor finds where to cut text so that what is kept and the tail after it
// take at most maxLines lines: after the last whole word that fits, or
// inside the first word when not even it fits. It returns a byte offset.
// The text is measured once: the tail is tried after each word's end as the
// words are placed.
func (m measure) cutFor(text string, maxLines int, tail string) int {
	withTail := func(s wrapState) int {
		return m.scan(s, tail, func(wrapState, int) bool { return true }).lines
	}
	// placing the tail after a word adds at most its own lines and one
	// more: it is only tried once the text comes that close to the limit
	tailLines := m.lines(tail)
	cut := 0
	m.scan(start, text, func(s wrapState, end int) bool {
		near := s.lines+tailLines >= maxLines
		if s.lines > maxLines || near && withTail(s) > maxLines {
			return false
		}
		cut = end
		return true
	})
	if cut > 0 {
		return cut
	}
	return m.cutInWord(text, maxLines, tail)
}

// cutInWord finds how much of text's first word fits with the tail, for a
// word too long for the room.
func (m measure) cutInWord(text string, maxLines int, tail string) int {
	lead := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	ends := []int{lead}
	for i := range text[lead:] {
		if i > 0 {
			ends = append(ends, lead+i)
		}
	}
	lo, hi := 0, len(ends)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if m.lines(text[:ends[mid]]+" "+tail) <= maxLines {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return ends[lo]
}

// The marks that join the parts of a text split across rows.
const (
	continuesBelow = "… (continues below)"
	continuedFrom  = "(continued) "
)

// split cuts text that needs more than maxLines lines into parts that each
// fit: every part but the last ends "… (continues below)", every part but
// the first starts "(continued) ". Text that fits is one part.
func (m measure) split(text string, maxLines int) []string {
	var parts []string
	rest := text
	for {
		prefix := ""
		if len(parts) > 0 {
			prefix = continuedFrom
		}
		body := prefix + rest
		if m.lines(body) <= maxLines {
			return append(parts, body)
		}
		// keep at least one character of the text itself
		_, first := utf8.DecodeRuneInString(rest)
		cut := max(m.cutFor(body, maxLines, continuesBelow), len(prefix)+first)
		next := strings.TrimLeftFunc(body[cut:], unicode.IsSpace)
		if strings.TrimSpace(next) == "" {
			// only blank lines overflowed
			return append(parts, strings.TrimSpace(body[:cut]))
		}
		parts = append(parts, strings.TrimSpace(body[:cut])+" "+continuesBelow)
		rest = next
	}
}

// cellText keeps text within Excel's cell limit of 32,767 UTF-16 units,
// with a visible marker where it is cut.
func cellText(s string) string {
	if len(s) <= maxCellChars || utf16Len(s) <= maxCellChars {
		return s
	}
	keep, used := 0, utf16Len(cutMarker)
	for i, r := range s {
		n := 1
		if r > 0xFFFF {
			n = 2
		}
		if used+n > maxCellChars {
			keep = i
			break
		}
		used += n
	}
	return s[:keep] + cutMarker
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}
