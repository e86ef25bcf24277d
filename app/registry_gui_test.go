package app

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/registry/registrytest"
	"github.com/trialcompare/trialcompare/views"
)

// newRegistryWindow builds a test window whose ClinicalTrials.gov is a
// local server, with its own cache folder.
func newRegistryWindow(t *testing.T) (*testWindow, *registrytest.Server) {
	t.Helper()
	srv := registryServer(t)
	w := newTestWindow(t)
	w.registry.cacheDir = t.TempDir()
	return w, srv
}

// settle runs the UI calls until every load, fetch, check and search has
// finished.
func (w *testWindow) settle() {
	for w.loading > 0 || w.building > 0 || w.registry.busy > 0 || w.registry.search.busy > 0 {
		(<-w.calls)()
	}
}

func TestStartingAndLoadingMakeNoRequest(t *testing.T) {
	w, srv := newRegistryWindow(t)
	w.start(nil)
	w.open(seedFiles(t)...)
	w.tabs.SelectIndex(4)
	if srv.Requests() != 0 {
		t.Errorf("%d requests without an action", srv.Requests())
	}
}

func TestAddFromRegistry(t *testing.T) {
	w, srv := newRegistryWindow(t)
	w.addFromRegistry([]string{seed002ID, "NCT09999999"}, false)
	if w.registry.box.Hidden {
		t.Error("no progress shown while fetching")
	}
	w.settle()
	if len(w.compare.comparison.Trials) != 1 || w.compare.comparison.Trials[0].NCTID != seed002ID {
		t.Fatalf("comparison %d trials", len(w.compare.comparison.Trials))
	}
	if got := w.compare.comparison.Trials[0].Source.Layout; got != model.LayoutCTGovJSON {
		t.Errorf("layout %s", got)
	}
	report := w.registry.report.Text
	if !strings.Contains(report, seed002ID+"  fetched") || !strings.Contains(report, "NCT09999999 is not on ClinicalTrials.gov") {
		t.Errorf("report %q", report)
	}
	var failed bool
	for _, e := range w.state.entries {
		failed = failed || (e.err != nil && strings.Contains(e.err.Error(), "NCT09999999"))
	}
	if !failed || !w.registry.box.Hidden {
		t.Errorf("the failed ID is not in the list with its error (%v), or progress still shown", failed)
	}
	// Again: from the cache, no request.
	before := srv.Requests()
	w.addFromRegistry([]string{seed002ID}, false)
	w.settle()
	if srv.Requests() != before || !strings.Contains(w.registry.report.Text, "from cache, fetched just now") {
		t.Errorf("%d requests, report %q", srv.Requests()-before, w.registry.report.Text)
	}
}

func TestAddFromRegistryOffline(t *testing.T) {
	w, srv := newRegistryWindow(t)
	w.setOffline(true)
	w.addFromRegistry([]string{seed002ID}, false)
	w.settle()
	if srv.Requests() != 0 || !strings.Contains(w.registry.report.Text, "offline") {
		t.Errorf("%d requests, report %q", srv.Requests(), w.registry.report.Text)
	}
}

func TestSearchViewAddsChosenStudies(t *testing.T) {
	w, srv := newRegistryWindow(t)
	addAMLVariants(t, srv)
	w.tabs.SelectIndex(4)
	w.startSearch(views.SearchInput{Cond: "AML", Age: "7y", Statuses: views.SearchStatuses[:2], Order: views.SearchOrders[0]})
	if w.searchPanel.Progress.Hidden {
		t.Error("no progress shown while searching")
	}
	w.settle()
	q := srv.Queries()[0]
	if q.Get("query.cond") != "AML" || q.Get("filter.overallStatus") != "RECRUITING,NOT_YET_RECRUITING" ||
		!strings.Contains(q.Get("filter.advanced"), "7 years") || q.Get("sort") != "@relevance" {
		t.Errorf("query %v", q)
	}
	// A 7-year-old: the studies that state no minimum, no maximum or no
	// ages at all in their age fields are listed.
	if got := w.searchPanel.Count.Text; got != "4 studies match; 4 shown" {
		t.Errorf("count %q", got)
	}
	rows := w.searchRows()
	if len(rows) != 4 || !strings.HasPrefix(rows[0].Fit, "possible") {
		t.Fatalf("rows %+v", rows)
	}
	markup := test.RenderObjectToMarkup(w.searchPanel.Content)
	if !strings.Contains(markup, "NCT9000000") || !strings.Contains(markup, "fit: possible") || !strings.Contains(markup, "searched as typed") {
		t.Error("the results do not show the study, its fit and the syntax")
	}
	w.searchPanel.Choose(rows[0].NCTID, true)
	w.searchPanel.Choose(rows[1].NCTID, true)
	before := srv.Requests()
	test.Tap(w.searchPanel.Add)
	w.settle()
	if len(w.compare.comparison.Trials) != 2 || srv.Requests() != before {
		t.Errorf("%d trials added, %d requests", len(w.compare.comparison.Trials), srv.Requests()-before)
	}
}

