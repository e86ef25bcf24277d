package registry

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// Record is one study's registry record.
type Record struct {
	NCTID string
	// Body is the JSON exactly as ClinicalTrials.gov served it.
	Body []byte
	// Trial is what the API v2 reader read from Body.
	Trial model.Trial
	// Fetched is when it was fetched from the registry.
	Fetched time.Time
	// FromCache is set when the cached copy was used.
	FromCache bool
	// Failure is why the cached copy was used after a request failed, or nil.
	Failure error
}

// Path returns where the record is kept in the cache.
func (c *Client) Path(id string) string { return c.cache.StudyPath(id) }

// Study returns one study's record: the cached copy when there is one and
// refresh is not asked for, else a fresh one from the registry. When the
// request fails (except with "not on ClinicalTrials.gov"), or the client is
// offline, the cached copy is used if there is one.
func (c *Client) Study(ctx context.Context, id string, refresh bool) (Record, error) {
	if !ValidNCTID(id) {
		return Record{}, fmt.Errorf("%q is not an NCT ID (NCT and eight digits)", id)
	}
	cached, fetched, ok, cacheErr := c.cache.Study(id)
	fromCache := func(failure error) (Record, error) {
		rec, err := recordOf(id, cached)
		if err != nil {
			return Record{}, fmt.Errorf("%s: the cached copy is damaged (%w); fetch it again", id, err)
		}
		rec.Fetched, rec.FromCache, rec.Failure = fetched, true, failure
		return rec, nil
	}
	if ok && (!refresh || c.offline) {
		return fromCache(nil)
	}
	body, err := c.get(ctx, "/studies/"+url.PathEscape(id), nil)
	var rec Record
	if err == nil {
		rec, err = recordOf(id, body)
	}
	switch {
	case err == nil:
		rec.Fetched = c.now()
		if perr := c.cache.PutStudy(id, body, rec.Fetched); perr != nil {
			rec.Failure = perr
		}
		return rec, nil
	case errors.Is(err, context.Canceled):
		return Record{}, fmt.Errorf("%s: %w", id, err)
	case errors.Is(err, ErrNotFound):
		return Record{}, fmt.Errorf("%s is %w", id, ErrNotFound)
	case ok:
		return fromCache(err)
	case cacheErr != nil:
		return Record{}, fmt.Errorf("%s: %w; %w", id, err, cacheErr)
	case errors.Is(err, ErrOffline):
		return Record{}, fmt.Errorf("%s was never fetched: %w", id, err)
	}
	return Record{}, fmt.Errorf("%s: %w", id, err)
}

// recordOf checks that a body is the record of the study asked for and
// reads it.
func recordOf(id string, body []byte) (Record, error) {
	var head struct {
		ProtocolSection struct {
			IdentificationModule struct {
				NCTID string `json:"nctId"`
			} `json:"identificationModule"`
		} `json:"protocolSection"`
	}
	if err := json.Unmarshal(body, &head); err != nil {
		return Record{}, fmt.Errorf("%w: it is not a study record (%v)", ErrBadAnswer, err)
	}
	got := head.ProtocolSection.IdentificationModule.NCTID
	if got == "" {
		return Record{}, fmt.Errorf("%w: it is not a study record (no protocolSection.identificationModule.nctId)", ErrBadAnswer)
	}
	if got != id {
		return Record{}, fmt.Errorf("%w: asked for %s, it sent the record of %s", ErrBadAnswer, id, got)
	}
	res := ingest.Read(id+".json", body)
	if res.Err != nil {
		return Record{}, fmt.Errorf("%w: %w", ErrBadAnswer, res.Err)
	}
	if len(res.Trials) != 1 {
		return Record{}, fmt.Errorf("%w: it holds %d studies, not one", ErrBadAnswer, len(res.Trials))
	}
	return Record{NCTID: id, Body: body, Trial: res.Trials[0]}, nil
}

// Result is the outcome of fetching one ID.
type Result struct {
	NCTID  string
	Record Record
	Err    error
}

// Report words a result in one line: fetched, from cache (with its date
// and age), or the error.
func (r Result) Report(now time.Time) string {
	switch {
	case r.Err != nil:
		return fmt.Sprintf("%s  error: %v", r.NCTID, r.Err)
	case r.Record.Failure != nil && r.Record.FromCache:
		return fmt.Sprintf("%s  from cache, fetched %s (%s), because the request failed: %v",
			r.NCTID, Ago(now, r.Record.Fetched), r.Record.Fetched.Local().Format("2006-01-02"), r.Record.Failure)
	case r.Record.FromCache:
		return fmt.Sprintf("%s  from cache, fetched %s (%s)", r.NCTID, Ago(now, r.Record.Fetched), r.Record.Fetched.Local().Format("2006-01-02"))
	}
	return fmt.Sprintf("%s  fetched", r.NCTID)
}

// StudyMany fetches several IDs, at most MaxParallel at once, and calls
// done (from any goroutine) as each finishes. Results are in the order of
// ids.
func (c *Client) StudyMany(ctx context.Context, ids []string, refresh bool, done func(Result)) []Result {
	results := make([]Result, len(ids))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(MaxParallel, len(ids)) {
		wg.Go(func() {
			for i := range jobs {
				rec, err := c.Study(ctx, ids[i], refresh)
				results[i] = Result{NCTID: ids[i], Record: rec, Err: err}
				if done != nil {
					done(results[i])
				}
			}
		})
	}
	for i := range ids {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// Ago words how long ago a moment was: "just now", "5 minutes ago",
// "3 hours ago", "3 days ago".
func Ago(now, then time.Time) string {
	d := now.Sub(then)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return plural(int(d/time.Minute), "minute") + " ago"
	case d < 48*time.Hour:
		return plural(int(d/time.Hour), "hour") + " ago"
	}
	return plural(int(d/(24*time.Hour)), "day") + " ago"
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
