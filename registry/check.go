package registry

import (
	"context"

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
	if err != nil {
		return Checked{Trial: page, Err: err}
	}
	t, check := compare.CheckAgainstRegistry(page, rec.Trial, rec.Fetched)
	return Checked{Trial: t, Record: rec, Check: check}
}
