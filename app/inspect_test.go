package app

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/eligibility"
)

const seedDir = "../testdata/seeds"

func seedFiles(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(seedDir, "0*.txt"))
	if len(paths) != 5 {
		t.Fatalf("want five seeds, got %v", paths)
	}
	return paths
}

func TestInspectJSON(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "empty.txt")
	if err := os.WriteFile(bad, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	args := append([]string{"inspect", "--json"}, seedFiles(t)...)
	args = append(args, bad)
	if code := Main(args, nil, &out, &errOut); code != exitFailed {
		t.Errorf("exit status = %d, want %d (one file failed)", code, exitFailed)
	}
	var records []map[string]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &records); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out.String())
	}
	if len(records) != 6 {
		t.Fatalf("%d records, want 6", len(records))
	}
	wantKeys := []string{"acronym", "age_groups", "conditions", "dates", "enrollment", "enrollment_type", "error", "exclusion", "exclusion_themes", "file",
		"inclusion", "interventions", "layout", "max_age", "min_age", "nct_id", "phases", "provenance", "registry_ids", "sex", "sponsor", "status", "status_stale",
		"targets", "title", "warnings"}
	for _, r := range records {
		var keys []string
		for k := range r {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if !reflect.DeepEqual(keys, wantKeys) {
			t.Fatalf("keys = %v", keys)
		}
		for _, list := range []string{"registry_ids", "phases", "age_groups", "conditions", "interventions", "targets", "inclusion", "exclusion", "warnings"} {
			if string(r[list]) == "null" {
				t.Errorf("%s is null in %s", list, r["file"])
			}
		}
	}
	var first struct {
		MinAge *struct {
			Value     float64 `json:"value"`
			Unit      string  `json:"unit"`
			Inclusive bool    `json:"inclusive"`
		} `json:"min_age"`
		MaxAge json.RawMessage `json:"max_age"`
		Error  string          `json:"error"`
	}
	raw, _ := json.Marshal(records[0])
	if err := json.Unmarshal(raw, &first); err != nil {
		t.Fatal(err)
	}
	if first.MinAge == nil || first.MinAge.Value != 28 || first.MinAge.Unit != "days" || !first.MinAge.Inclusive || first.Error != "" {
		t.Errorf("seed 000 min_age = %+v, error %q", first.MinAge, first.Error)
	}
	var noMin struct {
		MinAge json.RawMessage `json:"min_age"`
	}
	raw, _ = json.Marshal(records[1])
	_ = json.Unmarshal(raw, &noMin)
	if string(noMin.MinAge) != "null" {
		t.Errorf("seed 001 min_age = %s, want null", noMin.MinAge)
	}
	var last struct {
		Error string `json:"error"`
	}
	raw, _ = json.Marshal(records[5])
	_ = json.Unmarshal(raw, &last)
	if !strings.Contains(last.Error, "empty.txt") || !strings.Contains(last.Error, "empty") {
		t.Errorf("error = %q, want the file and the reason", last.Error)
	}
}

