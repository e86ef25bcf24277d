package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/dialog"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/registry"
	"github.com/trialcompare/trialcompare/views"
)

// changesJob is one trial of the list to fetch again: its entry, to find it
// again once the fetch is done, and what the refresh needs.
type changesJob struct {
	index int
	file  string
	nctID string
	refreshJob
}

// whatChanged fetches every trial in the list that has an NCT ID again,
// in the background with progress and a Cancel button; then the Board tab
// lists what changed in each since the board was saved, the comparison
// marks each changed value, and the trials show the records fetched, which
// saving the board keeps.
func (m *mainWindow) whatChanged() {
	client, err := m.registryClient()
	if err != nil {
		dialog.ShowError(err, m.win)
		return
	}
	m.tabs.SelectIndex(boardTab)
	if client.Offline() {
		m.board.panel.SetChanges([]views.ChangedTrial{{Heading: "Nothing compared", Summary: capitalized(errOfflineNothingCompared.Error()) + ".", Failed: true}})
		return
	}
	var jobs []changesJob
	for i, e := range m.state.entries {
		if e.err == nil && e.trial.NCTID != "" {
			jobs = append(jobs, changesJob{index: i, file: e.file, nctID: e.trial.NCTID, refreshJob: refreshJob{page: e.pageOf(), kept: e.registry, saved: m.board.saved}})
		}
	}
	if len(jobs) == 0 {
		m.board.panel.SetChanges([]views.ChangedTrial{{Heading: "Nothing compared", Summary: "No trial in the list has an NCT ID, so none can be fetched again."}})
		return
	}
	r := m.registry
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	r.busy++
	m.board.panel.WhatChanged.Disable()
	m.showRegistryProgress(fmt.Sprintf("Fetching 0 of %d again from ClinicalTrials.gov…", len(jobs)), 0)
	go func() {
		results := make([]refreshed, len(jobs))
		for i := range results {
			results[i].err = context.Canceled
		}
		done := 0
		forEachInOrder(ctx, len(jobs), registry.MaxParallel, func(i int) refreshed {
			return refreshTrial(ctx, client, jobs[i].refreshJob)
		}, func(i int, res refreshed) bool {
			results[i] = res
			done++
			n := done
			m.apply(func() {
				m.showRegistryProgress(fmt.Sprintf("Fetching %d of %d again from ClinicalTrials.gov…", n, len(jobs)), float64(n)/float64(len(jobs)))
			})
			return true
		})
		cancel()
		m.apply(func() { m.changesFinished(jobs, results) })
	}()
}

// changesFinished shows the trials refreshed and lists what changed.
func (m *mainWindow) changesFinished(jobs []changesJob, results []refreshed) {
	m.registry.busy--
	m.hideRegistryProgress()
	m.board.panel.WhatChanged.Enable()
	listed := make([]views.ChangedTrial, 0, len(jobs))
	changed, failed := 0, 0
	for i, j := range jobs {
		res := results[i]
		listed = append(listed, changedTrialOf(j, res))
		if res.err != nil {
			failed++
			continue
		}
		if len(res.changes.Changes) > 0 {
			changed++
		}
		// The list may have changed meanwhile: only the same entry is
		// updated.
		if j.index >= len(m.state.entries) || m.state.entries[j.index].file != j.file || m.state.entries[j.index].trial.NCTID != j.nctID {
			continue
		}
		e := &m.state.entries[j.index]
		res.trial.UserNote = e.trial.UserNote
		e.trial, e.registry, e.changes = res.trial, res.registry, nil
		if res.changes.Compared {
			e.changes = &res.changes
		}
	}
	m.board.panel.SetChanges(listed)
	report := fmt.Sprintf("What changed: %d of %d trials changed", changed, len(jobs))
	if failed > 0 {
		report += fmt.Sprintf("; %d could not be fetched again", failed)
	}
	m.showRegistryReport(report + ". The Board tab lists the changes.")
	m.refresh()
}

// changedTrialOf words one trial's refresh for the Board tab.
func changedTrialOf(j changesJob, res refreshed) views.ChangedTrial {
	t := res.trial
	if res.err != nil {
		t = j.page
	}
	ct := views.ChangedTrial{Heading: strings.TrimSuffix(j.nctID+" · "+compare.ShortName(&t), " · ")}
	switch {
	case errors.Is(res.err, context.Canceled):
		ct.Summary, ct.Failed = "Not fetched: cancelled.", true
	case res.err != nil:
		ct.Summary, ct.Failed = "Could not be fetched again: "+res.err.Error(), true
	case !res.changes.Compared:
		ct.Summary = capitalized(notComparedNote) + "."
	case len(res.changes.Changes) == 0:
		ct.Summary = "No change since " + res.changes.SinceLabel() + "."
	default:
		ct.Summary = fmt.Sprintf("%s since %s:", countChanges(len(res.changes.Changes)), res.changes.SinceLabel())
		ct.Changes = res.changes.Changes
	}
	return ct
}

// capitalized puts a sentence's first letter in capitals.
func capitalized(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
