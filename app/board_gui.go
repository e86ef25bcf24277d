package app

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/export"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
	"github.com/trialcompare/trialcompare/views"
)

// recoveryName is the recovery copy's name in the app's storage.
const recoveryName = "recovery" + board.Extension

// recoveryDelay is how long after a change the recovery copy is written.
const recoveryDelay = 2 * time.Second

// boardSession is the board being prepared in the window: the file it was
// opened from or saved to, whether it has changed since, its panel, and
// the recovery copy kept while it has unsaved changes.
type boardSession struct {
	panel *views.BoardPanel
	// path is the board file; "" until it is saved or opened.
	path  string
	dirty bool
	// noteEntries maps the panel's trials to state entries.
	noteEntries []int
	// notesChanged is set when a note was edited and the comparison not
	// yet redrawn; panelStale when the trials changed while the panel was
	// hidden; opened when a board was just opened, so that drawing its
	// comparison is no change to it.
	notesChanged, panelStale, opened bool
	recoveryTimer                    *time.Timer
	// recoveryDir is the folder of the recovery copy; "" for none.
	recoveryDir string
}

// newBoardSession builds the board panel and wires it to the window.
func (m *mainWindow) newBoardSession() *boardSession {
	s := &boardSession{panel: views.NewBoardPanel()}
	if root := m.app.Storage().RootURI(); root != nil && root.Scheme() == "file" {
		s.recoveryDir = root.Path()
	}
	s.panel.OnChanged = m.markBoardChanged
	s.panel.OnNoteChanged = m.noteChanged
	return s
}

// boardActions are the File menu's board entries.
func (m *mainWindow) boardActions() []action {
	return []action{
		{"Open Board…", fyne.KeyO, fyne.KeyModifierAlt, m.showOpenBoard},
		{"Save Board", fyne.KeyS, 0, m.saveBoard},
		{"Save Board As…", fyne.KeyS, fyne.KeyModifierShift, m.showSaveBoardAs},
	}
}

// markBoardChanged notes an unsaved change and schedules the recovery
// copy.
func (m *mainWindow) markBoardChanged() {
	s := m.board
	s.dirty = true
	m.updateTitle()
	if s.recoveryDir == "" {
		return
	}
	if s.recoveryTimer != nil {
		s.recoveryTimer.Stop()
	}
	s.recoveryTimer = time.AfterFunc(recoveryDelay, func() { m.apply(m.writeRecovery) })
}

// stateChanged is called when the trials, their order or their selection
// changed: a change to the board once it has content worth keeping.
func (m *mainWindow) stateChanged() {
	s := m.board
	s.panelStale = true
	m.refreshBoardPanel()
	if s.opened {
		s.opened = false
		return
	}
	if s.path != "" || s.dirty || m.hasNotes() {
		m.markBoardChanged()
	}
}

// hasNotes says whether the board has a title, a note or a trial's note.
func (m *mainWindow) hasNotes() bool {
	p := m.board.panel
	if p.Title.Text != "" || p.Note.Text != "" {
		return true
	}
	for _, e := range m.state.entries {
		if e.trial.UserNote != "" {
			return true
		}
	}
	return false
}

// noteChanged keeps a trial's note; the comparison shows it when the board
// tab is left.
func (m *mainWindow) noteChanged(trial int, text string) {
	s := m.board
	if trial < 0 || trial >= len(s.noteEntries) {
		return
	}
	m.state.entries[s.noteEntries[trial]].trial.UserNote = text
	s.notesChanged = true
	m.markBoardChanged()
}

