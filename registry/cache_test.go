package registry

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fetchedAt fetches a study into a fresh cache folder as of a moment and
// returns the folder.
func fetchedAt(t *testing.T, base string, when time.Time) string {
	t.Helper()
	dir := t.TempDir()
	c := newClient(t, base, Options{CacheDir: dir, Now: func() time.Time { return when }})
	if _, err := c.Study(context.Background(), seedID, false); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestCachedRecordsHaveAMaximumAge(t *testing.T) {
	srv := newServer(t)
	then := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		after     time.Duration
		opts      Options
		fromCache bool
	}{
		{"six days old", 6 * 24 * time.Hour, Options{}, true},
		{"eight days old", 8 * 24 * time.Hour, Options{}, false},
		{"eight days old, a 10-day setting", 8 * 24 * time.Hour, Options{MaxAge: 10 * 24 * time.Hour}, true},
		{"a year old, no maximum", 365 * 24 * time.Hour, Options{MaxAge: -1}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := tc.opts
			opts.CacheDir = fetchedAt(t, srv.URL, then)
			opts.Now = func() time.Time { return then.Add(tc.after) }
			before := srv.Requests()
			rec, err := newClient(t, srv.URL, opts).Study(context.Background(), seedID, false)
			if err != nil || rec.FromCache != tc.fromCache || (srv.Requests() == before) != tc.fromCache {
				t.Errorf("from cache %v, %d requests, %v", rec.FromCache, srv.Requests()-before, err)
			}
		})
	}
	// Offline, an old copy is used and said to be old.
	dir := fetchedAt(t, srv.URL, then)
	later := then.Add(9 * 24 * time.Hour)
	rec, err := newClient(t, srv.URL, Options{CacheDir: dir, Offline: true, Now: func() time.Time { return later }}).Study(context.Background(), seedID, false)
	line := Result{NCTID: seedID, Record: rec}.Report(later)
	if err != nil || !rec.Stale || !strings.Contains(line, "fetched 9 days ago") || !strings.Contains(line, "may have changed") {
		t.Errorf("offline: %v, %q", err, line)
	}
	// Online with the server down, the old copy is used with the failure.
	srv.Close()
	rec, err = newClient(t, srv.URL, Options{CacheDir: dir, Now: func() time.Time { return later }}).Study(context.Background(), seedID, false)
	if err != nil || !rec.FromCache || rec.Failure == nil {
		t.Errorf("server down: %v, from cache %v, failure %v", err, rec.FromCache, rec.Failure)
	}
}

// damage writes garbage over the cached copy of the seed study.
func damage(t *testing.T, c *Client) {
	t.Helper()
	if err := os.WriteFile(c.Path(seedID), []byte(`{"protocolSection": {"identificationModule": `), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestADamagedCachedCopyIsFetchedAgain(t *testing.T) {
	srv := newServer(t)
	dir := t.TempDir()
	c := newClient(t, srv.URL, Options{CacheDir: dir})
	if _, err := c.Study(context.Background(), seedID, false); err != nil {
		t.Fatal(err)
	}
	damage(t, c)
	before := srv.Requests()
	rec, err := c.Study(context.Background(), seedID, false)
	if err != nil || rec.FromCache || srv.Requests() != before+1 {
		t.Fatalf("online: %v, from cache %v, %d requests", err, rec.FromCache, srv.Requests()-before)
	}
	if body, _, ok, _ := c.Cache().Study(seedID); !ok || string(body) != string(srv.Record(seedID)) {
		t.Error("the damaged copy was not replaced")
	}
	damage(t, c)
	_, err = newClient(t, srv.URL, Options{CacheDir: dir, Offline: true}).Study(context.Background(), seedID, false)
	if err == nil || !strings.Contains(err.Error(), "--refresh") || !strings.Contains(err.Error(), "damaged") ||
		strings.Contains(err.Error(), "ClinicalTrials.gov's answer") || !strings.Contains(err.Error(), c.Path(seedID)) {
		t.Errorf("offline: %v", err)
	}
	noGoWords(t, err)
}

func TestAFailedCacheWriteIsReported(t *testing.T) {
	srv := newServer(t)
	dir := t.TempDir()
	// A file where the studies folder belongs: nothing can be written.
	if err := os.WriteFile(filepath.Join(dir, "studies"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	c := newClient(t, srv.URL, Options{CacheDir: dir})
	rec, err := c.Study(context.Background(), seedID, false)
	if err != nil || rec.NotSaved == nil {
		t.Fatalf("%v, not saved %v", err, rec.NotSaved)
	}
	line := Result{NCTID: seedID, Record: rec}.Report(time.Now())
	if !strings.Contains(line, "fetched; but the copy could not be saved in the cache folder "+dir) || !strings.Contains(line, "a file stands where a folder belongs") {
		t.Errorf("report %q", line)
	}
	noGoWords(t, rec.NotSaved)
	page, err := c.Search(context.Background(), Query{Cond: "AML"}, "")
	if err != nil || page.NotSaved == nil {
		t.Errorf("search: %v, not saved %v", err, page.NotSaved)
	}
	_, err = newClient(t, srv.URL, Options{CacheDir: dir, Offline: true}).Study(context.Background(), seedID, false)
	if !errors.Is(err, ErrOffline) {
		t.Errorf("offline afterwards: %v", err)
	}
}
