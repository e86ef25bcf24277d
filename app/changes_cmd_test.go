package app

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/registry"
	"github.com/trialcompare/trialcompare/registry/registrytest"
)

// boardSaved is when the boards of these tests were saved.
var boardSaved = time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)

// editedRecord returns a copy of a recorded study with its protocol
// section changed by edit.
func editedRecord(t *testing.T, path string, edit func(ps map[string]any)) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var study map[string]any
	if err := json.Unmarshal(data, &study); err != nil {
		t.Fatal(err)
	}
	edit(study["protocolSection"].(map[string]any))
	out, err := json.MarshalIndent(study, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// module returns a module of a protocol section, made when missing.
func module(ps map[string]any, name string) map[string]any {
	m, ok := ps[name].(map[string]any)
	if !ok {
		m = map[string]any{}
		ps[name] = m
	}
	return m
}

func site(facility, city, status string) map[string]any {
	return map[string]any{"facility": facility, "city": city, "country": "United States", "status": status}
}

// record002AsSaved is seed 002's record as a board saved it: recruiting at
// two sites.
func record002AsSaved(t *testing.T) []byte {
	return editedRecord(t, filepath.Join(ctgovDir, seed002ID+".json"), func(ps map[string]any) {
		module(ps, "statusModule")["overallStatus"] = "RECRUITING"
		module(ps, "contactsLocationsModule")["locations"] = []any{
			site("St. Jude Children's Research Hospital", "Memphis", "RECRUITING"),
			site("Children's Hospital of Philadelphia", "Philadelphia", "RECRUITING"),
		}
	})
}

// record002Now is the same record as the registry serves it a week later:
// active, not recruiting; from 1 year; 12 patients; one site closed and
// one added; two criteria reworded.
func record002Now(t *testing.T) []byte {
	return editedRecord(t, filepath.Join(ctgovDir, seed002ID+".json"), func(ps map[string]any) {
		module(ps, "statusModule")["overallStatus"] = "ACTIVE_NOT_RECRUITING"
		eligibility := module(ps, "eligibilityModule")
		eligibility["minimumAge"] = "1 Year"
		criteria := eligibility["eligibilityCriteria"].(string)
		criteria = strings.Replace(criteria, "Aged 3 to 18 years", "Aged 1 to 18 years", 1)
		eligibility["eligibilityCriteria"] = strings.Replace(criteria, "within 1 year after the last dose", "within 6 months after the last dose", 1)
		module(module(ps, "designModule"), "enrollmentInfo")["count"] = 12
		module(ps, "contactsLocationsModule")["locations"] = []any{
			site("St. Jude Children's Research Hospital", "Memphis", "ACTIVE_NOT_RECRUITING"),
			site("Children's Hospital of Philadelphia", "Philadelphia", "RECRUITING"),
			site("Texas Children's Hospital", "Houston", "RECRUITING"),
		}
	})
}

// watchedServer passes requests on to the test server, counting them, and
// holds them until they are cancelled while hold is set: the tests of
// changes depend on nothing of the test server but GET /studies/{id}.
type watchedServer struct {
	*httptest.Server
	requests atomic.Int64
	hold     atomic.Bool
	// held receives a value as each request is held.
	held chan struct{}
}

// Requests returns how many requests the server has had.
func (w *watchedServer) Requests() int { return int(w.requests.Load()) }

// changedRegistry serves the recorded studies, with the records given in
// place of the recorded ones, and points TRIALCOMPARE_CTGOV_URL at it.
func changedRegistry(t *testing.T, records map[string][]byte) *watchedServer {
	t.Helper()
	dir := t.TempDir()
	for id, body := range records {
		if err := os.WriteFile(filepath.Join(dir, id+".json"), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := registrytest.New(t, filepath.Join(formatsDir, "ctgov-v2"), ctgovDir, dir)
	target, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	w := &watchedServer{held: make(chan struct{}, 16)}
	w.Server = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.requests.Add(1)
		if w.hold.Load() {
			w.held <- struct{}{}
			<-r.Context().Done()
			return
		}
		proxy.ServeHTTP(rw, r)
	}))
	t.Cleanup(w.Close)
	t.Setenv(registry.BaseURLEnv, w.URL)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	return w
}

// writeTestBoard writes a board of documents (name → bytes), one trial
// each, in order, saved at boardSaved; kept gives a document's trial the
// record a check kept.
func writeTestBoard(t *testing.T, docs []string, data map[string][]byte, kept map[string]*board.Registry) string {
	t.Helper()
	b := board.Board{Title: "Tumor board 25 Nov", Saved: boardSaved}
	for _, name := range docs {
		d := b.AddDocument(name, data[name])
		b.Trials = append(b.Trials, board.Entry{Document: d, Selected: true, Registry: kept[name]})
	}
	out, err := board.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "board.tcboard")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// boardOfChangedTrials is a board of seed 002's record as saved, a record
// the registry still serves as it was, and a page never checked.
func boardOfChangedTrials(t *testing.T) string {
	unchanged, err := os.ReadFile(filepath.Join(formatsDir, "ctgov-v2", "NCT02210780.json"))
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(page002(t))
	if err != nil {
		t.Fatal(err)
	}
	return writeTestBoard(t, []string{"NCT07338357.json", "NCT02210780.json", "page.txt"},
		map[string][]byte{"NCT07338357.json": record002AsSaved(t), "NCT02210780.json": unchanged, "page.txt": page}, nil)
}

