package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// BoardTrial is one trial in the board panel: its heading and its note.
type BoardTrial struct {
	Heading string
	Note    string
}

// BoardPanel holds the board's title, date and note, the choice to save
// the patient with it, and a note field per trial in the comparison.
type BoardPanel struct {
	Content     fyne.CanvasObject
	Title, Date *widget.Entry
	Note        *widget.Entry
	SavePatient *widget.Check
	// Notes are the trials' note fields, in the comparison's order.
	Notes []*widget.Entry
	list  *fyne.Container
	// WhatChanged fetches the trials again and lists what changed;
	// Changes holds that list.
	WhatChanged *widget.Button
	Changes     *fyne.Container

	// OnChanged is called when the title, date, note or the patient choice
	// is edited; OnNoteChanged when a trial's note is, with its place.
	OnChanged     func()
	OnNoteChanged func(trial int, text string)
	// OnWhatChanged is called when What Changed is pressed.
	OnWhatChanged func()
	// setting is true while the panel is filled in, so that filling it
	// in is not taken for an edit.
	setting bool
}

// NewBoardPanel returns an empty panel.
func NewBoardPanel() *BoardPanel {
	p := &BoardPanel{Title: widget.NewEntry(), Date: widget.NewEntry(), Note: widget.NewMultiLineEntry(), list: container.NewVBox(), Changes: container.NewVBox()}
	p.Title.SetPlaceHolder("The board's title, such as Tumor board 25 Nov")
	p.Date.SetPlaceHolder("YYYY-MM-DD")
	p.Note.SetPlaceHolder("The board's note, printed under the title")
	p.Note.Wrapping = fyne.TextWrapWord
	p.Note.SetMinRowsVisible(3)
	p.SavePatient = widget.NewCheck("Save the patient with this board", func(bool) { p.changed() })
	for _, e := range []*widget.Entry{p.Title, p.Date, p.Note} {
		e.OnChanged = func(string) { p.changed() }
	}
	form := widget.NewForm(
		widget.NewFormItem("Title", p.Title),
		widget.NewFormItem("Date", p.Date),
		widget.NewFormItem("Board note", p.Note),
		widget.NewFormItem("Patient", p.SavePatient),
	)
	hint := widget.NewLabel("File › Save Board keeps the trials, their order, their notes and each trial's document in one .tcboard file, which opens on a colleague's computer with no other file. The patient is saved only when ticked, and the file then says so.")
	hint.Wrapping = fyne.TextWrapWord
	heading := widget.NewLabelWithStyle("Notes on the trials in the comparison", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.WhatChanged = widget.NewButtonWithIcon("What changed on ClinicalTrials.gov", theme.ViewRefreshIcon(), func() {
		if p.OnWhatChanged != nil {
			p.OnWhatChanged()
		}
	})
	changesHint := widget.NewLabel("Fetches every trial with an NCT ID again and lists what changed since the board was saved; the comparison marks each changed value. Saving the board keeps the records fetched.")
	changesHint.Wrapping = fyne.TextWrapWord
	changes := container.NewVBox(container.NewHBox(p.WhatChanged), changesHint, p.Changes)
	p.Content = container.NewVScroll(container.NewVBox(form, hint, changes, heading, p.list))
	return p
}

// SetChanges lists what changed in each trial; nil clears the list.
func (p *BoardPanel) SetChanges(trials []ChangedTrial) {
	p.Changes.Objects = changeObjects(trials)
	p.Changes.Refresh()
}

func (p *BoardPanel) changed() {
	if !p.setting && p.OnChanged != nil {
		p.OnChanged()
	}
}

// SetBoard fills in the title, date, note and patient choice.
func (p *BoardPanel) SetBoard(title, date, note string, savePatient bool) {
	p.setting = true
	defer func() { p.setting = false }()
	p.Title.SetText(title)
	p.Date.SetText(date)
	p.Note.SetText(note)
	p.SavePatient.SetChecked(savePatient)
}

// SetTrials lists the trials with their notes.
func (p *BoardPanel) SetTrials(trials []BoardTrial) {
	p.setting = true
	defer func() { p.setting = false }()
	p.Notes = make([]*widget.Entry, len(trials))
	objects := make([]fyne.CanvasObject, 0, 2*len(trials))
	for i, t := range trials {
		e := widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(2)
		e.SetPlaceHolder("Note, such as \"CD22 status pending; ask about slots\"")
		e.SetText(t.Note)
		e.OnChanged = func(text string) {
			if !p.setting && p.OnNoteChanged != nil {
				p.OnNoteChanged(i, text)
			}
		}
		p.Notes[i] = e
		label := widget.NewLabelWithStyle(t.Heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		label.Truncation = fyne.TextTruncateEllipsis
		objects = append(objects, label, e)
	}
	if len(trials) == 0 {
		objects = append(objects, widget.NewLabel("Tick trials in the list to put them in the comparison; each then has a note here."))
	}
	p.list.Objects = objects
	p.list.Refresh()
}
