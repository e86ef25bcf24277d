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
// With --offline among them, the network is turned off for this run.
func runGUI(args []string, examples fs.FS) int {
	var files []string
	offline := false
	for _, arg := range args {
		if arg == "--offline" {
			offline = true
			continue
		}
		files = append(files, arg)
	}
	a := fyneapp.NewWithID(appID)
	w := newApp(a, examples)
	if offline {
		w.registry.offline = true
		w.win.SetMainMenu(w.mainMenu())
	}
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
