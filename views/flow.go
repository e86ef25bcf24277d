package views

import "fyne.io/fyne/v2"

// flowLayout places objects left to right at their minimum size and wraps
// to a new line when the width runs out, like words in a paragraph.
type flowLayout struct{ gap float32 }

func (f flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	x, y, lineHeight := float32(0), float32(0), float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > size.Width {
			x, y = 0, y+lineHeight+f.gap
			lineHeight = 0
		}
		o.Resize(m)
		o.Move(fyne.NewPos(x, y))
		x += m.Width + f.gap
		lineHeight = max(lineHeight, m.Height)
	}
}

func (f flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objects {
		if o.Visible() {
			m := o.MinSize()
			w = max(w, m.Width)
			h = max(h, m.Height)
		}
	}
	return fyne.NewSize(w, h)
}
