package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"

	"github.com/trialcompare/trialcompare/views"
)

// boardTab is the Board tab's place among the tabs.
const boardTab = 5

// action is a menu entry with its keyboard shortcut.
type action struct {
	label    string
	key      fyne.KeyName
	modifier fyne.KeyModifier
	run      func()
}

func (a action) shortcut() *desktop.CustomShortcut {
	if a.key == "" {
		return nil
	}
	return &desktop.CustomShortcut{KeyName: a.key, Modifier: fyne.KeyModifierShortcutDefault | a.modifier}
}

func (a action) menuItem() *fyne.MenuItem {
	item := fyne.NewMenuItem(a.label, a.run)
	if s := a.shortcut(); s != nil {
		item.Shortcut = s
	}
	return item
}

func (m *mainWindow) fileActions() []action {
	return []action{
		{"Open Files…", fyne.KeyO, 0, m.showOpenFile},
		{"Open Folder…", fyne.KeyO, fyne.KeyModifierShift, m.showOpenFolder},
		{"Paste Trial", fyne.KeyV, fyne.KeyModifierShift, m.pasteTrial},
		{"Examples", fyne.KeyE, fyne.KeyModifierShift, m.loadExamples},
		{"Export to Excel…", fyne.KeyE, 0, func() { m.showExport(".xlsx") }},
		{"Export to PDF…", fyne.KeyP, 0, func() { m.showExport(".pdf") }},
		{"Add from ClinicalTrials.gov…", fyne.KeyR, fyne.KeyModifierShift, m.showAddFromRegistry},
		{"Check against ClinicalTrials.gov", fyne.KeyK, fyne.KeyModifierShift, func() { m.checkAgainstRegistry(false) }},
		{"What Changed on ClinicalTrials.gov", "", 0, m.whatChanged},
	}
}

func (m *mainWindow) viewActions() []action {
	return []action{
		{"Differences Only", fyne.KeyD, 0, func() { m.compare.differencesOnly.SetChecked(!m.compare.differencesOnly.Checked) }},
		{"Comparison", fyne.Key1, 0, func() { m.tabs.SelectIndex(0) }},
		{"Age Chart", fyne.Key2, 0, func() { m.tabs.SelectIndex(1) }},
		{"Exclusions", fyne.Key3, 0, func() { m.tabs.SelectIndex(2) }},
		{"Patient", fyne.Key4, 0, func() { m.tabs.SelectIndex(3) }},
		{"Search ClinicalTrials.gov", fyne.Key5, 0, func() { m.tabs.SelectIndex(4) }},
		{"Board and Notes", fyne.Key6, 0, func() { m.tabs.SelectIndex(boardTab) }},
		{"Find", fyne.KeyF, 0, func() { m.win.Canvas().Focus(m.search) }},
		{"Sort by Phase", fyne.KeyP, fyne.KeyModifierShift, func() { m.sorter.SetSelected(string(sortByPhase)) }},
		{"Sort by Minimum Age", fyne.KeyA, fyne.KeyModifierShift, func() { m.sorter.SetSelected(string(sortByMinAge)) }},
		{"Sort by NCT ID", fyne.KeyN, fyne.KeyModifierShift, func() { m.sorter.SetSelected(string(sortByNCTID)) }},
		{"Light Theme", fyne.KeyL, fyne.KeyModifierShift, func() { m.setTheme("light") }},
		{"Dark Theme", fyne.KeyD, fyne.KeyModifierShift, func() { m.setTheme("dark") }},
		{"System Theme", fyne.KeyS, fyne.KeyModifierShift, func() { m.setTheme("") }},
		{"Trial List", fyne.KeyB, 0, m.toggleList},
	}
}

