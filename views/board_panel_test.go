package views

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"
)

func TestBoardPanelReportsEditsOnly(t *testing.T) {
	test.NewTempApp(t)
	p := NewBoardPanel()
	changed, noted := 0, map[int]string{}
	p.OnChanged = func() { changed++ }
	p.OnNoteChanged = func(i int, text string) { noted[i] = text }
	p.SetBoard("Tumor board", "2026-11-25", "Bring MRD", true)
	p.SetTrials([]BoardTrial{{Heading: "NCT1 · A", Note: "first"}, {Heading: "NCT2 · B"}})
	if changed != 0 || len(noted) != 0 {
		t.Fatalf("filling the panel in counted as %d edits and notes %v", changed, noted)
	}
	if len(p.Notes) != 2 || p.Notes[0].Text != "first" || !p.SavePatient.Checked {
		t.Fatalf("panel not filled in: %d notes", len(p.Notes))
	}
	test.Type(p.Notes[1], "ask about slots")
	if noted[1] != "ask about slots" {
		t.Errorf("note edits = %v", noted)
	}
	test.Type(p.Title, " 25 Nov")
	if changed == 0 {
		t.Error("editing the title is not reported")
	}
	p.SetTrials(nil)
	if len(p.Notes) != 0 {
		t.Error("the note fields stay after the trials left")
	}
}

func TestBoardPanelListsChanges(t *testing.T) {
	test.NewTempApp(t)
	p := NewBoardPanel()
	pressed := 0
	p.OnWhatChanged = func() { pressed++ }
	test.Tap(p.WhatChanged)
	if pressed != 1 {
		t.Fatalf("What Changed pressed %d times", pressed)
	}
	p.SetChanges([]ChangedTrial{
		{Heading: "NCT07338357 · CLL-1", Summary: "2 changes since 25 Nov 2026:", Changes: []compare.Change{
			{Field: model.FieldStatus, Kind: compare.ChangeChanged, What: "Status", Old: "Recruiting", New: "Active, not recruiting", Closes: true},
			{Field: model.FieldInclusion, Kind: compare.ChangeReworded, What: "Inclusion criterion 2", Diff: compare.WordDiff("within 12 months", "within 1 year")},
		}},
		{Heading: "NCT02210780", Summary: "Could not be fetched again: no network", Failed: true},
	})
	objects := p.Changes.Objects
	if len(objects) != 6 {
		t.Fatalf("%d objects, want a heading and a summary per trial and a line per change", len(objects))
	}
	closes := objects[2].(*widget.RichText).Segments[0].(*widget.TextSegment)
	if closes.Text != "⚠ Status: Recruiting → Active, not recruiting — the trial no longer takes patients" || closes.Style.ColorName != ColorNameWarningText || !closes.Style.TextStyle.Bold {
		t.Errorf("the change that closes the trial: %q in %s", closes.Text, closes.Style.ColorName)
	}
	var deleted, inserted string
	for _, s := range objects[3].(*widget.RichText).Segments {
		switch seg := s.(*widget.TextSegment); seg.Style.ColorName {
		case theme.ColorNameError:
			deleted = seg.Text
		case theme.ColorNameSuccess:
			inserted = seg.Text
		}
	}
	if deleted != " [-12 months-]" || inserted != "{+1 year+}" {
		t.Errorf("deleted %q, inserted %q", deleted, inserted)
	}
	if failed := objects[5].(*widget.RichText).Segments[0].(*widget.TextSegment); failed.Style.ColorName != ColorNameWarningText {
		t.Errorf("a trial not fetched reads in %s", failed.Style.ColorName)
	}
	p.SetChanges(nil)
	if len(p.Changes.Objects) != 0 {
		t.Error("the list stays after it was cleared")
	}
}
