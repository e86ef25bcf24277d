package views

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/model"
)

// Column widths of the comparison table.
const (
	labelColumnWidth = 150
	trialColumnWidth = 300
	maxRowHeight     = 4000
)

// ComparisonTable shows a comparison: one column per trial, one row per
// field. The field names and the trial headings stay put while scrolling;
// columns can be resized by dragging their headings.
type ComparisonTable struct {
	Table *widget.Table

	comparison      model.Comparison
	rows            []model.Row
	differencesOnly bool
	// sizing hides every row while row heights are set, so that each
	// SetRowHeight does not redraw the visible cells.
	sizing bool

	// OnCellSelected is called with the row and the trial's index when a
	// value is clicked.
	OnCellSelected func(row model.Row, trial int)
}

// NewComparisonTable returns an empty table.
func NewComparisonTable() *ComparisonTable {
	c := &ComparisonTable{}
	c.Table = widget.NewTableWithHeaders(c.size, newValueCell, c.updateValueCell)
	c.Table.CreateHeader = newHeaderCell
	c.Table.UpdateHeader = c.updateHeaderCell
	c.Table.OnSelected = c.selected
	c.Table.SetColumnWidth(-1, labelColumnWidth)
	return c
}

// SetComparison shows a new comparison.
func (c *ComparisonTable) SetComparison(cmp model.Comparison) {
	c.comparison = cmp
	c.refreshRows()
}

// SetDifferencesOnly hides or shows the rows whose values are the same in
// every trial.
func (c *ComparisonTable) SetDifferencesOnly(on bool) {
	c.differencesOnly = on
	c.refreshRows()
}

// Rows returns the rows on show.
func (c *ComparisonTable) Rows() []model.Row { return c.rows }

func (c *ComparisonTable) refreshRows() {
	c.rows = c.comparison.Rows
	if c.differencesOnly && len(c.comparison.Trials) > 1 {
		c.rows = c.comparison.DifferingRows()
	}
	c.Table.UnselectAll()
	c.fitRowHeights()
	c.Table.Refresh()
}

// fitRowHeights makes each row as tall as its tallest value.
func (c *ComparisonTable) fitRowHeights() {
	c.sizing = true
	defer func() { c.sizing = false }()
	labels, values := measureStyle(fyne.TextStyle{Bold: true}), measureStyle(fyne.TextStyle{})
	for r, row := range c.rows {
		h := labels.height("≠ "+row.Label, labelColumnWidth)
		for _, cell := range row.Cells {
			text := cell.Text
			for _, w := range cell.Warnings {
				text += "\nWarning: " + w
			}
			h = max(h, values.height(text, trialColumnWidth))
		}
		if row.Field == model.FieldTargets {
			h += 2 * theme.Padding()
		}
		c.Table.SetRowHeight(r, min(h, maxRowHeight))
	}
}

func (c *ComparisonTable) size() (rows, cols int) {
	if c.sizing {
		return 0, 0
	}
	return len(c.rows), len(c.comparison.Trials)
}

// valueCell is the template of a value: a tint behind wrapped text, and
// coloured chips for targets.
type valueCell struct {
	tint     *canvas.Rectangle
	chipLine *fyne.Container
	chips    *fyne.Container
	text     *widget.RichText
}

func newValueCell() fyne.CanvasObject {
	text := widget.NewRichText()
	text.Wrapping = fyne.TextWrapWord
	tint := canvas.NewRectangle(theme.Color(ColorNameDiffers))
	// The template's width is every column's default width; a width the
	// user drags is kept by the table.
	tint.SetMinSize(fyne.NewSize(trialColumnWidth, 0))
	chips := container.New(flowLayout{gap: 4})
	return container.NewStack(tint, container.NewVBox(container.NewPadded(chips), text))
}

func cellParts(o fyne.CanvasObject) valueCell {
	stack := o.(*fyne.Container)
	column := stack.Objects[1].(*fyne.Container)
	chipLine := column.Objects[0].(*fyne.Container)
	return valueCell{
		tint:     stack.Objects[0].(*canvas.Rectangle),
		chipLine: chipLine,
		chips:    chipLine.Objects[0].(*fyne.Container),
		text:     column.Objects[1].(*widget.RichText),
	}
}

