package export

import (
	"context"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/trialcompare/trialcompare/model"
)

// The sheet's geometry, in millimetres and points.
const (
	margin        = 10.0
	footerSpace   = 12.0
	fieldWidth    = 34.0
	minTrialWidth = 58.0
	cellPad       = 1.5
	bodySize      = 8.5
	lineHeight    = 3.9
	chipHeight    = 4.6
	fontFamily    = "Go"
)

// WritePDF writes the comparison as a print-ready PDF at path (see
// writeAtomic: cancelling ctx stops it and leaves the previous file).
func WritePDF(ctx context.Context, path string, cmp model.Comparison, opts Options) error {
	return writeAtomic(ctx, path, func(w io.Writer) error { return RenderPDF(w, cmp, opts) })
}

// RenderPDF writes the comparison sheet: a title block, the comparison
// table (split into column groups when the trials do not fit across, with
// the heading row and field column on every page), and every trial's full
// criteria. It uses the app's font, so ≥ ≤ μ é print.
func RenderPDF(w io.Writer, cmp model.Comparison, opts Options) error {
	size := "A4"
	if opts.Paper == Letter {
		size = "Letter"
	}
	pdf := gofpdf.New("L", "mm", size, "")
	s := &sheet{pdf: pdf, cmp: cmp, opts: opts}
	stages := []struct {
		name string
		run  func()
	}{
		{"loading the font", s.setup},
		{"writing the title block", s.titleBlock},
		{"writing the comparison table", s.table},
		{"writing the exclusions matrix", s.exclusions},
		{"writing the criteria", s.criteria},
	}
	for _, st := range stages {
		st.run()
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("%s: %w", st.name, err)
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("writing the PDF: %w", err)
	}
	return nil
}

type sheet struct {
	pdf          *gofpdf.Fpdf
	cmp          model.Comparison
	opts         Options
	pageW, pageH float64
}

func (s *sheet) setup() {
	p := s.pdf
	p.AddUTF8FontFromBytes(fontFamily, "", goregular.TTF)
	p.AddUTF8FontFromBytes(fontFamily, "B", gobold.TTF)
	p.AddUTF8FontFromBytes(fontFamily, "I", goitalic.TTF)
	if p.Error() != nil {
		return
	}
	s.pageW, s.pageH = p.GetPageSize()
	p.SetMargins(margin, margin, margin)
	p.SetAutoPageBreak(false, footerSpace)
	p.AliasNbPages("{nb}")
	p.SetTitle(s.opts.title(), true)
	p.SetCreator("TrialCompare", true)
	p.SetFooterFunc(s.footer)
	p.AddPage()
}

func (s *sheet) footer() {
	p := s.pdf
	p.SetY(s.pageH - footerSpace + 3)
	p.SetFont(fontFamily, "", 7)
	p.SetTextColor(100, 100, 100)
	p.CellFormat(s.pageW-2*margin-30, 4, footerNote(s.opts), "", 0, "L", false, 0, "")
	p.CellFormat(30, 4, fmt.Sprintf("Page %d of {nb}", p.PageNo()), "", 0, "R", false, 0, "")
	p.SetTextColor(0, 0, 0)
}

func (s *sheet) titleBlock() {
	p := s.pdf
	width := s.pageW - 2*margin
	p.SetFont(fontFamily, "B", 16)
	p.MultiCell(width, 7, s.opts.title(), "", "L", false)
	p.SetFont(fontFamily, "", 9)
	p.SetTextColor(70, 70, 70)
	p.MultiCell(width, 4.5, fmt.Sprintf("Generated %s · %d trials", s.opts.Generated.Format("2 January 2006, 15:04"), len(s.cmp.Trials)), "", "L", false)
	p.MultiCell(width, 4.5, "Sources: "+strings.Join(sources(s.cmp.Trials), "; "), "", "L", false)
	if s.cmp.Patient != nil {
		p.SetFont(fontFamily, "B", 9)
		p.SetTextColor(0, 0, 0)
		p.MultiCell(width, 4.5, "Patient: "+s.cmp.Patient.Describe()+
			". The Fit row is a screening aid, not an eligibility decision.", "", "L", false)
	}
	p.SetTextColor(0, 0, 0)
	p.Ln(3)
}

// bottom is the lowest y a table line may reach.
func (s *sheet) bottom() float64 { return s.pageH - footerSpace }

// columnGroups splits the trials into groups that fit across a page.
func (s *sheet) columnGroups() [][]int {
	perPage := max(1, int((s.pageW-2*margin-fieldWidth)/minTrialWidth))
	var groups [][]int
	for start := 0; start < len(s.cmp.Trials); start += perPage {
		var g []int
		for i := start; i < min(start+perPage, len(s.cmp.Trials)); i++ {
			g = append(g, i)
		}
		groups = append(groups, g)
	}
	return groups
}

func (s *sheet) table() { s.rowsTable(s.cmp.Rows) }

