package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/board"
)

// dialogEntry finds the first entry of the dialog on top of the window.
func dialogEntry(t *testing.T, w *testWindow) *widget.Entry {
	t.Helper()
	var found *widget.Entry
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil {
			return
		}
		if e, ok := o.(*widget.Entry); ok {
			found = e
			return
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, child := range test.WidgetRenderer(wd).Objects() {
				walk(child)
			}
		}
	}
	walk(w.win.Canvas().Overlays().Top())
	if found == nil {
		t.Fatal("the dialog has no entry")
	}
	return found
}

// TestSaveBoardAsNeverEmptiesAFileBeforeItIsReplaced checks that Save
// Board As asks in a form of its own: a file of the same name stays whole
// until the user says to replace it (Fyne's save dialog emptied it first).
func TestSaveBoardAsNeverEmptiesAFileBeforeItIsReplaced(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	dir := t.TempDir()
	w.app.Preferences().SetString(prefExportFolder, dir)
	path := filepath.Join(dir, "Colleague"+board.Extension)
	const precious = "a colleague's board"
	if err := os.WriteFile(path, []byte(precious), 0o644); err != nil {
		t.Fatal(err)
	}

	w.showSaveBoardAs()
	dialogEntry(t, w).SetText("Colleague")
	test.Tap(dialogButton(t, w, "Save"))
	if data, _ := os.ReadFile(path); string(data) != precious {
		t.Fatalf("the file was changed before the user said to replace it: %q", data)
	}
	test.Tap(dialogButton(t, w, "No"))
	if data, _ := os.ReadFile(path); string(data) != precious {
		t.Fatalf("the file was changed after No: %q", data)
	}

	w.showSaveBoardAs()
	dialogEntry(t, w).SetText("Colleague")
	test.Tap(dialogButton(t, w, "Save"))
	test.Tap(dialogButton(t, w, "Yes"))
	data, err := os.ReadFile(path)
	if err != nil || !board.IsBoard(data) {
		t.Fatalf("after Yes the file is not a board: %v %.40q", err, data)
	}
	if w.board.path != path {
		t.Errorf("the board's file is %q, want %q", w.board.path, path)
	}
}
