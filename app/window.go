package app

import (
	"context"
	"fmt"
	"io/fs"
	"math"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
	"github.com/trialcompare/trialcompare/registry"
	"github.com/trialcompare/trialcompare/views"
)

// mainWindow is the app's one window: the trial list on the left, the
// tabs on the right. It owns the state, turns user actions on the list
// into state changes, and composes the screens, each of which owns its
// widgets and their handlers.
type mainWindow struct {
	// screener reads each trial's requirements once, however often the
	// patient or the comparison changes.
	screener *eligibility.Screener
	app      fyne.App
	win      fyne.Window
	theme    *views.Theme
	prefs    preferences
	examples fs.FS
	state    state
	// apply runs a function on the UI goroutine: fyne.Do in the app.
	apply func(func())

	list          *views.TrialList
	search        *widget.Entry
	sorter        *widget.Select
	progressBar   *widget.ProgressBar
	progressLabel *widget.Label
	listToggle    *widget.Button
	left          fyne.CanvasObject
	// listSplit divides the width between the trial list and the tabs.
	listSplit *container.Split
	visible   []int

	// The tabs and their screens.
	tabs        *container.AppTabs
	compare     *comparisonScreen
	ageChart    *ageChartScreen
	exclusions  *exclusionsScreen
	patientForm *patientScreen
	searchPanel *views.SearchPanel
	registry    *registryPanel
	board       *boardSession

	// generation counts the redraws; a comparison built in the background
	// for an older one is dropped. building counts those under way.
	generation int
	building   int
	pasteCount int
	loading    int
	// loads is cancelled when the window closes, which stops the loads
	// under way.
	loads     context.Context
	stopLoads context.CancelFunc
}

// newMainWindow builds the window's widgets; show it with win.Show.
func newMainWindow(a fyne.App, examples fs.FS, th *views.Theme) *mainWindow {
	// The built-in vocabularies always load (a test holds them); without
	// them each screening reads its trials anew.
	screener, _ := eligibility.NewScreener()
	m := &mainWindow{
		screener: screener,
		app:      a, win: a.NewWindow("TrialCompare"), theme: th, prefs: preferences{a.Preferences()},
		examples: examples, apply: fyne.Do,
		list: views.NewTrialList(), search: widget.NewEntry(),
		progressBar: widget.NewProgressBar(), progressLabel: widget.NewLabel(""),
		ageChart: newAgeChartScreen(), exclusions: newExclusionsScreen(),
		searchPanel: views.NewSearchPanel(), registry: newRegistryPanel(),
	}
	m.loads, m.stopLoads = context.WithCancel(context.Background())
	m.compare = newComparisonScreen(m.prefs)
	m.patientForm = newPatientScreen(m.patientApplied, m.refresh)
	m.board = m.newBoardSession()
	m.registry.offline = a.Preferences().Bool(prefOffline)
	m.registry.maxAge = time.Duration(a.Preferences().Int(prefRegistryMaxAge)) * 24 * time.Hour
	m.searchPanel.Syntax.SetText(registry.SearchSyntax)
	m.searchPanel.OnSearch = m.startSearch
	m.searchPanel.OnMore = m.moreResults
	m.searchPanel.OnAdd = func(ids []string) { m.addFromRegistry(ids, false) }
	m.searchPanel.OnCancel = m.cancelSearch
	m.search.SetPlaceHolder("Filter the list…")
	m.search.OnChanged = m.filterChanged
	m.sorter = widget.NewSelect([]string{string(sortByPhase), string(sortByMinAge), string(sortByNCTID)}, m.sortChanged)
	m.sorter.PlaceHolder = "Sort by…"
	m.list.OnIncludeChanged = m.includeChanged
	m.list.OnMove = m.moveTrial
	m.list.OnRemove = m.removeTrial
	m.progressBar.Hide()
	m.progressLabel.Hide()

	m.win.SetContent(m.layout())
	m.win.SetMainMenu(m.mainMenu())
	m.addShortcuts()
	m.win.SetOnDropped(m.dropped)
	m.win.SetCloseIntercept(m.closeIntercept)
	m.win.SetOnClosed(m.stopLoads)
	m.restoreGeometry()
	m.compare.differencesOnly.SetChecked(a.Preferences().Bool(prefDifferencesOnly))
	m.setListCollapsed(m.prefs.p.Bool(prefListCollapsed))
	return m
}

