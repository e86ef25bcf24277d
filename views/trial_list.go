package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ListItem is what the trial list shows of one loaded document.
type ListItem struct {
	// Title tells the trial apart in a narrow list: its acronym or the
	// distinctive part of its title.
	Title string
	// Subtitle is the NCT ID and the targets.
	Subtitle string
	// Detail is the full title and the layout, shown when it is selected.
	Detail   string
	Included bool
	// Error is why the document could not be read; it has no trial then.
	Error    string
	Warnings []string
}

// TrialList is the side panel of loaded trials: each with a checkbox that
// takes it into the comparison, a warning or error badge, and buttons to
// move or remove it. The message under the list explains the selected one.
type TrialList struct {
	List    *widget.List
	Message *widget.Label

	items []ListItem

	OnIncludeChanged func(index int, included bool)
	OnMove           func(index, delta int)
	OnRemove         func(index int)
}

// NewTrialList returns an empty list.
func NewTrialList() *TrialList {
	l := &TrialList{Message: widget.NewLabel("")}
	l.Message.Wrapping = fyne.TextWrapWord
	l.List = widget.NewList(func() int { return len(l.items) }, l.newRow, l.updateRow)
	l.List.OnSelected = l.selected
	return l
}

// SetItems shows a new list.
func (l *TrialList) SetItems(items []ListItem) {
	l.items = items
	l.List.UnselectAll()
	l.Message.SetText("")
	l.List.Refresh()
}

// Items returns the items on show.
func (l *TrialList) Items() []ListItem { return l.items }

// trialRow is the template of a row.
type trialRow struct {
	check            *widget.Check
	title            *widget.Label
	subtitle         *widget.RichText
	badge            *widget.Icon
	up, down, remove *widget.Button
}

func (l *TrialList) newRow() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Truncation = fyne.TextTruncateEllipsis
	subtitle := widget.NewRichText()
	subtitle.Truncation = fyne.TextTruncateEllipsis
	buttons := container.NewHBox(
		widget.NewIcon(nil),
		widget.NewButtonWithIcon("", theme.MoveUpIcon(), nil),
		widget.NewButtonWithIcon("", theme.MoveDownIcon(), nil),
		widget.NewButtonWithIcon("", theme.DeleteIcon(), nil),
	)
	return container.NewBorder(nil, nil, widget.NewCheck("", nil), buttons, container.NewVBox(title, subtitle))
}

func rowParts(o fyne.CanvasObject) trialRow {
	border := o.(*fyne.Container)
	texts := border.Objects[0].(*fyne.Container)
	check := border.Objects[1].(*widget.Check)
	buttons := border.Objects[2].(*fyne.Container)
	return trialRow{
		check: check, title: texts.Objects[0].(*widget.Label), subtitle: texts.Objects[1].(*widget.RichText),
		badge: buttons.Objects[0].(*widget.Icon), up: buttons.Objects[1].(*widget.Button),
		down: buttons.Objects[2].(*widget.Button), remove: buttons.Objects[3].(*widget.Button),
	}
}

func (l *TrialList) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(l.items) {
		return
	}
	item := l.items[i]
	row := rowParts(o)
	row.title.SetText(item.Title)
	// Fyne's low importance is the disabled colour, 1.2:1 on white.
	row.subtitle.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: item.Subtitle,
		Style: widget.RichTextStyle{ColorName: ColorNameMuted, Inline: true}}}
	row.subtitle.Refresh()
	row.check.OnChanged = nil
	row.check.SetChecked(item.Included)
	if item.Error != "" {
		row.check.Disable()
	} else {
		row.check.Enable()
	}
	row.check.OnChanged = func(on bool) {
		if l.OnIncludeChanged != nil {
			l.OnIncludeChanged(i, on)
		}
	}
	switch {
	case item.Error != "":
		row.badge.SetResource(theme.NewErrorThemedResource(theme.ErrorIcon()))
	case len(item.Warnings) > 0:
		row.badge.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
	default:
		row.badge.SetResource(nil)
	}
	row.up.OnTapped = func() { l.move(i, -1) }
	row.down.OnTapped = func() { l.move(i, +1) }
	row.remove.OnTapped = func() {
		if l.OnRemove != nil {
			l.OnRemove(i)
		}
	}
}

func (l *TrialList) move(i, delta int) {
	if l.OnMove != nil {
		l.OnMove(i, delta)
	}
}

func (l *TrialList) selected(i widget.ListItemID) {
	if i >= len(l.items) {
		return
	}
	item := l.items[i]
	switch {
	case item.Error != "":
		l.Message.SetText("Could not read: " + item.Error)
	case len(item.Warnings) == 1:
		l.Message.SetText("Warning: " + item.Warnings[0])
	case len(item.Warnings) > 1:
		l.Message.SetText("Warnings:\n• " + strings.Join(item.Warnings, "\n• "))
	default:
		l.Message.SetText(item.Detail + "\n" + item.Subtitle)
	}
}
