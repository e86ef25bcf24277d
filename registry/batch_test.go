package registry

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/trialcompare/trialcompare/registry/registrytest"
)

// serveCopies serves n copies of the seed record under made-up NCT IDs and
// returns the IDs.
func serveCopies(tb testing.TB, srv *registrytest.Server, n int) []string {
	tb.Helper()
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("NCT9%07d", i)
		srv.Add(tb, registrytest.Variant(tb, srv.Record(seedID), ids[i], nil))
	}
	return ids
}

func TestStudyManyFetchesInBatches(t *testing.T) {
	srv := newServer(t)
	ids := serveCopies(t, srv, 100)
	c := newClient(t, srv.URL, Options{})
	var done atomic.Int32
	results := c.StudyMany(context.Background(), ids, false, func(Result) { done.Add(1) })
	if srv.Requests() > 2 || int(done.Load()) != len(ids) {
		t.Errorf("100 IDs took %d requests; %d reported", srv.Requests(), done.Load())
	}
	for i, r := range results {
		if r.Err != nil || r.NCTID != ids[i] || r.Record.NCTID != ids[i] || r.Record.Trial.NCTID != ids[i] || r.Record.FromCache {
			t.Fatalf("%s: %+v %v", ids[i], r.Record.NCTID, r.Err)
		}
		rec, err := recordOf(ids[i], mustCached(t, c, ids[i]))
		if err != nil || rec.Trial.NCTID != ids[i] {
			t.Errorf("%s cached as %q: %v", ids[i], rec.Trial.NCTID, err)
		}
	}
	q := srv.Queries()[0]
	if got := strings.Split(q.Get("filter.ids"), ","); !slices.Equal(got, ids) || q.Get("pageSize") != "100" {
		t.Errorf("filter.ids of %d IDs, pageSize %s", len(got), q.Get("pageSize"))
	}
	// All cached now: no request at all.
	before := srv.Requests()
	for _, r := range c.StudyMany(context.Background(), ids, false, nil) {
		if r.Err != nil || !r.Record.FromCache {
			t.Fatalf("%s again: %v", r.NCTID, r.Err)
		}
	}
	if srv.Requests() != before {
		t.Errorf("cached IDs made %d requests", srv.Requests()-before)
	}
}

func mustCached(t *testing.T, c *Client, id string) []byte {
	t.Helper()
	body, _, ok, err := c.Cache().Study(id)
	if !ok || err != nil {
		t.Fatalf("%s not cached: %v", id, err)
	}
	return body
}

// An ID the batch does not return is fetched on its own: one not on the
// registry says so, a former ID follows its redirect.
func TestStudyManyFetchesTheRestOneByOne(t *testing.T) {
	srv := newServer(t)
	srv.AddAlias(t, seedID, aliasID)
	c := newClient(t, srv.URL, Options{})
	if _, err := c.Study(context.Background(), "NCT00763412", false); err != nil {
		t.Fatal(err)
	}
	ids := []string{"NCT02210780", aliasID, "NCT09999999", "NCT00763412", "NCT02210780", "nct123"}
	results := c.StudyMany(context.Background(), ids, false, nil)
	want := []string{"fetched", "current ID " + seedID, "is not on ClinicalTrials.gov", "from cache", "fetched", "is not an NCT ID"}
	for i, r := range results {
		if line := r.Report(r.Record.Fetched); r.NCTID != ids[i] || !strings.Contains(line, want[i]) {
			t.Errorf("%s: %q, want %q", ids[i], line, want[i])
		}
	}
	var batches, single int
	for _, p := range srv.Paths()[1:] {
		if p == "/studies" {
			batches++
		} else {
			single++
		}
	}
	if batches != 1 || single != 3 {
		t.Errorf("%d batches and %d single requests: %v", batches, single, srv.Paths())
	}
}

// BenchmarkStudyMany100 adds 100 studies not yet cached, each a copy of
// NCT07338357 under a made-up NCT ID, from the local test server, and
// reports the requests each add takes (at most 2).
func BenchmarkStudyMany100(b *testing.B) {
	srv := registrytest.New(b, formatsDir, ctgovDir)
	ids := serveCopies(b, srv, 100)
	var requests int
	for b.Loop() {
		b.StopTimer()
		c, err := New(Options{BaseURL: srv.URL, CacheDir: b.TempDir(), Rate: &fastRate})
		if err != nil {
			b.Fatal(err)
		}
		before := srv.Requests()
		b.StartTimer()
		for _, r := range c.StudyMany(context.Background(), ids, false, nil) {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
		requests = srv.Requests() - before
	}
	b.ReportMetric(float64(requests), "requests/op")
}