// refreshBoardPanel lists the comparison's trials in the board panel, if
// it is shown and they changed; after notes were edited elsewhere it
// redraws the comparison.
func (m *mainWindow) refreshBoardPanel() {
	s := m.board
	shown := m.tabs != nil && m.tabs.Selected() != nil && m.tabs.Selected().Content == s.panel.Content
	if s.notesChanged && !shown {
		s.notesChanged = false
		m.refresh()
		return
	}
	if !s.panelStale || !shown {
		return
	}
	s.panelStale = false
	s.noteEntries = s.noteEntries[:0]
	var trials []views.BoardTrial
	for i, e := range m.state.entries {
		if e.err != nil || !e.included {
			continue
		}
		s.noteEntries = append(s.noteEntries, i)
		heading := strings.TrimSpace(e.trial.NCTID + " · " + cmp.Or(e.trial.Acronym, e.trial.Title))
		trials = append(trials, views.BoardTrial{Heading: heading, Note: e.trial.UserNote})
	}
	s.panel.SetTrials(trials)
}

// currentBoard gathers the board from the window: its trials in order,
// with their selection, notes and documents, and the patient only when
// the user chose to save it.
func (m *mainWindow) currentBoard() board.Board {
	p := m.board.panel
	b := board.Board{Title: p.Title.Text, Date: p.Date.Text, Note: p.Note.Text}
	sections, rows, paper := m.prefs.pdfChoices()
	b.Print = board.PrintChoices{Paper: string(paper), Sections: string(sections), Rows: model.JoinOverviewKeys(rows)}
	if p.SavePatient.Checked && m.patient != nil {
		pp := m.patientPanel
		b.Patient = &board.PatientForm{Age: pp.Age.Text, Diagnosis: pp.Diagnosis.Text, Markers: splitFacts(pp.Markers.Text), Priors: splitFacts(pp.Priors.Text), CNS: max(pp.CNS.SelectedIndex(), 0)}
	}
	docs := map[*board.Document]int{}
	for _, e := range m.state.entries {
		if e.err != nil || e.doc == nil {
			continue
		}
		d, ok := docs[e.doc]
		if !ok {
			d = b.AddDocument(e.doc.Name, e.doc.Data)
			docs[e.doc] = d
		}
		b.Trials = append(b.Trials, board.Entry{Document: d, Index: e.index, NCTID: e.trial.NCTID, Selected: e.included, Note: e.trial.UserNote})
	}
	return b
}

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

// saveBoardAsThen asks where to save the board, saves it and then runs
// after, if the board was saved.
func (m *mainWindow) saveBoardAsThen(after func()) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		// The file is written atomically beside this name, not through
		// the dialog's writer.
		_ = w.Close()
		if !strings.EqualFold(filepath.Ext(path), board.Extension) {
			_ = os.Remove(path)
			path += board.Extension
		}
		m.saveBoardTo(path, after)
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{board.Extension}))
	name := "board" + board.Extension
	if t := strings.TrimSpace(m.board.panel.Title.Text); t != "" {
		name = t + board.Extension
	}
	d.SetFileName(name)
	if lister, err := storage.ListerForURI(storage.NewFileURI(m.exportFolder())); err == nil {
		d.SetLocation(lister)
	}
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
	data, err := board.Marshal(m.currentBoard())
	if err == nil {
		err = export.WriteFile(context.Background(), path, data)
	}
	if err != nil {
		return fmt.Errorf("the board was not saved: %w", err)
	}
	s := m.board
	s.path, s.dirty = path, false
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
// or after the user chose to save or discard it.
func (m *mainWindow) confirmDiscard(next func()) {
	if !m.board.dirty {
		next()
		return
	}
	dialog.ShowCustomConfirm("Unsaved changes", "Save", "Discard", widgetText("The board has changes that are not saved. Save them first?"), func(save bool) {
		if !save {
			next()
			return
		}
		if m.board.path == "" {
			m.saveBoardAsThen(next)
			return
		}
		m.saveBoardTo(m.board.path, next)
	}, m.win)
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
				s.path, s.dirty, s.opened = path, false, true
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
	m.applyPrintChoices(b.Print)
	m.patient = nil
	if p := b.Patient; p != nil {
		pp := m.patientPanel
		pp.Age.SetText(p.Age)
		pp.Diagnosis.SetText(p.Diagnosis)
		pp.Markers.SetText(strings.Join(p.Markers, ", "))
		pp.Priors.SetText(strings.Join(p.Priors, ", "))
		pp.CNS.SetSelectedIndex(min(max(p.CNS, 0), 3))
		in := views.PatientInput{Age: p.Age, Diagnosis: p.Diagnosis, Markers: pp.Markers.Text, Priors: pp.Priors.Text, CNS: p.CNS}
		if pt, err := patientFromFlags(in.Age, in.Diagnosis, splitFacts(in.Markers), splitFacts(in.Priors), in.CNS); err == nil {
			m.patient = &pt
			pp.Message.SetText("Screening for: " + pt.Describe() + ". The Fit row is at the top of the comparison.")
		}
	}
	m.refreshList()
	m.refreshInBackground()
}

