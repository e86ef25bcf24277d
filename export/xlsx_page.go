package export

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Excel's paper size codes.
const (
	excelLetter = 1
	excelA4     = 9
)

// pageSetup prints a sheet landscape on the export's paper, one page wide
// and as many tall as it takes, with the heading row (and, for a grid, the
// field column) on every page and a footer. It must run before the sheet
// is streamed: the stream writer keeps the settings it finds.
func (b *workbook) pageSetup(sheet string, fieldColumn bool) error {
	orientation, fitWide, fitTall, size := "landscape", 1, 0, excelA4
	if b.opts.Paper == Letter {
		size = excelLetter
	}
	if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &orientation, Size: &size, FitToWidth: &fitWide, FitToHeight: &fitTall}); err != nil {
		return err
	}
	fit := true
	if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	titles := fmt.Sprintf("'%s'!$1:$1", sheet)
	if fieldColumn {
		titles = fmt.Sprintf("'%s'!$A:$A,%s", sheet, titles)
	}
	if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet, RefersTo: titles}); err != nil {
		return err
	}
	return b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: "&L&8" + sheet + " · generated &D — check every value against the full protocol&R&8Page &P of &N",
	})
}

// streamSheet sets up a sheet's page and opens its stream writer with the
// column widths and frozen panes set: frozen field column and heading row
// for a grid, frozen heading row for a table. The first columns get widths;
// the others get otherWidth, as the sheet's default: excelize keeps one
// entry per column once two widths are set, and then looks through them
// for every cell it writes, which is slow for thousands of trial columns.
func (b *workbook) streamSheet(sheet string, widths []float64, otherWidth float64, fieldColumn bool) (*excelize.StreamWriter, error) {
	if err := b.pageSetup(sheet, fieldColumn); err != nil {
		return nil, err
	}
	if otherWidth > 0 {
		if err := b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{DefaultColWidth: &otherWidth}); err != nil {
			return nil, err
		}
	}
	sw, err := b.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	for c, w := range widths {
		if err := sw.SetColWidth(c+1, c+1, w); err != nil {
			return nil, err
		}
	}
	panes := &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}
	if fieldColumn {
		panes = &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}
	}
	return sw, sw.SetPanes(panes)
}

// tableColumn is a column of a table sheet: its heading and width.
type tableColumn struct {
	header string
	width  float64
}

// openTable opens a table sheet's stream and writes its heading row, as
// tall as its longest heading. It returns the measure of each column.
func (b *workbook) openTable(sheet string, columns []tableColumn) (*excelize.StreamWriter, []measure, error) {
	widths := make([]float64, len(columns))
	measures := make([]measure, len(columns))
	header := make([]any, len(columns))
	lines := 1
	for c, col := range columns {
		widths[c] = col.width
		measures[c] = newMeasure(col.width, false)
		header[c] = text(col.header, b.styles.header)
		lines = max(lines, newMeasure(col.width, true).lines(col.header))
	}
	sw, err := b.streamSheet(sheet, widths, 0, false)
	if err != nil {
		return nil, nil, err
	}
	return sw, measures, sw.SetRow("A1", header, excelize.RowOpts{Height: rowHeight(lines)})
}

// addTable turns a header row and its data rows into an Excel table with
// filters. A sheet with no data rows gets none.
func addTable(sw *excelize.StreamWriter, name string, cols, rows int) error {
	if rows == 0 || cols == 0 {
		return nil
	}
	last, err := excelize.CoordinatesToCellName(cols, rows+1)
	if err != nil {
		return err
	}
	return sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: name, StyleName: "TableStyleLight9"})
}
