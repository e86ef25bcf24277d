package export

import (
	"fmt"
	"strings"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/rules"

	"github.com/xuri/excelize/v2"

	"github.com/trialcompare/trialcompare/model"
)

// Widths of a grid's columns, in Excel's units.
const (
	labelColumnWidth = 24
	trialColumnWidth = 48
)

// gridCell is a value of a grid as it is written: its text, its style, and
// where the full text is when the text must be shortened.
type gridCell struct {
	text, pointer string
	style         int
}

// gridSheet writes rows as a grid: the heading and the trials' column
// titles on top, then each row's label and a cell per trial. Each row's
// height is computed from every cell in it, the heading row's included; a
// cell that needs more than Excel's row limit is shortened and points to
// where its full text is.
func (b *workbook) gridSheet(sheet, heading, headingPointer string, rows []compare.Row, render func(r int, row compare.Row, trial int) gridCell) error {
	n := len(b.cmp.Trials)
	sw, err := b.streamSheet(sheet, []float64{labelColumnWidth}, trialColumnWidth, true)
	if err != nil {
		return err
	}
	labelBold, trialBold := newMeasure(labelColumnWidth, true), newMeasure(trialColumnWidth, true)
	trialText := newMeasure(trialColumnWidth, false)

	top := make([]any, n+1)
	head, lines := labelBold.fit(heading, maxRowLines, headingPointer)
	top[0] = text(head, b.styles.header)
	for i := range n {
		title := b.cmp.ColumnTitle(i)
		top[i+1] = text(title, b.styles.header)
		lines = max(lines, trialBold.lines(title))
	}
	if err := sw.SetRow("A1", top, excelize.RowOpts{Height: rowHeight(lines)}); err != nil {
		return err
	}
	cells := make([]any, n+1)
	for r, row := range rows {
		label, lines := labelBold.fit(row.Label, maxRowLines, "")
		cells[0] = text(label, b.styles.label)
		for i := range n {
			c := render(r, row, i)
			fitted, need := trialText.fit(c.text, maxRowLines, c.pointer)
			cells[i+1] = text(fitted, c.style)
			lines = max(lines, need)
		}
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, cells, excelize.RowOpts{Height: rowHeight(lines)}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// comparisonSheet is the comparison as in the app, with the patient and
// the Fit row when a patient is screened.
func (b *workbook) comparisonSheet() error {
	heading := b.opts.title()
	if b.cmp.Patient != nil {
		heading += "\nPatient: " + b.cmp.Patient.Describe() + "\n(screening aid, not an eligibility decision)"
	}
	// The board's note comes last, so that a long one shortened there
	// leaves the rest of the heading whole and points to the Notes sheet.
	if b.opts.Note != "" {
		heading += "\nBoard note: " + b.opts.Note
	}
	return b.gridSheet(sheetComparison, heading, b.notes.boardPointer(), b.cmp.Rows, func(_ int, row compare.Row, i int) gridCell {
		cell := row.Cells[i]
		if row.Field == model.FieldFit && b.cmp.Patient != nil {
			return b.fitCell(cell, i)
		}
		out := gridCell{text: cell.Text, pointer: b.fullTextPointer(row.Field, i), style: b.styles.text}
		for _, w := range cell.Warnings {
			out.text += "\nWarning: " + w
		}
		switch {
		case cell.NotStated:
			out.style = b.styles.dim
		case cell.Stale:
			out.style = b.styles.stale
		case row.Differs:
			out.style = b.styles.differs
		}
		return out
	})
}

// fullTextPointer says where the full text of a trial's value is: the list
// sheets hold every criterion, outcome and site, the Notes sheet every
// note; the Trials sheet the rest.
func (b *workbook) fullTextPointer(field model.Field, trial int) string {
	if field == model.FieldNote {
		return b.notes.trialPointer(trial)
	}
	rows := b.lists.trials[trial]
	var s rowSpan
	sheet := ""
	switch field {
	case model.FieldInclusion:
		s, sheet = rows.inclusion, sheetCriteria
	case model.FieldExclusion:
		s, sheet = rows.exclusion, sheetCriteria
	case model.FieldOutcomes:
		s, sheet = rows.outcomes, sheetOutcomes
	case model.FieldLocations:
		s, sheet = rows.sites, sheetSites
	}
	if sheet != "" && !s.empty() {
		return s.pointer(sheet)
	}
	return rowSpan{trial + 2, trial + 2}.pointer(sheetTrials)
}

// fitCell is a trial's verdict for the screened patient, with its reasons
// and the criteria to check by hand. "Possible" is neutral, never green: it
// is not "eligible".
func (b *workbook) fitCell(cell compare.Cell, i int) gridCell {
	fit := b.cmp.Fits[i]
	out := gridCell{text: cell.Text, style: b.styles.possible, pointer: rowSpan{i + 2, i + 2}.pointer(sheetTrials)}
	if fit.Verdict == eligibility.VerdictExcluded {
		out.style = b.styles.excluded
	}
	if refs := reviewRefs(fit.Review); refs != "" {
		out.text += "\nTo check by hand: " + refs
	}
	return out
}

// reviewRefs shortens the criteria to check, "Inclusion 3: …", to their
// numbers: "Inclusion 3, 5; Exclusion 2".
func reviewRefs(review []string) string {
	var kinds []string
	numbers := map[string][]string{}
	for _, item := range review {
		ref, _, _ := strings.Cut(item, ":")
		kind, number, ok := strings.Cut(ref, " ")
		if !ok {
			continue
		}
		if _, seen := numbers[kind]; !seen {
			kinds = append(kinds, kind)
		}
		numbers[kind] = append(numbers[kind], number)
	}
	parts := make([]string, 0, len(kinds))
	for _, k := range kinds {
		parts = append(parts, k+" "+strings.Join(numbers[k], ", "))
	}
	return strings.Join(parts, "; ")
}

// exclusionsSheet is the exclusions matrix: themes as rows, trials as
// columns, and in each cell the exclusion criteria in that theme, numbered.
// Each cell reads as Comparison.ExclusionRows's items, but is built as its
// row is written, so that the matrix of thousands of trials is never held
// whole.
func (b *workbook) exclusionsSheet() error {
	themes := rules.Themes()
	rows := make([]compare.Row, len(themes))
	for r, th := range themes {
		rows[r] = compare.Row{Label: th.Label}
	}
	return b.gridSheet(sheetExclusions, "Theme", "", rows, func(r int, _ compare.Row, i int) gridCell {
		t := &b.cmp.Trials[i]
		numbers := t.ExclusionThemes[themes[r].Key]
		switch {
		case compare.NoExclusionsRead(t):
			return gridCell{text: model.NotStated, style: b.styles.dim}
		case len(numbers) == 0:
			return gridCell{text: "none", style: b.styles.dim}
		}
		var text strings.Builder
		for k, n := range numbers {
			if k > 0 {
				text.WriteByte('\n')
			}
			fmt.Fprintf(&text, "Exclusion %d: %s", n, t.Exclusion[n-1])
		}
		return gridCell{text: text.String(), style: b.styles.text, pointer: b.lists.trials[i].exclusion.pointer(sheetCriteria)}
	})
}