// applyPrintChoices makes a board's print choices the export form's.
func (m *mainWindow) applyPrintChoices(pc board.PrintChoices) {
	sections, rows, paper := m.prefs.pdfChoices()
	if s, err := export.ParseSections(pc.Sections); err == nil && pc.Sections != "" {
		sections = s
	}
	if r, err := model.ParseOverviewKeys(pc.Rows); err == nil && pc.Rows != "" {
		rows = r
	}
	if p, err := export.ParsePaper(pc.Paper); err == nil && pc.Paper != "" {
		paper = p
	}
	m.prefs.savePDFChoices(sections, rows, paper)
}

// updateTitle names the board and marks unsaved changes in the window's
// title.
func (m *mainWindow) updateTitle() {
	title := "TrialCompare"
	if s := m.board; s.path != "" {
		title = filepath.Base(s.path) + " — " + title
	}
	if m.board.dirty {
		title = "• " + title
	}
	m.win.SetTitle(title)
}

// recoveryPath is where the recovery copy is kept; "" for nowhere.
func (m *mainWindow) recoveryPath() string {
	if m.board.recoveryDir == "" {
		return ""
	}
	return filepath.Join(m.board.recoveryDir, recoveryName)
}

// writeRecovery writes the recovery copy in the background while the board
// has unsaved changes.
func (m *mainWindow) writeRecovery() {
	path := m.recoveryPath()
	if path == "" || !m.board.dirty {
		return
	}
	b := m.currentBoard()
	go func() {
		data, err := board.Marshal(b)
		if err == nil {
			err = os.MkdirAll(filepath.Dir(path), 0o700)
		}
		if err == nil {
			err = export.WriteFile(context.Background(), path, data)
		}
		if err != nil {
			fyne.LogError("writing the recovery copy of the board", err)
		}
	}()
}

// removeRecovery drops the recovery copy once the board is saved or
// discarded.
func (m *mainWindow) removeRecovery() {
	if m.board.recoveryTimer != nil {
		m.board.recoveryTimer.Stop()
	}
	if path := m.recoveryPath(); path != "" {
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			fyne.LogError("removing the recovery copy of the board", err)
		}
	}
}

// offerRecovery offers the recovery copy a run that did not close left.
func (m *mainWindow) offerRecovery() {
	path := m.recoveryPath()
	info, err := os.Stat(path)
	if path == "" || err != nil {
		return
	}
	msg := fmt.Sprintf("TrialCompare did not close properly. A copy of the board with its unsaved changes was kept at %s. Open it?", info.ModTime().Format("2 Jan 2006 15:04"))
	dialog.ShowCustomConfirm("Recover the board?", "Open It", "Discard It", widgetText(msg), func(open bool) {
		if open {
			m.recoverBoard(path)
			return
		}
		m.removeRecovery()
	}, m.win)
}

// recoverBoard opens the recovery copy as an unsaved board.
func (m *mainWindow) recoverBoard(path string) {
	m.openBoard(path, func(err error) {
		if err != nil {
			dialog.ShowError(err, m.win)
			return
		}
		m.markRecovered()
	})
}

// markRecovered makes the board just recovered an unsaved one, kept only
// by its recovery copy.
func (m *mainWindow) markRecovered() {
	for i := range m.state.entries {
		m.state.entries[i].saved = false
	}
	m.prefs.saveOpenFiles(m.state.entries)
	m.board.path = ""
	m.board.dirty = true
	m.updateTitle()
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
