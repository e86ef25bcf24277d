package app

// restoreGeometry gives the window the size and the split between the
// trial list and the tabs it had at the end of the last run, and
// remembers them again when the app stops. Fyne neither reports nor sets a
// window's position, so the system places the window.
func (m *mainWindow) restoreGeometry() {
	m.win.Resize(m.prefs.windowSize())
	m.listSplit.Offset = m.prefs.listSplit()
	m.app.Lifecycle().SetOnStopped(m.saveGeometry)
}

// saveGeometry remembers the window's size and the split between the trial
// list and the tabs.
func (m *mainWindow) saveGeometry() {
	if size := m.win.Canvas().Size(); size.Width > 0 && size.Height > 0 {
		m.prefs.saveWindowSize(size)
	}
	m.prefs.saveListSplit(m.listSplit.Offset)
}
