package export

import (
	"github.com/trialcompare/trialcompare/model"
)

// sheetNotes holds every note whole: the board's and each trial's. A
// workbook has it only when there is a note.
const sheetNotes = "Notes"

// noteWidth is the width of the Notes sheet's note column.
const noteWidth = 90

// notesIndex places the notes on the Notes sheet before any sheet is
// written, so that a shortened note can name the rows that hold it whole.
type notesIndex struct {
	board  rowSpan
	trials []rowSpan
	rows   int
}

// indexNotes places the board's note, then each trial's, a row each, or
// more for a note longer than a row can show.
func indexNotes(boardNote string, trials []model.Trial) notesIndex {
	m := newMeasure(noteWidth, false)
	idx := notesIndex{trials: make([]rowSpan, len(trials))}
	place := func(note string) rowSpan {
		if note == "" {
			return rowSpan{}
		}
		n := criterionRows(m, note)
		s := rowSpan{first: idx.rows + 2, last: idx.rows + n + 1}
		idx.rows += n
		return s
	}
	idx.board = place(boardNote)
	for i, t := range trials {
		idx.trials[i] = place(t.UserNote)
	}
	return idx
}

// boardPointer and trialPointer say where a note is whole, or "" when
// there is none.
func (n notesIndex) boardPointer() string { return n.pointer(n.board) }

func (n notesIndex) trialPointer(i int) string { return n.pointer(n.trials[i]) }

func (n notesIndex) pointer(s rowSpan) string {
	if s.empty() {
		return ""
	}
	return s.pointer(sheetNotes)
}

// notesSheet has the board's note and each trial's note, whole: a note
// longer than a row can show goes on in the rows below it, each with its
// trial and part number, so that the sheet keeps every note in full
// whatever Excel's limits on a cell and a row.
func (b *workbook) notesSheet() error {
	if b.notes.rows == 0 {
		return nil
	}
	columns := []tableColumn{{"NCT ID", 14}, {"Trial", 40}, {"Part", 6}, {"Note", noteWidth}}
	m := newMeasure(noteWidth, false)
	return b.listSheet(sheetNotes, columns, func(yield func(string, []any) error) error {
		note := func(id, trial, text string) error {
			parts := []string{text}
			if criterionRows(m, text) > 1 {
				parts = m.split(text, maxRowLines)
			}
			for k, part := range parts {
				if err := yield("", []any{id, trial, k + 1, part}); err != nil {
					return err
				}
			}
			return nil
		}
		if b.opts.Note != "" {
			if err := note("", "Board: "+b.opts.title(), b.opts.Note); err != nil {
				return err
			}
		}
		for _, t := range b.cmp.Trials {
			if t.UserNote == "" {
				continue
			}
			if err := note(t.NCTID, t.Title, t.UserNote); err != nil {
				return err
			}
		}
		return nil
	})
}
