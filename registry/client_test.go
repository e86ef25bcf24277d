package registry

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/registry/registrytest"
)

const (
	formatsDir = "../../shared/formats/ctgov-v2"
	ctgovDir   = "../testdata/ctgov"
	seedID     = "NCT07338357"
)

// fastRate keeps tests quick; the default rate is tested on its own.
var fastRate = Rate{Every: time.Millisecond, Burst: 100}

func newServer(t *testing.T) *registrytest.Server {
	return registrytest.New(t, formatsDir, ctgovDir)
}

func newClient(t *testing.T, base string, opts Options) *Client {
	t.Helper()
	opts.BaseURL = base
	if opts.CacheDir == "" {
		opts.CacheDir = t.TempDir()
	}
	if opts.Rate == nil {
		opts.Rate = &fastRate
	}
	if opts.Backoff == 0 {
		opts.Backoff = time.Millisecond
	}
	opts.Version = "1.2.3"
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestStudyFetchesAndCaches(t *testing.T) {
	srv := newServer(t)
	c := newClient(t, srv.URL, Options{})
	rec, err := c.Study(context.Background(), seedID, false)
	if err != nil {
		t.Fatal(err)
	}
	if rec.FromCache || rec.Trial.NCTID != seedID || string(rec.Body) != string(srv.Record(seedID)) {
		t.Fatalf("got %+v", rec.Trial.NCTID)
	}
	if ua := srv.UserAgents()[0]; !strings.HasPrefix(ua, "TrialCompare/1.2.3") {
		t.Errorf("User-Agent %q does not name TrialCompare and its version", ua)
	}
	again, err := c.Study(context.Background(), seedID, false)
	if err != nil || !again.FromCache || srv.Requests() != 1 {
		t.Fatalf("second fetch: from cache %v, %d requests, %v", again.FromCache, srv.Requests(), err)
	}
	if !again.Fetched.Equal(rec.Fetched.Truncate(time.Second)) {
		t.Errorf("cached fetch time %v, want %v", again.Fetched, rec.Fetched)
	}
	if _, err := c.Study(context.Background(), seedID, true); err != nil || srv.Requests() != 2 {
		t.Fatalf("refresh made %d requests: %v", srv.Requests(), err)
	}
}

func TestStudyErrors(t *testing.T) {
	srv := newServer(t)
	const id = "NCT00763412"
	path := "/studies/" + id
	tests := []struct {
		name    string
		handler http.HandlerFunc
		want    string
	}{
		{"not found", nil, "NCT09999999 is not on ClinicalTrials.gov"},
		{"server error", func(w http.ResponseWriter, _ *http.Request) {
			http.Error(w, `{"message":"boom"}`, http.StatusInternalServerError)
		}, "answered 500 Internal Server Error"},
		{"html page", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte("<html><body>Maintenance</body></html>"))
		}, "sent a web page instead of data"},
		{"truncated body", func(w http.ResponseWriter, _ *http.Request) {
			body := srv.Record(id)
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(body[:len(body)/2])
		}, "cut short"},
		{"truncated transfer", func(w http.ResponseWriter, _ *http.Request) {
			body := srv.Record(id)
			w.Header().Set("Content-Length", "100000000")
			_, _ = w.Write(body[:len(body)/2])
		}, "cut short"},
		{"wrong nctId", func(w http.ResponseWriter, _ *http.Request) {
			_, _ = w.Write(srv.Record("NCT02210780"))
		}, "asked for NCT00763412, it sent the record of NCT02210780"},
		{"not a study", func(w http.ResponseWriter, _ *http.Request) {
			_, _ = w.Write([]byte(`{"message":"hello"}`))
		}, "not a study record"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := id
			if tc.handler == nil {
				want = "NCT09999999"
			} else {
				srv.Handle(path, tc.handler)
			}
			c := newClient(t, srv.URL, Options{})
			rec, err := c.Study(context.Background(), want, false)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), want) {
				t.Fatalf("error %v, want one naming %s and saying %q", err, want, tc.want)
			}
			if rec.Trial.NCTID != "" {
				t.Errorf("a failed fetch became a trial: %+v", rec.Trial.NCTID)
			}
			if _, _, ok, _ := c.Cache().Study(want); ok {
				t.Error("a failed fetch was cached")
			}
		})
	}
}

