package registry

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
	"github.com/trialcompare/trialcompare/rules"
)

// Record is one study's registry record.
type Record struct {
	// NCTID is the study's current NCT ID.
	NCTID string
	// Asked is the ID that was asked for when it is a former ID (an alias)
	// of the study; "" otherwise.
	Asked string
	// Body is the JSON exactly as ClinicalTrials.gov served it.
	Body []byte
	// Trial is what the API v2 reader read from Body.
	Trial model.Trial
	// Fetched is when it was fetched from the registry.
	Fetched time.Time
	// FromCache is set when the cached copy was used.
	FromCache bool
	// Stale is set when the cached copy used is older than the client's
	// maximum age: its status and dates may have changed since.
	Stale bool
	// Failure is why the cached copy was used after a request failed, or nil.
	Failure error
	// NotSaved is why a fetched record could not be kept in the cache, or
	// nil.
	NotSaved error
}

// Path returns where the record of an ID is kept in the cache.
func (c *Client) Path(id string) string { return c.cache.StudyPath(id) }

// cacheLookup is what the cache holds for an ID.
type cacheLookup struct {
	rec Record
	// ok is set when a usable copy is cached; use when it is to be used
	// without a request (fresh, or offline, and no refresh asked for).
	ok, use bool
	// damaged is why a cached copy could not be used.
	damaged error
}

// lookup reads the cached copy of an ID and decides whether it serves: a
// copy younger than the maximum age does unless refresh is asked for;
// offline, any copy does.
func (c *Client) lookup(id string, refresh bool) cacheLookup {
	body, fetched, ok, err := c.cache.Study(id)
	if err != nil {
		return cacheLookup{damaged: err}
	}
	if !ok {
		return cacheLookup{}
	}
	rec, err := recordOf(id, body)
	if err != nil {
		return cacheLookup{damaged: err}
	}
	fresh := c.maxAge < 0 || c.now().Sub(fetched) <= c.maxAge
	rec.Fetched, rec.FromCache, rec.Stale = fetched, true, !fresh
	return cacheLookup{rec: rec, ok: true, use: c.offline || fresh && !refresh}
}

// Study returns one study's record: the cached copy when there is one
// younger than the maximum age and refresh is not asked for, else a fresh
// one from the registry. When the request fails (except with "not on
// ClinicalTrials.gov"), or the client is offline, the cached copy is used
// if there is one. A damaged cached copy is fetched again.
func (c *Client) Study(ctx context.Context, id string, refresh bool) (Record, error) {
	if !ValidNCTID(id) {
		return Record{}, fmt.Errorf("%q is not an NCT ID (NCT and eight digits)", id)
	}
	lk := c.lookup(id, refresh)
	if lk.use {
		return lk.rec, nil
	}
	a, err := c.get(ctx, "/studies/"+url.PathEscape(id), nil)
	var rec Record
	if err == nil {
		rec, err = c.recordFrom(id, a)
	}
	return c.settle(id, lk, rec, err)
}

// settle turns a fetch into its outcome: a fetched record is kept in the
// cache (under its former ID too); a failed one falls back to the cached
// copy.
func (c *Client) settle(id string, lk cacheLookup, rec Record, err error) (Record, error) {
	switch {
	case err == nil:
		rec.Fetched = c.now()
		rec.NotSaved = c.keep(rec)
		return rec, nil
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return Record{}, fmt.Errorf("%s: %w", id, err)
	case errors.Is(err, ErrNotFound):
		return Record{}, fmt.Errorf("%s is %w", id, ErrNotFound)
	case lk.ok:
		lk.rec.Failure = err
		return lk.rec, nil
	case lk.damaged != nil && errors.Is(err, ErrOffline):
		return Record{}, plain(lk.damaged, "%s: the copy kept in the cache (%s) is damaged: %v. TrialCompare is set to work offline;"+
			" turn off offline mode to fetch it again (fetch --refresh, or Fetch again in the window)", id, c.Path(id), lk.damaged)
	case lk.damaged != nil:
		return Record{}, fmt.Errorf("%s: the copy kept in the cache (%s) is damaged (%v), and fetching it again failed: %w", id, c.Path(id), lk.damaged, err)
	case errors.Is(err, ErrOffline):
		return Record{}, fmt.Errorf("%s was never fetched: %w", id, err)
	}
	return Record{}, fmt.Errorf("%s: %w", id, err)
}

// keep stores a fetched record in the cache under its NCT ID, and under
// the former ID it was asked for; the error says why it could not be.
func (c *Client) keep(rec Record) error {
	err := c.cache.PutStudy(rec.NCTID, rec.Body, rec.Fetched)
	if rec.Asked != "" {
		err = errors.Join(err, c.cache.PutStudy(rec.Asked, rec.Body, rec.Fetched))
	}
	return c.cache.notSaved(err)
}

