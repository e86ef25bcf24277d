package views

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/text/width"
)

// textMetrics holds the average character width and the line height of a
// text style, measured once on sample text.
type textMetrics struct {
	charWidth, lineHeight float32
}

const sampleText = "Participants with relapsed ALL must have CD19+ B-cell blasts ≥ 5% (ANC ≥ 500/μL)."

// measureStyle measures a text style at a text size.
func measureStyle(style fyne.TextStyle, size float32) textMetrics {
	m := fyne.MeasureText(sampleText, size, style)
	return textMetrics{charWidth: m.Width / float32(utf8.RuneCountInString(sampleText)), lineHeight: m.Height}
}

// height estimates the height of word-wrapped text in a given width: it
// wraps words greedily, sizing each by its characters, and errs on the
// tall side so that text is never cut off. It is fast enough for hundreds
// of columns.
func (m textMetrics) height(text string, width float32) float32 {
	return float32(m.lines(text, width))*m.lineHeight + 2*theme.InnerPadding() + theme.LineSpacing()
}

// lines counts the lines of word-wrapped text in a given width.
func (m textMetrics) lines(text string, width float32) int {
	usable := max(width-2*theme.InnerPadding(), m.charWidth*8)
	perLine := int(usable / (m.charWidth * 1.15))
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines += wrappedLines(para, perLine)
	}
	return lines
}

// wrappedLines counts the lines a paragraph takes when words are packed
// into lines of perLine characters; a longer word is broken. A wide
// character (Chinese, Japanese, Korean) counts as two.
func wrappedLines(para string, perLine int) int {
	lines, used := 1, 0
	for _, word := range strings.Fields(para) {
		n := columns(word)
		switch {
		case used == 0:
			used = n
		case used+1+n <= perLine:
			used += 1 + n
		default:
			lines++
			used = n
		}
		for used > perLine {
			lines++
			used -= perLine
		}
	}
	return lines
}

// columns is a word's width in average characters: a wide character of
// Chinese, Japanese or Korean takes two.
func columns(word string) int {
	n := 0
	for _, r := range word {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
