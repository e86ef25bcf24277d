package registry

import (
	"context"
	"fmt"

	"github.com/trialcompare/trialcompare/compare"

	"github.com/trialcompare/trialcompare/model"
)

// Checked is a page's trial after checking it against its registry record.
type Checked struct {
	// Trial is the page's trial with the gaps filled and the
	// disagreements warned about; unchanged when Err is set.
	Trial  model.Trial
	Record Record
	Check  compare.RegistryCheck
	Err    error
}

// Check fetches (or takes from the cache) the record of a trial's NCT ID
// and compares the two. A trial with no NCT ID is returned as it is, with
// ErrNoNCTID.
func (c *Client) Check(ctx context.Context, page model.Trial, refresh bool) Checked {
	if page.NCTID == "" {
		return Checked{Trial: page, Err: ErrNoNCTID}
	}
	rec, err := c.Study(ctx, page.NCTID, refresh)
	return compared(page, rec, err)
}

// CheckMany checks several trials at once: their records are fetched as
// StudyMany fetches them (from the cache, in batches, then one by one),
// and done is called (from any goroutine) with each trial's index and
// outcome as soon as its record is in. When ctx ends first, the trials
// not yet checked end with its error. Results are in the order of pages.
func (c *Client) CheckMany(ctx context.Context, pages []model.Trial, refresh bool, done func(int, Checked)) []Checked {
	out := make([]Checked, len(pages))
	byID := map[string][]int{}
	var ids []string
	for i, p := range pages {
		if p.NCTID == "" {
			out[i] = Checked{Trial: p, Err: ErrNoNCTID}
			if done != nil {
				done(i, out[i])
			}
			continue
		}
		if byID[p.NCTID] == nil {
			ids = append(ids, p.NCTID)
		}
		byID[p.NCTID] = append(byID[p.NCTID], i)
	}
	c.StudyMany(ctx, ids, refresh, func(r Result) {
		for _, i := range byID[r.NCTID] {
			out[i] = compared(pages[i], r.Record, r.Err)
			if done != nil {
				done(i, out[i])
			}
		}
	})
	return out
}

// compared compares a page's trial with its fetched record. A record found
// under a former ID of the study says so in a warning on the NCT ID.
func compared(page model.Trial, rec Record, err error) Checked {
	if err != nil {
		return Checked{Trial: page, Err: err}
	}
	t, check := compare.CheckAgainstRegistry(page, rec.Trial, rec.Fetched)
	if rec.Asked != "" {
		t.Warn(model.FieldNCTID, fmt.Sprintf("ClinicalTrials.gov lists this study under its current ID %s; %s, which the page gives, is a former ID.", rec.NCTID, rec.Asked))
	}
	return Checked{Trial: t, Record: rec, Check: check}
}