// exclusions prints the exclusions matrix on a new page: themes as rows,
// trials as columns, each cell the numbered criteria in that theme.
func (s *sheet) exclusions() {
	p := s.pdf
	p.AddPage()
	p.SetFont(fontFamily, "B", 13)
	p.MultiCell(s.pageW-2*margin, 6, "Exclusions at a glance", "", "L", false)
	p.SetFont(fontFamily, "", 8)
	p.SetTextColor(70, 70, 70)
	p.MultiCell(s.pageW-2*margin, 4, "Each cell lists the trial's exclusion criteria in that theme, by number; \"none\" means none of its criteria is in the theme.", "", "L", false)
	p.SetTextColor(0, 0, 0)
	p.Ln(2)
	rows := s.cmp.ExclusionRows()
	for i := range rows {
		for j, c := range rows[i].Cells {
			if len(c.Items) > 0 {
				rows[i].Cells[j].Text = strings.Join(c.Items, "\n")
			}
		}
	}
	s.rowsTable(rows)
}

// rowsTable prints rows as a table in column groups; each group after the
// first starts a page.
func (s *sheet) rowsTable(rows []model.Row) {
	for n, group := range s.columnGroups() {
		if n > 0 {
			s.pdf.AddPage()
		}
		colW := (s.pageW - 2*margin - fieldWidth) / float64(len(group))
		s.headerRow(group, colW)
		for _, row := range rows {
			s.tableRow(row, group, colW)
			if s.pdf.Error() != nil {
				return
			}
		}
	}
}

func (s *sheet) headerRow(group []int, colW float64) {
	p := s.pdf
	p.SetFont(fontFamily, "B", bodySize)
	lines := 1
	titles := make([][]string, len(group))
	for i, t := range group {
		titles[i] = s.split(s.cmp.ColumnTitle(t), colW)
		lines = max(lines, len(titles[i]))
	}
	h := float64(lines)*lineHeight + 2*cellPad
	y := p.GetY()
	p.SetFillColor(31, 95, 168)
	p.SetTextColor(255, 255, 255)
	p.Rect(margin, y, s.pageW-2*margin, h, "F")
	s.lines(margin, y, []string{"Field"})
	for i, t := range titles {
		s.lines(margin+fieldWidth+float64(i)*colW, y, t)
	}
	p.SetTextColor(0, 0, 0)
	p.SetY(y + h)
}

// cellLines are one value's wrapped lines and how they print.
type cellLines struct {
	lines     []string
	notStated bool
	chips     []string
}

func (s *sheet) valueLines(row model.Row, t int, colW float64) cellLines {
	cell := row.Cells[t]
	if cell.NotStated {
		return cellLines{lines: []string{model.NotStated}, notStated: true}
	}
	var out cellLines
	if row.Field == model.FieldTargets {
		out.chips = cell.Items
	} else {
		out.lines = s.split(cell.Text, colW)
	}
	for _, w := range cell.Warnings {
		out.lines = append(out.lines, s.split("Warning: "+w, colW)...)
	}
	return out
}

// tableRow prints a row; a row too tall for the rest of the page continues
// on the next, under the heading row, with its label repeated.
func (s *sheet) tableRow(row model.Row, group []int, colW float64) {
	p := s.pdf
	p.SetFont(fontFamily, "", bodySize)
	cells := make([]cellLines, len(group))
	total, chipLines := 0, 0
	for i, t := range group {
		cells[i] = s.valueLines(row, t, colW)
		total = max(total, len(cells[i].lines))
		chipLines = max(chipLines, s.chipRows(cells[i].chips, colW))
	}
	p.SetFont(fontFamily, "B", bodySize)
	label := s.split(row.Label, fieldWidth)
	total = max(total+chipLines, len(label), 1)
	for start, first, fresh := 0, true, false; start < total; first = false {
		room := int((s.bottom() - p.GetY() - 2*cellPad) / lineHeight)
		if room < min(total-start, 3) && !fresh {
			p.AddPage()
			s.headerRow(group, colW)
			fresh = true
			continue
		}
		fresh = false
		take := max(1, min(room, total-start))
		s.rowSegment(row, group, colW, cells, label, chipLines, start, take, first)
		start += take
	}
}

