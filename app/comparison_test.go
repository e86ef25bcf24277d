package app

import (
	"image/color"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/views"
)

// drawnText is a text on show with its left and right edges in window
// coordinates.
type drawnText struct {
	text        string
	left, right float32
	top         float32
	color       color.Color
}

// textsIn lists the texts drawn under an object: visible, not empty.
func textsIn(o fyne.CanvasObject, origin fyne.Position) []drawnText {
	if !o.Visible() {
		return nil
	}
	pos := origin.Add(o.Position())
	var out []drawnText
	switch x := o.(type) {
	case *canvas.Text:
		if strings.TrimSpace(x.Text) != "" {
			out = append(out, drawnText{x.Text, pos.X, pos.X + x.MinSize().Width, pos.Y, x.Color})
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, textsIn(c, pos)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, textsIn(c, pos)...)
		}
	}
	return out
}

func TestNothingDrawnBesideTheFieldColumnAfterScrolling(t *testing.T) {
	w := newTestWindow(t)
	w.win.Resize(fyne.NewSize(1000, 800))
	w.open(seedFiles(t)...)
	widths := w.compare.table.ColumnWidths()
	sep := theme.Padding()
	fieldEnd := float32(150)
	for i, scroll := range []float32{40, 90, widths[0] + sep + 60} {
		// A new size lays the table out again, as the window's next
		// frame does after a load.
		w.win.Resize(fyne.NewSize(1000+float32(i), 800))
		scrollBy(w.compare.table.Table, scroll)
		// The first column that starts at or after the scroll offset.
		start := float32(0)
		for i := 0; start < scroll && i < len(widths); i++ {
			start += widths[i] + sep
		}
		firstFull := fieldEnd + start - scroll
		for _, d := range textsIn(w.compare.table.Table, fyne.Position{}.Subtract(w.compare.table.Table.Position())) {
			left, right := d.left, d.right
			if right > fieldEnd+0.5 && left < firstFull-0.5 {
				t.Errorf("scrolled %.0f px: %q is drawn at %.0f–%.0f, between the field column (ends %.0f) and the first trial (starts %.0f)",
					scroll, d.text, left, right, fieldEnd, firstFull)
			}
		}
	}
}

// scrollBy scrolls a table sideways as a mouse wheel does, to an offset.
func scrollBy(table fyne.Widget, offset float32) {
	for _, o := range test.WidgetRenderer(table).Objects() {
		_, clip := o.(fyne.Draggable)
		if s, ok := o.(fyne.Scrollable); ok && !clip {
			s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DX: 1e6}})
			s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DX: -offset}})
		}
	}
}

func TestHeadingsStayWhileScrollingDown(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	ageTop := func() float32 {
		for _, d := range textsIn(w.compare.table.Table, fyne.Position{}) {
			if d.text == "28 days – <18 years" {
				return d.top
			}
		}
		return -1
	}
	before := ageTop()
	for _, o := range test.WidgetRenderer(w.compare.table.Table).Objects() {
		_, clip := o.(fyne.Draggable)
		if s, ok := o.(fyne.Scrollable); ok && !clip {
			s.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -300}})
		}
	}
	if after := ageTop(); after > before-250 {
		t.Fatalf("the table did not scroll down: the age range is at %.0f, was at %.0f", after, before)
	}
	want := map[string]bool{"ISAKIDS": false, "NCT03860844": false, "CD38": false}
	for _, d := range textsIn(w.compare.table.Table, fyne.Position{}.Subtract(w.compare.table.Table.Position())) {
		if _, ok := want[d.text]; ok && d.top < 80 {
			want[d.text] = true
		}
	}
	for text, shown := range want {
		if !shown {
			t.Errorf("after scrolling down, the heading %q is not at the top", text)
		}
	}
}

