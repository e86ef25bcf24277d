package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/export"
)

// recoveryName is the recovery copy's name in the app's storage.
const recoveryName = "recovery" + board.Extension

// recoveryDelay is how long after a change the recovery copy is written.
const recoveryDelay = 2 * time.Second

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
		err := os.MkdirAll(filepath.Dir(path), 0o700)
		if err == nil {
			err = export.WriteStream(context.Background(), path, func(w io.Writer) error { return board.Write(w, b) })
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
