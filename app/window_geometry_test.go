package app

import (
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

func TestWindowRemembersSizeSplitZoomAndTheme(t *testing.T) {
	w := newTestWindow(t)
	w.win.Resize(fyne.NewSize(1280, 800))
	w.listSplit.SetOffset(0.4)
	w.setZoom(1.5)
	w.setTheme("dark")
	w.saveGeometry()

	again := newApp(w.app, os.DirFS(seedDir))
	if got := again.win.Canvas().Size(); got != fyne.NewSize(1280, 800) {
		t.Errorf("a new window is %v, want the 1280×800 it was closed at", got)
	}
	if got := again.listSplit.Offset; got != 0.4 {
		t.Errorf("a new window splits the list at %.2f, want 0.40", got)
	}
	if got := again.theme.Zoom; got != 1.5 {
		t.Errorf("a new window zooms %.2f, want 1.50", got)
	}
	if again.theme.Forced == nil || *again.theme.Forced != theme.VariantDark {
		t.Error("a new window does not keep the dark theme chosen")
	}
	again.setZoom(1)
	again.setTheme("")
}

func TestWindowGeometryOutOfBoundsFallsBack(t *testing.T) {
	w := newTestWindow(t)
	for _, bad := range []struct {
		width, height, split float64
	}{
		{0, 0, 0},
		{10, 10, -1},
		{1e9, 800, 1.5},
	} {
		w.prefs.p.SetFloat(prefWindowWidth, bad.width)
		w.prefs.p.SetFloat(prefWindowHeight, bad.height)
		w.prefs.p.SetFloat(prefListSplit, bad.split)
		again := newMainWindow(w.app, os.DirFS(seedDir), w.theme)
		if got := again.win.Canvas().Size(); got != defaultWindowSize {
			t.Errorf("remembered %v×%v: a new window is %v, want %v", bad.width, bad.height, got, defaultWindowSize)
		}
		if got := again.listSplit.Offset; got != defaultListSplit {
			t.Errorf("remembered split %v: a new window splits at %.2f, want %.2f", bad.split, got, defaultListSplit)
		}
	}
}
