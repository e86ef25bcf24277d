package export

import (
	"context"
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/trialcompare/trialcompare/model"
)

// The workbook's sheets.
const (
	sheetComparison = "Comparison"
	sheetTrials     = "Trials"
	sheetCriteria   = "Criteria"
	sheetExclusions = "Exclusions"
)

// Excel's limits and the layout's sizes.
const (
	maxCellChars     = 32767
	maxRowHeight     = 409 // points
	lineHeightPoints = 15
	labelColumnChars = 22
	trialColumnChars = 48
)

// cutMarker ends a value cut at Excel's cell limit.
const cutMarker = "… [cut at Excel's 32,767-character limit; see the source document]"

// WriteXLSX writes the comparison to an Excel workbook at path (see
// writeAtomic: cancelling ctx stops it and leaves the previous file).
func WriteXLSX(ctx context.Context, path string, cmp model.Comparison, opts Options) error {
	return writeAtomic(ctx, path, func(w io.Writer) error {
		f, err := Workbook(cmp, opts)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = f.WriteTo(w)
		return err
	})
}

// Workbook builds the three sheets: the comparison as in the app, one row
// per trial, and one row per criterion.
func Workbook(cmp model.Comparison, opts Options) (*excelize.File, error) {
	f := excelize.NewFile()
	b := &workbook{f: f}
	steps := []func() error{
		func() error { return f.SetSheetName("Sheet1", sheetComparison) },
		b.makeStyles,
		func() error { return b.comparisonSheet(cmp, opts) },
		func() error { return b.trialsSheet(cmp) },
		func() error { return b.criteriaSheet(cmp) },
		func() error { return b.exclusionsSheet(cmp) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			f.Close()
			return nil, fmt.Errorf("building the workbook: %w", err)
		}
	}
	return f, nil
}

type workbook struct {
	f                                 *excelize.File
	header, label, text, differs, dim int
}

func (b *workbook) makeStyles() error {
	wrapTop := &excelize.Alignment{WrapText: true, Vertical: "top"}
	border := []excelize.Border{{Type: "bottom", Color: "D0D0D0", Style: 1}, {Type: "right", Color: "D0D0D0", Style: 1}}
	styles := []struct {
		dst   *int
		style excelize.Style
	}{
		{&b.header, excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Alignment: wrapTop, Border: border,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F5FA8"}}}},
		{&b.label, excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: wrapTop, Border: border,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"EEF2F7"}}}},
		{&b.text, excelize.Style{Alignment: wrapTop, Border: border}},
		{&b.differs, excelize.Style{Alignment: wrapTop, Border: border,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2C7"}}}},
		{&b.dim, excelize.Style{Font: &excelize.Font{Italic: true, Color: "808080"}, Alignment: wrapTop, Border: border}},
	}
	for _, s := range styles {
		id, err := b.f.NewStyle(&s.style)
		if err != nil {
			return err
		}
		*s.dst = id
	}
	return nil
}

// cellText keeps text within Excel's cell limit, with a visible marker
// where it is cut.
func cellText(s string) string {
	if utf8.RuneCountInString(s) <= maxCellChars {
		return s
	}
	keep := maxCellChars - utf8.RuneCountInString(cutMarker)
	return string([]rune(s)[:keep]) + cutMarker
}

// setText writes a text cell. Text is stored as a string, never parsed, so
// a value such as "=1+1" or "-Prior therapy" never becomes a formula.
func (b *workbook) setText(sheet string, col, row int, text string, style int) error {
	cell, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return err
	}
	if err := b.f.SetCellStr(sheet, cell, cellText(text)); err != nil {
		return err
	}
	return b.f.SetCellStyle(sheet, cell, cell, style)
}

// linesIn estimates how many lines text wraps to in a column of width chars.
func linesIn(text string, widthChars float64) int {
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines += max(1, int(math.Ceil(float64(utf8.RuneCountInString(para))/(widthChars*0.95))))
	}
	return lines
}

func rowHeight(lines int) float64 {
	return math.Min(float64(lines)*lineHeightPoints+4, maxRowHeight)
}

func (b *workbook) comparisonSheet(cmp model.Comparison, opts Options) error {
	heading := opts.title()
	if cmp.Patient != nil {
		heading += "\nPatient: " + cmp.Patient.Describe() + "\n(screening aid, not an eligibility decision)"
	}
	return b.gridSheet(sheetComparison, heading, cmp, cmp.Rows, func(row model.Row, cell model.Cell) (string, int) {
		text := cell.Text
		for _, w := range cell.Warnings {
			text += "\nWarning: " + w
		}
		switch {
		case cell.NotStated:
			return text, b.dim
		case row.Differs:
			return text, b.differs
		}
		return text, b.text
	})
}

