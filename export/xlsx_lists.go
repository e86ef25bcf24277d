package export

import (
	"fmt"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"github.com/trialcompare/trialcompare/model"
)

// rowSpan is a run of rows on a list sheet; the zero rowSpan holds no row.
type rowSpan struct{ first, last int }

func (s rowSpan) empty() bool { return s.first == 0 }

// on names the rows on a sheet, such as "Criteria sheet, rows 12–24"; ""
// for the empty rowSpan.
func (s rowSpan) on(sheet string) string {
	switch {
	case s.empty():
		return ""
	case s.first == s.last:
		return fmt.Sprintf("%s sheet, row %d", sheet, s.first)
	}
	return fmt.Sprintf("%s sheet, rows %d–%d", sheet, s.first, s.last)
}

// pointer says where the full text is, such as "(full text: Criteria
// sheet, rows 12–24)".
func (s rowSpan) pointer(sheet string) string { return "(full text: " + s.on(sheet) + ")" }

// trialRows are the rows that hold one trial's lists.
type trialRows struct {
	inclusion, exclusion, outcomes, sites rowSpan
}

// criteria spans both of a trial's criteria lists.
func (r trialRows) criteria() rowSpan {
	switch {
	case r.inclusion.empty():
		return r.exclusion
	case r.exclusion.empty():
		return r.inclusion
	}
	return rowSpan{r.inclusion.first, r.exclusion.last}
}

// listIndex places every trial's lists on the list sheets before any sheet
// is written, so that a shortened cell can name the rows with its full
// text.
type listIndex struct {
	trials                              []trialRows
	criteriaRows, outcomeRows, siteRows int
}

func indexLists(trials []model.Trial) listIndex {
	idx := listIndex{trials: make([]trialRows, len(trials))}
	place := func(used *int, n int) rowSpan {
		if n == 0 {
			return rowSpan{}
		}
		s := rowSpan{first: *used + 2, last: *used + n + 1}
		*used += n
		return s
	}
	criteria := newMeasure(criterionWidth, false)
	rowsFor := func(items []string) int {
		n := 0
		for _, item := range items {
			n += criterionRows(criteria, item)
		}
		return n
	}
	for i, t := range trials {
		idx.trials[i] = trialRows{
			inclusion: place(&idx.criteriaRows, rowsFor(t.Inclusion)),
			exclusion: place(&idx.criteriaRows, rowsFor(t.Exclusion)),
			outcomes:  place(&idx.outcomeRows, len(t.Outcomes)),
			sites:     place(&idx.siteRows, len(t.Locations)),
		}
	}
	return idx
}

// listSheet writes a sheet with one row per list item under a heading row,
// as a filterable table. Each row's height is computed from every text cell
// in it; a text longer than Excel's row limit is shortened and names the
// source document, which holds it in full.
func (b *workbook) listSheet(sheet string, columns []tableColumn, rows func(yield func(source string, values []any) error) error) error {
	sw, measures, err := b.openTable(sheet, columns)
	if err != nil {
		return err
	}
	// a trial's title repeats down its rows: the last text of each column
	// is measured once
	type measured struct {
		text, source, fitted string
		lines                int
	}
	last := make([]measured, len(columns))
	row := 2
	err = rows(func(source string, values []any) error {
		cells := make([]any, len(values))
		lines := 1
		for c, v := range values {
			switch v := v.(type) {
			case string:
				if v == "" {
					cells[c] = excelize.Cell{StyleID: b.styles.text}
					continue
				}
				if last[c].text != v || last[c].source != source || last[c].lines == 0 {
					fitted, n := measures[c].fit(v, maxRowLines, sourcePointer(source))
					last[c] = measured{v, source, fitted, n}
				}
				lines = max(lines, last[c].lines)
				cells[c] = text(last[c].fitted, b.styles.text)
			case int:
				cells[c] = excelize.Cell{Value: v, StyleID: b.styles.number}
			default:
				cells[c] = excelize.Cell{StyleID: b.styles.text}
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		row++
		return sw.SetRow(cell, cells, excelize.RowOpts{Height: rowHeight(lines)})
	})
	if err != nil {
		return err
	}
	if err := addTable(sw, sheet, len(columns), row-2); err != nil {
		return err
	}
	return sw.Flush()
}

// criterionWidth is the width of the Criteria sheet's criterion column.
const criterionWidth = 90

// criterionRows is how many rows of the Criteria sheet a criterion takes:
// one, or more for a criterion longer than a row can show.
func criterionRows(m measure, criterion string) int {
	if m.lines(criterion) <= maxRowLines {
		return 1
	}
	return len(m.split(criterion, maxRowLines))
}

// criteriaSheet has a row per criterion, numbered as in the document. A
// criterion longer than a row can show goes on in the rows below it, each
// with its trial, type and number, so that the sheet holds every criterion
// in full.
func (b *workbook) criteriaSheet() error {
	columns := []tableColumn{{"NCT ID", 14}, {"Trial", 40}, {"Type", 10}, {"No.", 6}, {"Criterion", criterionWidth}}
	m := newMeasure(criterionWidth, false)
	return b.listSheet(sheetCriteria, columns, func(yield func(string, []any) error) error {
		for _, t := range b.cmp.Trials {
			for _, list := range []struct {
				kind  string
				items []string
			}{{"Inclusion", t.Inclusion}, {"Exclusion", t.Exclusion}} {
				for n, item := range list.items {
					parts := []string{item}
					if criterionRows(m, item) > 1 {
						parts = m.split(item, maxRowLines)
					}
					for _, part := range parts {
						if err := yield(t.Source.File, []any{t.NCTID, t.Title, list.kind, n + 1, part}); err != nil {
							return err
						}
					}
				}
			}
		}
		return nil
	})
}

// outcomesSheet has a row per outcome measure.
func (b *workbook) outcomesSheet() error {
	columns := []tableColumn{{"NCT ID", 14}, {"Acronym", 14}, {"Kind", 11}, {"No.", 6}, {"Outcome measure", 90}}
	kinds := map[model.OutcomeKind]string{model.OutcomePrimary: "Primary", model.OutcomeSecondary: "Secondary", model.OutcomeUnlabeled: model.NotStated}
	return b.listSheet(sheetOutcomes, columns, func(yield func(string, []any) error) error {
		for _, t := range b.cmp.Trials {
			for n, o := range t.Outcomes {
				if err := yield(t.Source.File, []any{t.NCTID, t.Acronym, kinds[o.Kind], n + 1, o.Measure}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// sitesSheet has a row per study site, so that sites can be filtered by
// country or city.
func (b *workbook) sitesSheet() error {
	columns := []tableColumn{{"NCT ID", 14}, {"Acronym", 14}, {"No.", 6}, {"Facility", 44}, {"City", 20}, {"Country", 18}, {"Site status", 18}}
	return b.listSheet(sheetSites, columns, func(yield func(string, []any) error) error {
		for _, t := range b.cmp.Trials {
			for n, l := range t.Locations {
				if err := yield(t.Source.File, []any{t.NCTID, t.Acronym, n + 1, l.Facility, l.City, l.Country, l.Status}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// sourcePointer says that the full text is in the source document.
func sourcePointer(file string) string {
	if file == "" {
		return "(full text: the source document)"
	}
	return "(full text: the source document " + filepath.Base(file) + ")"
}