func (m *mainWindow) layout() fyne.CanvasObject {
	top := container.NewVBox(m.search, m.sorter, m.progressLabel, m.progressBar, m.registry.box, m.registry.reportRow)
	m.left = container.NewBorder(top, m.list.Message, nil, nil, m.list.List)
	m.listToggle = widget.NewButtonWithIcon("Trial list", theme.NavigateBackIcon(), m.toggleList)
	m.listToggle.Importance = widget.LowImportance
	m.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Comparison", theme.GridIcon(), m.compare.content(m.listToggle)),
		container.NewTabItemWithIcon("Age chart", theme.ListIcon(), m.ageChart.content),
		m.exclusions.tab,
		container.NewTabItemWithIcon("Patient", theme.AccountIcon(), m.patientForm.panel.Content),
		container.NewTabItemWithIcon("Search", theme.SearchIcon(), m.searchPanel.Content),
		container.NewTabItemWithIcon("Board", theme.DocumentSaveIcon(), m.board.panel.Content),
	)
	m.tabs.OnSelected = func(*container.TabItem) {
		m.refreshExclusions()
		m.refreshBoardPanel()
	}
	m.listSplit = container.NewHSplit(m.left, m.tabs)
	return m.listSplit
}

// start loads the files named on the command line; with none, the files
// open at the end of the last run; with nothing saved, the examples.
func (m *mainWindow) start(files []string) {
	switch saved, excluded := m.prefs.openFiles(); {
	case len(files) > 0:
		m.openPaths(files)
	case len(saved) > 0:
		m.openPathsExcluding(saved, excluded)
	default:
		m.loadExamples()
	}
	m.offerRecovery()
}

// openPaths loads files and folders in the background and remembers them.
func (m *mainWindow) openPaths(paths []string) { m.openPathsExcluding(paths, nil) }

func (m *mainWindow) openPathsExcluding(paths, excluded []string) {
	if len(paths) == 0 {
		return
	}
	if len(paths) == 1 && isBoardFile(paths[0]) {
		m.confirmDiscard(func() {
			m.openBoard(paths[0], func(err error) {
				if err != nil {
					m.state.add(failedResults(ingest.Result{File: paths[0], Err: err}), false)
					m.refresh()
				}
			})
		})
		return
	}
	m.prefs.addRecent(paths)
	m.win.SetMainMenu(m.mainMenu())
	m.loading++
	m.progressBar.SetValue(0)
	loadFiles(m.loads, paths, m.apply, func(p progress) {
		first := len(m.state.entries)
		m.state.add(p.results, true)
		for i := first; i < len(m.state.entries); i++ {
			if slices.Contains(excluded, m.state.entries[i].file) {
				m.state.entries[i].included = false
			}
		}
		m.showProgress(p)
		m.refreshList()
		if m.loading == 0 {
			// The comparison is built once, when the load is complete, and
			// off the UI goroutine: only drawing it happens here.
			m.refreshInBackground()
		}
	})
}

// showProgress shows the progress bar while a load of more than a few
// files runs.
func (m *mainWindow) showProgress(p progress) {
	if p.done >= p.total {
		m.loading--
		if m.loading <= 0 {
			m.loading = 0
			m.progressBar.Hide()
			m.progressLabel.Hide()
		}
		return
	}
	if p.total > 10 {
		m.progressBar.SetValue(float64(p.done) / float64(p.total))
		m.progressLabel.SetText(fmt.Sprintf("Reading %d of %d files…", p.done, p.total))
		m.progressBar.Show()
		m.progressLabel.Show()
	}
}

// loadExamples adds the five example trials embedded in the program.
func (m *mainWindow) loadExamples() {
	names, _ := fs.Glob(m.examples, "*.txt")
	var results []readResult
	for _, name := range names {
		data, err := fs.ReadFile(m.examples, name)
		if err != nil {
			results = append(results, failedResults(ingest.Result{File: "example " + name, Err: err})...)
			continue
		}
		results = append(results, documentResult(ingest.Read(path.Join("examples", name), data), name, data))
	}
	m.state.add(results, false)
	m.refresh()
}

// pasteTrial reads the clipboard's text as a trial.
func (m *mainWindow) pasteTrial() {
	text := m.app.Clipboard().Content()
	m.pasteCount++
	name := fmt.Sprintf("Pasted text %d", m.pasteCount)
	if strings.TrimSpace(text) == "" {
		m.state.add(failedResults(ingest.Result{File: name, Err: fmt.Errorf("%s: the clipboard holds no text", name)}), false)
	} else {
		m.state.add([]readResult{documentResult(ingest.Read(name, []byte(text)), name+".txt", []byte(text))}, false)
	}
	m.refresh()
}

// refreshList redraws the trial list from the state.
func (m *mainWindow) refreshList() {
	m.visible = m.state.visible()
	items := make([]views.ListItem, len(m.visible))
	for i, idx := range m.visible {
		items[i] = m.state.entries[idx].listItem()
	}
	m.list.SetItems(items)
}