// gridSheet writes rows as a grid: the heading and the trials' titles on
// top, then each row's label and a cell per trial, with row heights
// computed from the text, frozen panes and the print setup.
func (b *workbook) gridSheet(s, heading string, cmp model.Comparison, rows []model.Row, render func(model.Row, model.Cell) (string, int)) error {
	if err := b.setText(s, 1, 1, heading, b.header); err != nil {
		return err
	}
	for i := range cmp.Trials {
		if err := b.setText(s, i+2, 1, cmp.ColumnTitle(i), b.header); err != nil {
			return err
		}
	}
	for r, row := range rows {
		lines := linesIn(row.Label, labelColumnChars)
		if err := b.setText(s, 1, r+2, row.Label, b.label); err != nil {
			return err
		}
		for i, cell := range row.Cells {
			text, style := render(row, cell)
			if err := b.setText(s, i+2, r+2, text, style); err != nil {
				return err
			}
			lines = max(lines, linesIn(text, trialColumnChars))
		}
		if err := b.f.SetRowHeight(s, r+2, rowHeight(lines)); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(max(len(cmp.Trials)+1, 2))
	return b.printSetup(s, last, len(cmp.Trials) > 0)
}

// printSetup sets widths, frozen panes and the page: landscape, one page
// wide, the header row and field column on every page, and a footer.
func (b *workbook) printSetup(s, lastCol string, hasTrials bool) error {
	if err := b.f.SetColWidth(s, "A", "A", labelColumnChars); err != nil {
		return err
	}
	if hasTrials {
		if err := b.f.SetColWidth(s, "B", lastCol, trialColumnChars); err != nil {
			return err
		}
	}
	if err := b.f.SetPanes(s, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	orientation, fitWide, fitTall := "landscape", 1, 0
	if err := b.f.SetPageLayout(s, &excelize.PageLayoutOptions{Orientation: &orientation, FitToWidth: &fitWide, FitToHeight: &fitTall}); err != nil {
		return err
	}
	fit := true
	if err := b.f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: s,
		RefersTo: fmt.Sprintf("'%s'!$A:$A,'%s'!$1:$1", s, s)}); err != nil {
		return err
	}
	return b.f.SetHeaderFooter(s, &excelize.HeaderFooterOptions{
		OddFooter: "&L&8Generated &D — check every value against the full protocol&R&8Page &P of &N",
	})
}

func (b *workbook) trialsSheet(cmp model.Comparison) error {
	s := sheetTrials
	if _, err := b.f.NewSheet(s); err != nil {
		return err
	}
	for c, row := range cmp.Rows {
		if err := b.setText(s, c+1, 1, row.Label, b.header); err != nil {
			return err
		}
		width := 30.0
		if row.Field == model.FieldNCTID {
			width = 14
		}
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := b.f.SetColWidth(s, col, col, width); err != nil {
			return err
		}
		for t, cell := range row.Cells {
			style := b.text
			if cell.NotStated {
				style = b.dim
			}
			if err := b.setText(s, c+1, t+2, cell.Text, style); err != nil {
				return err
			}
		}
	}
	return b.table(s, len(cmp.Rows), len(cmp.Trials), "Trials")
}

func (b *workbook) criteriaSheet(cmp model.Comparison) error {
	s := sheetCriteria
	if _, err := b.f.NewSheet(s); err != nil {
		return err
	}
	headers := []struct {
		name  string
		width float64
	}{{"NCT ID", 14}, {"Trial", 40}, {"Type", 11}, {"No.", 6}, {"Criterion", 90}}
	for c, h := range headers {
		if err := b.setText(s, c+1, 1, h.name, b.header); err != nil {
			return err
		}
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := b.f.SetColWidth(s, col, col, h.width); err != nil {
			return err
		}
	}
	row := 2
	for _, t := range cmp.Trials {
		for _, list := range []struct {
			kind  string
			items []string
		}{{"Inclusion", t.Inclusion}, {"Exclusion", t.Exclusion}} {
			for n, item := range list.items {
				values := []string{t.NCTID, t.Title, list.kind}
				for c, v := range values {
					if err := b.setText(s, c+1, row, v, b.text); err != nil {
						return err
					}
				}
				if err := b.f.SetCellInt(s, fmt.Sprintf("D%d", row), int64(n+1)); err != nil {
					return err
				}
				if err := b.setText(s, 5, row, item, b.text); err != nil {
					return err
				}
				if err := b.f.SetRowHeight(s, row, rowHeight(linesIn(item, 90))); err != nil {
					return err
				}
				row++
			}
		}
	}
	return b.table(s, len(headers), row-2, "Criteria")
}

// exclusionsSheet is the exclusions matrix: themes as rows, trials as
// columns, and in each cell the exclusion criteria in that theme, numbered.
func (b *workbook) exclusionsSheet(cmp model.Comparison) error {
	if _, err := b.f.NewSheet(sheetExclusions); err != nil {
		return err
	}
	return b.gridSheet(sheetExclusions, "Theme", cmp, cmp.ExclusionRows(), func(_ model.Row, cell model.Cell) (string, int) {
		if len(cell.Items) == 0 {
			return cell.Text, b.dim
		}
		return strings.Join(cell.Items, "\n"), b.text
	})
}

// table turns a header row and its data rows into an Excel table with
// filters. An empty sheet gets no table.
func (b *workbook) table(sheet string, cols, rows int, name string) error {
	if rows == 0 || cols == 0 {
		return nil
	}
	last, err := excelize.CoordinatesToCellName(cols, rows+1)
	if err != nil {
		return err
	}
	if err := b.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return b.f.AddTable(sheet, &excelize.Table{Range: "A1:" + last, Name: name, StyleName: "TableStyleLight9"})
}
