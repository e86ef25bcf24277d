package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/trialcompare/trialcompare/eligibility"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
	"github.com/trialcompare/trialcompare/registry"
)

// registryPanel is the window's part that talks to ClinicalTrials.gov:
// fetches by NCT ID, the search, and checks of pages against the registry.
// Every request follows a user's action and runs off the UI goroutine.
type registryPanel struct {
	// cacheDir overrides the user's cache folder (tests); offline turns
	// the network off; maxAge is how long a cached record serves (0: the
	// default).
	cacheDir string
	offline  bool
	maxAge   time.Duration
	client   *registry.Client
	// made is what client was made with.
	made registrySettings

	box          *fyne.Container
	label        *widget.Label
	cancelButton *widget.Button
	bar          *widget.ProgressBar
	report       *widget.Label
	// fetchAgain checks again with fresh records, after a check that
	// used cached ones; reportRow holds it beside the report.
	fetchAgain *widget.Button
	reportRow  *fyne.Container
	cancel     context.CancelFunc
	// busy counts the fetches and checks under way.
	busy int

	// pageSize is the studies per search page; 0 takes the default.
	pageSize     int
	search       searchState
	searchCancel context.CancelFunc
}

// searchState is the search shown in the Search tab.
type searchState struct {
	listing *registry.Listing
	patient *eligibility.Profile
	hits    []registry.Hit
	busy    int
}

func newRegistryPanel() *registryPanel {
	p := &registryPanel{label: widget.NewLabel(""), bar: widget.NewProgressBar(), report: widget.NewLabel("")}
	p.report.Wrapping = fyne.TextWrapWord
	p.label.Wrapping = fyne.TextWrapWord
	p.cancelButton = widget.NewButton("Cancel", func() {
		if p.cancel != nil {
			p.cancel()
		}
	})
	p.box = container.NewVBox(p.label, container.NewBorder(nil, nil, nil, p.cancelButton, p.bar))
	p.box.Hide()
	p.report.Hide()
	p.fetchAgain = widget.NewButton("Fetch again", nil)
	p.fetchAgain.Hide()
	p.reportRow = container.NewVBox(p.report, p.fetchAgain)
	return p
}

// registryClient makes the client on first use; making it opens no
// connection.
func (m *mainWindow) registryClient() (*registry.Client, error) {
	r := m.registry
	settings := registrySettings{offline: r.offline, maxAge: r.maxAge, cacheDir: r.cacheDir}
	if r.client == nil || r.made != settings {
		c, err := newRegistryClient(settings)
		if err != nil {
			return nil, err
		}
		r.client, r.made = c, settings
	}
	return r.client, nil
}

// maxAgeChoices are the maximum ages of a cached record the Add dialog
// offers, in days.
var maxAgeChoices = []int{1, 7, 30}

// maxAgeLabel words a maximum age in days for the Add dialog.
func maxAgeLabel(days int) string {
	if days == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", days)
}

// setMaxAge sets, and remembers, how many days a cached record serves.
func (m *mainWindow) setMaxAge(days int) {
	m.registry.maxAge = time.Duration(days) * 24 * time.Hour
	m.app.Preferences().SetInt(prefRegistryMaxAge, days)
}

// showAddFromRegistry asks for NCT IDs: typed, pasted as a list, or pasted
// as any text that holds them.
func (m *mainWindow) showAddFromRegistry() {
	ids := widget.NewMultiLineEntry()
	ids.SetPlaceHolder("NCT07338357\nor paste an email or a referral letter that names NCT numbers")
	ids.SetMinRowsVisible(6)
	found := widget.NewLabel("No NCT ID yet.")
	ids.OnChanged = func(text string) {
		switch n := len(registry.NCTIDs(text)); n {
		case 0:
			found.SetText("No NCT ID yet.")
		case 1:
			found.SetText("1 NCT ID found.")
		default:
			found.SetText(fmt.Sprintf("%d NCT IDs found.", n))
		}
	}
	refresh := widget.NewCheck("Fetch again even when a copy is cached", nil)
	var labels []string
	for _, d := range maxAgeChoices {
		labels = append(labels, maxAgeLabel(d))
	}
	maxAge := widget.NewSelect(labels, func(label string) {
		for _, d := range maxAgeChoices {
			if maxAgeLabel(d) == label {
				m.setMaxAge(d)
			}
		}
	})
	maxAge.SetSelected(maxAgeLabel(int(m.effectiveMaxAge() / (24 * time.Hour))))
	ageRow := container.NewHBox(widget.NewLabel("Fetch a cached copy again when it is older than"), maxAge)
	note := widget.NewLabel("Each study is fetched from ClinicalTrials.gov and kept in the cache folder.")
	if m.registry.offline {
		note.SetText("Working offline: only copies fetched before are used.")
	}
	content := container.NewVBox(note, ids, found, refresh, ageRow)
	d := dialog.NewCustomConfirm("Add from ClinicalTrials.gov", "Add", "Cancel", content, func(ok bool) {
		if list := registry.NCTIDs(ids.Text); ok && len(list) > 0 {
			m.addFromRegistry(list, refresh.Checked)
		}
	}, m.win)
	d.Resize(fyne.NewSize(560, 380))
	d.Show()
	m.win.Canvas().Focus(ids)
}

