package app

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/registry"
	"github.com/trialcompare/trialcompare/views"
)

// startSearch runs a new search from the Search tab's form.
func (m *mainWindow) startSearch(in views.SearchInput) {
	q := registry.Query{Cond: in.Cond, Term: in.Term, Intr: in.Intr, PageSize: m.registry.pageSize}
	if q.Empty() {
		m.searchPanel.Message.SetText("There is nothing to search: give a condition, other terms or an intervention.")
		return
	}
	if in.Order == views.SearchOrders[1] {
		q.Order = registry.ByLastUpdate
	}
	patient := m.patientForm.patient
	if age := strings.TrimSpace(in.Age); age != "" {
		days, label, err := eligibility.ParsePatientAge(age)
		if err != nil {
			m.searchPanel.Message.SetText("Patient's age: " + err.Error())
			return
		}
		q.AgeDays = days
		if patient == nil {
			patient = &eligibility.Profile{AgeDays: days, AgeLabel: label}
		}
	}
	for _, label := range in.Statuses {
		if s, ok := rules.ParseStatus(label); ok {
			q.Statuses = append(q.Statuses, s)
		}
	}
	client, err := m.registryClient()
	if err != nil {
		m.searchPanel.Message.SetText(err.Error())
		return
	}
	m.registry.search = searchState{listing: client.List(q), patient: patient}
	m.searchPanel.SetResults(nil, 0, false)
	m.fetchSearchPage()
}

// moreResults fetches the next page of the search shown.
func (m *mainWindow) moreResults() {
	if l := m.registry.search.listing; l != nil && l.More() {
		m.fetchSearchPage()
	}
}

// fetchSearchPage fetches the next page of the listing shown in the
// background and shows it; a page that comes after a new search began is
// dropped.
func (m *mainWindow) fetchSearchPage() {
	s := &m.registry.search
	l := s.listing
	ctx, cancel := context.WithCancel(context.Background())
	m.registry.searchCancel = cancel
	s.busy++
	m.searchPanel.SetBusy(true)
	m.searchPanel.Message.SetText("Searching ClinicalTrials.gov…")
	go func() {
		page, err := l.Next(ctx)
		cancel()
		m.apply(func() {
			s.busy--
			m.searchPanel.SetBusy(false)
			if s.listing != l {
				return
			}
			if err != nil {
				m.searchPanel.Message.SetText("The search failed: " + err.Error())
				m.searchPanel.SetResults(m.searchRows(), l.Total(), l.More())
				return
			}
			s.hits = append(s.hits, page.Hits...)
			m.searchPanel.Message.SetText(searchNote(page, l))
			m.searchPanel.SetResults(m.searchRows(), l.Total(), l.More())
		})
	}()
}

// searchNote says where a page came from, and anything the user should
// know about it.
func searchNote(page registry.Page, l *registry.Listing) string {
	var note string
	switch {
	case page.FromCache && page.Failure != nil:
		note = fmt.Sprintf("From cache, fetched %s: %v", registry.Ago(time.Now(), page.Fetched), page.Failure)
	case page.FromCache:
		note = fmt.Sprintf("From cache, fetched %s (working offline).", registry.Ago(time.Now(), page.Fetched))
	case len(page.Hits) == 0 && l.Total() <= 0:
		note = "No study matches."
	default:
		note = "Tick the studies to add, then add them to the comparison."
	}
	if page.NotSaved != nil {
		note += " Note: " + page.NotSaved.Error() + "."
	}
	if why := l.Stopped(); why != "" {
		note += " " + why + "."
	}
	return note
}

// searchRows describes the studies found, with the fit verdict when a
// patient is set.
func (m *mainWindow) searchRows() []views.SearchRow {
	s := m.registry.search
	rows := make([]views.SearchRow, 0, len(s.hits))
	for _, h := range s.hits {
		t := h.Trial
		facts := []string{orNotStated(model.PhaseLabel(t.Phases)), orNotStated(t.Status.Label()), orNotStated(t.AgeText())}
		if len(t.Targets) > 0 {
			facts = append(facts, strings.Join(t.Targets, ", "))
		}
		row := views.SearchRow{NCTID: t.NCTID, Title: t.Title, Facts: strings.Join(facts, " · ")}
		if s.patient != nil {
			f := eligibility.Assess(*s.patient, &t)
			row.Fit = string(f.Verdict)
			if q := f.Qualifier(); q != "" {
				row.Fit += " — " + q
			}
			if len(f.Reasons) > 0 {
				row.Fit += " — " + f.Reasons[0]
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// cancelSearch stops the request under way.
func (m *mainWindow) cancelSearch() {
	if m.registry.searchCancel != nil {
		m.registry.searchCancel()
	}
}
