package compare

import "github.com/trialcompare/trialcompare/model"

// changeRows maps a changed field to the comparison row that shows it,
// where they differ.
var changeRows = map[model.Field]model.Field{
	model.FieldStartDate: model.FieldDates, model.FieldPrimaryEnd: model.FieldDates, model.FieldCompletion: model.FieldDates,
	model.FieldAgeGroups: model.FieldAges,
}

// WithChanges marks the values that changed since the board was saved:
// each change becomes a note, "Changed since 25 Nov 2026: Status:
// Recruiting → Active, not recruiting", among the warnings of the cell
// that shows the value. changes holds one entry per trial, in the
// comparison's order (an entry with no change marks nothing); the result
// keeps them in Changes.
func (c Comparison) WithChanges(changes []TrialChanges) Comparison {
	out := c
	out.Changes = changes
	out.Rows = make([]Row, len(c.Rows))
	copy(out.Rows, c.Rows)
	rowOf := map[model.Field]int{}
	for i, r := range c.Rows {
		rowOf[r.Field] = i
	}
	// A row's cells are copied before the first mark, so that c is left
	// as it was.
	copied := map[int]bool{}
	for trial, tc := range changes {
		if trial >= len(c.Trials) {
			break
		}
		for _, ch := range tc.Changes {
			field := ch.Field
			if f, ok := changeRows[field]; ok {
				field = f
			}
			i, ok := rowOf[field]
			if !ok {
				continue
			}
			row := &out.Rows[i]
			if !copied[i] {
				row.Cells = append([]Cell(nil), row.Cells...)
				copied[i] = true
			}
			cell := &row.Cells[trial]
			cell.Warnings = append(cell.Warnings[:len(cell.Warnings):len(cell.Warnings)], ChangeNote(ch, tc.SinceLabel()))
		}
	}
	return out
}

// HasChanges says whether any trial of the comparison changed.
func (c Comparison) HasChanges() bool {
	for _, tc := range c.Changes {
		if len(tc.Changes) > 0 {
			return true
		}
	}
	return false
}
