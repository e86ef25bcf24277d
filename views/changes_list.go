package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/compare"
)

// ChangedTrial is one trial as the list of what changed shows it: its
// heading, a line that sums it up ("3 changes since 25 Nov 2026", "no
// change since …", why it could not be refreshed or compared), and its
// changes.
type ChangedTrial struct {
	Heading string
	Summary string
	// Failed marks a trial that could not be refreshed.
	Failed  bool
	Changes []compare.Change
}

// changeObjects draws the list: per trial its heading in bold, its
// summary, and a line per change. The change that closes the trial leads
// in bold warning colour with a warning sign; a reworded criterion shows
// its deleted words as [-…-] in red and its inserted words as {+…+} in
// green.
func changeObjects(trials []ChangedTrial) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, t := range trials {
		heading := widget.NewLabelWithStyle(t.Heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		heading.Truncation = fyne.TextTruncateEllipsis
		summary := &widget.TextSegment{Text: t.Summary, Style: widget.RichTextStyle{ColorName: ColorNameMuted, Inline: true}}
		if t.Failed {
			summary.Style.ColorName = ColorNameWarningText
		}
		out = append(out, heading, wrapped(summary))
		for _, c := range t.Changes {
			out = append(out, wrapped(changeSegments(c)...))
		}
	}
	return out
}

// changeSegments are the pieces of one change's line.
func changeSegments(c compare.Change) []widget.RichTextSegment {
	text := func(s string, color fyne.ThemeColorName, bold bool) *widget.TextSegment {
		return &widget.TextSegment{Text: s, Style: widget.RichTextStyle{ColorName: color, Inline: true, TextStyle: fyne.TextStyle{Bold: bold}}}
	}
	switch {
	case c.Closes:
		return []widget.RichTextSegment{text("⚠ "+c.Text()+" — the trial no longer takes patients", ColorNameWarningText, true)}
	case c.Kind == compare.ChangeReworded:
		segments := []widget.RichTextSegment{text("• "+c.What+" reworded:", theme.ColorNameForeground, false)}
		for i, p := range c.Diff {
			// A replacement reads as one: [-12 months-]{+1 year+}.
			space := " "
			if i > 0 && p.Op == compare.DiffInserted && c.Diff[i-1].Op == compare.DiffDeleted {
				space = ""
			}
			switch p.Op {
			case compare.DiffDeleted:
				segments = append(segments, text(space+"[-"+p.Text+"-]", theme.ColorNameError, true))
			case compare.DiffInserted:
				segments = append(segments, text(space+"{+"+p.Text+"+}", theme.ColorNameSuccess, true))
			default:
				segments = append(segments, text(space+p.Text, theme.ColorNameForeground, false))
			}
		}
		return segments
	}
	return []widget.RichTextSegment{text("• "+c.Text(), theme.ColorNameForeground, false)}
}

func wrapped(segments ...widget.RichTextSegment) *widget.RichText {
	r := widget.NewRichText(segments...)
	r.Wrapping = fyne.TextWrapWord
	return r
}