func TestFiveTrialsFitAt1600(t *testing.T) {
	w := newTestWindow(t)
	w.win.Resize(fyne.NewSize(1600, 1000))
	w.open(seedFiles(t)...)
	assertFit(t, w, 5)

	w.win.Resize(fyne.NewSize(1280, 800))
	w.toggleList()
	if w.left.Visible() || !w.app.Preferences().Bool(prefListCollapsed) {
		t.Fatal("the trial list is not collapsed, or not remembered collapsed")
	}
	assertFit(t, w, 5)
	again := newMainWindow(w.app, os.DirFS(seedDir), w.theme)
	if again.left.Visible() {
		t.Error("a new window shows the trial list that was collapsed")
	}
	w.toggleList()
	if !w.left.Visible() {
		t.Error("the trial list does not come back")
	}
	assertFit(t, w, 4)
}

// assertFit checks that the first n trials fit the table's width, each at
// least 172 px wide, the readable minimum.
func assertFit(t *testing.T, w *testWindow, n int) {
	t.Helper()
	widths := w.compare.table.ColumnWidths()
	used := float32(150)
	for i, width := range widths[:n] {
		if width < 172 {
			t.Errorf("trial %d is %.0f px wide", i+1, width)
		}
		used += width + theme.Padding()
	}
	if avail := w.compare.table.Table.Size().Width; used > avail+0.5 {
		t.Errorf("%d trials take %.0f px of %.0f (window %.0f)", n, used, avail, w.win.Canvas().Size().Width)
	}
}

func TestMatrixColumnsAsNarrowAsTheirMarks(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	w.tabs.SelectIndex(2)
	for i, width := range w.exclusions.table.ColumnWidths() {
		if width > 130 {
			t.Errorf("matrix column %d is %.0f px wide", i+1, width)
		}
	}
}

func TestDraggedWidthIsRemembered(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	w.compare.table.Table.SetColumnWidth(1, 321)
	if got := w.compare.table.ColumnWidths()[1]; got != 321 {
		t.Fatalf("the dragged column is %.0f px wide", got)
	}
	if got := w.prefs.columnWidths()["NCT06709469"]; got != 321 {
		t.Fatalf("remembered width %.0f", got)
	}
	again := newTestWindow(t)
	again.app = w.app
	again.compare.table.SetDraggedWidths(w.prefs.columnWidths())
	again.open(seedFiles(t)...)
	if got := again.compare.table.ColumnWidths()[1]; got != 321 {
		t.Errorf("reopened, the column is %.0f px wide", got)
	}
}

func TestIdentityRowsNeverMarked(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	identity := []model.Field{model.FieldNCTID, model.FieldTitle, model.FieldDocument, model.FieldWarnings}
	for _, f := range identity {
		if i, row := w.row(f); i >= 0 && row.Differs {
			t.Errorf("%s is marked as differing", row.Label)
		}
	}
	markup := test.RenderObjectToMarkup(w.compare.table.Table)
	for _, label := range []string{"≠ NCT ID", "≠ Title", "≠ Source", "≠ Warnings"} {
		if strings.Contains(markup, label) {
			t.Errorf("the table shows %q", label)
		}
	}
	test.Tap(w.compare.differencesOnly)
	t.Logf("checked %v rows %d", w.compare.differencesOnly.Checked, len(w.compare.table.Rows()))
	for _, f := range identity {
		if i, _ := w.row(f); i >= 0 {
			t.Errorf("differences only shows %s", f)
		}
	}
}

