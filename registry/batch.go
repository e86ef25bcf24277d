package registry

import (
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// BatchSize is the most IDs one search asks for with filter.ids: 100 IDs
// keep the address near 1,300 characters, which every proxy passes.
const BatchSize = 100

// StudyMany fetches several IDs and calls done (from any goroutine) as
// each finishes. Copies the cache serves make no request; the others are
// asked for BatchSize at a time in one search with filter.ids, each record
// read and cached on its own; an ID the search does not return (a former
// ID, an ID not on the registry) or a batch that fails is fetched on its
// own, at most MaxParallel at once; so is a single ID. Results are in the
// order of ids.
func (c *Client) StudyMany(ctx context.Context, ids []string, refresh bool, done func(Result)) []Result {
	results := make([]Result, len(ids))
	var mu sync.Mutex
	finished := make([]bool, len(ids))
	finish := func(i int, rec Record, err error) {
		mu.Lock()
		results[i], finished[i] = Result{NCTID: ids[i], Record: rec, Err: err}, true
		mu.Unlock()
		if done != nil {
			done(results[i])
		}
	}
	lookups := map[string]cacheLookup{}
	var wanted []string
	for i, id := range ids {
		lk, seen := lookups[id]
		if !seen && ValidNCTID(id) {
			lk = c.lookup(id, refresh)
			lookups[id] = lk
			if !lk.use {
				wanted = append(wanted, id)
			}
		}
		if lk.use {
			finish(i, lk.rec, nil)
		}
	}
	// One ID is asked for on its own: its record comes as the study's
	// own address serves it.
	if !c.offline && ctx.Err() == nil && len(wanted) > 1 {
		for batch := range slices.Chunk(wanted, BatchSize) {
			for id, rec := range c.batch(ctx, batch) {
				rec, err := c.settle(id, lookups[id], rec, nil)
				for i := range ids {
					if ids[i] == id && !finished[i] {
						finish(i, rec, err)
					}
				}
			}
		}
	}
	var rest []int
	for i := range ids {
		if !finished[i] {
			rest = append(rest, i)
		}
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(MaxParallel, len(rest)) {
		wg.Go(func() {
			for i := range jobs {
				rec, err := c.Study(ctx, ids[i], refresh)
				finish(i, rec, err)
			}
		})
	}
	for _, i := range rest {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// batch asks for the records of up to BatchSize IDs in one search and
// returns those it sent that are each the record of an ID asked for, read
// from its own bytes. A failed search returns what came before it: the
// IDs it leaves out are fetched one by one.
func (c *Client) batch(ctx context.Context, ids []string) map[string]Record {
	out := map[string]Record{}
	params := url.Values{"filter.ids": {strings.Join(ids, ",")}, "pageSize": {strconv.Itoa(len(ids))}}
	asked := map[string]bool{}
	for _, id := range ids {
		asked[id] = true
	}
	tokens := map[string]bool{}
	for empty := 0; ; {
		a, err := c.get(ctx, "/studies", params)
		if err != nil {
			return out
		}
		page, err := pageOf(a.body)
		if err != nil {
			return out
		}
		added := 0
		for _, h := range page.Hits {
			if id := h.Trial.NCTID; asked[id] && out[id].NCTID == "" {
				out[id] = Record{NCTID: id, Body: h.Body, Trial: h.Trial}
				added++
			}
		}
		if len(page.Hits) == 0 {
			empty++
		} else {
			empty = 0
		}
		next := page.NextPageToken
		if next == "" || tokens[next] || len(page.Hits) > 0 && added == 0 || empty > maxEmptyPages || len(out) == len(ids) {
			return out
		}
		tokens[next] = true
		params.Set("pageToken", next)
	}
}
