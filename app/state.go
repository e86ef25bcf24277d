package app

import (
	"cmp"
	"path/filepath"
	"sort"
	"strings"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/views"
)

// entry is one loaded document, or one study of a document that holds
// several.
type entry struct {
	file     string
	trial    model.Trial
	err      error
	included bool
	// saved entries are files on disk, remembered between runs; pasted text
	// and the embedded examples are not.
	saved bool
	// doc is the document the trial was read from, and index its place
	// among the document's trials: a board embeds them.
	doc   *board.Document
	index int
	// page is the trial as read from its document, before a registry
	// record was applied; its note is trial's. registry is the
	// ClinicalTrials.gov record the trial was last checked against or
	// refreshed from, which a board keeps; nil when none.
	page     model.Trial
	registry *board.Registry
	// changes are what changed since the board was saved, found by What
	// Changed; nil until then.
	changes *compare.TrialChanges
}

// sortKey names an order of the trial list.
type sortKey string

// The orders the trial list can be sorted in.
const (
	sortByPhase  sortKey = "Phase"
	sortByMinAge sortKey = "Minimum age"
	sortByNCTID  sortKey = "NCT ID"
)

// state holds the loaded trials in their order, which are in the
// comparison, and the list filter. It knows nothing of widgets.
type state struct {
	entries []entry
	filter  string
}

// add appends what was read; each trial of a document becomes an entry.
func (s *state) add(results []readResult, saved bool) {
	for _, r := range results {
		if r.Err != nil {
			s.entries = append(s.entries, entry{file: r.File, err: r.Err, saved: saved})
			continue
		}
		for i, t := range r.Trials {
			e := entry{file: r.File, trial: t, included: true, saved: saved, doc: r.doc, page: t}
			if i < len(r.indices) {
				e.index = r.indices[i]
			}
			if i < len(r.pages) {
				e.page, e.registry = r.pages[i], r.registries[i]
			}
			s.entries = append(s.entries, e)
		}
	}
}

// visible returns the indices of the entries that match the filter.
func (s *state) visible() []int {
	needle := strings.ToLower(strings.TrimSpace(s.filter))
	out := make([]int, 0, len(s.entries))
	for i, e := range s.entries {
		if needle == "" || strings.Contains(e.searchText(), needle) {
			out = append(out, i)
		}
	}
	return out
}

// searchText is everything the filter looks in, lower-cased.
func (e entry) searchText() string {
	t := e.trial
	parts := []string{e.file, t.NCTID, t.Title, t.Acronym, t.Sponsor, model.PhaseLabel(t.Phases), t.Status.Label(),
		strings.Join(t.Targets, " "), strings.Join(t.Conditions, " "), strings.Join(t.InterventionNames(), " "),
		strings.Join(t.Inclusion, " "), strings.Join(t.Exclusion, " ")}
	if e.err != nil {
		parts = append(parts, e.err.Error())
	}
	return strings.ToLower(strings.Join(parts, "\n"))
}

// remove drops entry i.
func (s *state) remove(i int) {
	if i >= 0 && i < len(s.entries) {
		s.entries = append(s.entries[:i], s.entries[i+1:]...)
	}
}

// move moves entry i by delta places, within bounds.
func (s *state) move(i, delta int) {
	j := i + delta
	if i < 0 || i >= len(s.entries) || j < 0 || j >= len(s.entries) {
		return
	}
	s.entries[i], s.entries[j] = s.entries[j], s.entries[i]
}

// sortBy orders the entries; unreadable documents and unstated values go
// last.
func (s *state) sortBy(key sortKey) {
	less := map[sortKey]func(a, b model.Trial) bool{
		sortByPhase: func(a, b model.Trial) bool { return phaseRank(a) < phaseRank(b) },
		sortByMinAge: func(a, b model.Trial) bool {
			return minAgeDays(a) < minAgeDays(b)
		},
		sortByNCTID: func(a, b model.Trial) bool {
			return nctKey(a) < nctKey(b)
		},
	}[key]
	if less == nil {
		return
	}
	sort.SliceStable(s.entries, func(i, j int) bool {
		a, b := s.entries[i], s.entries[j]
		if (a.err == nil) != (b.err == nil) {
			return a.err == nil
		}
		return less(a.trial, b.trial)
	})
}

func phaseRank(t model.Trial) int {
	if len(t.Phases) == 0 {
		return 100
	}
	return t.Phases[len(t.Phases)-1].Rank()
}

func minAgeDays(t model.Trial) float64 {
	switch {
	case t.Ages.Min != nil:
		return t.Ages.Min.InDays()
	case t.Ages.Max != nil:
		return 0
	}
	return 1e9
}

func nctKey(t model.Trial) string {
	if t.NCTID == "" {
		return "~" + t.Title
	}
	return t.NCTID
}

// comparisonTrials returns the included, readable trials in order.
func (s *state) comparisonTrials() []model.Trial {
	var out []model.Trial
	for _, e := range s.entries {
		if e.err == nil && e.included {
			out = append(out, e.trial)
		}
	}
	return out
}

// comparisonChanges returns, for each trial comparisonTrials returns, what
// changed since the board was saved; nil when What Changed has not run.
func (s *state) comparisonChanges() []compare.TrialChanges {
	var out []compare.TrialChanges
	found := false
	for _, e := range s.entries {
		if e.err != nil || !e.included {
			continue
		}
		var tc compare.TrialChanges
		if e.changes != nil {
			tc, found = *e.changes, true
		}
		out = append(out, tc)
	}
	if !found {
		return nil
	}
	return out
}

// pageOf is the trial as read from its document, with the note the user
// has given it since.
func (e entry) pageOf() model.Trial {
	p := e.page
	p.UserNote = e.trial.UserNote
	return p
}

// listItem renders an entry for the trial list.
func (e entry) listItem() views.ListItem {
	name := filepath.Base(e.file)
	if e.err != nil {
		return views.ListItem{Title: name, Subtitle: "could not be read", Error: e.err.Error()}
	}
	t := e.trial
	title := compare.ShortName(&t)
	if title == "" {
		title = name
	}
	id := t.NCTID
	if id == "" {
		id = "no NCT number"
	}
	if len(t.Targets) > 0 {
		id += " · " + strings.Join(t.Targets, ", ")
	}
	var warnings []string
	for _, w := range t.Warnings {
		warnings = append(warnings, w.Message)
	}
	return views.ListItem{
		Title:    title,
		Subtitle: id,
		Detail:   cmp.Or(t.Title, name) + "\n" + string(t.Source.Layout),
		Included: e.included,
		Warnings: warnings,
	}
}