func TestChangesListsWhatChangedSinceTheBoardWasSaved(t *testing.T) {
	changedRegistry(t, map[string][]byte{seed002ID: record002Now(t)})
	path := boardOfChangedTrials(t)
	code, out, errOut := runMain(t, "changes", path)
	if code != exitOK {
		t.Fatalf("changes: %d\n%s%s", code, out, errOut)
	}
	blocks := strings.Split(strings.TrimSpace(out), "\n\n")
	if len(blocks) != 3 {
		t.Fatalf("%d blocks, want one per trial:\n%s", len(blocks), out)
	}
	wantLines := []string{
		"NCT07338357  CLL-1 CAR-T in the Treatment of Children With R/R AML",
		"  7 changes since 2026-11-25:",
		"  ! Status: Recruiting → Active, not recruiting — the trial no longer takes patients",
		"    Minimum age: 3 years (inclusive) → 1 year (inclusive)",
		"    Enrollment: 10 (estimated) → 12 (estimated)",
		"    Site closed: St. Jude Children's Research Hospital, Memphis, United States (Recruiting → Active, not recruiting)",
		"    Site added: Texas Children's Hospital, Houston, United States (Recruiting)",
		"    Inclusion criterion 2 reworded: Aged [-3-]{+1+} to 18 years (inclusive), and body weight ≥10 kg.",
		"    Inclusion criterion 8 reworded: Females subjects of childbearing potential must have a negative blood pregnancy test at screening and agree to use effective contraception during the study and within [-1 year-]{+6 months+} after the last dose of study drug.",
	}
	got := strings.Split(blocks[0], "\n")
	for i, want := range wantLines {
		if i >= len(got) || got[i] != want {
			t.Errorf("line %d:\n  %q\nwant\n  %q", i+1, at(got, i), want)
		}
	}
	if !strings.HasPrefix(blocks[1], "NCT02210780") || !strings.HasSuffix(blocks[1], "no change since 2026-11-25") {
		t.Errorf("the unchanged trial: %q", blocks[1])
	}
	if !strings.Contains(blocks[2], "not compared: it was read from a page that was never checked") {
		t.Errorf("the page never checked: %q", blocks[2])
	}
	data, _ := os.ReadFile(path)
	if b, err := board.Unmarshal(data); err != nil || b.Trials[0].Registry != nil {
		t.Errorf("changes wrote to the board: %v", err)
	}
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(missing)"
}

func TestChangesComparesWithTheRecordACheckKept(t *testing.T) {
	changedRegistry(t, map[string][]byte{seed002ID: record002Now(t)})
	page, err := os.ReadFile(page002(t))
	if err != nil {
		t.Fatal(err)
	}
	kept := &board.Registry{Record: record002AsSaved(t), Fetched: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)}
	path := writeTestBoard(t, []string{"page.txt"}, map[string][]byte{"page.txt": page}, map[string]*board.Registry{"page.txt": kept})
	code, out, errOut := runMain(t, "changes", "--json", path)
	if code != exitOK {
		t.Fatalf("changes: %d\n%s%s", code, out, errOut)
	}
	var records []changesRecord
	if err := json.Unmarshal([]byte(out), &records); err != nil || len(records) != 1 {
		t.Fatalf("%v\n%s", err, out)
	}
	r := records[0]
	if !r.Compared || !r.Closes || r.Since != "2026-11-24" || r.Error != "" || len(r.Changes) != 7 || r.Fetched == "" {
		t.Fatalf("record %+v", r)
	}
	first, last := r.Changes[0], r.Changes[6]
	if first.Field != "status" || first.Kind != "changed" || !first.Closes || first.Old != "Recruiting" || first.New != "Active, not recruiting" {
		t.Errorf("first change %+v", first)
	}
	if last.Field != "inclusion" || last.Kind != "reworded" || !strings.Contains(last.Diff, "within [-1 year-]{+6 months+} after") {
		t.Errorf("last change %+v", last)
	}
}

func TestChangesReportsWhatCannotBeRefreshed(t *testing.T) {
	srv := changedRegistry(t, map[string][]byte{seed002ID: record002Now(t)})
	missing := editedRecord(t, filepath.Join(ctgovDir, seed002ID+".json"), func(ps map[string]any) {
		module(ps, "identificationModule")["nctId"] = "NCT09999999"
	})
	path := writeTestBoard(t, []string{"NCT09999999.json", "NCT07338357.json"},
		map[string][]byte{"NCT09999999.json": missing, "NCT07338357.json": record002AsSaved(t)}, nil)
	code, out, _ := runMain(t, "changes", path)
	if code != exitFailed || !strings.Contains(out, "NCT09999999 is not on ClinicalTrials.gov") || !strings.Contains(out, "7 changes since 2026-11-25") {
		t.Errorf("a trial not on the registry: %d\n%s", code, out)
	}

	before := srv.Requests()
	code, out, errOut := runMain(t, "changes", "--offline", path)
	if code != exitFailed || out != "" || !strings.Contains(errOut, "working offline: nothing can be compared with ClinicalTrials.gov") || srv.Requests() != before {
		t.Errorf("offline: %d %q %q, %d requests", code, out, errOut, srv.Requests()-before)
	}
}

func TestChangesBadUsage(t *testing.T) {
	registryServer(t)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no board", []string{"changes"}, exitBadUsage, "name a board file"},
		{"an unknown flag", []string{"changes", "--since", "x"}, exitBadUsage, "flag provided but not defined"},
		{"a file that is not a board", []string{"changes", filepath.Join(ctgovDir, seed002ID+".json")}, exitBadUsage, "is not a board"},
		{"a board that does not exist", []string{"changes", filepath.Join(t.TempDir(), "gone.tcboard")}, exitFailed, "gone.tcboard"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runMain(t, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("%d %q, want %d and %q", code, errOut, tt.code, tt.want)
			}
		})
	}
}