// refresh redraws the list, the comparison, the exclusions matrix and the
// chart from the state, and remembers the open files.
func (m *mainWindow) refresh() {
	m.refreshList()
	m.generation++
	m.showComparison(buildComparison(m.state.comparisonTrials(), m.patientForm.patient, m.screener, m.state.comparisonChanges()))
}

// refreshInBackground builds the comparison on another goroutine and
// draws it when it is ready, unless the state has been redrawn since.
func (m *mainWindow) refreshInBackground() {
	m.generation++
	gen, trials, patient, changes := m.generation, m.state.comparisonTrials(), m.patientForm.patient, m.state.comparisonChanges()
	m.building++
	go func() {
		cmp := buildComparison(trials, patient, m.screener, changes)
		m.apply(func() {
			m.building--
			if gen == m.generation {
				m.showComparison(cmp)
			}
		})
	}()
}

// buildComparison lines the trials up, with the patient's Fit row if any,
// and marks what changed since the board was saved, if known.
func buildComparison(trials []model.Trial, patient *eligibility.Profile, screener *eligibility.Screener, changes []compare.TrialChanges) compare.Comparison {
	cmp := compare.NewComparison(trials)
	if patient != nil {
		cmp = cmp.WithPatient(*patient, screener)
	}
	if changes != nil {
		cmp = cmp.WithChanges(changes)
	}
	return cmp
}

// showComparison draws a comparison in the table, the exclusions matrix
// and the chart, and remembers the open files.
func (m *mainWindow) showComparison(cmp compare.Comparison) {
	m.compare.show(cmp)
	m.exclusions.show(cmp)
	m.refreshExclusions()
	m.ageChart.show(cmp, m.patientForm.patient)
	m.patientForm.showResults(cmp)
	m.prefs.saveOpenFiles(m.state.entries)
	m.stateChanged()
}

// refreshExclusions rebuilds the exclusions matrix if it is stale and on
// show.
func (m *mainWindow) refreshExclusions() { m.exclusions.refresh(m.tabs.Selected()) }

func (m *mainWindow) entryIndex(listIndex int) (int, bool) {
	if listIndex < 0 || listIndex >= len(m.visible) {
		return 0, false
	}
	return m.visible[listIndex], true
}

func (m *mainWindow) includeChanged(listIndex int, on bool) {
	if i, ok := m.entryIndex(listIndex); ok {
		m.state.entries[i].included = on
		m.refresh()
	}
}

func (m *mainWindow) moveTrial(listIndex, delta int) {
	i, ok := m.entryIndex(listIndex)
	j, okTo := m.entryIndex(listIndex + delta)
	if ok && okTo {
		m.state.move(i, j-i)
		m.refresh()
	}
}

func (m *mainWindow) removeTrial(listIndex int) {
	if i, ok := m.entryIndex(listIndex); ok {
		m.state.remove(i)
		m.refresh()
	}
}

func (m *mainWindow) filterChanged(text string) {
	m.state.filter = text
	m.refresh()
}

func (m *mainWindow) sortChanged(key string) {
	m.state.sortBy(sortKey(key))
	m.refresh()
}

// toggleList collapses or expands the trial list, and remembers it.
func (m *mainWindow) toggleList() { m.setListCollapsed(m.left.Visible()) }

func (m *mainWindow) setListCollapsed(collapsed bool) {
	m.prefs.p.SetBool(prefListCollapsed, collapsed)
	if collapsed {
		m.left.Hide()
		m.listToggle.SetIcon(theme.NavigateNextIcon())
	} else {
		m.left.Show()
		m.listToggle.SetIcon(theme.NavigateBackIcon())
	}
	m.win.Content().Refresh()
}

// setZoom scales the comparison's text, within 70% and 250%, and
// remembers the zoom.
func (m *mainWindow) setZoom(zoom float32) {
	zoom = min(max(float32(math.Round(float64(zoom)*10)/10), minZoom), maxZoom)
	m.prefs.p.SetFloat(prefZoom, float64(zoom))
	m.theme.Zoom = zoom
	m.app.Settings().SetTheme(m.theme)
	m.compare.table.Refit()
	m.exclusions.table.Refit()
}

// zoomBy steps the zoom up or down.
func (m *mainWindow) zoomBy(step float32) {
	current := m.theme.Zoom
	if current <= 0 {
		current = 1
	}
	m.setZoom(current + step)
}

// patientApplied shows the comparison screened for the patient just set,
// and offers the patient's age to the registry search.
func (m *mainWindow) patientApplied(in views.PatientInput) {
	if m.searchPanel.Age.Text == "" {
		m.searchPanel.Age.SetText(in.Age)
	}
	m.refresh()
	m.tabs.SelectIndex(0)
}

// dropped opens the files and folders dropped on the window.
func (m *mainWindow) dropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	m.openPaths(paths)
}
