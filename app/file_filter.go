package app

import (
	"os"

	"fyne.io/fyne/v2"
)

// ordinaryFiles is a file dialog filter that hides named pipes, devices and
// sockets, which the dialog could block on when it opens them.
type ordinaryFiles struct{}

// Matches reports whether uri is an ordinary file.
func (ordinaryFiles) Matches(uri fyne.URI) bool {
	info, err := os.Stat(uri.Path())
	return err == nil && info.Mode().IsRegular()
}