func (c *ComparisonTable) updateValueCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row >= len(c.rows) || id.Col >= len(c.comparison.Trials) {
		return
	}
	row := c.rows[id.Row]
	cell := row.Cells[id.Col]
	parts := cellParts(o)
	parts.tint.Hidden = !row.Differs && cell.Verdict == ""
	parts.tint.FillColor = theme.Color(tintOf(cell))
	parts.tint.Refresh()

	if row.Field == model.FieldTargets && !cell.NotStated {
		parts.chips.Objects = targetChips(cell.Items)
		parts.chipLine.Show()
		parts.chips.Refresh()
		parts.text.Segments = warningSegments(cell)
	} else {
		parts.chips.Objects = nil
		parts.chipLine.Hide()
		parts.text.Segments = append(valueSegments(cell), warningSegments(cell)...)
	}
	parts.text.Refresh()
}

// tintOf is the colour behind a value: the verdict's in the fit row, the
// differs tint elsewhere.
func tintOf(cell model.Cell) fyne.ThemeColorName {
	switch cell.Verdict {
	case model.VerdictExcluded:
		return ColorNameExcluded
	case model.VerdictPossible:
		return ColorNamePossible
	}
	return ColorNameDiffers
}

// valueSegments renders a value; "not stated" is muted and italic, and a
// stale status's "status not verified since …" line is bold in the
// warning colour.
func valueSegments(cell model.Cell) []widget.RichTextSegment {
	if cell.NotStated {
		return []widget.RichTextSegment{&widget.TextSegment{Text: model.NotStated,
			Style: widget.RichTextStyle{ColorName: theme.ColorNameDisabled, TextStyle: fyne.TextStyle{Italic: true}, Inline: true}}}
	}
	if status, note, found := strings.Cut(cell.Text, "\n"); cell.Stale && found {
		return []widget.RichTextSegment{
			&widget.TextSegment{Text: status + "\n", Style: widget.RichTextStyleInline},
			&widget.TextSegment{Text: note, Style: widget.RichTextStyle{ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Bold: true}, Inline: true}},
		}
	}
	style := widget.RichTextStyleInline
	if cell.Verdict != "" {
		style.TextStyle = fyne.TextStyle{Bold: true}
	}
	return []widget.RichTextSegment{&widget.TextSegment{Text: cell.Text, Style: style}}
}

// warningSegments adds a line per warning about the value.
func warningSegments(cell model.Cell) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for _, w := range cell.Warnings {
		segs = append(segs, &widget.TextSegment{Text: "Warning: " + w,
			Style: widget.RichTextStyle{ColorName: theme.ColorNameWarning, TextStyle: fyne.TextStyle{Italic: true}}})
	}
	return segs
}

// targetChips draws each target as a coloured chip.
func targetChips(targets []string) []fyne.CanvasObject {
	chips := make([]fyne.CanvasObject, 0, len(targets))
	for _, t := range targets {
		chips = append(chips, NewTargetChip(t))
	}
	return chips
}

// NewTargetChip returns a target's name on its colour.
func NewTargetChip(target string) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(TargetColorName(target)))
	bg.CornerRadius = 4
	label := canvas.NewText(target, color.White)
	label.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(bg, container.New(paddedLayout{4, 2}, label))
}

func newHeaderCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewStack(canvas.NewRectangle(theme.Color(ColorNameDiffers)), l)
}

func (c *ComparisonTable) updateHeaderCell(id widget.TableCellID, o fyne.CanvasObject) {
	stack := o.(*fyne.Container)
	tint := stack.Objects[0].(*canvas.Rectangle)
	label := stack.Objects[1].(*widget.Label)
	tint.Hidden = true
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(c.comparison.Trials):
		label.SetText(c.comparison.ColumnTitle(id.Col))
	case id.Col < 0 && id.Row >= 0 && id.Row < len(c.rows):
		row := c.rows[id.Row]
		label.SetText(row.Label)
		tint.Hidden = !row.Differs
		if row.Differs {
			label.SetText("≠ " + row.Label)
		}
	default:
		label.SetText("")
	}
	tint.Refresh()
}

func (c *ComparisonTable) selected(id widget.TableCellID) {
	if id.Row < 0 || id.Col < 0 || id.Row >= len(c.rows) || c.OnCellSelected == nil {
		return
	}
	c.OnCellSelected(c.rows[id.Row], id.Col)
}
