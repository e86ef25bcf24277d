package app

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/rules"
	"github.com/trialcompare/trialcompare/vocab"
)

// helpActions are the Help menu's entries.
func (m *mainWindow) helpActions() []action {
	return []action{{"Vocabularies", "", 0, m.showVocabularies}}
}

// showVocabularies shows Help › Vocabularies for the vocabulary the rules
// read by.
func (m *mainWindow) showVocabularies() {
	dir, err := vocab.UserDir()
	if err != nil {
		dir = ""
	}
	m.showVocabularyReport(newVocabularyReport(rules.InUse(), dir))
}

// showVocabularyReport shows where the vocabulary files are, how many
// entries each has and each line that could not be read.
func (m *mainWindow) showVocabularyReport(r vocabularyReport) {
	view := vocabularyView(r, func() { m.openVocabularyFolder(r.userDir) })
	d := dialog.NewCustom("Vocabularies", "Close", container.NewVScroll(view), m.win)
	d.Resize(fyne.NewSize(820, 680))
	d.Show()
}

// vocabularyView lists the user's files first, each with its entries and
// the lines that could not be read, says how to add entries, then lists
// the built-in files; openFolder opens the user's folder.
func vocabularyView(r vocabularyReport, openFolder func()) *fyne.Container {
	box := container.NewVBox()
	heading := func(text string) {
		box.Add(widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	fileRow := func(name string, f vocab.File) fyne.CanvasObject {
		return container.NewBorder(nil, nil, nil, widget.NewLabel(entries(f)), wrapped(name))
	}
	problems := func(f vocab.File) {
		for _, p := range f.Problems {
			box.Add(wrapped("⚠ " + problemText(p)))
		}
	}
	heading("Yours")
	if r.userDir == "" {
		box.Add(wrapped("The system names no configuration folder, so no vocabulary of yours can be read."))
	} else {
		folder := widget.NewLabel(r.userDir)
		folder.Selectable = true
		folder.Wrapping = fyne.TextWrapBreak
		box.Add(container.NewBorder(nil, nil, nil, widget.NewButton("Open the Folder", openFolder), folder))
		for _, f := range r.user {
			box.Add(fileRow(filepath.Base(f.Path), f))
			problems(f)
		}
		if len(r.user) == 0 {
			box.Add(wrapped("No file yet."))
		}
		box.Add(wrapped(userDirHint()))
	}
	heading("Built into TrialCompare")
	grid := container.NewGridWithColumns(2)
	for _, f := range r.builtIn {
		grid.Add(fileRow(f.Name, f))
	}
	box.Add(grid)
	for _, f := range r.builtIn {
		problems(f)
	}
	return box
}

// wrapped is a label whose text wraps at words.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// openVocabularyFolder makes the user's vocabulary folder, as mkdir -p
// would, and opens it in the system's file manager.
func (m *mainWindow) openVocabularyFolder(dir string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) {
			err = pathErr.Err
		}
		dialog.ShowError(fmt.Errorf("the folder %s could not be made (%w)", dir, err), m.win)
		return
	}
	u, err := url.Parse(storage.NewFileURI(dir).String())
	if err == nil {
		err = m.app.OpenURL(u)
	}
	if err != nil {
		dialog.ShowError(fmt.Errorf("the folder %s could not be opened; open it in your file manager", dir), m.win)
	}
}
