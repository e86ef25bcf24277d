package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// dialogButton finds a button of the dialog on top of the window.
func dialogButton(t *testing.T, w *testWindow, text string) *widget.Button {
	t.Helper()
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, child := range c.Objects {
				walk(child)
			}
		}
		if wd, ok := o.(fyne.Widget); ok && found == nil {
			for _, child := range test.WidgetRenderer(wd).Objects() {
				walk(child)
			}
		}
	}
	walk(top)
	if found == nil {
		t.Fatalf("the dialog has no %q button", text)
	}
	return found
}

// TestClosingWithUnsavedChangesCanBeCancelled checks that the question
// asked before closing a changed board offers Cancel, which keeps the
// window and the changes, next to Save and Discard.
func TestClosingWithUnsavedChangesCanBeCancelled(t *testing.T) {
	w := newTestWindow(t)
	w.board.dirty = true
	closed := false
	w.confirmDiscard(func() { closed = true })
	dialogButton(t, w, "Save")
	test.Tap(dialogButton(t, w, "Cancel"))
	if closed || !w.board.dirty {
		t.Errorf("after Cancel: went on %v, unsaved %v", closed, w.board.dirty)
	}
	w.confirmDiscard(func() { closed = true })
	test.Tap(dialogButton(t, w, "Discard"))
	if !closed {
		t.Error("Discard did not go on")
	}
}
