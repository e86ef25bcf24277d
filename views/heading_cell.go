package views

import (
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/model"
)

// shortTitleRunes is the longest title a heading shows whole.
const shortTitleRunes = 48

// headingCell is the template of a heading: a trial's acronym or short
// title, its NCT ID and its target chips; or a field's name, marked ≠ and
// tinted when the trials differ in it.
type headingCell struct {
	tint  *canvas.Rectangle
	name  *widget.RichText
	id    *widget.RichText
	chips *fyne.Container
}

func newHeaderCell() fyne.CanvasObject {
	name := widget.NewRichText()
	name.Wrapping = fyne.TextWrapWord
	id := widget.NewRichText()
	id.Wrapping = fyne.TextWrapWord
	chips := container.New(flowLayout{gap: 4})
	return container.NewStack(canvas.NewRectangle(theme.Color(ColorNameDiffers)),
		container.NewVBox(name, id, container.New(paddedLayout{theme.InnerPadding(), 0}, chips)))
}

func headingParts(o fyne.CanvasObject) headingCell {
	stack := o.(*fyne.Container)
	column := stack.Objects[1].(*fyne.Container)
	return headingCell{
		tint:  stack.Objects[0].(*canvas.Rectangle),
		name:  column.Objects[0].(*widget.RichText),
		id:    column.Objects[1].(*widget.RichText),
		chips: column.Objects[2].(*fyne.Container).Objects[0].(*fyne.Container),
	}
}

func headingStyle(bold bool, color fyne.ThemeColorName) widget.RichTextStyle {
	return widget.RichTextStyle{SizeName: SizeNameComparisonText, ColorName: color, TextStyle: fyne.TextStyle{Bold: bold}}
}

// showHeading fills a trial's heading.
func showHeading(o fyne.CanvasObject, name, id string, targets []string) {
	parts := headingParts(o)
	parts.tint.Hide()
	parts.name.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: name, Style: headingStyle(true, "")}}
	parts.name.Wrapping = wrappingFor(name)
	// A trial with no acronym or title shows its column title alone.
	parts.name.Hidden = name == ""
	parts.name.Refresh()
	parts.id.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: id, Style: headingStyle(false, "")}}
	parts.id.Hidden = id == "" || id == name
	parts.id.Refresh()
	parts.chips.Objects = targetChips(targets)
	parts.chips.Refresh()
	parts.chips.Hidden = len(targets) == 0
}

// showFieldName fills a row's heading with the field's name.
func showFieldName(o fyne.CanvasObject, row compare.Row) {
	parts := headingParts(o)
	label := row.Label
	if row.Differs {
		label = "≠ " + label
	}
	parts.tint.Hidden = !row.Differs
	parts.tint.FillColor = theme.Color(ColorNameDiffers)
	parts.tint.Refresh()
	parts.name.Segments = []widget.RichTextSegment{&widget.TextSegment{Text: label, Style: headingStyle(true, "")}}
	parts.name.Hidden = false
	parts.name.Refresh()
	parts.id.Hide()
	parts.chips.Objects = nil
	parts.chips.Hide()
}

// headingName is a trial's acronym or, failing that, its title cut short
// at a word.
func headingName(t *model.Trial) string {
	if t.Acronym != "" {
		return t.Acronym
	}
	return shortTitle(t.Title)
}

func shortTitle(title string) string {
	if utf8.RuneCountInString(title) <= shortTitleRunes {
		return title
	}
	cut := string([]rune(title)[:shortTitleRunes])
	if i := strings.LastIndex(cut, " "); i > shortTitleRunes/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-") + "…"
}

// headingID is a trial's NCT ID, or its column title when it has none.
func headingID(cmp compare.Comparison, i int) string {
	if id := cmp.Trials[i].NCTID; id != "" {
		return id
	}
	return cmp.ColumnTitle(i)
}

// headingHeight estimates a trial heading's height in a column width,
// with the metrics of bold and plain text.
func headingHeight(cmp compare.Comparison, i int, width float32, bold, plain textMetrics) float32 {
	t := &cmp.Trials[i]
	h := plain.height(headingID(cmp, i), width) + theme.LineSpacing()
	if name := headingName(t); name != "" {
		// The bold name wraps sooner than the average character
		// predicts: allow it a line more. It is padded as the ID is, and
		// stands a gap above it.
		nameLines := bold.lines(name, width)
		if nameLines > 1 {
			nameLines++
		}
		h += float32(nameLines)*bold.lineHeight + 2*theme.InnerPadding() + theme.Padding()
	}
	if len(t.Targets) > 0 {
		h += chipsHeight(t.Targets, width) + theme.Padding()
	}
	return h
}
