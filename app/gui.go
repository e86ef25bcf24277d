package app

import (
	"io/fs"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/trialcompare/trialcompare/views"
)

// appID identifies the app's preferences.
const appID = "org.trialcompare.trialcompare"

// runGUI opens the window with files loaded and runs until it closes.
func runGUI(files []string, examples fs.FS) int {
	a := fyneapp.NewWithID(appID)
	w := newApp(a, examples)
	w.start(files)
	w.win.ShowAndRun()
	return exitOK
}

// newApp sets up the theme and builds the main window.
func newApp(a fyne.App, examples fs.FS) *mainWindow {
	th := views.NewTheme()
	th.Zoom = preferences{a.Preferences()}.zoom()
	applyTheme(a, th, a.Preferences().String(prefTheme))
	return newMainWindow(a, examples, th)
}
