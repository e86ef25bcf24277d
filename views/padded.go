package views

import "fyne.io/fyne/v2"

// paddedLayout pads its single object by fixed amounts, tighter than
// Fyne's theme padding.
type paddedLayout struct{ x, y float32 }

func (p paddedLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(p.x, p.y))
		o.Resize(fyne.NewSize(size.Width-2*p.x, size.Height-2*p.y))
	}
}

func (p paddedLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s.Add(fyne.NewSize(2*p.x, 2*p.y))
}