func TestInspectDates(t *testing.T) {
	board := time.Date(2026, time.November, 22, 9, 0, 0, 0, time.UTC)
	type record struct {
		NCTID          string            `json:"nct_id"`
		Dates          map[string]string `json:"dates"`
		StatusStale    bool              `json:"status_stale"`
		EnrollmentType string            `json:"enrollment_type"`
	}
	read := func(now time.Time) []record {
		t.Helper()
		var out, errOut bytes.Buffer
		if code := inspectAsOf(append([]string{"--json"}, seedFiles(t)...), now, &out, &errOut); code != exitOK {
			t.Fatalf("exit status %d: %s", code, errOut.String())
		}
		var records []record
		if err := json.Unmarshal(out.Bytes(), &records); err != nil {
			t.Fatal(err)
		}
		return records
	}
	records := read(board)
	want := []record{
		{"NCT03860844", map[string]string{"completion": "2023-08-31", "last_update": "2022-10-07"}, false, ""},
		{"NCT06709469", map[string]string{"last_update": "2025-10-16"}, false, ""},
		{"NCT07338357", map[string]string{"start": "2026-01-05", "primary_completion": "2028-10-31", "completion": "2028-10-31",
			"first_posted": "2026-01-13", "last_update": "2026-01-13", "last_verified": "2026-01"}, false, "estimated"},
		{"NCT06803875", map[string]string{"last_update": "2025-10-15"}, false, ""},
		{"NCT04150497", map[string]string{"start": "2019-10-14", "primary_completion": "2023-07-31", "completion": "2026-01-31",
			"first_posted": "2019-11-04", "last_update": "2022-09-27", "last_verified": "2022-09"}, true, "estimated"},
	}
	keys := []string{"start", "primary_completion", "completion", "first_posted", "last_update", "last_verified"}
	for i, w := range want {
		got := records[i]
		if got.NCTID != w.NCTID || got.StatusStale != w.StatusStale || got.EnrollmentType != w.EnrollmentType || len(got.Dates) != len(keys) {
			t.Errorf("record %d = %+v, want %+v", i, got, w)
		}
		for _, k := range keys {
			if got.Dates[k] != w.Dates[k] {
				t.Errorf("%s dates.%s = %q, want %q", w.NCTID, k, got.Dates[k], w.Dates[k])
			}
		}
	}
	if early := read(time.Date(2022, time.October, 1, 0, 0, 0, 0, time.UTC)); early[4].StatusStale {
		t.Error("seed 004 is stale as of October 2022, a month after it was verified")
	}

	var out, errOut bytes.Buffer
	if code := inspectAsOf(seedFiles(t)[4:], board, &out, &errOut); code != exitOK {
		t.Fatalf("exit status %d: %s", code, errOut.String())
	}
	for _, line := range []string{"Status        Recruiting; status not verified since Sep 2022", "Primary end   31 Jul 2023 (estimated)",
		"Start         14 Oct 2019 (actual)", "Last verified Sep 2022", "Enrollment    40 (estimated)"} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("the summary lacks %q:\n%s", line, out.String())
		}
	}
}

func TestInspectText(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Main(append([]string{"inspect"}, seedFiles(t)...), nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit status = %d; %s", code, errOut.String())
	}
	for _, want := range []string{"NCT03860844", "not stated", "28 days – <18 years", "Phase 1/2", "CD19, CD22, NKG2D", "warning: Age range"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

func TestInspectUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Main([]string{"inspect"}, nil, &out, &errOut); code != exitBadUsage {
		t.Errorf("no files: exit status = %d, want %d", code, exitBadUsage)
	}
	if code := Main([]string{"inspect", "--bogus", "x"}, nil, &out, &errOut); code != exitBadUsage {
		t.Errorf("bad flag: exit status = %d, want %d", code, exitBadUsage)
	}
}

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	args := append([]string{"export", "-o", filepath.Join(dir, "board.pdf"), "--paper", "letter", "--title", "Tumor board"}, seedFiles(t)...)
	if code := Main(args, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit status %d: %s", code, errOut.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "board.pdf")); err != nil {
		t.Error(err)
	}
	missing := append([]string{"export", "-o", filepath.Join(dir, "no", "board.xlsx")}, seedFiles(t)...)
	if code := Main(missing, nil, &out, &errOut); code != exitFailed || !strings.Contains(errOut.String(), "folder does not exist") {
		t.Errorf("missing folder: exit %d, %q", code, errOut.String())
	}
	for _, bad := range [][]string{{"export", "x.txt"}, {"export", "-o", "x.doc", "a.txt"}, {"export", "-o", "x.pdf", "--paper", "a3", "a.txt"}} {
		if code := Main(bad, nil, &out, &errOut); code != exitBadUsage {
			t.Errorf("%v: exit %d, want %d", bad, code, exitBadUsage)
		}
	}
	chosen := append([]string{"export", "-o", filepath.Join(dir, "short.pdf"), "--sections", "overview", "--rows", "phase,ages,sites"}, seedFiles(t)...)
	if code := Main(chosen, nil, &out, &errOut); code != exitOK {
		t.Errorf("--sections overview --rows: exit %d: %s", code, errOut.String())
	}
	for bad, want := range map[string]string{"--sections": "use overview, criteria or all", "--rows": "use any of phase,status,targets,ages,sex,diagnosis,rules,exclusions,enrollment,sponsor,sites"} {
		errOut.Reset()
		args := append([]string{"export", "-o", filepath.Join(dir, "x.pdf"), bad, "colour"}, seedFiles(t)...)
		if code := Main(args, nil, &out, &errOut); code != exitBadUsage || !strings.Contains(errOut.String(), want) {
			t.Errorf("%s colour: exit %d, %q", bad, code, errOut.String())
		}
	}
}

func TestFitCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	args := append([]string{"fit", "--age", "7y", "--diagnosis", "B-ALL", "--marker", "CD22-", "--json"}, seedFiles(t)...)
	if code := Main(args, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit status %d: %s", code, errOut.String())
	}
	var records []map[string]json.RawMessage
	if err := json.Unmarshal(out.Bytes(), &records); err != nil || len(records) != 5 {
		t.Fatalf("%v: %s", err, out.String())
	}
	var keys []string
	for k := range records[4] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if strings.Join(keys, ",") != "criteria,file,nct_id,note,reasons,review,summary,verdict" {
		t.Errorf("keys = %v", keys)
	}
	if v := string(records[4]["verdict"]); v != `"excluded"` || !strings.Contains(string(records[4]["reasons"]), "CD22") {
		t.Errorf("004: %s %s", v, records[4]["reasons"])
	}
	var criteria []eligibility.CriterionResult
	if err := json.Unmarshal(records[4]["criteria"], &criteria); err != nil || len(criteria) == 0 {
		t.Fatalf("004's criteria: %v %s", err, records[4]["criteria"])
	}
	outcomes := map[eligibility.Outcome]int{}
	for _, c := range criteria {
		outcomes[c.Outcome]++
		if c.Text == "" || c.List == "" {
			t.Errorf("a criterion without its text or list: %+v", c)
		}
	}
	if outcomes[eligibility.RulesOut] == 0 || outcomes[eligibility.ToCheck] == 0 {
		t.Errorf("004's outcomes = %v", outcomes)
	}
	for _, bad := range [][]string{{"fit", "x.txt"}, {"fit", "--age", "seven", "x.txt"}, {"fit", "--age", "7y", "--cns", "4", "x.txt"}} {
		if code := Main(bad, nil, &out, &errOut); code != exitBadUsage {
			t.Errorf("%v: exit %d, want %d", bad, code, exitBadUsage)
		}
	}
}

func TestExportWithPatient(t *testing.T) {
	var out, errOut bytes.Buffer
	path := filepath.Join(t.TempDir(), "fit.xlsx")
	args := append([]string{"export", "-o", path, "--age", "16y", "--diagnosis", "AML", "--marker", "CLL-1 60%"}, seedFiles(t)...)
	if code := Main(args, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit status %d: %s", code, errOut.String())
	}
	bad := append([]string{"export", "-o", path, "--age", "old"}, seedFiles(t)...)
	if code := Main(bad, nil, &out, &errOut); code != exitBadUsage {
		t.Errorf("a bad age: exit %d", code)
	}
}

// TestExportPDFWithPatientOnPageOne runs the board-sheet command of the
// README and reads page 1 back with pdftotext, where it is installed.
func TestExportPDFWithPatientOnPageOne(t *testing.T) {
	var out, errOut bytes.Buffer
	path := filepath.Join(t.TempDir(), "x.pdf")
	args := append([]string{"export", "--age", "7y", "--diagnosis", "B-ALL", "--marker", "CD19+", "-o", path}, seedFiles(t)...)
	if code := Main(args, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit status %d: %s", code, errOut.String())
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	text, err := exec.Command("pdftotext", "-f", "1", "-l", "1", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	page1 := string(text)
	for _, want := range []string{"Patient: 7 years, B-ALL, CD19+", "NCT03860844", "NCT04150497", "ages, 15 years"} {
		if !strings.Contains(page1, want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
	if n, m := strings.Count(page1, "Excluded"), strings.Count(page1, "Possible"); n != 3 || m != 2 {
		t.Errorf("page 1 has %d verdicts Excluded and %d Possible, want 3 and 2", n, m)
	}
}
