package app

import (
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

// runGUI opens the main window.
func runGUI(files []string) int {
	a := fyneapp.NewWithID("org.trialcompare.trialcompare")
	w := a.NewWindow("TrialCompare")
	w.SetContent(widget.NewLabel("TrialCompare"))
	w.ShowAndRun()
	_ = files
	return exitOK
}
