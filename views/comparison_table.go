package views

import (
	"image/color"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/model"
)

// Widths of the comparison table at a zoom of 1.
const (
	labelColumnWidth = 150
	// minTrialWidth is the narrowest a trial's column gets when the window
	// is shared among many trials: about 23 characters a line.
	minTrialWidth = 172
	// minMarkWidth is the narrowest column of the exclusions matrix.
	minMarkWidth = 64
	maxRowHeight = 4000
)

// ComparisonTable shows a comparison: one column per trial, one row per
// field. The field names and the trial headings stay put while scrolling.
// The trials share the table's width down to a readable minimum; a column
// can be resized by dragging its heading's edge. A column scrolled partly
// out of sight is not drawn, so that no text sits beside the field names
// that belongs to a trial scrolled away.
type ComparisonTable struct {
	// Content is the table as placed in a window.
	Content fyne.CanvasObject
	// Table is the grid itself.
	Table *grid

	comparison      compare.Comparison
	rows            []compare.Row
	differencesOnly bool
	// compact makes columns as narrow as their values (the exclusions
	// matrix); otherwise the trials share the width.
	compact bool
	// sizing hides every row while row heights are set, so that each
	// SetRowHeight does not redraw the visible cells.
	sizing bool

	// available is the width the table was last laid out in.
	available float32
	// widths are the trials' column widths in use.
	widths []float32
	// dragged holds the widths the user dragged, by column key.
	dragged map[string]float32
	// hidden marks the columns scrolled partly out of sight.
	hidden map[int]bool
	// shown maps each value cell on show to its cell.
	shown map[fyne.CanvasObject]widget.TableCellID

	// OnCellSelected is called with the row and the trial's index when a
	// value is clicked, or opened with Enter.
	OnCellSelected func(row compare.Row, trial int)
	// OnColumnDragged is called when the user drags a column to a new
	// width, with the column's key (see ColumnKey).
	OnColumnDragged func(key string, width float32)
	// Later runs a function after the current event: fyne.Do from a new
	// goroutine in the app.
	Later func(func())
}

// NewComparisonTable returns an empty table whose trials share its width.
func NewComparisonTable() *ComparisonTable {
	c := &ComparisonTable{
		dragged: map[string]float32{}, hidden: map[int]bool{},
		shown: map[fyne.CanvasObject]widget.TableCellID{},
		Later: func(f func()) { go fyne.Do(f) },
	}
	c.Table = newGrid(c.size, c.newCell(newValueCell), c.updateValueCell)
	c.Table.CreateHeader = c.newCell(newHeaderCell)
	c.Table.UpdateHeader = c.updateHeaderCell
	c.Table.OnSelected = c.selected
	c.Content = container.New(widthLayout{c}, c.Table)
	return c
}

// NewMatrixTable returns an empty table whose columns are as narrow as
// their values: the exclusions matrix.
func NewMatrixTable() *ComparisonTable {
	c := NewComparisonTable()
	c.compact = true
	return c
}

// SetComparison shows a new comparison.
func (c *ComparisonTable) SetComparison(cmp compare.Comparison) {
	c.comparison = cmp
	c.refreshRows()
}

// SetDifferencesOnly hides or shows the rows whose values are the same in
// every trial.
func (c *ComparisonTable) SetDifferencesOnly(on bool) {
	c.differencesOnly = on
	c.refreshRows()
}

// SetDraggedWidths restores the column widths the user dragged, by column
// key.
func (c *ComparisonTable) SetDraggedWidths(widths map[string]float32) {
	c.dragged = widths
	c.Refit()
}

// Rows returns the rows on show.
func (c *ComparisonTable) Rows() []compare.Row { return c.rows }

// ColumnWidths returns the trials' column widths in use.
func (c *ComparisonTable) ColumnWidths() []float32 { return c.widths }

// ColumnKey names a trial's column for remembering its width: its NCT ID,
// or its file.
func ColumnKey(t *model.Trial) string {
	if t.NCTID != "" {
		return t.NCTID
	}
	return t.Source.File
}

func (c *ComparisonTable) refreshRows() {
	c.rows = c.comparison.Rows
	if c.differencesOnly && len(c.comparison.Trials) > 1 {
		c.rows = c.comparison.DifferingRows()
	}
	c.Table.UnselectAll()
	c.Refit()
}

// Refit sets the column widths and row heights for the table's width and
// the text size, and redraws it.
func (c *ComparisonTable) Refit() {
	c.widths = c.columnWidths()
	c.sizing = true
	c.Table.SetColumnWidth(-1, labelColumnWidth*zoom())
	for i, w := range c.widths {
		c.Table.SetColumnWidth(i, w)
	}
	c.sizing = false
	c.fitRowHeights()
	c.Table.Refresh()
	c.relayout()
}

// relayout lays the table out again at its size, so that its scroller
// takes the content's new size at once rather than at the next resize.
func (c *ComparisonTable) relayout() {
	size := c.Table.Size()
	if size.IsZero() {
		return
	}
	c.Table.Resize(size.AddWidthHeight(0, 1))
	c.Table.Resize(size)
}

// zoom is the comparison's text size relative to the theme's.
func zoom() float32 {
	return theme.Size(SizeNameComparisonText) / theme.TextSize()
}

