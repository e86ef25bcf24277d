package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/compare"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// The sheet's margins, in millimetres.
const (
	margin      = 10.0
	footerSpace = 11.0
	columnGap   = 7.0
	fontFamily  = "Go"
)

// MaxPDFTrials is the most trials a PDF holds; a board of more reads
// better as a workbook.
const MaxPDFTrials = 200

// ErrTooManyForPDF refuses a PDF of more than MaxPDFTrials trials.
var ErrTooManyForPDF = errors.New("too many trials for a PDF")

// WritePDF writes the comparison as a print-ready PDF at path (see
// writeAtomic: cancelling ctx stops it and leaves the previous file).
func WritePDF(ctx context.Context, path string, cmp compare.Comparison, opts Options) error {
	if err := checkPDFSize(cmp); err != nil {
		return err
	}
	return writeAtomic(ctx, path, func(w io.Writer) error { return RenderPDF(w, cmp, opts) })
}

func checkPDFSize(cmp compare.Comparison) error { return checkPDFTrials(len(cmp.Trials)) }

// checkPDFTrials refuses more trials than a PDF holds.
func checkPDFTrials(n int) error {
	if n > MaxPDFTrials {
		return fmt.Errorf("%w: %d trials, and a PDF holds at most %d; export to Excel (.xlsx) instead, or compare fewer trials", ErrTooManyForPDF, n, MaxPDFTrials)
	}
	return nil
}

// RenderPDF writes the board sheet, landscape: the overview (every trial
// side by side, eight to a page), then, when opts.Changes is set and the
// comparison holds changes, what changed since the board was saved, then,
// unless opts.Sections is overview, each trial's details with its criteria
// in full, in two columns. Layout
// is measured first and drawn after. It uses the app's font, so ≥ ≤ μ é
// print.
func RenderPDF(w io.Writer, cmp compare.Comparison, opts Options) error {
	if err := checkPDFSize(cmp); err != nil {
		return err
	}
	size := "A4"
	if opts.Paper == Letter {
		size = "Letter"
	}
	pdf := gofpdf.New("L", "mm", size, "")
	if err := loadSheetFonts(pdf, cmp, opts); err != nil {
		return err
	}
	pageW, pageH := pdf.GetPageSize()
	doc := layoutDocument(measurer{pdf}, cmp, opts, pageW, pageH)
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, footerSpace)
	pdf.AliasNbPages("{nb}")
	pdf.SetTitle(opts.title(), true)
	pdf.SetCreator("TrialCompare", true)
	pdf.SetFooterFunc(func() { drawFooter(pdf, opts, pageW, pageH) })
	doc.draw(pdf)
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("drawing the PDF: %w", err)
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("writing the PDF: %w", err)
	}
	return nil
}

// loadSheetFonts loads the fonts a comparison's sheet prints in: the Go
// font, and the fonts of the scripts it lacks that the sheet holds
// (Chinese, Japanese, Korean, Thai, Vietnamese's letters).
func loadSheetFonts(pdf *gofpdf.Fpdf, cmp compare.Comparison, opts Options) error {
	if err := loadFonts(pdf); err != nil {
		return fmt.Errorf("loading the font: %w", err)
	}
	if scripts := comparisonScripts(cmp, opts); len(scripts) > 0 {
		loadScriptFonts(pdf, scripts)
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("loading the fonts for other scripts: %w", err)
		}
	}
	return nil
}

func loadFonts(pdf *gofpdf.Fpdf) error {
	pdf.AddUTF8FontFromBytes(fontFamily, "", goregular.TTF)
	pdf.AddUTF8FontFromBytes(fontFamily, "B", gobold.TTF)
	pdf.AddUTF8FontFromBytes(fontFamily, "I", goitalic.TTF)
	pdf.AddUTF8FontFromBytes(fontFamily, "BI", gobolditalic.TTF)
	return pdf.Error()
}