func TestStudyRetriesWithRetryAfter(t *testing.T) {
	srv := newServer(t)
	var calls atomic.Int32
	var first time.Time
	srv.Handle("/studies/"+seedID, func(w http.ResponseWriter, _ *http.Request) {
		if calls.Add(1) == 1 {
			first = time.Now()
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		if time.Since(first) < 900*time.Millisecond {
			t.Errorf("retried after %v, before Retry-After", time.Since(first))
		}
		_, _ = w.Write(srv.Record(seedID))
	})
	c := newClient(t, srv.URL, Options{})
	rec, err := c.Study(context.Background(), seedID, false)
	if err != nil || rec.Trial.NCTID != seedID || calls.Load() != 2 {
		t.Fatalf("%d calls, %v", calls.Load(), err)
	}
}

func TestStudyTimeout(t *testing.T) {
	srv := newServer(t)
	release := make(chan struct{})
	srv.Handle("/studies/"+seedID, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	c := newClient(t, srv.URL, Options{RequestTimeout: 200 * time.Millisecond})
	_, err := c.Study(context.Background(), seedID, false)
	if err == nil || !strings.Contains(err.Error(), "did not answer in time") {
		t.Fatalf("error %v", err)
	}
	noGoWords(t, err)
}

func TestStudyUsesCacheWhenServerIsDown(t *testing.T) {
	srv := newServer(t)
	dir := t.TempDir()
	c := newClient(t, srv.URL, Options{CacheDir: dir})
	if _, err := c.Study(context.Background(), seedID, false); err != nil {
		t.Fatal(err)
	}
	srv.Close()
	later := time.Now().Add(72 * time.Hour)
	c = newClient(t, srv.URL, Options{CacheDir: dir, Now: func() time.Time { return later }})
	rec, err := c.Study(context.Background(), seedID, true)
	if err != nil || !rec.FromCache || rec.Failure == nil {
		t.Fatalf("from cache %v, failure %v, err %v", rec.FromCache, rec.Failure, err)
	}
	line := Result{NCTID: seedID, Record: rec}.Report(later)
	if !strings.Contains(line, "from cache, fetched 3 days ago") || !strings.Contains(line, "could not be reached") {
		t.Errorf("report %q", line)
	}
	if _, err := c.Study(context.Background(), "NCT02210780", false); err == nil || !strings.Contains(err.Error(), "could not be reached") {
		t.Errorf("never fetched, server down: %v", err)
	}
}

func TestOfflineMakesNoRequest(t *testing.T) {
	srv := newServer(t)
	dir := t.TempDir()
	online := newClient(t, srv.URL, Options{CacheDir: dir})
	if _, err := online.Study(context.Background(), seedID, false); err != nil {
		t.Fatal(err)
	}
	before := srv.Requests()
	c := newClient(t, srv.URL, Options{CacheDir: dir, Offline: true})
	rec, err := c.Study(context.Background(), seedID, true)
	if err != nil || !rec.FromCache {
		t.Fatalf("offline refresh of a cached study: %v", err)
	}
	_, err = c.Study(context.Background(), "NCT02210780", false)
	if !errors.Is(err, ErrOffline) || !strings.Contains(err.Error(), "NCT02210780 was never fetched") {
		t.Errorf("offline, never fetched: %v", err)
	}
	if _, err := c.Search(context.Background(), Query{Cond: "leukemia"}, ""); err == nil || !strings.Contains(err.Error(), "offline") {
		t.Errorf("offline search: %v", err)
	}
	if srv.Requests() != before {
		t.Errorf("offline client made %d requests", srv.Requests()-before)
	}
}

func TestNewOpensNoConnection(t *testing.T) {
	srv := newServer(t)
	t.Setenv(BaseURLEnv, srv.URL)
	c, err := New(Options{CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if c.BaseURL() != srv.URL || srv.Requests() != 0 {
		t.Errorf("base %s, %d requests", c.BaseURL(), srv.Requests())
	}
}

func TestStudyManyKeepsToFourAtOnce(t *testing.T) {
	srv := newServer(t)
	// The batch is refused: each ID is fetched on its own.
	srv.Handle("/studies", func(w http.ResponseWriter, _ *http.Request) {
		http.Error(w, "Parameter `filter.ids` is not supported", http.StatusBadRequest)
	})
	var now, peak atomic.Int32
	for _, id := range srv.IDs() {
		srv.Handle("/studies/"+id, func(w http.ResponseWriter, _ *http.Request) {
			n := now.Add(1)
			defer now.Add(-1)
			for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
			}
			time.Sleep(50 * time.Millisecond)
			_, _ = w.Write(srv.Record(id))
		})
	}
	c := newClient(t, srv.URL, Options{})
	var ids []string
	for range 3 {
		ids = append(ids, srv.IDs()...)
	}
	var done atomic.Int32
	results := c.StudyMany(context.Background(), ids, true, func(Result) { done.Add(1) })
	for _, r := range results {
		if r.Err != nil {
			t.Errorf("%s: %v", r.NCTID, r.Err)
		}
	}
	if peak.Load() > MaxParallel || int(done.Load()) != len(ids) {
		t.Errorf("peak %d requests at once, %d reported", peak.Load(), done.Load())
	}
}

func TestStudyManyStopsWhenCancelled(t *testing.T) {
	srv := newServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c := newClient(t, srv.URL, Options{})
	results := c.StudyMany(ctx, []string{seedID, "NCT02210780", "NCT00763412"}, false, nil)
	for _, r := range results {
		if !errors.Is(r.Err, context.Canceled) || r.Report(time.Now()) != r.NCTID+"  not fetched: cancelled" {
			t.Errorf("%s: %v", r.NCTID, r.Err)
		}
	}
	if srv.Requests() != 0 {
		t.Errorf("%d requests after cancelling", srv.Requests())
	}
}

func TestLimiterKeepsToRate(t *testing.T) {
	l := newLimiter(DefaultRate)
	start := time.Unix(0, 0)
	for i := range DefaultRate.Burst {
		if d := l.reserve(start); d != 0 {
			t.Fatalf("request %d of the burst waits %v", i, d)
		}
	}
	if d := l.reserve(start); d <= 0 || d > DefaultRate.Every {
		t.Errorf("after the burst, wait %v", d)
	}
	// Over a minute the bucket admits its burst and 45 more: at most 50.
	l = newLimiter(DefaultRate)
	admitted := 0
	for ms := 0; ms < 60_000; ms += 10 {
		if l.reserve(start.Add(time.Duration(ms)*time.Millisecond)) == 0 {
			admitted++
		}
	}
	if admitted > 50 {
		t.Errorf("%d requests in a minute", admitted)
	}
}

func TestNCTIDs(t *testing.T) {
	tests := []struct{ text, want string }{
		{"NCT07338357", "NCT07338357"},
		{"NCT07338357\nnct02210780, NCT07338357", "NCT07338357 NCT02210780"},
		{"Dear colleague, see NCT 06803875 and (NCT04150497).", "NCT06803875 NCT04150497"},
		{"NCT123 and NCT0733835712", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(NCTIDs(tc.text), " "); got != tc.want {
			t.Errorf("NCTIDs(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestAgo(t *testing.T) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	for d, want := range map[time.Duration]string{
		10 * time.Second: "just now", time.Minute: "1 minute ago", 5 * time.Hour: "5 hours ago",
		72 * time.Hour: "3 days ago",
	} {
		if got := Ago(now, now.Add(-d)); got != want {
			t.Errorf("Ago(%v) = %q, want %q", d, got, want)
		}
	}
}