func (s *sheet) rowSegment(row model.Row, group []int, colW float64, cells []cellLines, label []string, chipLines, start, take int, first bool) {
	p := s.pdf
	y := p.GetY()
	h := float64(take)*lineHeight + 2*cellPad
	if row.Differs {
		p.SetFillColor(255, 242, 199)
		p.Rect(margin+fieldWidth, y, s.pageW-2*margin-fieldWidth, h, "F")
	}
	p.SetFillColor(238, 242, 247)
	p.Rect(margin, y, fieldWidth, h, "F")
	p.SetDrawColor(200, 200, 200)
	p.Line(margin, y+h, s.pageW-margin, y+h)
	p.SetFont(fontFamily, "B", bodySize)
	if first {
		s.lines(margin, y, label)
	} else {
		s.lines(margin, y, s.split(row.Label+" (continued)", fieldWidth))
	}
	for i, t := range group {
		x := margin + fieldWidth + float64(i)*colW
		switch row.Cells[t].Verdict {
		case model.VerdictExcluded:
			p.SetFillColor(248, 215, 214)
			p.Rect(x, y, colW, h, "F")
		case model.VerdictPossible:
			p.SetFillColor(214, 238, 218)
			p.Rect(x, y, colW, h, "F")
		}
		c := cells[i]
		if chipLines > 0 && start == 0 {
			s.drawChips(x, y, c.chips, colW)
		}
		lineStart := max(0, start-chipLines)
		end := min(len(c.lines), start+take-chipLines)
		if end <= lineStart {
			continue
		}
		if c.notStated {
			p.SetFont(fontFamily, "I", bodySize)
			p.SetTextColor(128, 128, 128)
		} else {
			p.SetFont(fontFamily, "", bodySize)
		}
		offset := float64(max(0, chipLines-start)) * lineHeight
		s.lines(x, y+offset, c.lines[lineStart:end])
		p.SetTextColor(0, 0, 0)
	}
	p.SetY(y + h)
}

// lines prints lines from the top left of a cell.
func (s *sheet) lines(x, y float64, lines []string) {
	for i, l := range lines {
		s.pdf.Text(x+cellPad, y+cellPad+float64(i)*lineHeight+lineHeight*0.78, l)
	}
}

// split wraps text to a column's width, keeping its line breaks.
func (s *sheet) split(text string, width float64) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		if strings.TrimSpace(para) == "" {
			out = append(out, "")
			continue
		}
		out = append(out, s.pdf.SplitText(para, width-2*cellPad)...)
	}
	return out
}

func (s *sheet) chipWidth(target string) float64 {
	s.pdf.SetFont(fontFamily, "B", bodySize-0.5)
	return s.pdf.GetStringWidth(target) + 3
}

// chipRows is how many lines of the table the chips take.
func (s *sheet) chipRows(chips []string, colW float64) int {
	if len(chips) == 0 {
		return 0
	}
	rows, x := 1, 0.0
	for _, c := range chips {
		w := s.chipWidth(c)
		if x > 0 && x+w > colW-2*cellPad {
			rows, x = rows+1, 0
		}
		x += w + 1.5
	}
	return int(math.Ceil(float64(rows) * chipHeight / lineHeight))
}

// drawChips prints each target on its colour, as in the app.
func (s *sheet) drawChips(x, y float64, chips []string, colW float64) {
	p := s.pdf
	cx, cy := x+cellPad, y+cellPad
	for _, c := range chips {
		w := s.chipWidth(c)
		if cx > x+cellPad && cx+w > x+colW-cellPad {
			cx, cy = x+cellPad, cy+chipHeight
		}
		col := model.TargetColor(c)
		p.SetFillColor(int(col.R), int(col.G), int(col.B))
		p.RoundedRect(cx, cy, w, chipHeight-0.8, 0.8, "1234", "F")
		p.SetTextColor(255, 255, 255)
		p.Text(cx+1.5, cy+chipHeight*0.66, c)
		cx += w + 1.5
	}
	p.SetTextColor(0, 0, 0)
}

// criteria prints each trial's full inclusion and exclusion criteria,
// numbered, after the table.
func (s *sheet) criteria() {
	p := s.pdf
	p.SetAutoPageBreak(true, footerSpace)
	p.AddPage()
	width := s.pageW - 2*margin
	p.SetFont(fontFamily, "B", 13)
	p.MultiCell(width, 6, "Eligibility criteria in full", "", "L", false)
	for i, t := range s.cmp.Trials {
		p.Ln(2)
		p.SetFont(fontFamily, "B", 10)
		title := s.cmp.ColumnTitle(i)
		if t.Title != "" {
			title += " — " + t.Title
		}
		p.MultiCell(width, 5, title, "", "L", false)
		for _, list := range []struct {
			heading string
			items   []string
		}{{"Inclusion criteria", t.Inclusion}, {"Exclusion criteria", t.Exclusion}} {
			p.SetFont(fontFamily, "B", 9)
			p.MultiCell(width, 4.6, list.heading, "", "L", false)
			p.SetFont(fontFamily, "", bodySize)
			if len(list.items) == 0 {
				p.SetTextColor(128, 128, 128)
				p.MultiCell(width, lineHeight, model.NotStated, "", "L", false)
				p.SetTextColor(0, 0, 0)
			}
			for n, item := range list.items {
				p.CellFormat(8, lineHeight, fmt.Sprintf("%d.", n+1), "", 0, "R", false, 0, "")
				p.MultiCell(width-8, lineHeight, item, "", "L", false)
			}
			if p.Error() != nil {
				return
			}
		}
	}
}
