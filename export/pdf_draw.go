package export

import (
	"slices"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// draw prints the laid-out document page by page.
func (d document) draw(pdf *gofpdf.Fpdf) {
	for _, p := range d.overview.pages {
		pdf.AddPage()
		d.drawOverviewPage(pdf, p)
	}
	for _, p := range slices.Concat(d.changes, d.details) {
		pdf.AddPage()
		for c, col := range p.columns {
			drawLines(pdf, margin+float64(c)*(d.columnW+columnGap), margin, d.columnW, col)
		}
	}
}

// drawLines prints lines from (x, y) down, each band filling the column.
func drawLines(pdf *gofpdf.Fpdf, x, y, width float64, lines []line) float64 {
	for _, l := range lines {
		if l.band != nil {
			pdf.SetFillColor(l.band.r, l.band.g, l.band.b)
			pdf.Rect(x, y, width, l.h, "F")
		}
		for _, s := range l.spans {
			drawText(pdf, x+s.x, y, l.h, s)
		}
		y += l.h
	}
	return y
}

// drawText prints a span on a line of height h whose top is y.
// A text that mixes scripts prints run by run, each in its font.
func drawText(pdf *gofpdf.Fpdf, x, y, h float64, s span) {
	pdf.SetTextColor(s.st.color.r, s.st.color.g, s.st.color.b)
	baseline := y + (h-s.st.mm()*1.2)/2 + s.st.mm()*0.93
	if needsOtherFonts(s.text) {
		for _, run := range scriptRuns(printForm(s.text)) {
			setRunFont(pdf, run, s.st)
			pdf.Text(x, baseline, run.text)
			x += pdf.GetStringWidth(run.text)
		}
		return
	}
	pdf.SetFont(fontFamily, s.st.fontStyle(), s.st.size)
	pdf.Text(x, baseline, s.text)
}

func fillRect(pdf *gofpdf.Fpdf, c rgb, x, y, w, h float64) {
	pdf.SetFillColor(c.r, c.g, c.b)
	pdf.Rect(x, y, w, h, "F")
}

// drawOverviewPage prints one overview page: the title block, the column
// headings, the rows and the legend.
func (d document) drawOverviewPage(pdf *gofpdf.Fpdf, p ovPage) {
	o := d.overview
	width := d.columnW*2 + columnGap
	y := drawLines(pdf, margin, margin, width, o.title)
	left := margin + overviewLabelWidth
	inner := p.colW - 2*cellPadX
	fillRect(pdf, headingFill, margin, y, width, p.headerH)
	drawLines(pdf, margin+cellPadX, y+cellPadY, overviewLabelWidth, []line{{h: 3.5, spans: []span{{text: "Trial", st: ovLabelStyle}}}})
	for j, h := range p.header {
		x := left + float64(j)*p.colW
		ly := drawLines(pdf, x+cellPadX, y+cellPadY, inner, h.lines)
		d.drawChips(pdf, h.chips, x+cellPadX, ly, inner)
	}
	y += p.headerH
	pdf.SetDrawColor(ruleInk.r, ruleInk.g, ruleInk.b)
	pdf.SetLineWidth(0.2)
	top := y
	for _, r := range p.rows {
		fillRect(pdf, labelFill, margin, y, overviewLabelWidth, r.h)
		if r.differs {
			fillRect(pdf, differsFill, left, y, width-overviewLabelWidth, r.h)
		}
		labelY := y + cellPadY
		if r.theme {
			labelY = y + themePadY
		}
		drawLines(pdf, margin+cellPadX, labelY, overviewLabelWidth, r.label)
		for j, c := range r.cells {
			x := left + float64(j)*p.colW
			if c.fill != nil {
				fillRect(pdf, *c.fill, x, y, p.colW, r.h)
			}
			cy := y + cellPadY
			if r.theme {
				cy = y + themePadY
			}
			if len(c.chips) > 0 {
				cy = d.drawChips(pdf, c.chips, x+cellPadX, cy, inner)
			}
			if c.ages != nil {
				drawAgeBar(pdf, x+cellPadX, cy+0.6, inner, *c.ages, o.patient)
				cy += ageBarRoom
			}
			drawLines(pdf, x+cellPadX, cy, inner, c.lines)
		}
		pdf.SetDrawColor(ruleInk.r, ruleInk.g, ruleInk.b)
		if !r.group {
			pdf.Line(margin, y+r.h, margin+width, y+r.h)
		}
		y += r.h
	}
	for j := 1; j < len(p.trials); j++ {
		x := left + float64(j)*p.colW
		pdf.Line(x, top, x, y)
	}
	pdf.Line(left, top, left, y)
	legend := o.legend
	fillRect(pdf, differsFill, margin, y+1.6, 3.5, 2.6)
	drawLines(pdf, margin, y, width, legend)
}

// drawChips prints each target on its colour, as in the app, and returns
// the y below them.
func (d document) drawChips(pdf *gofpdf.Fpdf, chips []string, x, y, width float64) float64 {
	if len(chips) == 0 {
		return y
	}
	xs, ys, ws := d.m.chipLayout(chips, width)
	for i, c := range chips {
		col := targetColor(c)
		if strings.HasPrefix(c, "+") {
			col = muted
		}
		pdf.SetFillColor(col.r, col.g, col.b)
		pdf.RoundedRect(x+xs[i], y+ys[i], ws[i], chipHeight-0.7, 0.8, "1234", "F")
		drawText(pdf, x+xs[i]+1.2, y+ys[i], chipHeight-0.7, span{text: c, st: chipStyle})
	}
	return y + d.m.chipRowsHeight(chips, width)
}
