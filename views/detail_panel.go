package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DetailPanel shows one value in full: its text, the snippet it was read
// from, and any warning about it. Its close button collapses it.
type DetailPanel struct {
	// Content is the panel with its close button.
	Content fyne.CanvasObject
	Scroll  *container.Scroll
	Close   *widget.Button

	heading, value, sourceTitle, source *widget.Label
	warnings                            *fyne.Container

	// OnClose is called when the close button is tapped.
	OnClose func()
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
		warnings:    container.NewVBox(),
	}
	d.sourceTitle.SetText("Read from")
	d.Scroll = container.NewVScroll(container.NewVBox(d.heading, d.value, d.sourceTitle, d.source, d.warnings))
	d.Close = widget.NewButtonWithIcon("", theme.CancelIcon(), func() {
		if d.OnClose != nil {
			d.OnClose()
		}
	})
	d.Close.Importance = widget.LowImportance
	d.Content = container.NewBorder(nil, nil, nil, container.NewVBox(d.Close), d.Scroll)
	d.Clear()
	return d
}

// Clear shows the hint.
func (d *DetailPanel) Clear() {
	d.heading.SetText("Click a value to see it in full, with the line it was read from.")
	for _, l := range []*widget.Label{d.value, d.sourceTitle, d.source} {
		l.Hide()
	}
	d.warnings.Hide()
}

// Show shows a value: heading (field and trial), the full text, where it
// was read from and the warnings about it, each on its own line.
func (d *DetailPanel) Show(heading, text, source string, warnings []string) {
	if source == "" {
		source = "The document does not state this value."
	}
	d.heading.SetText(heading)
	d.value.SetText(text)
	d.source.SetText(source)
	d.warnings.Objects = warningLines(warnings)
	for _, l := range []*widget.Label{d.value, d.sourceTitle, d.source} {
		l.Show()
	}
	d.warnings.Hidden = len(warnings) == 0
	d.warnings.Refresh()
	d.Scroll.ScrollToTop()
}
