package export

import (
	"strings"

	"github.com/trialcompare/trialcompare/compare"

	"github.com/jung-kurt/gofpdf"
)

// rgb is a colour on the sheet.
type rgb struct{ r, g, b int }

// The sheet's colours.
var (
	ink          = rgb{33, 37, 41}
	muted        = rgb{110, 110, 110}
	accent       = rgb{31, 95, 168}
	white        = rgb{255, 255, 255}
	warningInk   = rgb{150, 60, 0}
	excludedInk  = rgb{170, 20, 20}
	differsFill  = rgb{255, 244, 204}
	labelFill    = rgb{236, 240, 245}
	headingFill  = rgb{226, 235, 246}
	excludedFill = rgb{248, 218, 216}
	possibleFill = rgb{228, 231, 236}
	ruleInk      = rgb{205, 205, 205}
	barFill      = rgb{31, 95, 168}
	unstatedBar  = rgb{190, 190, 190}
)

// style is how a run of text prints.
type style struct {
	bold, italic bool
	size         float64 // points
	color        rgb
}

func (s style) fontStyle() string {
	switch {
	case s.bold && s.italic:
		return "BI"
	case s.bold:
		return "B"
	case s.italic:
		return "I"
	}
	return ""
}

// mm is the style's font size in millimetres.
func (s style) mm() float64 { return s.size * 25.4 / 72 }

// lineHeight is the height of one line set in the style.
func (s style) lineHeight() float64 { return s.mm() * 1.25 }

// span is a run of text on a line, x from the line's left edge.
type span struct {
	x    float64
	text string
	st   style
}

// line is one line of a column: its height, its text, and optionally a
// band of colour behind it.
type line struct {
	h     float64
	spans []span
	band  *rgb
}

// text joins the line's text, for tests and page references.
func (l line) text() string {
	parts := make([]string, 0, len(l.spans))
	for _, s := range l.spans {
		parts = append(parts, s.text)
	}
	return strings.Join(parts, " ")
}

// measurer sets text: it measures and wraps with the sheet's fonts.
type measurer struct{ pdf *gofpdf.Fpdf }

func (m measurer) use(st style) { m.pdf.SetFont(fontFamily, st.fontStyle(), st.size) }

// width is the width of text in a style, in millimetres.
func (m measurer) width(text string, st style) float64 {
	if needsOtherFonts(text) {
		return mixedWidth(m.pdf, text, st)
	}
	m.use(st)
	return m.pdf.GetStringWidth(text)
}

// wrap breaks text into lines no wider than width, keeping its line
// breaks; an empty text gives no lines.
func (m measurer) wrap(text string, st style, width float64) []string {
	m.use(st)
	var out []string
	for _, para := range strings.Split(text, "\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		if needsOtherFonts(para) {
			out = append(out, wrapMixed(m.pdf, para, st, width)...)
			m.use(st)
			continue
		}
		if m.pdf.GetStringWidth(para) <= width {
			out = append(out, para)
			continue
		}
		for _, l := range m.pdf.SplitText(para, width) {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}

// fit shortens text to width with an ending such as "… see p. 4".
func (m measurer) fit(text, ending string, st style, width float64) string {
	room := width - m.width(ending, st)
	runes := []rune(strings.TrimSpace(text))
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if m.width(string(runes[:mid]), st) <= room {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	cut := strings.TrimRight(string(runes[:lo]), " ,;:.")
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*2/3 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + ending
}

// textLines sets text as lines of a style, indented by x. A line that
// reads from the right (its first letter Hebrew or Arabic) is set against
// the column's right edge.
func (m measurer) textLines(text string, st style, x, width float64) []line {
	var out []line
	for _, l := range m.wrap(text, st, width-x) {
		out = append(out, line{h: st.lineHeight(), spans: []span{{x: m.lineStart(l, st, x, width), text: l, st: st}}})
	}
	return out
}

// lineStart is where a line of a column that begins at x and ends at width
// starts: at x, or against the right edge for a line that reads from the
// right.
func (m measurer) lineStart(l string, st style, x, width float64) float64 {
	if readsRightToLeft(l) {
		return max(x, width-m.width(l, st))
	}
	return x
}

// hanging sets a label (a number, a field name) at x and its text wrapped
// beside it from indent. A label wider than the indent gets a line of its
// own, so that it is never overprinted.
func (m measurer) hanging(label string, lst style, text string, st style, indent, width float64) []line {
	lines := m.textLines(text, st, indent, width)
	if m.width(label, lst) > indent-1 {
		return append(m.textLines(label, lst, 0, width), lines...)
	}
	if len(lines) == 0 {
		lines = []line{{h: st.lineHeight()}}
	}
	lines[0].spans = append([]span{{x: 0, text: label, st: lst}}, lines[0].spans...)
	return lines
}

// targetColor is a target's colour in the app.
func targetColor(target string) rgb {
	c := compare.TargetColor(target)
	return rgb{int(c.R), int(c.G), int(c.B)}
}