// columnWidths shares the available width among the trials, down to a
// readable minimum, keeping the widths the user dragged; the matrix's
// columns fit their values and headings.
func (c *ComparisonTable) columnWidths() []float32 {
	n := len(c.comparison.Trials)
	widths := make([]float32, n)
	if c.compact {
		c.fitMarks(widths)
		return widths
	}
	z := zoom()
	sep := theme.Padding()
	free := c.available - labelColumnWidth*z - sep
	shared := n
	for i := range n {
		if w, ok := c.dragged[ColumnKey(&c.comparison.Trials[i])]; ok {
			widths[i] = w
			free -= w + sep
			shared--
		}
	}
	each := minTrialWidth * z
	if shared > 0 {
		each = max(each, (free-float32(shared)*sep)/float32(shared))
	}
	for i := range widths {
		if widths[i] == 0 {
			widths[i] = float32(int(each))
		}
	}
	return widths
}

// fitMarks makes each matrix column as wide as its widest mark or its
// heading's widest word.
func (c *ComparisonTable) fitMarks(widths []float32) {
	size := theme.Size(SizeNameComparisonText)
	pad := 2*theme.InnerPadding() + 2*theme.Padding()
	for i := range widths {
		w := float32(minMarkWidth) * zoom()
		texts := []string{headingName(&c.comparison.Trials[i]), headingID(c.comparison, i)}
		for _, row := range c.rows {
			texts = append(texts, row.Cells[i].Text)
		}
		for _, text := range texts {
			for _, word := range splitWords(text) {
				w = max(w, fyne.MeasureText(word, size, fyne.TextStyle{Bold: true}).Width+pad)
			}
		}
		widths[i] = float32(int(w + 1))
	}
}

// fitRowHeights makes each row as tall as its tallest value, and the
// heading row as tall as its tallest heading.
func (c *ComparisonTable) fitRowHeights() {
	c.sizing = true
	defer func() { c.sizing = false }()
	size := theme.Size(SizeNameComparisonText)
	labels, values := measureStyle(fyne.TextStyle{Bold: true}, size), measureStyle(fyne.TextStyle{}, size)
	labelWidth := labelColumnWidth * zoom()
	var heading float32
	for i := range c.comparison.Trials {
		heading = max(heading, headingHeight(c.comparison, i, c.width(i), labels, values))
	}
	c.Table.SetRowHeight(-1, heading)
	for r, row := range c.rows {
		h := labels.height("≠ "+row.Label, labelWidth)
		for i, cell := range row.Cells {
			h = max(h, valueHeight(cell, row.Field, values, c.width(i)))
		}
		c.Table.SetRowHeight(r, min(h, maxRowHeight))
	}
}

func (c *ComparisonTable) width(col int) float32 {
	if col < len(c.widths) {
		return c.widths[col]
	}
	return minTrialWidth
}

// newCell wraps a template's constructor: while sizing, the table asks
// for a template at every width or height set, and a bare rectangle
// answers at once.
func (c *ComparisonTable) newCell(create func() fyne.CanvasObject) func() fyne.CanvasObject {
	return func() fyne.CanvasObject {
		if c.sizing {
			return canvas.NewRectangle(color.Transparent)
		}
		return create()
	}
}

func (c *ComparisonTable) size() (rows, cols int) {
	if c.sizing {
		return 0, 0
	}
	return len(c.rows), len(c.comparison.Trials)
}

func (c *ComparisonTable) updateValueCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(c.rows) || id.Col >= len(c.comparison.Trials) {
		return
	}
	c.shown[o] = id
	setHidden(o, c.hidden[id.Col])
	row := c.rows[id.Row]
	showValue(o, row, row.Cells[id.Col])
}

func (c *ComparisonTable) updateHeaderCell(id widget.TableCellID, o fyne.CanvasObject) {
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(c.comparison.Trials):
		c.noteDrag(id.Col, o.Size().Width)
		c.hideIfClipped(id.Col, o)
		t := &c.comparison.Trials[id.Col]
		showHeading(o, headingName(t), headingID(c.comparison, id.Col), t.Targets)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(c.rows):
		o.Show()
		showFieldName(o, c.rows[id.Row])
	default:
		o.Show()
		showHeading(o, "", "", nil)
	}
}

// hideIfClipped hides a column's heading and values while the column is
// scrolled partly out of sight to the left.
func (c *ComparisonTable) hideIfClipped(col int, heading fyne.CanvasObject) {
	clipped := heading.Position().X < -0.5
	setHidden(heading, clipped)
	if c.hidden[col] == clipped {
		return
	}
	c.hidden[col] = clipped
	for o, id := range c.shown {
		if id.Col == col {
			setHidden(o, clipped)
		}
	}
}

// noteDrag remembers a width the user dragged a heading to, and refits
// the rows to it after the drag's event.
func (c *ComparisonTable) noteDrag(col int, width float32) {
	if c.sizing || col >= len(c.widths) || width <= 0 || abs(width-c.widths[col]) < 1 {
		return
	}
	c.widths[col] = width
	key := ColumnKey(&c.comparison.Trials[col])
	if !c.compact {
		c.dragged[key] = width
		if c.OnColumnDragged != nil {
			c.OnColumnDragged(key, width)
		}
	}
	c.Later(c.fitRowHeights)
}

func setHidden(o fyne.CanvasObject, hidden bool) {
	if hidden {
		o.Hide()
	} else {
		o.Show()
	}
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

func (c *ComparisonTable) selected(id widget.TableCellID) {
	c.Table.cursor = id
	if id.Row < 0 || id.Col < 0 || id.Row >= len(c.rows) || c.OnCellSelected == nil {
		return
	}
	c.OnCellSelected(c.rows[id.Row], id.Col)
}

// widthLayout gives the table its whole space and shares the width among
// the trials whenever the width changes.
type widthLayout struct{ c *ComparisonTable }

func (l widthLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if abs(size.Width-l.c.available) >= 1 {
		l.c.available = size.Width
		if !l.c.compact {
			l.c.Refit()
		}
	}
}

func (l widthLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}
