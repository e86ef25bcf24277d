package app

import (
	"fmt"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/views"
)

// comparisonScreen is the Comparison tab: the trials side by side above a
// collapsible pane that shows one value in full, and the "Differences
// only" switch.
type comparisonScreen struct {
	prefs           preferences
	table           *views.ComparisonTable
	detail          *views.DetailPanel
	differencesOnly *widget.Check
	// split holds the table above its detail pane.
	split *container.Split
	// comparison is the comparison shown, which the exports print too.
	comparison compare.Comparison
}

// newComparisonScreen builds the comparison's widgets; its column widths
// are those the user dragged in earlier runs.
func newComparisonScreen(prefs preferences) *comparisonScreen {
	s := &comparisonScreen{prefs: prefs, table: views.NewComparisonTable(), detail: views.NewDetailPanel()}
	s.differencesOnly = widget.NewCheck("Differences only", s.differencesOnlyChanged)
	s.table.OnCellSelected = s.cellSelected
	s.table.OnColumnDragged = prefs.saveColumnWidth
	s.table.SetDraggedWidths(prefs.columnWidths())
	s.detail.OnClose = func() { s.showDetail(false) }
	return s
}

// content lays the screen out, with the list's toggle leading its toolbar.
func (s *comparisonScreen) content(listToggle fyne.CanvasObject) fyne.CanvasObject {
	s.split = container.NewVSplit(s.table.Content, s.detail.Content)
	s.split.Offset = 0.75
	s.showDetail(false)
	toolbar := container.NewHBox(listToggle, container.NewCenter(s.differencesOnly), widget.NewLabel("Rows marked ≠ differ between trials. Click a value to read it in full."))
	return container.NewBorder(toolbar, nil, nil, nil, s.split)
}

// show draws a comparison, with the detail pane closed and empty.
func (s *comparisonScreen) show(cmp compare.Comparison) {
	s.comparison = cmp
	s.table.SetComparison(cmp)
	s.showDetail(false)
	s.detail.Clear()
}

func (s *comparisonScreen) differencesOnlyChanged(on bool) {
	s.prefs.p.SetBool(prefDifferencesOnly, on)
	s.table.SetDifferencesOnly(on)
	s.detail.Clear()
	s.showDetail(false)
}

// showDetail opens or collapses the detail pane.
func (s *comparisonScreen) showDetail(open bool) { showPane(s.split, s.detail.Content, open) }

func (s *comparisonScreen) cellSelected(row compare.Row, trial int) {
	cell := row.Cells[trial]
	heading := fmt.Sprintf("%s — %s", row.Label, s.comparison.ColumnTitle(trial))
	s.detail.Show(heading, cell.Text, cell.Source, cell.Warnings)
	s.showDetail(true)
}

// showPane opens or collapses the pane below a split.
func showPane(split *container.Split, pane fyne.CanvasObject, open bool) {
	if pane.Visible() == open {
		return
	}
	if open {
		pane.Show()
	} else {
		pane.Hide()
	}
	if split != nil {
		split.Refresh()
	}
}
