package board

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// registryWarnings are a trial's warnings about the record a board keeps.
func registryWarnings(t model.Trial) []string {
	var out []string
	for _, w := range t.WarningsFor(model.FieldDocument) {
		if strings.Contains(w, "ClinicalTrials.gov record") {
			out = append(out, w)
		}
	}
	return out
}

// recordOf002 is the ClinicalTrials.gov record of seed 002's study.
func recordOf002(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "ctgov", "NCT07338357.json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// pageOf002 is seed 002 cut before its raw JSON: a page that states the
// NCT ID, the status and the title, but no phase.
func pageOf002(t *testing.T) []byte {
	t.Helper()
	text, _, _ := strings.Cut(string(seed(t, "002_28d411cdab2f7767.txt")), "Raw JSON")
	return []byte(text)
}

// checkedBoard is a board of seed 002's page, checked against its record,
// and of the record itself.
func checkedBoard(t *testing.T) Board {
	t.Helper()
	fetched := time.Date(2026, 11, 25, 17, 30, 0, 0, time.UTC)
	b := Board{Title: "Tumor board 25 Nov", Saved: time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)}
	page := b.AddDocument("page.txt", pageOf002(t))
	doc := b.AddDocument("NCT07338357.json", recordOf002(t))
	res := ingest.Read("page.txt", pageOf002(t))
	record, err := ReadRecord("NCT07338357.json", recordOf002(t), "NCT07338357")
	if res.Err != nil || err != nil {
		t.Fatal(res.Err, err)
	}
	_, check := compare.CheckAgainstRegistry(res.Trials[0], record, fetched)
	filled := check.Filled
	b.Trials = []Entry{
		{Document: page, NCTID: "NCT07338357", Selected: true, Note: "from the page", Registry: &Registry{Record: recordOf002(t), Fetched: fetched, Filled: filled}},
		{Document: doc, NCTID: "NCT07338357", Selected: true, Registry: &Registry{Record: recordOf002(t), Fetched: fetched}},
	}
	return b
}