func drawFooter(pdf *gofpdf.Fpdf, opts Options, pageW, pageH float64) {
	pdf.SetY(pageH - footerSpace + 3)
	pdf.SetFont(fontFamily, "", 7)
	pdf.SetTextColor(muted.r, muted.g, muted.b)
	pdf.CellFormat(pageW-2*margin-30, 4, footerNote(opts), "", 0, "L", false, 0, "")
	pdf.CellFormat(30, 4, fmt.Sprintf("Page %d of {nb}", pdf.PageNo()), "", 0, "R", false, 0, "")
}

// document is the whole sheet, measured and placed: the overview pages,
// then the detail pages.
type document struct {
	overview overviewLayout
	// changes are the pages of the changes section, when printed.
	changes []flowPage
	details []flowPage
	columnW float64
	m       measurer
}

// layoutDocument lays the sheet out in two passes of computation: the
// details first, which tells on which page each trial's values are in
// full, then the overview, whose shortened cells name those pages.
func layoutDocument(m measurer, cmp compare.Comparison, opts Options, pageW, pageH float64) document {
	width, height := pageW-2*margin, pageH-margin-footerSpace
	doc := document{columnW: (width - columnGap) / 2, m: m}
	overviewPages := overviewPageCount(len(cmp.Trials))
	all := cmp.Overview(nil)
	anchors := map[string]int{}
	g := flowGeometry{columns: 2, height: height,
		trialContinued: continuedLines(m, cmp, doc.columnW),
		labelContinued: labelContinuedLines(m, doc.columnW)}
	if opts.Changes && cmp.HasChanges() {
		doc.changes = flow(changesUnits(m, cmp, doc.columnW), g, overviewPages+1).pages
	}
	if opts.sections() != SectionsOverview {
		res := flow(detailUnits(m, cmp, all, doc.columnW, opts.sections()), g, overviewPages+len(doc.changes)+1)
		doc.details, anchors = res.pages, res.anchors
	}
	ref := func(trial int, key compare.OverviewKey) int {
		if p, ok := anchors[anchor(trial, key)]; ok {
			return p
		}
		return anchors[anchor(trial, compare.OverviewPhase)]
	}
	doc.overview = layoutOverview(m, cmp, chosenRows(all, opts.Rows), opts, width, height, ref)
	return doc
}

// chosenRows keeps the fit row and the rows named in keys, all when keys
// is empty.
func chosenRows(rows []compare.OverviewRow, keys []compare.OverviewKey) []compare.OverviewRow {
	if len(keys) == 0 {
		return rows
	}
	var out []compare.OverviewRow
	for _, r := range rows {
		if r.Key == compare.OverviewFit || slices.Contains(keys, r.Key) {
			out = append(out, r)
		}
	}
	return out
}

// pageTexts returns each page's text in reading order, for tests and
// checks without drawing.
func (d document) pageTexts() []string {
	var out []string
	for _, p := range d.overview.pages {
		var parts []string
		for _, l := range d.overview.title {
			parts = append(parts, l.text())
		}
		for _, h := range p.header {
			for _, l := range h.lines {
				parts = append(parts, l.text())
			}
			parts = append(parts, h.chips...)
		}
		for _, r := range p.rows {
			for _, l := range r.label {
				parts = append(parts, l.text())
			}
			for _, c := range r.cells {
				parts = append(parts, c.chips...)
				for _, l := range c.lines {
					parts = append(parts, l.text())
				}
			}
		}
		for _, l := range d.overview.legend {
			parts = append(parts, l.text())
		}
		out = append(out, strings.Join(parts, "\n"))
	}
	for _, p := range slices.Concat(d.changes, d.details) {
		var parts []string
		for _, col := range p.columns {
			for _, l := range col {
				if t := l.text(); t != "" {
					parts = append(parts, t)
				}
			}
		}
		out = append(out, strings.Join(parts, "\n"))
	}
	return out
}
