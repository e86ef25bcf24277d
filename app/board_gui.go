package app

import (
	"cmp"
	"path/filepath"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/views"
)

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
	// saved is when the board was last saved, as its file says; zero
	// when not known.
	saved time.Time
}

// newBoardSession builds the board panel and wires it to the window.
func (m *mainWindow) newBoardSession() *boardSession {
	s := &boardSession{panel: views.NewBoardPanel()}
	if root := m.app.Storage().RootURI(); root != nil && root.Scheme() == "file" {
		s.recoveryDir = root.Path()
	}
	s.panel.OnChanged = m.markBoardChanged
	s.panel.OnNoteChanged = m.noteChanged
	s.panel.OnWhatChanged = m.whatChanged
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
	b.Print = board.PrintChoices{Paper: string(paper), Sections: string(sections), Rows: compare.JoinOverviewKeys(rows)}
	if p.SavePatient.Checked {
		b.Patient = m.patientForm.savedForm()
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
		b.Trials = append(b.Trials, board.Entry{Document: d, Index: e.index, NCTID: e.trial.NCTID, Selected: e.included, Note: e.trial.UserNote, Registry: e.registry})
	}
	return b
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
