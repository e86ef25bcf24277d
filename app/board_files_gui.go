package app

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/export"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// saveBoard saves to the board's file, or asks for one.
func (m *mainWindow) saveBoard() {
	if m.board.path == "" {
		m.showSaveBoardAs()
		return
	}
	m.saveBoardTo(m.board.path, nil)
}

// showSaveBoardAs asks where to save the board.
func (m *mainWindow) showSaveBoardAs() { m.saveBoardAsThen(nil) }

// saveBoardAsThen asks for the board's file name and folder, saves it and
// then runs after, if the board was saved. It asks in a form of its own,
// as the export does: Fyne's save dialog empties a file chosen to be
// replaced before its callback runs, so a failed save (a full disk, a
// board saved by a newer TrialCompare) would leave nothing of it.
func (m *mainWindow) saveBoardAsThen(after func()) {
	name := widget.NewEntry()
	name.SetText("board" + board.Extension)
	if t := strings.TrimSpace(m.board.panel.Title.Text); t != "" {
		name.SetText(t + board.Extension)
	}
	folderPath := m.exportFolder()
	if m.board.path != "" {
		folderPath = filepath.Dir(m.board.path)
	}
	var folder *widget.Button
	folder = widget.NewButton(folderPath, func() {
		d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
			if err == nil && dir != nil {
				folderPath = dir.Path()
				folder.SetText(folderPath)
			}
		}, m.win)
		if lister, err := storage.ListerForURI(storage.NewFileURI(folderPath)); err == nil {
			d.SetLocation(lister)
		}
		d.Show()
	})
	items := []*widget.FormItem{widget.NewFormItem("File name", name), widget.NewFormItem("Folder", folder)}
	d := dialog.NewForm("Save Board As", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		file := filepath.Base(strings.TrimSpace(name.Text))
		if !strings.EqualFold(filepath.Ext(file), board.Extension) {
			file += board.Extension
		}
		path := filepath.Join(folderPath, file)
		if _, err := os.Stat(path); err == nil && path != m.board.path {
			dialog.ShowConfirm("Replace the board?", path+" exists. Replace it with this board?", func(ok bool) {
				if ok {
					m.saveBoardTo(path, after)
				}
			}, m.win)
			return
		}
		m.saveBoardTo(path, after)
	}, m.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// saveBoardTo writes the board to path, atomically, then runs after.
func (m *mainWindow) saveBoardTo(path string, after func()) {
	if err := m.writeBoard(path); err != nil {
		dialog.ShowError(err, m.win)
		return
	}
	if after != nil {
		after()
	}
}

// writeBoard writes the board to path as the exports are written, and
// marks it saved.
func (m *mainWindow) writeBoard(path string) error {
	b := m.currentBoard()
	b.Saved = time.Now()
	err := refuseNewerBoardAt(path)
	if err == nil {
		err = export.WriteStream(context.Background(), path, func(w io.Writer) error { return board.Write(w, b) })
	}
	if err != nil {
		return fmt.Errorf("the board was not saved: %w", err)
	}
	s := m.board
	s.path, s.dirty, s.saved = path, false, b.Saved
	m.removeRecovery()
	m.prefs.addRecent([]string{path})
	m.win.SetMainMenu(m.mainMenu())
	m.updateTitle()
	return nil
}

// showOpenBoard asks for a board file to open.
func (m *mainWindow) showOpenBoard() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		m.confirmDiscard(func() { m.openBoardOrReport(path) })
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{board.Extension}))
	d.Show()
}

