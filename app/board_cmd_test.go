package app

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

const boardNoteText = "Dr. K: CD22 status pending; ask CHOP about slots"

// seedBoard runs `trialcompare board` over the seeds, copied to a folder
// that is removed before it returns, so the board must stand alone.
func seedBoard(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "sources")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, f := range seedFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		copied := filepath.Join(src, filepath.Base(f))
		if err := os.WriteFile(copied, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, copied)
	}
	path := filepath.Join(dir, "board.tcboard")
	var out, errOut bytes.Buffer
	args := append([]string{"board", "-o", path, "--title", "Tumor board 25 Nov", "--board-note", "Bring the MRD results",
		"--note", "NCT06803875=" + boardNoteText}, files...)
	if code := Main(args, nil, &out, &errOut); code != exitOK {
		t.Fatalf("board: exit %d: %s", code, errOut.String())
	}
	if err := os.RemoveAll(src); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBoardThenInspect(t *testing.T) {
	path := seedBoard(t)
	var out, errOut bytes.Buffer
	if code := Main([]string{"inspect", "--json", path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("inspect: exit %d: %s", code, errOut.String())
	}
	var records []map[string]any
	if err := json.Unmarshal(out.Bytes(), &records); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range records {
		ids = append(ids, r["nct_id"].(string))
	}
	var want []string
	for _, f := range seedFiles(t) {
		res := ingestSeed(t, f)
		want = append(want, res)
	}
	if strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("inspect gives %v, want the seeds' order %v", ids, want)
	}
	out.Reset()
	if code := Main([]string{"inspect", path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("inspect: exit %d", code)
	}
	if !strings.Contains(out.String(), "Note          "+boardNoteText) {
		t.Errorf("inspect does not show the note:\n%.600s", out.String())
	}
}

// ingestSeed is the NCT ID read from a seed.
func ingestSeed(t *testing.T, path string) string {
	var out, errOut bytes.Buffer
	if code := Main([]string{"inspect", "--json", path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("inspect %s: %s", path, errOut.String())
	}
	var records []map[string]any
	if err := json.Unmarshal(out.Bytes(), &records); err != nil || len(records) != 1 {
		t.Fatalf("%s: %v", path, err)
	}
	return records[0]["nct_id"].(string)
}

func TestBoardThenFit(t *testing.T) {
	path := seedBoard(t)
	var out, errOut bytes.Buffer
	if code := Main([]string{"fit", "--age", "7y", "--json", path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("fit: exit %d: %s", code, errOut.String())
	}
	var records []fitRecord
	if err := json.Unmarshal(out.Bytes(), &records); err != nil {
		t.Fatal(err)
	}
	if len(records) != 5 {
		t.Errorf("fit screened %d trials, want 5", len(records))
	}
}

func TestBoardThenExportPrintsNotes(t *testing.T) {
	path := seedBoard(t)
	dir := filepath.Dir(path)
	xlsx := filepath.Join(dir, "board.xlsx")
	var out, errOut bytes.Buffer
	if code := Main([]string{"export", "-o", xlsx, path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, errOut.String())
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Trials")
	found := false
	for _, r := range rows {
		found = found || strings.Contains(strings.Join(r, "|"), boardNoteText)
	}
	if !found {
		t.Error("the Trials sheet lacks the note")
	}
	heading, _ := f.GetCellValue("Comparison", "A1")
	if !strings.Contains(heading, "Tumor board 25 Nov") || !strings.Contains(heading, "Board note: Bring the MRD results") {
		t.Errorf("the Comparison sheet's heading %q lacks the board's title or note", heading)
	}

	pdf := filepath.Join(dir, "board.pdf")
	if code := Main([]string{"export", "-o", pdf, path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, errOut.String())
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	text, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, want := range []string{"Tumor board 25 Nov", "Note: Bring the MRD results", "Note " + boardNoteText} {
		if !strings.Contains(flat, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}

func TestBoardRefusesAnUnknownNote(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.tcboard")
	var out, errOut bytes.Buffer
	args := append([]string{"board", "-o", path, "--note", "NCT00000000=x"}, seedFiles(t)...)
	if code := Main(args, nil, &out, &errOut); code != exitBadUsage {
		t.Errorf("exit %d, want %d", code, exitBadUsage)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("the board was written anyway")
	}
	if !strings.Contains(errOut.String(), "NCT00000000") {
		t.Errorf("message %q", errOut.String())
	}
}

func TestNewerBoardIsExplained(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.tcboard")
	if err := os.WriteFile(path, []byte(`{"format": "trialcompare-board", "version": 9, "trials": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := Main([]string{"inspect", path}, nil, &out, &errOut); code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if msg := out.String(); !strings.Contains(msg, path+": it was saved by a newer TrialCompare") || !strings.Contains(msg, "version 9") {
		t.Errorf("message %q", msg)
	}
}

// TestBoardOverTwentyMiB reads a board larger than a document may be: its
// documents still keep the readers' 20 MiB limit each, while a plain file
// of that size is refused before it is read.
func TestBoardOverTwentyMiB(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(seedFiles(t)[3])
	if err != nil {
		t.Fatal(err)
	}
	big := strings.Repeat("NCT01234567 Phase 1 padding\n", (21<<20)/28)
	docs, err := json.Marshal([]map[string]string{{"name": "seed.txt", "encoding": "text", "data": string(seed)}, {"name": "big.txt", "encoding": "text", "data": big}})
	if err != nil {
		t.Fatal(err)
	}
	// A board file begins with its format and version.
	data := []byte(`{"format": "trialcompare-board", "version": 1, "trials": [{"document": 0, "index": 0, "selected": true}, {"document": 1, "index": 0, "selected": true}], "documents": ` + string(docs) + `}`)
	path := filepath.Join(dir, "big.tcboard")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := Main([]string{"inspect", path}, nil, &out, &errOut); code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	if text := out.String(); !strings.Contains(text, "NCT06803875") || !strings.Contains(text, path+" › big.txt: the file is larger than 20 MiB") {
		t.Errorf("output:\n%.400s", text)
	}
	plain := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(plain, []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	Main([]string{"inspect", plain}, nil, &out, &errOut)
	if !strings.Contains(out.String(), plain+": the file is larger than 20 MiB") {
		t.Errorf("a plain file over 20 MiB: %.300s", out.String())
	}
}
