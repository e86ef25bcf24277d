package registry

import (
	"context"
	"fmt"
)

// maxEmptyPages is how many empty pages in a row a listing asks past: the
// API may send an empty page that still has a next-page token.
const maxEmptyPages = 5

// Listing pages through one search. It keeps the total the first page
// states, asks past an empty page that has a next-page token, and stops
// when ClinicalTrials.gov sends a page token it sent before or a page of
// studies already listed, saying why. It is not safe for concurrent use.
type Listing struct {
	client *Client
	query  Query
	next   string
	total  int
	// started is set once the first page came; done once the list ended.
	started, done bool
	seen          map[string]bool
	tokens        map[string]bool
	stopped       string
}

// List begins a listing of a search; it makes no request until Next.
func (c *Client) List(q Query) *Listing {
	return &Listing{client: c, query: q, total: -1, seen: map[string]bool{}, tokens: map[string]bool{}}
}

// Query returns the search listed.
func (l *Listing) Query() Query { return l.query }

// Total returns the number of studies that match, as the first page said,
// or -1 when not stated or not yet asked.
func (l *Listing) Total() int { return l.total }

// More reports whether a next page may hold more studies.
func (l *Listing) More() bool { return !l.done }

// Stopped says why the listing ended before ClinicalTrials.gov said it was
// done, or "".
func (l *Listing) Stopped() string { return l.stopped }

// Next returns the next page's studies not listed before: it asks past
// empty pages, up to maxEmptyPages in a row. A failed request leaves the
// listing where it was, so that Next may be called again.
func (l *Listing) Next(ctx context.Context) (Page, error) {
	if l.done {
		return Page{Total: l.total}, nil
	}
	for empty := 0; ; empty++ {
		page, err := l.client.Search(ctx, l.query, l.next)
		if err != nil {
			return Page{}, err
		}
		if !l.started {
			l.started, l.total = true, page.Total
		}
		fresh := make([]Hit, 0, len(page.Hits))
		for _, h := range page.Hits {
			if !l.seen[h.Trial.NCTID] {
				l.seen[h.Trial.NCTID] = true
				fresh = append(fresh, h)
			}
		}
		token := page.NextPageToken
		switch {
		case token == "":
			l.done = true
		case l.tokens[token] || token == l.next:
			l.stop("sent a page it had sent before")
		case len(page.Hits) > 0 && len(fresh) == 0:
			l.stop("sent a page of studies already listed")
		case len(fresh) == 0 && empty >= maxEmptyPages:
			l.stop(fmt.Sprintf("sent %d empty pages in a row", empty+1))
		}
		l.tokens[token], l.next = true, token
		page.Hits, page.Total = fresh, l.total
		if len(fresh) > 0 || l.done {
			return page, nil
		}
	}
}

// stop ends the listing, saying why.
func (l *Listing) stop(why string) {
	l.done = true
	l.stopped = "ClinicalTrials.gov " + why + ", so the list stops here; search again for the rest"
}