// addFromRegistry fetches the studies in the background, showing progress
// with a Cancel button, then loads the records through the loader. An ID
// that fails stays in the list with its error.
func (m *mainWindow) addFromRegistry(ids []string, refresh bool) {
	client, err := m.registryClient()
	if err != nil {
		dialog.ShowError(err, m.win)
		return
	}
	r := m.registry
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	r.busy++
	m.showRegistryProgress(fmt.Sprintf("Fetching 0 of %d from ClinicalTrials.gov…", len(ids)), 0)
	go func() {
		var done atomic.Int32
		results := client.StudyMany(ctx, ids, refresh, func(registry.Result) {
			n := done.Add(1)
			m.apply(func() {
				m.showRegistryProgress(fmt.Sprintf("Fetching %d of %d from ClinicalTrials.gov…", n, len(ids)), float64(n)/float64(len(ids)))
			})
		})
		cancelled := ctx.Err() != nil
		cancel()
		m.apply(func() { m.fetchFinished(client, results, cancelled) })
	}()
}

// fetchFinished loads what was fetched and reports each ID on one line.
func (m *mainWindow) fetchFinished(client *registry.Client, results []registry.Result, cancelled bool) {
	m.registry.busy--
	m.hideRegistryProgress()
	var paths, lines []string
	var failed []ingest.Result
	var unsaved []readResult
	for _, r := range results {
		if errors.Is(r.Err, context.Canceled) {
			lines = append(lines, r.NCTID+"  not fetched: cancelled")
			continue
		}
		lines = append(lines, r.Report(time.Now()))
		switch {
		case r.Err != nil:
			failed = append(failed, ingest.Result{File: r.NCTID + " (ClinicalTrials.gov)", Err: r.Err})
		case r.Record.NotSaved != nil:
			// Not in the cache: the record fetched is read as it came.
			name := r.Record.NCTID + " (ClinicalTrials.gov)"
			unsaved = append(unsaved, documentResult(ingest.Read(name, r.Record.Body), r.Record.NCTID+".json", r.Record.Body))
		default:
			paths = append(paths, client.Path(r.Record.NCTID))
		}
	}
	if cancelled {
		lines = append(lines, "Cancelled: the studies fetched before are added.")
	}

	m.showRegistryReport(strings.Join(lines, "\n"))
	if len(failed) > 0 || len(unsaved) > 0 {
		m.state.add(append(failedResults(failed...), unsaved...), false)
		m.refresh()
	}
	m.openPaths(paths)
}

// effectiveMaxAge is how long a cached record serves.
func (m *mainWindow) effectiveMaxAge() time.Duration {
	if m.registry.maxAge > 0 {
		return m.registry.maxAge
	}
	return registry.DefaultMaxAge
}

