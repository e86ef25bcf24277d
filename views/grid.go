package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// grid is a table with sticky headings that the keyboard can work: Tab
// brings the focus to it, the arrow keys move between cells, and Enter or
// Space opens the cell under the cursor, as a click does.
type grid struct {
	widget.Table

	// cursor is the cell the arrow keys last moved to.
	cursor widget.TableCellID
}

func newGrid(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *grid {
	g := &grid{}
	g.Length, g.CreateCell, g.UpdateCell = length, create, update
	g.ShowHeaderRow, g.ShowHeaderColumn = true, true
	g.OnHighlighted = func(id widget.TableCellID) { g.cursor = id }
	g.ExtendBaseWidget(g)
	return g
}

// TypedKey opens the cell under the cursor on Enter or Space, even when it
// is the one already open; other keys move the cursor.
func (g *grid) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		g.UnselectAll()
		g.Select(g.cursor)
	default:
		g.Table.TypedKey(ev)
	}
}
