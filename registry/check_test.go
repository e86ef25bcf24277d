package registry

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

func TestCheckWithoutNCTID(t *testing.T) {
	srv := newServer(t)
	c := newClient(t, srv.URL, Options{})
	page := model.Trial{Title: "A page"}
	got := c.Check(context.Background(), page, false)
	if !errors.Is(got.Err, ErrNoNCTID) || got.Trial.Title != "A page" || srv.Requests() != 0 {
		t.Errorf("%v, %d requests", got.Err, srv.Requests())
	}
}

// Twenty pages are checked with one batched request, each reported as it
// is done, in the pages' order.
func TestCheckManyChecksTogether(t *testing.T) {
	srv := newServer(t)
	ids := serveCopies(t, srv, 20)
	c := newClient(t, srv.URL, Options{})
	pages := []model.Trial{{Title: "no ID"}}
	for _, id := range ids {
		pages = append(pages, model.Trial{NCTID: id, Title: "page of " + id})
	}
	var reported atomic.Int32
	out := c.CheckMany(context.Background(), pages, false, func(i int, ch Checked) {
		reported.Add(1)
		if ch.Trial.Title != pages[i].Title {
			t.Errorf("result %d is the check of %q", i, ch.Trial.Title)
		}
	})
	if srv.Requests() != 1 || int(reported.Load()) != len(pages) {
		t.Errorf("%d requests, %d reported", srv.Requests(), reported.Load())
	}
	if !errors.Is(out[0].Err, ErrNoNCTID) {
		t.Errorf("no ID: %v", out[0].Err)
	}
	for i, ch := range out[1:] {
		if ch.Err != nil || ch.Record.NCTID != ids[i] || len(ch.Check.Filled) == 0 {
			t.Errorf("%s: %v, filled %v", ids[i], ch.Err, ch.Check.Filled)
		}
	}
}

// With one deadline for all, a registry that never answers ends every
// check with the deadline's error.
func TestCheckManyKeepsToOneDeadline(t *testing.T) {
	srv := newServer(t)
	hang := func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() }
	srv.Handle("/studies", hang)
	var pages []model.Trial
	for _, id := range serveCopies(t, srv, 6) {
		srv.Handle("/studies/"+id, hang)
		pages = append(pages, model.Trial{NCTID: id})
	}
	c := newClient(t, srv.URL, Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	for _, ch := range c.CheckMany(ctx, pages, false, nil) {
		if !errors.Is(ch.Err, context.DeadlineExceeded) || !strings.Contains(ch.Err.Error(), ch.Trial.NCTID) {
			t.Errorf("%s: %v", ch.Trial.NCTID, ch.Err)
		}
	}
}