// zoomActions scale the comparison's text: View › Zoom.
func (m *mainWindow) zoomActions() []action {
	return []action{
		{"Zoom In", fyne.KeyEqual, 0, func() { m.zoomBy(zoomStep) }},
		{"Zoom In", fyne.KeyPlus, 0, func() { m.zoomBy(zoomStep) }},
		{"Zoom Out", fyne.KeyMinus, 0, func() { m.zoomBy(-zoomStep) }},
		{"Actual Size", fyne.Key0, 0, func() { m.setZoom(1) }},
	}
}

func (m *mainWindow) mainMenu() *fyne.MainMenu {
	var fileItems, viewItems []*fyne.MenuItem
	for i, a := range m.fileActions() {
		if i == 4 || i == 6 {
			fileItems = append(fileItems, fyne.NewMenuItemSeparator())
		}
		fileItems = append(fileItems, a.menuItem())
		if i == 1 {
			fileItems = append(fileItems, m.recentMenu())
		}
	}
	fileItems = append(fileItems, fyne.NewMenuItemSeparator())
	for _, a := range m.boardActions() {
		fileItems = append(fileItems, a.menuItem())
	}
	fileItems = append(fileItems, fyne.NewMenuItemSeparator(), m.offlineMenuItem())
	for _, a := range m.viewActions() {
		viewItems = append(viewItems, a.menuItem())
	}
	zoom := fyne.NewMenuItem("Zoom", nil)
	zoom.ChildMenu = fyne.NewMenu("")
	for i, a := range m.zoomActions() {
		if i != 1 {
			zoom.ChildMenu.Items = append(zoom.ChildMenu.Items, a.menuItem())
		}
	}
	viewItems = append(viewItems, zoom)
	var helpItems []*fyne.MenuItem
	for _, a := range m.helpActions() {
		helpItems = append(helpItems, a.menuItem())
	}
	return fyne.NewMainMenu(fyne.NewMenu("File", fileItems...), fyne.NewMenu("View", viewItems...), fyne.NewMenu("Help", helpItems...))
}

func (m *mainWindow) recentMenu() *fyne.MenuItem {
	item := fyne.NewMenuItem("Open Recent", nil)
	var children []*fyne.MenuItem
	for _, f := range m.prefs.recent() {
		children = append(children, fyne.NewMenuItem(f, func() { m.openPaths([]string{f}) }))
	}
	if len(children) == 0 {
		item.Disabled = true
	}
	item.ChildMenu = fyne.NewMenu("", children...)
	return item
}

func (m *mainWindow) addShortcuts() {
	for _, a := range slices.Concat(m.fileActions(), m.boardActions(), m.viewActions(), m.zoomActions()) {
		if s := a.shortcut(); s != nil {
			m.win.Canvas().AddShortcut(s, func(fyne.Shortcut) { a.run() })
		}
	}
}

// showOpenFile lists only ordinary files: the dialog opens the chosen file
// itself, and opening a named pipe would block the window.
func (m *mainWindow) showOpenFile() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("the file could not be opened: %w", err), m.win)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		m.openPaths([]string{path})
	}, m.win)
	d.SetFilter(ordinaryFiles{})
	d.SetTitleText("Open a file — to open many, use Open Folder… or drop them on the window")
	d.Show()
}

func (m *mainWindow) showOpenFolder() {
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(fmt.Errorf("the folder could not be opened: %w", err), m.win)
			return
		}
		if dir != nil {
			m.openPaths([]string{dir.Path()})
		}
	}, m.win)
}

// setTheme forces the light or dark variant, or follows the system's ("").
func (m *mainWindow) setTheme(name string) {
	m.app.Preferences().SetString(prefTheme, name)
	applyTheme(m.app, m.theme, name)
}

func applyTheme(a fyne.App, th *views.Theme, name string) {
	switch name {
	case "light":
		v := theme.VariantLight
		th.Forced = &v
	case "dark":
		v := theme.VariantDark
		th.Forced = &v
	default:
		th.Forced = nil
	}
	a.Settings().SetTheme(th)
}