// recordFrom checks that an answer is the record of the study asked for:
// its own, or, after ClinicalTrials.gov redirected the request to the
// study's current ID, the record of that ID listing the one asked for
// among its former IDs (nctIdAliases).
func (c *Client) recordFrom(id string, a answer) (Record, error) {
	t, err := readStudy(id+".json", a.body)
	if err != nil {
		return Record{}, fmt.Errorf("%w: %w", ErrBadAnswer, err)
	}
	redirected := a.from != nil && !strings.HasSuffix(a.from.Path, "/studies/"+id)
	switch {
	case t.NCTID == id:
		return Record{NCTID: id, Body: a.body, Trial: t}, nil
	case redirected && strings.HasSuffix(a.from.Path, "/studies/"+t.NCTID) && listsID(t, id):
		return Record{NCTID: t.NCTID, Asked: id, Body: a.body, Trial: t}, nil
	}
	return Record{}, fmt.Errorf("%w: asked for %s, it sent the record of %s", ErrBadAnswer, id, t.NCTID)
}

// recordOf reads a cached record and checks that it is the study of the
// ID it is kept under: its own, or one of its former IDs.
func recordOf(id string, body []byte) (Record, error) {
	t, err := readStudy(id+".json", body)
	switch {
	case err != nil:
		return Record{}, err
	case t.NCTID == id:
		return Record{NCTID: id, Body: body, Trial: t}, nil
	case listsID(t, id):
		return Record{NCTID: t.NCTID, Asked: id, Body: body, Trial: t}, nil
	}
	return Record{}, fmt.Errorf("it is the record of %s, not of %s", t.NCTID, id)
}

// readStudy reads one study's JSON with the reader that reads it when it
// is opened later, from the very bytes the cache keeps: it must read as
// one ClinicalTrials.gov study with an NCT ID. Its identity is that of the
// trial read, not of a separate look at the JSON.
func readStudy(name string, body []byte) (model.Trial, error) {
	switch {
	case !json.Valid(body):
		return model.Trial{}, errors.New("it is not whole JSON: it may have been cut short")
	case !bytes.Contains(body, []byte(`"protocolSection"`)):
		return model.Trial{}, errors.New("it is not a study record (it has no protocolSection)")
	}
	res := ingest.Read(name, body)
	switch {
	case res.Err != nil:
		return model.Trial{}, res.Err
	case len(res.Trials) != 1:
		return model.Trial{}, fmt.Errorf("it holds %d studies, not one", len(res.Trials))
	case res.Trials[0].Source.Layout != model.LayoutCTGovJSON:
		return model.Trial{}, errors.New("it is not a ClinicalTrials.gov study record")
	case !ValidNCTID(res.Trials[0].NCTID):
		why := "it states no NCT ID"
		if w := res.Trials[0].WarningsFor(model.FieldNCTID); len(w) > 0 {
			why = "its NCT ID is refused: " + w[0]
		}
		return model.Trial{}, errors.New(why)
	}
	return res.Trials[0], nil
}

// listsID reports whether a record names id as one of its ClinicalTrials.gov
// identifiers besides its own NCT ID.
func listsID(t model.Trial, id string) bool {
	return t.NCTID != id && slices.Contains(t.RegistryIDs, model.RegistryID{Registry: rules.RegistryNCT, ID: id})
}

// Result is the outcome of fetching one ID.
type Result struct {
	// NCTID is the ID asked for.
	NCTID  string
	Record Record
	Err    error
}

// Report words a result in one line: fetched, from cache (with its date
// and age), or the error; a former ID names the study's current one, and
// a copy that could not be kept says so.
func (r Result) Report(now time.Time) string {
	switch {
	case errors.Is(r.Err, context.Canceled):
		return r.NCTID + "  not fetched: cancelled"
	case r.Err != nil:
		return fmt.Sprintf("%s  error: %v", r.NCTID, r.Err)
	}
	rec := r.Record
	line := r.NCTID + "  fetched"
	if rec.FromCache {
		line = fmt.Sprintf("%s  from cache, fetched %s (%s)", r.NCTID, Ago(now, rec.Fetched), rec.Fetched.Local().Format("2006-01-02"))
	}
	if rec.Asked != "" {
		line += fmt.Sprintf("; ClinicalTrials.gov lists it under its current ID %s (%s is a former ID)", rec.NCTID, rec.Asked)
	}
	switch {
	case rec.Failure != nil:
		line += fmt.Sprintf(", because the request failed: %v", rec.Failure)
	case rec.Stale:
		line += "; working offline, so its status and dates may have changed since"
	}
	if rec.NotSaved != nil {
		line += fmt.Sprintf("; but %v", rec.NotSaved)
	}
	return line
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
