package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// DetailPanel shows one value in full: its text, the snippet it was read
// from, and any warning about it.
type DetailPanel struct {
	Scroll *container.Scroll

	heading, value, sourceTitle, source, warnings *widget.Label
}

// NewDetailPanel returns a panel that invites a click.
func NewDetailPanel() *DetailPanel {
	label := func(style fyne.TextStyle, importance widget.Importance) *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		l.TextStyle = style
		l.Importance = importance
		return l
	}
	d := &DetailPanel{
		heading:     label(fyne.TextStyle{Bold: true}, widget.MediumImportance),
		value:       label(fyne.TextStyle{}, widget.MediumImportance),
		sourceTitle: label(fyne.TextStyle{Bold: true}, widget.MediumImportance),
		source:      label(fyne.TextStyle{Monospace: true}, widget.MediumImportance),
		warnings:    label(fyne.TextStyle{}, widget.WarningImportance),
	}
	d.sourceTitle.SetText("Read from")
	d.Scroll = container.NewVScroll(container.NewVBox(d.heading, d.value, d.sourceTitle, d.source, d.warnings))
	d.Clear()
	return d
}

// Clear shows the hint.
func (d *DetailPanel) Clear() {
	d.heading.SetText("Click a value to see it in full, with the line it was read from.")
	for _, l := range []*widget.Label{d.value, d.sourceTitle, d.source, d.warnings} {
		l.Hide()
	}
}

// Show shows a value: heading (field and trial), the full text, where it
// was read from and the warnings about it.
func (d *DetailPanel) Show(heading, text, source string, warnings []string) {
	if source == "" {
		source = "The document does not state this value."
	}
	d.heading.SetText(heading)
	d.value.SetText(text)
	d.source.SetText(source)
	d.warnings.SetText(strings.TrimSpace("Warning: " + strings.Join(warnings, "\nWarning: ")))
	for _, l := range []*widget.Label{d.value, d.sourceTitle, d.source} {
		l.Show()
	}
	d.warnings.Hidden = len(warnings) == 0
	d.warnings.Refresh()
	d.Scroll.ScrollToTop()
}
