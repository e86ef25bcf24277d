package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DetailPanel shows one value in full: its text, the snippet it was read
// from, and any warning about it.
type DetailPanel struct {
	Text   *widget.RichText
	Scroll *container.Scroll
}

// NewDetailPanel returns a panel that invites a click.
func NewDetailPanel() *DetailPanel {
	d := &DetailPanel{Text: widget.NewRichText()}
	d.Text.Wrapping = fyne.TextWrapWord
	d.Scroll = container.NewVScroll(d.Text)
	d.Clear()
	return d
}

// Clear shows the hint.
func (d *DetailPanel) Clear() {
	d.Text.Segments = []widget.RichTextSegment{&widget.TextSegment{
		Text:  "Click a value to see it in full, with the line it was read from.",
		Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Italic: true}},
	}}
	d.Text.Refresh()
}

// Show shows a value: heading (field and trial), the full text, where it
// was read from and the warnings about it.
func (d *DetailPanel) Show(heading, text, source string, warnings []string) {
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: heading, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph},
		&widget.TextSegment{Text: "Read from", Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}},
	}
	if source == "" {
		source = "The document does not state this value."
	}
	segs = append(segs, &widget.TextSegment{Text: source, Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder, TextStyle: fyne.TextStyle{Monospace: true}}})
	for _, w := range warnings {
		segs = append(segs, &widget.TextSegment{Text: "⚠ " + w, Style: widget.RichTextStyle{ColorName: theme.ColorNameWarning}})
	}
	d.Text.Segments = segs
	d.Text.Refresh()
	d.Scroll.ScrollToTop()
}
