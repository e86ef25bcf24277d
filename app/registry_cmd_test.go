package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

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

func TestSearchCommand(t *testing.T) {
	srv := registryServer(t)
	dir := t.TempDir()
	code, out, errOut := runMain(t, "search", "--cond", "acute lymphoblastic leukemia", "--age", "7y", "--max", "4", "--dir", dir)
	if code != exitOK {
		t.Fatalf("%d %s %s", code, out, errOut)
	}
	q := srv.Queries()
	if len(q) != 1 {
		t.Fatalf("%d search requests", len(q))
	}
	for k, v := range map[string]string{
		"query.cond":           "acute lymphoblastic leukemia",
		"filter.overallStatus": "RECRUITING,NOT_YET_RECRUITING",
		"filter.advanced":      "AREA[MinimumAge]RANGE[MIN, 7 years] AND AREA[MaximumAge]RANGE[7 years, MAX]",
		"countTotal":           "true",
	} {
		if q[0].Get(k) != v {
			t.Errorf("%s = %q, want %q", k, q[0].Get(k), v)
		}
	}
	for _, want := range []string{"NCT00763412  Not applicable · Completed · 12 years – 24 years · fit: excluded", "NCT02210780  Phase 2", "6 studies match; 4 listed"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "NCT*.json"))
	if len(files) != 4 {
		t.Errorf("--dir wrote %d files", len(files))
	}
	code, out, _ = runMain(t, "search", "--term", "CD19", "--status", "any", "--max", "6", "--json")
	var got searchOutput
	if err := json.Unmarshal([]byte(out), &got); code != exitOK || err != nil || len(got.Studies) != 6 || got.Total != 6 {
		t.Fatalf("%d %v %+v", code, err, got)
	}
	last := srv.Queries()[len(srv.Queries())-1]
	if last.Has("filter.overallStatus") || last.Get("query.term") != "CD19" {
		t.Errorf("query %v", last)
	}
	if code, _, _ := runMain(t, "search", "--cond", "x", "--status", "open-ish"); code != exitBadUsage {
		t.Errorf("a bad status: %d", code)
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
