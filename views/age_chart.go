package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/trialcompare/trialcompare/compare"

	"github.com/trialcompare/trialcompare/model"
)

// AgeBar is one trial on the age chart.
type AgeBar struct {
	Label string
	Ages  model.AgeRange
	// Groups are the trial's age groups, drawn where Ages states no bound.
	Groups []model.AgeGroup
}

// drawn returns the range a bar draws and the line under it: the stated
// bounds, or else the span of the age groups, named as such.
func (b AgeBar) drawn() (model.AgeRange, string) {
	if b.Ages.Stated() || len(b.Groups) == 0 {
		return b.Ages, b.Ages.Describe()
	}
	text := model.AgeGroupsLabel(b.Groups) + " (age groups): " + model.AgeGroupsSpan(b.Groups)
	r, _ := model.AgeGroupsRange(b.Groups)
	return r, text
}

// The chart's geometry.
const (
	chartLabelWidth  = 190
	chartMargin      = 16
	chartAxisHeight  = 34
	chartRowHeight   = 50
	chartBarHeight   = 16
	daysPerMonth     = 365.25 / 12
	chartMinPlotSize = 360
)

// AgeChart draws each trial's age range as a bar on one shared axis from
// birth to 80 years. The axis stretches the first years, so months and
// years both read well. The line under each bar states the bounds and
// whether each is inclusive.
type AgeChart struct {
	widget.BaseWidget
	bars []AgeBar
	// patient is the patient's age in days and its label; label "" for none.
	patientDays  float64
	patientLabel string
}

// NewAgeChart returns an empty chart.
func NewAgeChart() *AgeChart {
	c := &AgeChart{}
	c.ExtendBaseWidget(c)
	return c
}

// SetBars shows new bars.
func (c *AgeChart) SetBars(bars []AgeBar) {
	c.bars = bars
	c.Refresh()
}

// SetPatient marks a patient's age with a line across the bars; an empty
// label removes it.
func (c *AgeChart) SetPatient(ageDays float64, label string) {
	c.patientDays, c.patientLabel = ageDays, label
	c.Refresh()
}

// Bars returns the bars on show.
func (c *AgeChart) Bars() []AgeBar { return c.bars }

// CreateRenderer implements fyne.Widget.
func (c *AgeChart) CreateRenderer() fyne.WidgetRenderer {
	r := &ageChartRenderer{chart: c}
	r.build()
	return r
}

// chartX maps an age in days to a fraction of the plot's width, on the
// axis the PDF shares.
func chartX(days float64) float32 { return float32(compare.AgeAxisPosition(days)) }

type ageChartRenderer struct {
	chart        *AgeChart
	objects      []fyne.CanvasObject
	grid         []*canvas.Line
	ticks        []*canvas.Text
	rows         []chartRow
	patientLine  *canvas.Line
	patientLabel *canvas.Text
}

type chartRow struct {
	label, bounds *canvas.Text
	bar           *canvas.Rectangle
	lo, hi        float32
}

func (r *ageChartRenderer) build() {
	r.objects, r.grid, r.ticks, r.rows = nil, nil, nil, nil
	for _, t := range compare.AgeAxisTicks {
		line := canvas.NewLine(theme.Color(theme.ColorNameSeparator))
		text := canvas.NewText(t.Label, theme.Color(theme.ColorNameForeground))
		text.TextSize = theme.CaptionTextSize()
		text.Alignment = fyne.TextAlignCenter
		r.grid = append(r.grid, line)
		r.ticks = append(r.ticks, text)
		r.objects = append(r.objects, line, text)
	}
	for _, b := range r.chart.bars {
		label := canvas.NewText(b.Label, theme.Color(theme.ColorNameForeground))
		label.TextStyle = fyne.TextStyle{Bold: true}
		ages, text := b.drawn()
		bounds := canvas.NewText(text, theme.Color(theme.ColorNamePlaceHolder))
		bounds.TextSize = theme.CaptionTextSize()
		bar := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
		bar.CornerRadius = 3
		lo, hi := compare.AgeAxisSpan(ages)
		row := chartRow{label: label, bounds: bounds, bar: bar, lo: float32(lo), hi: float32(hi)}
		if !ages.Stated() {
			bar.FillColor = theme.Color(theme.ColorNameDisabled)
		}
		r.rows = append(r.rows, row)
		r.objects = append(r.objects, bar, label, bounds)
	}
	r.patientLine = canvas.NewLine(theme.Color(theme.ColorNameError))
	r.patientLine.StrokeWidth = 2
	r.patientLabel = canvas.NewText("Patient: "+r.chart.patientLabel, theme.Color(theme.ColorNameError))
	r.patientLabel.TextSize = theme.CaptionTextSize()
	r.patientLabel.TextStyle = fyne.TextStyle{Bold: true}
	r.patientLine.Hidden = r.chart.patientLabel == ""
	r.patientLabel.Hidden = r.patientLine.Hidden
	r.objects = append(r.objects, r.patientLine, r.patientLabel)
}

func (r *ageChartRenderer) Layout(size fyne.Size) {
	plotLeft := float32(chartLabelWidth + chartMargin)
	plotWidth := max(size.Width-plotLeft-chartMargin, chartMinPlotSize)
	bottom := float32(chartAxisHeight + chartRowHeight*len(r.rows))
	for i, t := range compare.AgeAxisTicks {
		x := plotLeft + chartX(t.Months*daysPerMonth)*plotWidth
		r.grid[i].Position1 = fyne.NewPos(x, chartAxisHeight-6)
		r.grid[i].Position2 = fyne.NewPos(x, bottom)
		r.ticks[i].Move(fyne.NewPos(x-20, 4))
		r.ticks[i].Resize(fyne.NewSize(40, 20))
	}
	px := plotLeft + chartX(r.chart.patientDays)*plotWidth
	r.patientLine.Position1 = fyne.NewPos(px, chartAxisHeight-14)
	r.patientLine.Position2 = fyne.NewPos(px, bottom)
	r.patientLabel.Move(fyne.NewPos(px+4, bottom+2))
	for i, row := range r.rows {
		y := float32(chartAxisHeight + chartRowHeight*i)
		row.label.Move(fyne.NewPos(chartMargin, y+4))
		row.label.Resize(fyne.NewSize(chartLabelWidth-8, 20))
		x0, x1 := plotLeft+row.lo*plotWidth, plotLeft+row.hi*plotWidth
		row.bar.Move(fyne.NewPos(x0, y+6))
		row.bar.Resize(fyne.NewSize(max(x1-x0, 3), chartBarHeight))
		row.bounds.Move(fyne.NewPos(plotLeft, y+chartBarHeight+10))
	}
}

func (r *ageChartRenderer) MinSize() fyne.Size {
	return fyne.NewSize(chartLabelWidth+chartMargin*2+chartMinPlotSize, float32(chartAxisHeight+chartRowHeight*len(r.rows)+24))
}

func (r *ageChartRenderer) Refresh() {
	r.build()
	r.Layout(r.chart.Size())
	canvas.Refresh(r.chart)
}

func (r *ageChartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *ageChartRenderer) Destroy() {}