// confirmDiscard runs next at once when the board has no unsaved change,
// or after the user chose to save or discard it; Cancel runs nothing.
func (m *mainWindow) confirmDiscard(next func()) {
	if !m.board.dirty {
		next()
		return
	}
	var d *dialog.CustomDialog
	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() {
		d.Hide()
		if m.board.path == "" {
			m.saveBoardAsThen(next)
			return
		}
		m.saveBoardTo(m.board.path, next)
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton("Discard", func() {
		d.Hide()
		next()
	})
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons("Unsaved changes", widgetText("The board has changes that are not saved. Save them first?"), m.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Show()
}

// openBoard replaces the window's trials with a board's: its trials in
// order, with their selection and notes, read from its embedded documents
// alone, off the UI goroutine. A document that cannot be read stays in the
// list with its error. done gets the reason the board could not be opened,
// or nil; then the window is left as it was.
func (m *mainWindow) openBoard(path string, done func(error)) {
	m.loading++
	go func() {
		b, opened, err := readBoardFile(path)
		m.apply(func() {
			m.loading--
			if err == nil {
				m.showBoard(path, b, opened)
				s := m.board
				s.path, s.dirty, s.opened, s.saved = path, false, true, b.Saved
				m.prefs.addRecent([]string{path})
				m.win.SetMainMenu(m.mainMenu())
				m.updateTitle()
			}
			done(err)
		})
	}()
}

// openBoardOrReport opens a board and shows why it could not be opened.
func (m *mainWindow) openBoardOrReport(path string) {
	m.openBoard(path, func(err error) {
		if err != nil {
			dialog.ShowError(err, m.win)
		}
	})
}

// readBoardFile reads and opens a board file.
func readBoardFile(path string) (board.Board, board.Opened, error) {
	data, err := ingest.ReadFileBytes(path, boardOrDocumentLimit)
	if err != nil {
		return board.Board{}, board.Opened{}, err
	}
	b, err := board.Unmarshal(data)
	if err != nil {
		return board.Board{}, board.Opened{}, fmt.Errorf("%s: %w", path, err)
	}
	return b, b.Open(path), nil
}

// isBoardFile says whether path is an ordinary file that begins as a
// board file does; opened alone, it opens as the board.
func isBoardFile(path string) bool {
	if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, ingest.HeadSize)
	n, _ := f.Read(head)
	return board.IsBoard(head[:n])
}

// showBoard puts a board's trials, notes, choices and patient in the
// window.
func (m *mainWindow) showBoard(path string, b board.Board, opened board.Opened) {
	var results []readResult
	var excluded []bool
	for _, it := range opened.Items {
		results = append(results, itemResult(path, it))
		excluded = append(excluded, !it.Selected)
	}
	// The board's file is remembered as the open file, and opens again at
	// the next start.
	m.state.entries = nil
	m.state.add(results, true)
	for i := range excluded {
		m.state.entries[i].included = !excluded[i]
	}
	m.state.add(failedResults(opened.Failed...), true)
	m.board.panel.SetBoard(b.Title, b.Date, b.Note, b.Patient != nil)
	// What changed in the board shown before is no longer listed.
	m.board.panel.SetChanges(nil)
	m.applyPrintChoices(b.Print)
	m.patientForm.restore(b.Patient)
	m.refreshList()
	m.refreshInBackground()
}

// applyPrintChoices makes a board's print choices the export form's.
func (m *mainWindow) applyPrintChoices(pc board.PrintChoices) {
	sections, rows, paper := m.prefs.pdfChoices()
	if s, err := export.ParseSections(pc.Sections); err == nil && pc.Sections != "" {
		sections = s
	}
	if r, err := compare.ParseOverviewKeys(pc.Rows); err == nil && pc.Rows != "" {
		rows = r
	}
	if p, err := export.ParsePaper(pc.Paper); err == nil && pc.Paper != "" {
		paper = p
	}
	m.prefs.savePDFChoices(sections, rows, paper)
}

// widgetText is a wrapped label for a dialog.
func widgetText(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// closeIntercept offers to save unsaved changes before the window closes.
func (m *mainWindow) closeIntercept() {
	m.confirmDiscard(func() {
		m.board.dirty = false
		m.removeRecovery()
		m.win.Close()
	})
}
