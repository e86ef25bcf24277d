package views

import (
	"image/color"
	"strings"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/model"
)

// valueCell is the template of a value: a tint behind target chips,
// wrapped text, and a line per warning, each with its icon.
type valueCell struct {
	tint     *canvas.Rectangle
	chipLine *fyne.Container
	chips    *fyne.Container
	text     *widget.RichText
	warnings *fyne.Container
	column   *fyne.Container
}

func newValueCell() fyne.CanvasObject {
	text := widget.NewRichText()
	text.Wrapping = fyne.TextWrapWord
	tint := canvas.NewRectangle(theme.Color(ColorNameDiffers))
	tint.SetMinSize(fyne.NewSize(minMarkWidth, 0))
	chips := container.New(flowLayout{gap: 4})
	warnings := container.NewVBox()
	return container.NewStack(tint, container.NewVBox(container.NewPadded(chips), text, warnings))
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
		warnings: column.Objects[2].(*fyne.Container),
		column:   column,
	}
}

// showValue fills a value cell.
func showValue(o fyne.CanvasObject, row compare.Row, cell compare.Cell) {
	parts := cellParts(o)
	parts.tint.Hidden = !row.Differs && cell.Verdict == ""
	parts.tint.FillColor = theme.Color(tintOf(cell))
	parts.tint.Refresh()

	if row.Field == model.FieldTargets && !cell.NotStated {
		parts.chips.Objects = targetChips(cell.Items)
		parts.chipLine.Show()
		parts.chips.Refresh()
		parts.text.Hide()
	} else {
		parts.chips.Objects = nil
		parts.chipLine.Hide()
		parts.text.Segments = valueSegments(cell)
		parts.text.Wrapping = wrappingFor(cell.Text)
		parts.text.Show()
		parts.text.Refresh()
	}
	parts.warnings.Objects = warningLines(cell.Warnings)
	parts.warnings.Hidden = len(cell.Warnings) == 0
	parts.column.Refresh()
}

// valueHeight estimates the height of a value's cell in a column width.
func valueHeight(cell compare.Cell, field model.Field, m textMetrics, width float32) float32 {
	var h float32
	if field == model.FieldTargets && !cell.NotStated {
		h = chipsHeight(cell.Items, width) + 2*theme.Padding()
	} else {
		h = m.height(cell.Text, width)
	}
	for _, w := range cell.Warnings {
		h += m.height(w, width-warningIconSize()-theme.Padding()) + theme.Padding()
	}
	return h
}

// tintOf is the colour behind a value: the verdict's in the fit row, the
// differs tint elsewhere.
func tintOf(cell compare.Cell) fyne.ThemeColorName {
	switch cell.Verdict {
	case eligibility.VerdictExcluded:
		return ColorNameExcluded
	case eligibility.VerdictPossible:
		return ColorNamePossible
	}
	return ColorNameDiffers
}

// notStatedStyle is the style of "not stated": muted and italic, yet
// readable.
func notStatedStyle() widget.RichTextStyle {
	return widget.RichTextStyle{ColorName: ColorNameNotStated, SizeName: SizeNameComparisonText,
		TextStyle: fyne.TextStyle{Italic: true}, Inline: true}
}

// valueSegments renders a value; "not stated" is muted and italic, and a
// stale status's "status not verified since …" line is bold in the
// warning colour.
func valueSegments(cell compare.Cell) []widget.RichTextSegment {
	plain := widget.RichTextStyle{SizeName: SizeNameComparisonText, Inline: true}
	if cell.NotStated {
		return []widget.RichTextSegment{&widget.TextSegment{Text: model.NotStated, Style: notStatedStyle()}}
	}
	if status, note, found := strings.Cut(cell.Text, "\n"); cell.Stale && found {
		warn := widget.RichTextStyle{ColorName: ColorNameWarningText, SizeName: SizeNameComparisonText,
			TextStyle: fyne.TextStyle{Bold: true}, Inline: true}
		return []widget.RichTextSegment{
			&widget.TextSegment{Text: status + "\n", Style: plain},
			&widget.TextSegment{Text: note, Style: warn},
		}
	}
	if cell.Verdict != "" {
		plain.TextStyle = fyne.TextStyle{Bold: true}
	}
	return []widget.RichTextSegment{&widget.TextSegment{Text: cell.Text, Style: plain}}
}

// warningLines draws each warning on a line of its own, after a warning
// icon, in the warning colour.
func warningLines(warnings []string) []fyne.CanvasObject {
	lines := make([]fyne.CanvasObject, 0, len(warnings))
	for _, w := range warnings {
		text := widget.NewRichText(&widget.TextSegment{Text: w, Style: widget.RichTextStyle{
			ColorName: ColorNameWarningText, SizeName: SizeNameComparisonText, TextStyle: fyne.TextStyle{Italic: true}}})
		text.Wrapping = fyne.TextWrapWord
		lines = append(lines, container.NewBorder(nil, nil, container.NewVBox(newWarningIcon()), nil, text))
	}
	return lines
}

// newWarningIcon draws a warning triangle as a vector image: the Go font
// has no ⚠.
func newWarningIcon() fyne.CanvasObject {
	icon := canvas.NewImageFromResource(theme.NewColoredResource(theme.WarningIcon(), ColorNameWarningText))
	icon.FillMode = canvas.ImageFillContain
	size := warningIconSize()
	icon.SetMinSize(fyne.NewSize(size, size))
	return container.New(paddedLayout{0, theme.InnerPadding() / 2}, icon)
}

func warningIconSize() float32 { return theme.Size(SizeNameComparisonText) * 1.3 }

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
	label.TextSize = theme.Size(SizeNameComparisonText)
	return container.NewStack(bg, container.New(paddedLayout{4, 2}, label))
}

// chipsHeight estimates the height of target chips flowed into a width.
func chipsHeight(targets []string, width float32) float32 {
	if len(targets) == 0 {
		return 0
	}
	size := theme.Size(SizeNameComparisonText)
	usable := width - 2*theme.Padding()
	lines, x, chip := 1, float32(0), float32(0)
	for _, t := range targets {
		m := fyne.MeasureText(t, size, fyne.TextStyle{Bold: true})
		w := m.Width + 8
		chip = m.Height + 4
		if x > 0 && x+w > usable {
			lines++
			x = 0
		}
		x += w + 4
	}
	return float32(lines)*chip + float32(lines-1)*4
}