func TestSearchViewPagesOnAndKeepsTheTotal(t *testing.T) {
	w, srv := newRegistryWindow(t)
	addAMLVariants(t, srv)
	w.registry.pageSize = 3
	w.startSearch(views.SearchInput{Cond: "AML", Order: views.SearchOrders[1]})
	w.settle()
	if got := w.searchPanel.Count.Text; got != "4 studies match; 3 shown" || w.searchPanel.More.Disabled() {
		t.Fatalf("first page: %q, more disabled %v", got, w.searchPanel.More.Disabled())
	}
	test.Tap(w.searchPanel.More)
	w.settle()
	if got := w.searchPanel.Count.Text; got != "4 studies match; 4 shown" || !w.searchPanel.More.Disabled() {
		t.Errorf("second page: %q", got)
	}
	last := srv.Queries()[len(srv.Queries())-1]
	if last.Get("pageToken") == "" || last.Get("sort") != "LastUpdatePostDate:desc" {
		t.Errorf("second query %v", last)
	}
}

func TestSearchViewRefusesABlankSearch(t *testing.T) {
	w, srv := newRegistryWindow(t)
	w.startSearch(views.SearchInput{Cond: "   ", Term: "\t"})
	w.settle()
	if !strings.Contains(w.searchPanel.Message.Text, "nothing to search") || srv.Requests() != 0 {
		t.Errorf("message %q, %d requests", w.searchPanel.Message.Text, srv.Requests())
	}
}

func TestCheckAgainstRegistryFillsThePhase(t *testing.T) {
	w, srv := newRegistryWindow(t)
	w.open(page002(t))
	if _, row := w.row(model.FieldPhases); !row.Cells[0].NotStated {
		t.Fatal("the page states a phase")
	}
	w.checkAgainstRegistry(false)
	w.settle()
	_, row := w.row(model.FieldPhases)
	cell := row.Cells[0]
	if cell.Text != "Early Phase 1" || !strings.HasPrefix(cell.Source, "ClinicalTrials.gov record, last updated 2026-01-13, fetched ") {
		t.Errorf("phase %q from %q", cell.Text, cell.Source)
	}
	if !strings.Contains(w.registry.report.Text, seed002ID+": Filled in from the ClinicalTrials.gov record, last updated 2026-01-13, fetched ") {
		t.Errorf("report %q", w.registry.report.Text)
	}
	if !w.registry.fetchAgain.Hidden {
		t.Error("Fetch again offered after a check with fresh records")
	}
	// Checked again: the record comes from the cache, and Fetch again
	// fetches it anew.
	w.checkAgainstRegistry(false)
	w.settle()
	if !strings.Contains(w.registry.report.Text, "record from cache") || w.registry.fetchAgain.Hidden {
		t.Fatalf("report %q, fetch again hidden %v", w.registry.report.Text, w.registry.fetchAgain.Hidden)
	}
	before := srv.Requests()
	test.Tap(w.registry.fetchAgain)
	w.settle()
	if srv.Requests() != before+1 || strings.Contains(w.registry.report.Text, "record from cache") {
		t.Errorf("Fetch again: %d requests, report %q", srv.Requests()-before, w.registry.report.Text)
	}
}

// The Add dialog's choice of a maximum age is remembered, and a cached
// record older than it is fetched again.
func TestRegistryMaxAgeSetting(t *testing.T) {
	w, _ := newRegistryWindow(t)
	w.setMaxAge(30)
	c, err := w.registryClient()
	if err != nil || c.MaxAge() != 30*24*time.Hour || w.app.Preferences().Int(prefRegistryMaxAge) != 30 {
		t.Errorf("max age %v, %v", c.MaxAge(), err)
	}
}

// A record that could not be kept in the cache is still added, read as it
// came, and the report says it was not saved.
func TestAddFromRegistryWhenTheCacheCannotBeWritten(t *testing.T) {
	w, _ := newRegistryWindow(t)
	if err := os.WriteFile(filepath.Join(w.registry.cacheDir, "studies"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	w.addFromRegistry([]string{seed002ID}, false)
	w.settle()
	if len(w.compare.comparison.Trials) != 1 || w.compare.comparison.Trials[0].NCTID != seed002ID {
		t.Fatalf("%d trials", len(w.compare.comparison.Trials))
	}
	if !strings.Contains(w.registry.report.Text, "could not be saved in the cache folder") {
		t.Errorf("report %q", w.registry.report.Text)
	}
}

func TestAddFromRegistryCancel(t *testing.T) {
	w, srv := newRegistryWindow(t)
	started := make(chan struct{})
	srv.Handle("/studies/"+seed002ID, func(_ http.ResponseWriter, r *http.Request) {
		close(started)
		<-r.Context().Done()
	})
	w.addFromRegistry([]string{seed002ID}, false)
	<-started
	test.Tap(w.registry.cancelButton)
	w.settle()
	if !strings.Contains(w.registry.report.Text, seed002ID+"  not fetched: cancelled") || len(w.state.entries) != 0 || !w.registry.box.Hidden {
		t.Errorf("report %q, %d trials", w.registry.report.Text, len(w.compare.comparison.Trials))
	}
}
