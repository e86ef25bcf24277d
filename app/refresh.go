package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/registry"
)

// errOfflineNothingCompared is why nothing is refreshed when working
// offline.
var errOfflineNothingCompared = errors.New("working offline: nothing can be compared with ClinicalTrials.gov; turn Work Offline off (or leave out --offline) to see what changed")

// refreshJob is one trial to refresh from ClinicalTrials.gov: as read from
// its document (with its note), with the record kept for it, and when the
// board it came from was saved (zero when not known).
type refreshJob struct {
	page  model.Trial
	kept  *board.Registry
	saved time.Time
}

// refreshed is one trial after its refresh.
type refreshed struct {
	// trial is the page with the newer record applied, and registry the
	// record to keep; both unset when err is.
	trial    model.Trial
	registry *board.Registry
	// changes are what changed since the version the board knew; a trial
	// read from a page and never checked has no registry version to
	// compare with, and is not Compared.
	changes compare.TrialChanges
	err     error
}

// refreshTrial fetches a trial's record again, whatever the cache holds,
// applies it (compare.ApplyRecord) and lists what changed since the
// registry version the board knew: the record kept with it, or the
// document itself when it is a record. A trial with no NCT ID is not
// refreshed; one whose record cannot be fetched now is an error, even when
// an older copy is cached.
func refreshTrial(ctx context.Context, client *registry.Client, job refreshJob) refreshed {
	id := job.page.NCTID
	if id == "" {
		return refreshed{err: registry.ErrNoNCTID}
	}
	rec, err := client.Study(ctx, id, true)
	switch {
	case err != nil:
		return refreshed{err: err}
	case rec.FromCache && rec.Failure != nil:
		return refreshed{err: fmt.Errorf("%s could not be fetched again (%w); nothing compared", id, rec.Failure)}
	case rec.FromCache:
		return refreshed{err: errOfflineNothingCompared}
	}
	t, check := compare.ApplyRecord(job.page, rec.Trial, rec.Fetched)
	out := refreshed{trial: t, registry: &board.Registry{Record: rec.Body, Fetched: rec.Fetched, Filled: check.Filled}}
	if before, since, ok := knownVersion(job); ok {
		out.changes = compare.TrialChanges{Compared: true, Since: since, Changes: compare.ChangesBetween(before, rec.Trial)}
	}
	return out
}

// knownVersion is the registry's version of a trial as the board knew it,
// and since when: the record kept with it (since it was fetched), or else
// the document itself when it is a record (since the board was saved or,
// failing that, the record's last update). ok is false when there is none.
func knownVersion(job refreshJob) (before model.Trial, since time.Time, ok bool) {
	if job.kept != nil {
		t, err := board.ReadRecord(job.page.NCTID+".json", job.kept.Record, job.page.NCTID)
		if err == nil {
			return t, job.kept.Fetched, true
		}
	}
	if job.page.Source.Layout != model.LayoutCTGovJSON {
		return model.Trial{}, time.Time{}, false
	}
	since = job.saved
	if u := job.page.Dates.LastUpdate; since.IsZero() && !u.IsZero() {
		since = u.Time()
	}
	return job.page, since, true
}

// notComparedNote says why a trial refreshed shows no changes: the board
// knew no registry version of it.
const notComparedNote = "not compared: it was read from a page that was never checked against ClinicalTrials.gov, so the board keeps no record to compare with; the record fetched now is kept when the board is saved"