func TestWarningOnItsOwnLine(t *testing.T) {
	w := newTestWindow(t)
	w.win.Resize(fyne.NewSize(1600, 1000))
	w.open(seedFiles(t)...)
	markup := test.RenderObjectToMarkup(w.compare.table.Table)
	if strings.Contains(markup, "Warning: ") || strings.Contains(markup, "Phase 1Warning") {
		t.Error("a warning runs into its value")
	}
	_, phase := w.row(model.FieldPhases)
	warning := phase.Cells[4].Warnings[0]
	texts := textsIn(w.compare.table.Table, fyne.Position{})
	var value, note *drawnText
	for i, d := range texts {
		switch {
		case d.text == "Phase 1" && value == nil:
			value = &texts[i]
		case strings.HasPrefix(warning, d.text) && strings.HasPrefix(d.text, "The record"):
			note = &texts[i]
		}
	}
	if value == nil || note == nil {
		t.Fatalf("the phase or its warning is not on show:\n%s", markup)
	}
	if note.top < value.top+10 {
		t.Errorf("the warning (y %.0f) is not on a line below its value (y %.0f)", note.top, value.top)
	}
	if note.color != w.theme.Color(views.ColorNameWarningText, theme.VariantLight) || !strings.Contains(markup, "<image") {
		t.Errorf("the warning has no colour of its own (%v) or no icon:\n%s", note.color, markup)
	}
}

func TestZoomScalesTheComparisonAndIsRemembered(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	before := w.compare.table.ColumnWidths()[0]
	base := theme.TextSize()
	w.zoomBy(zoomStep)
	w.zoomBy(zoomStep)
	if got := fyne.CurrentApp().Settings().Theme().Size(views.SizeNameComparisonText); got < base*1.19 || got > base*1.21 {
		t.Errorf("zoomed text size %.1f, want %.1f", got, base*1.2)
	}
	if got := w.prefs.zoom(); got < 1.19 || got > 1.21 {
		t.Errorf("remembered zoom %.2f", got)
	}
	found := false
	for _, d := range textsIn(w.compare.table.Table, fyne.Position{}) {
		found = found || d.text == "28 days – <18 years"
	}
	if !found {
		t.Error("the age range is not on show")
	}
	if w.compare.table.ColumnWidths()[0] < before {
		t.Error("zooming in narrowed the columns")
	}
	var zoomMenu *fyne.MenuItem
	for _, menu := range w.mainMenu().Items {
		for _, item := range menu.Items {
			if menu.Label == "View" && item.Label == "Zoom" {
				zoomMenu = item
			}
		}
	}
	if zoomMenu == nil || len(zoomMenu.ChildMenu.Items) != 3 || zoomMenu.ChildMenu.Items[0].Shortcut == nil {
		t.Errorf("View › Zoom = %+v", zoomMenu)
	}
	w.setZoom(9)
	if got := w.prefs.zoom(); got != maxZoom {
		t.Errorf("zoom past the maximum gives %.2f", got)
	}
	w.setZoom(1)
}

func TestKeyboardOpensTheDetail(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	if w.compare.detail.Content.Visible() {
		t.Fatal("the detail pane is open before a value is clicked")
	}
	c := w.win.Canvas()
	for range 60 {
		if c.Focused() == fyne.Focusable(w.compare.table.Table) {
			break
		}
		c.FocusNext()
	}
	if c.Focused() != fyne.Focusable(w.compare.table.Table) {
		t.Fatal("Tab never reaches the comparison")
	}
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyRight, fyne.KeyReturn} {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
	if !w.compare.detail.Content.Visible() {
		t.Fatal("Enter does not open the detail")
	}
	row := w.compare.table.Rows()[2]
	if markup := test.RenderObjectToMarkup(w.compare.detail.Scroll); !strings.Contains(markup, row.Label+" — NCT06709469") {
		t.Errorf("the detail shows:\n%s", markup)
	}
	test.Tap(w.compare.detail.Close)
	if w.compare.detail.Content.Visible() {
		t.Error("the close button leaves the detail open")
	}
	w.compare.table.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !w.compare.detail.Content.Visible() {
		t.Error("Enter on the same cell does not reopen the detail")
	}
	w.compare.table.Table.Select(widget.TableCellID{Row: 0, Col: 0})
	if !w.compare.detail.Content.Visible() {
		t.Error("a click does not open the detail")
	}
}

func TestListMessageAndDialogText(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)[3])
	w.list.List.Select(0)
	if msg := w.list.Message.Text; strings.Count(msg, "Warning") != 1 || !strings.HasPrefix(msg, "Warning: ") {
		t.Errorf("the list says %q", msg)
	}
}