func TestRegistryRecordsRoundTrip(t *testing.T) {
	b := checkedBoard(t)
	data, err := Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"version": 2`)) || !bytes.Contains(data, []byte(`"saved": "2026-11-25T18:00:00Z"`)) {
		t.Errorf("the file does not say version 2 and when it was saved:\n%s", data[:300])
	}
	if n := bytes.Count(data, []byte(`"name": "NCT07338357.json"`)); n != 2 {
		t.Errorf("the record is kept %d times beside the document; the same record is kept once", n-1)
	}
	got, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Saved.Equal(b.Saved) {
		t.Errorf("saved %v, want %v", got.Saved, b.Saved)
	}
	for i, e := range got.Trials {
		want := b.Trials[i].Registry
		if e.Registry == nil || !bytes.Equal(e.Registry.Record, want.Record) || !e.Registry.Fetched.Equal(want.Fetched) || !slices.Equal(e.Registry.Filled, want.Filled) {
			t.Errorf("trial %d: registry %+v", i+1, e.Registry)
		}
	}
}

func TestOpenAppliesTheKeptRecord(t *testing.T) {
	data, err := Marshal(checkedBoard(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	opened := b.Open("board.tcboard")
	if len(opened.Items) != 2 || len(opened.Failed) != 0 {
		t.Fatalf("%d items, failed %v", len(opened.Items), opened.Failed)
	}
	page := opened.Items[0]
	if len(page.Page.Phases) != 0 || model.PhaseLabel(page.Trial.Phases) != "Early Phase 1" {
		t.Errorf("the page's phase: as read %v, shown %v; want none, then the record's", page.Page.Phases, page.Trial.Phases)
	}
	if want := "Filled in from the ClinicalTrials.gov record, last updated 2026-01-13, fetched 2026-11-25: phase,"; !strings.HasPrefix(page.Trial.RegistryNote, want) {
		t.Errorf("registry note %q", page.Trial.RegistryNote)
	}
	if page.Trial.UserNote != "from the page" || page.Registry == nil {
		t.Errorf("note %q, registry %v", page.Trial.UserNote, page.Registry)
	}
	if w := registryWarnings(page.Trial); len(w) != 0 {
		t.Errorf("warnings %q", w)
	}
	record := opened.Items[1]
	if record.Trial.Source.File != "board.tcboard › NCT07338357.json" || !strings.HasPrefix(record.Trial.RegistryNote, "Updated from the ClinicalTrials.gov record") {
		t.Errorf("the record document: source %q, note %q", record.Trial.Source.File, record.Trial.RegistryNote)
	}
}

func TestOpenWarnsWhenTheKeptRecordCannotBeUsed(t *testing.T) {
	b := checkedBoard(t)
	b.Trials[0].Registry.Record = []byte(`{"protocolSection": {`)
	b.Trials[1].Registry.Filled = []model.Field{model.FieldStatus}
	other := checkedBoard(t)
	other.Trials[0].Registry.Filled = []model.Field{model.FieldPhases}
	opened := b.Open("board.tcboard")
	if len(opened.Items) != 2 {
		t.Fatalf("%d items; a record that cannot be read must not keep its trial out", len(opened.Items))
	}
	if w := registryWarnings(opened.Items[0].Trial); len(w) != 1 || !strings.Contains(w[0], "could not be read") || len(opened.Items[0].Trial.Phases) != 0 {
		t.Errorf("a damaged record: warnings %q, phases %v", w, opened.Items[0].Trial.Phases)
	}
	if w := registryWarnings(opened.Items[1].Trial); len(w) != 0 {
		t.Errorf("a record document fills nothing, and is not warned of: %q", w)
	}
	changed := registryWarnings(other.Open("board.tcboard").Items[0].Trial)
	if len(changed) != 1 || !strings.Contains(changed[0], "filled in phase; opened now, it fills in phase, start date") {
		t.Errorf("fills that differ from those saved: %q", changed)
	}
}

func TestOpenRefusesTheRecordOfAnotherStudy(t *testing.T) {
	b := checkedBoard(t)
	other, err := os.ReadFile(filepath.Join("..", "..", "shared", "formats", "ctgov-v2", "NCT02210780.json"))
	if err != nil {
		t.Skip("no reference record:", err)
	}
	b.Trials[0].Registry.Record = other
	w := registryWarnings(b.Open("board.tcboard").Items[0].Trial)
	if len(w) != 1 || !strings.Contains(w[0], "it is the record of NCT02210780, not of NCT07338357") {
		t.Errorf("warnings %q", w)
	}
}

// TestVersion1BoardsStillOpen opens a board written by the version of
// TrialCompare before registry records were kept.
func TestVersion1BoardsStillOpen(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "version1.tcboard"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	opened := b.Open("version1.tcboard")
	if len(opened.Items) != 2 || len(opened.Failed) != 0 || !b.Saved.IsZero() {
		t.Fatalf("%d items, failed %v, saved %v", len(opened.Items), opened.Failed, b.Saved)
	}
	if it := opened.Items[0]; it.Registry != nil || it.Trial.UserNote != "ask about slots" || !reflect.DeepEqual(it.Trial, it.Page) {
		t.Errorf("first trial: registry %v, note %q", it.Registry, it.Trial.UserNote)
	}
	again, err := Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(again, []byte(`"version": 2`)) {
		t.Error("a board saved again is not written in the newest version")
	}
}

func TestRefusedRegistryRecords(t *testing.T) {
	const head = `{"format": "trialcompare-board", "version": 2, "documents": [{"name": "a", "encoding": "text", "data": "x"}], `
	for _, tc := range []struct {
		name, data, want string
	}{
		{"a record not kept", head + `"trials": [{"document": 0, "registry": {"record": 1, "fetched": "2026-11-25T18:00:00Z"}}], "records": [{"name": "r", "encoding": "text", "data": "{}"}]}`, "does not keep"},
		{"a damaged fetch date", head + `"trials": [{"document": 0, "registry": {"record": 0, "fetched": "yesterday"}}], "records": [{"name": "r", "encoding": "text", "data": "{}"}]}`, `"yesterday"`},
		{"a damaged record", head + `"trials": [], "records": [{"name": "r", "encoding": "base64", "data": "!!"}]}`, "registry record 1"},
		{"a damaged time of saving", head + `"saved": "soon", "trials": []}`, `"soon"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one saying %q", err, tc.want)
			}
		})
	}
	_, err := Unmarshal([]byte(`{"format": "trialcompare-board", "version": 3, "trials": []}`))
	if !errors.Is(err, ErrNewer) || !strings.Contains(err.Error(), "version 3; this TrialCompare reads version 2") {
		t.Errorf("a board of version 3: %v", err)
	}
}

func TestRefuseNewer(t *testing.T) {
	current, err := Marshal(Board{Title: "t"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		head []byte
		want bool
	}{
		{"a board of this version", current, false},
		{"a board of version 1", []byte(`{"format": "trialcompare-board", "version": 1}`), false},
		{"a board of version 3", []byte(`{"format": "trialcompare-board", "version": 3, "title": "x"}`), true},
		{"a trial document", []byte(`{"protocolSection": {"version": 99}}`), false},
		{"text", []byte("NCT01234567"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := RefuseNewer(tc.head)
			if (err != nil) != tc.want || (err != nil && (!errors.Is(err, ErrNewer) || !strings.Contains(err.Error(), "version 3; this TrialCompare writes version 2"))) {
				t.Errorf("err = %v, want refused: %v", err, tc.want)
			}
		})
	}
}
