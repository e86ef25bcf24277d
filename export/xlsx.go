package export

import (
	"archive/zip"
	"compress/flate"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/trialcompare/trialcompare/compare"

	"github.com/xuri/excelize/v2"
)

// The workbook's sheets, in order.
const (
	sheetComparison = "Comparison"
	sheetTrials     = "Trials"
	sheetCriteria   = "Criteria"
	sheetExclusions = "Exclusions"
	sheetOutcomes   = "Outcomes"
	sheetSites      = "Sites"
)

var sheetOrder = []string{sheetComparison, sheetTrials, sheetCriteria, sheetExclusions, sheetOutcomes, sheetSites}

// Excel's limits.
const (
	maxCellChars = 32767
	// maxTrialColumns is how many trials a Comparison sheet holds: one
	// column each beside the field names, in Excel's 16,384 columns.
	maxTrialColumns = 16383
	// maxSheetRows is how many rows a sheet holds.
	maxSheetRows = 1048576
)

// cutMarker ends a value cut at Excel's cell limit.
const cutMarker = "… [cut at Excel's 32,767-character limit; see the source document]"

// ErrWorkbookTooLarge is returned when the comparison does not fit in an
// Excel workbook.
var ErrWorkbookTooLarge = errors.New("the comparison does not fit in an Excel workbook")

// WriteXLSX writes the comparison to an Excel workbook at path. A
// comparison that does not fit in a workbook is refused before anything is
// written; cancelling ctx stops the writing and leaves the previous file
// (see writeAtomic).
func WriteXLSX(ctx context.Context, path string, cmp compare.Comparison, opts Options) error {
	lists := indexLists(cmp.Trials)
	if err := checkWorkbookLimits(cmp, lists); err != nil {
		return err
	}
	return writeAtomic(ctx, path, func(w io.Writer) error { return renderWorkbook(w, cmp, opts, lists) })
}

// renderWorkbook builds the workbook and writes its file to w, within a
// memory budget (see withMemoryBudget).
func renderWorkbook(w io.Writer, cmp compare.Comparison, opts Options, lists listIndex) error {
	return withMemoryBudget(workbookHeadroom, func() error {
		f, err := buildWorkbook(cmp, opts, lists)
		if err != nil {
			return err
		}
		defer f.Close()
		return writeWorkbook(f, w)
	})
}

// writeWorkbook writes a workbook's file straight to w. excelize's WriteTo
// would build the whole file in memory first; its zip writer is pointed at
// w instead, so that what it buffers stays empty. The sheets are compressed
// for speed: spreadsheet XML shrinks well at any level.
func writeWorkbook(f *excelize.File, w io.Writer) error {
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(w)
		zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
			return flate.NewWriter(out, flate.BestSpeed)
		})
		return zw
	})
	_, err := f.WriteTo(io.Discard)
	return err
}

// checkWorkbookLimits refuses a comparison with more trials than the
// Comparison sheet has columns, or more list items than a sheet has rows.
func checkWorkbookLimits(cmp compare.Comparison, idx listIndex) error {
	if err := checkWorkbookTrials(len(cmp.Trials)); err != nil {
		return err
	}
	for _, s := range []struct {
		sheet string
		rows  int
	}{{sheetCriteria, idx.criteriaRows}, {sheetOutcomes, idx.outcomeRows}, {sheetSites, idx.siteRows}} {
		if s.rows+1 > maxSheetRows {
			return fmt.Errorf("%w: its %s sheet would need %s rows, more than the %s a sheet holds; export fewer trials",
				ErrWorkbookTooLarge, s.sheet, thousands(s.rows+1), thousands(maxSheetRows))
		}
	}
	return nil
}

// checkWorkbookTrials refuses more trials than the Comparison sheet has
// columns.
func checkWorkbookTrials(n int) error {
	if n > maxTrialColumns {
		return fmt.Errorf("%w: its Comparison sheet holds at most %s trials, one column each, and this comparison has %s; export fewer trials",
			ErrWorkbookTooLarge, thousands(maxTrialColumns), thousands(n))
	}
	return nil
}

// Workbook builds the sheets: the comparison as in the app, one row per
// trial, one row per criterion, the exclusions matrix, one row per outcome
// and one row per site.
func Workbook(cmp compare.Comparison, opts Options) (*excelize.File, error) {
	lists := indexLists(cmp.Trials)
	if err := checkWorkbookLimits(cmp, lists); err != nil {
		return nil, err
	}
	return buildWorkbook(cmp, opts, lists)
}

// buildWorkbook builds the sheets of a comparison whose lists are placed.
func buildWorkbook(cmp compare.Comparison, opts Options, lists listIndex) (*excelize.File, error) {
	f := excelize.NewFile()
	b := &workbook{f: f, cmp: cmp, opts: opts, lists: lists, notes: indexNotes(opts.Note, cmp.Trials)}
	// Every sheet keeps its stream's buffer until the workbook is written:
	// the grids, whose rows of thousands of cells need the most memory
	// while they are written, go first, before the other buffers pile up.
	steps := []func() error{
		b.addSheets,
		b.makeStyles,
		b.exclusionsSheet,
		b.comparisonSheet,
		b.criteriaSheet,
		b.trialsSheet,
		b.outcomesSheet,
		b.sitesSheet,
		b.notesSheet,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			f.Close()
			return nil, fmt.Errorf("building the workbook: %w", err)
		}
	}
	return f, nil
}

// workbook is a workbook being built.
type workbook struct {
	f      *excelize.File
	cmp    compare.Comparison
	opts   Options
	lists  listIndex
	notes  notesIndex
	styles styles
}

func (b *workbook) addSheets() error {
	if err := b.f.SetSheetName("Sheet1", sheetOrder[0]); err != nil {
		return err
	}
	sheets := sheetOrder[1:]
	if b.notes.rows > 0 {
		sheets = append(sheets[:len(sheets):len(sheets)], sheetNotes)
	}
	for _, s := range sheets {
		if _, err := b.f.NewSheet(s); err != nil {
			return err
		}
	}
	return nil
}

// text is a text cell. Text is stored as a string, never parsed, so a
// value such as "=1+1" or "-Prior therapy" never becomes a formula.
func text(s string, style int) excelize.Cell {
	return excelize.Cell{Value: cellText(s), StyleID: style}
}

// thousands writes n with thousands separators, such as "16,383".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
