package app

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/registry"
	"github.com/trialcompare/trialcompare/registry/registrytest"
)

const (
	ctgovDir  = "../testdata/ctgov"
	seed002   = "../testdata/seeds/002_28d411cdab2f7767.txt"
	seed002ID = "NCT07338357"
)

// registryServer starts a local API serving the recorded studies, points
// TRIALCOMPARE_CTGOV_URL at it and gives the test its own cache folder.
func registryServer(t *testing.T) *registrytest.Server {
	t.Helper()
	srv := registrytest.New(t, filepath.Join(formatsDir, "ctgov-v2"), ctgovDir)
	t.Setenv(registry.BaseURLEnv, srv.URL)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	return srv
}

// page002 writes seed 002 cut before its "Raw JSON": a page that states the
// NCT ID, the status and the title, but no phase. replace, if given,
// changes its text (old, new pairs).
func page002(t *testing.T, replace ...string) string {
	t.Helper()
	data, err := os.ReadFile(seed002)
	if err != nil {
		t.Fatal(err)
	}
	text, _, _ := strings.Cut(string(data), "Raw JSON")
	text = strings.NewReplacer(replace...).Replace(text)
	path := filepath.Join(t.TempDir(), "page.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func runMain(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Main(args, nil, &out, &errOut)
	return code, out.String(), errOut.String()
}

func inspectJSON(t *testing.T, file string) map[string]any {
	t.Helper()
	code, out, errOut := runMain(t, "inspect", "--json", file)
	if code != exitOK {
		t.Fatalf("inspect %s: %d %s", file, code, errOut)
	}
	var records []map[string]any
	if err := json.Unmarshal([]byte(out), &records); err != nil || len(records) != 1 {
		t.Fatalf("inspect %s: %v", file, err)
	}
	delete(records[0], "file")
	delete(records[0], "layout")
	return records[0]
}

func TestFetchCommandWritesTheRecordAsServed(t *testing.T) {
	srv := registryServer(t)
	dir := t.TempDir()
	code, out, errOut := runMain(t, "fetch", "--dir", dir, seed002ID)
	if code != exitOK || !strings.Contains(out, seed002ID+"  fetched") {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	file := filepath.Join(dir, seed002ID+".json")
	body, err := os.ReadFile(file)
	if err != nil || !bytes.Equal(body, srv.Record(seed002ID)) {
		t.Fatalf("the file is not the record as served: %v", err)
	}
	if got, want := inspectJSON(t, file), inspectJSON(t, seed002); !reflect.DeepEqual(got, want) {
		t.Errorf("the fetched record reads\n%v\nseed 002 reads\n%v", got, want)
	}
	// Again: from the cache, with its date, and no request.
	before := srv.Requests()
	code, out, _ = runMain(t, "fetch", "--dir", dir, seed002ID)
	if code != exitOK || !strings.Contains(out, "from cache, fetched just now") || srv.Requests() != before {
		t.Errorf("second fetch: %d %q, %d requests", code, out, srv.Requests()-before)
	}
	code, out, _ = runMain(t, "fetch", "--refresh", "--dir", dir, seed002ID)
	if code != exitOK || !strings.Contains(out, "fetched") || srv.Requests() != before+1 {
		t.Errorf("refresh: %d %q", code, out)
	}
}

func TestFetchCommandReadsIDsFromTextAndReportsEach(t *testing.T) {
	registryServer(t)
	letter := filepath.Join(t.TempDir(), "referral.txt")
	text := "Dear colleague,\nplease consider NCT07338357 or nct02210780; NCT09999999 was mentioned too.\n"
	if err := os.WriteFile(letter, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	code, out, _ := runMain(t, "fetch", "--dir", dir, letter)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitFailed || len(lines) != 3 {
		t.Fatalf("%d\n%s", code, out)
	}
	for i, want := range []string{"NCT07338357  fetched", "NCT02210780  fetched", "NCT09999999  error: NCT09999999 is not on ClinicalTrials.gov"} {
		if lines[i] != want {
			t.Errorf("line %d: %q, want %q", i+1, lines[i], want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "NCT09999999.json")); err == nil {
		t.Error("an ID not on the registry left a file")
	}
}

func TestFetchCommandOffline(t *testing.T) {
	srv := registryServer(t)
	code, out, _ := runMain(t, "fetch", "--offline", "--dir", t.TempDir(), seed002ID)
	if code != exitFailed || !strings.Contains(out, "NCT07338357 was never fetched") || !strings.Contains(out, "offline") {
		t.Errorf("%d %q", code, out)
	}
	if srv.Requests() != 0 {
		t.Errorf("--offline made %d requests", srv.Requests())
	}
}

func TestCheckCommandFillsThePhase(t *testing.T) {
	registryServer(t)
	page := page002(t)
	if before := inspectJSON(t, page); len(before["phases"].([]any)) != 0 {
		t.Fatalf("the cut page states a phase: %v", before["phases"])
	}
	code, out, errOut := runMain(t, "check", "--json", page)
	if code != exitOK {
		t.Fatalf("check: %d %s %s", code, out, errOut)
	}
	var records []checkRecord
	if err := json.Unmarshal([]byte(out), &records); err != nil || len(records) != 1 {
		t.Fatalf("%v\n%s", err, out)
	}
	r := records[0]
	if !reflect.DeepEqual(r.Phases, []string{"EARLY_PHASE1"}) || !contains(r.Registry.Filled, "phases") {
		t.Errorf("phases %v, filled %v", r.Phases, r.Registry.Filled)
	}
	if !strings.HasPrefix(r.Registry.Source, "ClinicalTrials.gov record, last updated 2026-01-13, fetched ") {
		t.Errorf("source %q", r.Registry.Source)
	}
	if r.Dates.Start != "2026-01-05" || r.Enrollment != 10 || r.Status != "NOT_YET_RECRUITING" {
		t.Errorf("dates %+v, enrollment %d, status %s", r.Dates, r.Enrollment, r.Status)
	}
	code, out, _ = runMain(t, "check", page)
	if code != exitOK || !strings.Contains(out, "filled in: phases") || !strings.Contains(out, "Phase         Early Phase 1") {
		t.Errorf("text: %d\n%s", code, out)
	}
}

func TestCheckCommandWarnsOfADisagreement(t *testing.T) {
	registryServer(t)
	// The page's status is changed from NOT_YET_RECRUITING to RECRUITING.
	page := page002(t, "Status: NOT_YET_RECRUITING", "Status: RECRUITING")
	code, out, _ := runMain(t, "check", page)
	want := "Status: the page says Recruiting; the registry says Not yet recruiting (last updated 2026-01-13)."
	if code != exitOK || !strings.Contains(out, "disagrees: "+want) || !strings.Contains(out, "warning: "+want) {
		t.Errorf("%d\n%s", code, out)
	}
}

func TestCheckCommandWithoutNCTID(t *testing.T) {
	srv := registryServer(t)
	// The NCT ID is taken out; a stated phase keeps the page a trial page.
	page := page002(t, "NCT07338357", "", "Brief Title:", "Phase: Early Phase 1\nBrief Title:")
	code, out, _ := runMain(t, "check", page)
	if code != exitOK || !strings.Contains(out, "states no NCT ID") || srv.Requests() != 0 {
		t.Errorf("%d, %d requests\n%s", code, srv.Requests(), out)
	}
}

// addAMLVariants serves three copies of the pediatric AML record of seed
// 002 (3–18 years): without a minimum age, without a maximum, without
// either.
func addAMLVariants(t *testing.T, srv *registrytest.Server) {
	t.Helper()
	for id, drop := range map[string][]string{
		"NCT90000001": {"minimumAge"}, "NCT90000002": {"maximumAge"}, "NCT90000003": {"minimumAge", "maximumAge"},
	} {
		srv.Add(t, registrytest.Variant(t, srv.Record(seed002ID), id, func(p map[string]any) {
			for _, key := range drop {
				delete(registrytest.Eligibility(p), key)
			}
		}))
	}
}

func TestSearchCommand(t *testing.T) {
	srv := registryServer(t)
	addAMLVariants(t, srv)
	dir := t.TempDir()
	code, out, errOut := runMain(t, "search", "--cond", "AML", "--age", "7y", "--max", "3", "--dir", dir)
	if code != exitOK {
		t.Fatalf("%d %s %s", code, out, errOut)
	}
	q := srv.Queries()
	if len(q) != 1 {
		t.Fatalf("%d search requests", len(q))
	}
	for k, v := range map[string]string{
		"query.cond":           "AML",
		"filter.overallStatus": "RECRUITING,NOT_YET_RECRUITING",
		"filter.advanced":      "(AREA[MinimumAge]RANGE[MIN, 7 years] OR AREA[MinimumAge]MISSING) AND (AREA[MaximumAge]RANGE[7 years, MAX] OR AREA[MaximumAge]MISSING)",
		"countTotal":           "true",
		"sort":                 "@relevance",
	} {
		if q[0].Get(k) != v {
			t.Errorf("%s = %q, want %q", k, q[0].Get(k), v)
		}
	}
	if !strings.Contains(out, "4 studies match; 3 listed") || !strings.Contains(out, "Early Phase 1 · Not yet recruiting") {
		t.Errorf("output\n%s", out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "NCT*.json"))
	if len(files) != 3 {
		t.Errorf("--dir wrote %d files", len(files))
	}
	// A 7-year-old: the studies with no minimum, no maximum or no ages at
	// all are listed, each a possible fit.
	code, out, _ = runMain(t, "search", "--cond", "AML", "--age", "7y", "--json")
	var got searchOutput
	if err := json.Unmarshal([]byte(out), &got); code != exitOK || err != nil || len(got.Studies) != 4 || got.Total != 4 {
		t.Fatalf("%d %v %+v", code, err, got)
	}
	for _, s := range got.Studies {
		if s.Fit != "possible" {
			t.Errorf("%s (%v – %v): fit %q", s.NCTID, s.MinAge, s.MaxAge, s.Fit)
		}
	}
	code, _, _ = runMain(t, "search", "--intr", "placebo OR dupilumab", "--status", "any", "--sort", "updated", "--max", "6")
	last := srv.Queries()[len(srv.Queries())-1]
	if code != exitOK || last.Has("filter.overallStatus") || last.Get("sort") != "LastUpdatePostDate:desc" {
		t.Errorf("%d, query %v", code, last)
	}
	for _, bad := range [][]string{{"--cond", "x", "--status", "open-ish"}, {"--cond", "x", "--sort", "newest"}} {
		if code, _, _ := runMain(t, append([]string{"search"}, bad...)...); code != exitBadUsage {
			t.Errorf("%v: %d", bad, code)
		}
	}
}

func TestSearchCommandRefusesABlankQuery(t *testing.T) {
	srv := registryServer(t)
	code, out, errOut := runMain(t, "search", "--cond", "   ", "--term", "\t")
	if code != exitBadUsage || !strings.Contains(errOut, "nothing to search") || out != "" || srv.Requests() != 0 {
		t.Errorf("%d %q %q, %d requests", code, out, errOut, srv.Requests())
	}
}

func TestSearchCommandShowsTheRegistrysReason(t *testing.T) {
	srv := registryServer(t)
	code, _, errOut := runMain(t, "search", "--term", "CD19 AND")
	if code != exitFailed || !strings.Contains(errOut, "ends where a term is expected") || strings.Contains(errOut, "try again") || srv.Requests() != 1 {
		t.Errorf("%d %q, %d requests", code, errOut, srv.Requests())
	}
}

// The API states the total on the first page only: the command keeps it.
func TestSearchCommandKeepsTheTotal(t *testing.T) {
	srv := registryServer(t)
	n := 0
	srv.Handle("/studies", func(w http.ResponseWriter, _ *http.Request) {
		n++
		if n == 1 {
			_, _ = w.Write([]byte(`{"totalCount": 3, "nextPageToken": "b9f1", "studies": [` + string(srv.Record(seed002ID)) + `]}`))
			return
		}
		_, _ = w.Write([]byte(`{"studies": [` + string(srv.Record("NCT02210780")) + `]}`))
	})
	code, out, errOut := runMain(t, "search", "--cond", "x", "--max", "5", "--json")
	var got searchOutput
	if err := json.Unmarshal([]byte(out), &got); code != exitOK || err != nil || got.Total != 3 || len(got.Studies) != 2 {
		t.Errorf("%d %v %s: %+v", code, err, errOut, got)
	}
}

// A former NCT ID is fetched through the registry's redirect: the file is
// named by the current ID, and the line says so.
func TestFetchCommandFollowsAFormerID(t *testing.T) {
	srv := registryServer(t)
	srv.AddAlias(t, seed002ID, "NCT01999999")
	dir := t.TempDir()
	code, out, _ := runMain(t, "fetch", "--dir", dir, "NCT01999999")
	if code != exitOK || !strings.Contains(out, "NCT01999999  fetched; ClinicalTrials.gov lists it under its current ID "+seed002ID) {
		t.Errorf("%d %q", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, seed002ID+".json")); err != nil {
		t.Error(err)
	}
	if code, _, _ := runMain(t, "fetch", "--max-age", "0", seed002ID); code != exitBadUsage {
		t.Errorf("--max-age 0: %d", code)
	}
}

func TestFetchCommandAsksInBatches(t *testing.T) {
	srv := registryServer(t)
	code, out, _ := runMain(t, "fetch", "--dir", t.TempDir(), seed002ID, "NCT02210780", "NCT00763412", "NCT03630471")
	if code != exitOK || strings.Count(out, "  fetched") != 4 || srv.Requests() != 1 {
		t.Errorf("%d, %d requests\n%s", code, srv.Requests(), out)
	}
}

// watchWriter keeps what is written to it, for a test to wait on.
type watchWriter struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (w *watchWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

func (w *watchWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// waitFor waits until the writer holds text, or gives up after 10 s.
func (w *watchWriter) waitFor(text string) bool {
	for range 1000 {
		if strings.Contains(w.String(), text) {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

// check --json prints each trial as soon as its check is done: the first
// page's record is cached, and the second page's record is sent only once
// the first page's object is out.
func TestCheckCommandStreamsJSON(t *testing.T) {
	srv := registryServer(t)
	if code, _, errOut := runMain(t, "fetch", "--dir", t.TempDir(), seed002ID); code != exitOK {
		t.Fatal(errOut)
	}
	first, second := page002(t), page002(t, seed002ID, "NCT02210780")
	var out watchWriter
	released := make(chan bool, 1)
	srv.Handle("/studies/NCT02210780", func(w http.ResponseWriter, r *http.Request) {
		released <- out.waitFor(`"nct_id": "` + seed002ID + `"`)
		_, _ = w.Write(srv.Record("NCT02210780"))
	})
	var errOut bytes.Buffer
	code := Main([]string{"check", "--json", first, second}, nil, &out, &errOut)
	select {
	case printed := <-released:
		if !printed {
			t.Error("the first trial was not printed before the second was checked")
		}
	default:
		t.Error("the second trial's record was never asked for")
	}
	var records []checkRecord
	if err := json.Unmarshal([]byte(out.String()), &records); code != exitOK || err != nil || len(records) != 2 {
		t.Fatalf("%d %v %s\n%s", code, err, errOut.String(), out.String())
	}
	if records[0].NCTID != seed002ID || records[1].NCTID != "NCT02210780" || records[1].Registry.Source == "" {
		t.Errorf("records %s, %s (%q)", records[0].NCTID, records[1].NCTID, records[1].Registry.Error)
	}
}

// One deadline for the whole check: a registry that never answers ends
// every check with a plain message when it passes.
func TestCheckCommandKeepsToOneDeadline(t *testing.T) {
	srv := registryServer(t)
	hang := func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() }
	srv.Handle("/studies", hang)
	srv.Handle("/studies/"+seed002ID, hang)
	srv.Handle("/studies/NCT02210780", hang)
	code, out, _ := runMain(t, "check", "--timeout", "300ms", page002(t), page002(t, seed002ID, "NCT02210780"))
	if code != exitFailed || strings.Count(out, "not checked: ClinicalTrials.gov did not answer within 300ms in all") != 2 {
		t.Errorf("%d\n%s", code, out)
	}
}

// Loading files and exporting open no connection.
func TestInspectAndExportMakeNoRequest(t *testing.T) {
	srv := registryServer(t)
	files := seedFiles(t)
	if code, _, errOut := runMain(t, append([]string{"inspect", "--json"}, files...)...); code != exitOK {
		t.Fatal(errOut)
	}
	out := filepath.Join(t.TempDir(), "board.xlsx")
	if code, _, errOut := runMain(t, append([]string{"export", "-o", out}, files...)...); code != exitOK {
		t.Fatal(errOut)
	}
	if code, _, errOut := runMain(t, append([]string{"fit", "--age", "7y"}, files...)...); code != exitOK {
		t.Fatal(errOut)
	}
	if srv.Requests() != 0 {
		t.Errorf("%d requests", srv.Requests())
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