// checkAgainstRegistry checks every trial in the comparison that was read
// from a page (not from a registry record) against its ClinicalTrials.gov
// record, in the background, all at once under one deadline; gaps are
// filled and disagreements warned of. With refresh, every record is
// fetched again; after a check that used cached records, the report
// offers that as Fetch again.
func (m *mainWindow) checkAgainstRegistry(refresh bool) {
	client, err := m.registryClient()
	if err != nil {
		dialog.ShowError(err, m.win)
		return
	}
	type job struct {
		index int
		file  string
		trial model.Trial
	}
	var jobs []job
	var pages []model.Trial
	for i, e := range m.state.entries {
		if e.err == nil && e.included && e.trial.Source.Layout != model.LayoutCTGovJSON {
			jobs = append(jobs, job{i, e.file, e.pageOf()})
			pages = append(pages, e.pageOf())
		}
	}
	if len(jobs) == 0 {
		m.showRegistryReport("No trial in the comparison was read from a page: records from ClinicalTrials.gov need no check.")
		return
	}
	r := m.registry
	ctx, cancel := context.WithTimeout(context.Background(), checkDeadline)
	r.cancel = cancel
	r.busy++
	m.registry.fetchAgain.Hide()
	m.showRegistryProgress(fmt.Sprintf("Checking 0 of %d against ClinicalTrials.gov…", len(jobs)), 0)
	go func() {
		var done atomic.Int32
		checked := client.CheckMany(ctx, pages, refresh, func(int, registry.Checked) {
			n := done.Add(1)
			m.apply(func() {
				m.showRegistryProgress(fmt.Sprintf("Checking %d of %d against ClinicalTrials.gov…", n, len(jobs)), float64(n)/float64(len(jobs)))
			})
		})
		cancel()
		m.apply(func() {
			r.busy--
			m.hideRegistryProgress()
			var lines []string
			cached := false
			for i, j := range jobs {
				c := checked[i]
				c.Err = deadlineWords(c.Err, checkDeadline, "try again later")
				lines = append(lines, checkReport(c))
				cached = cached || c.Record.FromCache
				// The list may have changed meanwhile: only the same entry
				// is replaced. The record is kept, for the board to save.
				if c.Err == nil && j.index < len(m.state.entries) && m.state.entries[j.index].trial.NCTID == j.trial.NCTID &&
					m.state.entries[j.index].file == j.file {
					e := &m.state.entries[j.index]
					c.Trial.UserNote = e.trial.UserNote
					e.trial = c.Trial
					e.registry = &board.Registry{Record: c.Record.Body, Fetched: c.Record.Fetched, Filled: c.Check.Filled}
				}
			}
			m.showRegistryReport(strings.Join(lines, "\n"))
			if cached && !r.offline {
				r.fetchAgain.OnTapped = func() { m.checkAgainstRegistry(true) }
				r.fetchAgain.SetText("Fetch again: check against fresh records")
				r.fetchAgain.Show()
			}
			m.refresh()
		})
	}()
}

// checkReport words one check on a line.
func checkReport(c registry.Checked) string {
	name := c.Trial.NCTID
	if name == "" {
		name = c.Trial.Title
	}
	if c.Err != nil {
		return fmt.Sprintf("%s: %v", name, c.Err)
	}
	line := name + ": nothing to fill in"
	if c.Trial.RegistryNote != "" {
		line = name + ": " + strings.TrimSuffix(c.Trial.RegistryNote, ".")
	}
	switch n := len(c.Check.Disagreements); n {
	case 0:
	case 1:
		line += "; 1 disagreement (see its warnings)"
	default:
		line += fmt.Sprintf("; %d disagreements (see its warnings)", n)
	}
	if c.Record.FromCache {
		line += fmt.Sprintf("; record from cache, fetched %s", registry.Ago(time.Now(), c.Record.Fetched))
	}
	if c.Record.Failure != nil {
		line += fmt.Sprintf(" (the request failed: %v)", c.Record.Failure)
	}
	if c.Record.NotSaved != nil {
		line += fmt.Sprintf("; %v", c.Record.NotSaved)
	}
	return line
}

func (m *mainWindow) showRegistryProgress(text string, value float64) {
	r := m.registry
	r.label.SetText(text)
	r.bar.SetValue(value)
	r.box.Show()
}

func (m *mainWindow) hideRegistryProgress() {
	if m.registry.busy == 0 {
		m.registry.box.Hide()
	}
}

func (m *mainWindow) showRegistryReport(text string) {
	m.registry.report.SetText(text)
	m.registry.report.Show()
	m.registry.fetchAgain.Hide()
}

// setOffline turns the network off or on, and remembers it.
func (m *mainWindow) setOffline(on bool) {
	m.registry.offline = on
	m.app.Preferences().SetBool(prefOffline, on)
	m.win.SetMainMenu(m.mainMenu())
}

// offlineMenuItem toggles working offline.
func (m *mainWindow) offlineMenuItem() *fyne.MenuItem {
	item := fyne.NewMenuItem("Work Offline", func() { m.setOffline(!m.registry.offline) })
	item.Checked = m.registry.offline
	return item
}
