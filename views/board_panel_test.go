package views

import (
	"testing"

	"fyne.io/fyne/v2/test"
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
