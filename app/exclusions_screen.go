package app

import (
	"fmt"
	"strings"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/views"
)

// exclusionsScreen is the Exclusions tab: a matrix of the trials'
// exclusion criteria by theme above a collapsible pane that lists those
// of one mark.
type exclusionsScreen struct {
	table  *views.ComparisonTable
	detail *views.DetailPanel
	// split holds the matrix above its detail pane.
	split *container.Split
	tab   *container.TabItem
	// comparison is the comparison whose exclusions the matrix shows.
	comparison compare.Comparison
	// stale is set when the trials changed while the tab was hidden; the
	// matrix is rebuilt when the tab is shown.
	stale bool
}

// newExclusionsScreen builds the exclusions' widgets and their tab.
func newExclusionsScreen() *exclusionsScreen {
	s := &exclusionsScreen{table: views.NewMatrixTable(), detail: views.NewDetailPanel()}
	s.detail.OnClose = func() { s.showDetail(false) }
	s.table.OnCellSelected = s.cellSelected
	s.split = container.NewVSplit(s.table.Content, s.detail.Content)
	s.split.Offset = 0.72
	s.showDetail(false)
	hint := widget.NewLabel("● marks the exclusion criteria in each theme, by number. Click a mark to read them.")
	s.tab = container.NewTabItemWithIcon("Exclusions", theme.CancelIcon(), container.NewBorder(hint, nil, nil, nil, s.split))
	return s
}

// show takes a new comparison; the matrix is rebuilt on refresh.
func (s *exclusionsScreen) show(cmp compare.Comparison) {
	s.comparison = cmp
	s.stale = true
}

// refresh rebuilds the matrix if it is stale and the tab is selected.
func (s *exclusionsScreen) refresh(selected *container.TabItem) {
	if !s.stale || selected != s.tab {
		return
	}
	s.stale = false
	s.table.SetComparison(compare.Comparison{Trials: s.comparison.Trials, Rows: s.comparison.ExclusionRows()})
	s.detail.Clear()
	s.showDetail(false)
}

// showDetail opens or collapses the detail pane.
func (s *exclusionsScreen) showDetail(open bool) { showPane(s.split, s.detail.Content, open) }

func (s *exclusionsScreen) cellSelected(row compare.Row, trial int) {
	cell := row.Cells[trial]
	heading := fmt.Sprintf("%s — %s", row.Label, s.comparison.ColumnTitle(trial))
	text := strings.Join(cell.Items, "\n")
	if text == "" {
		text = "No exclusion criterion of this trial is in this theme."
	}
	s.detail.Show(heading, text, cell.Source, nil)
	s.showDetail(true)
}
