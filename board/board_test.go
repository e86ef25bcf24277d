package board

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seed returns a seed document's bytes.
func seed(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// sampleBoard is a board of two seed documents, the second out of the
// comparison, with notes.
func sampleBoard(t *testing.T) Board {
	b := Board{Title: "Tumor board 25 Nov", Date: "2026-11-25", Note: "Bring the MRD results."}
	b.Print = PrintChoices{Paper: "a4", Sections: "overview", Rows: "phase,status"}
	listing := b.AddDocument("003_122420f88e2d3046.txt", seed(t, "003_122420f88e2d3046.txt"))
	classic := b.AddDocument("004.txt", seed(t, "004_1517137e1f039c7a.txt"))
	b.Trials = []Entry{
		{Document: classic, Index: 0, Selected: false, Note: "ask CHOP about slots"},
		{Document: listing, Index: 0, NCTID: "NCT06803875", Selected: true, Note: "Dr. K: CD22 status pending"},
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	b := sampleBoard(t)
	data, err := Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if !IsBoard(data) {
		t.Fatal("IsBoard is false for a board written by Marshal")
	}
	got, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != b.Title || got.Date != b.Date || got.Note != b.Note || got.Print != b.Print || got.Patient != nil {
		t.Errorf("board fields changed: %+v", got)
	}
	for i := range b.Documents {
		if !bytes.Equal(got.Documents[i].Data, b.Documents[i].Data) {
			t.Errorf("document %d changed", i)
		}
	}
	opened := got.Open("board.tcboard")
	if len(opened.Failed) != 0 {
		t.Fatalf("failed: %v", opened.Failed)
	}
	if len(opened.Items) != 2 {
		t.Fatalf("%d items, want 2", len(opened.Items))
	}
	second := opened.Items[1]
	if second.Trial.NCTID != "NCT06803875" || !second.Selected || second.Trial.UserNote != "Dr. K: CD22 status pending" {
		t.Errorf("second item = %s selected %v note %q", second.Trial.NCTID, second.Selected, second.Trial.UserNote)
	}
	if opened.Items[0].Selected || opened.Items[0].Trial.UserNote != "ask CHOP about slots" {
		t.Errorf("first item: selected %v note %q", opened.Items[0].Selected, opened.Items[0].Trial.UserNote)
	}
	if src := second.Trial.Source.File; src != "board.tcboard › 003_122420f88e2d3046.txt" {
		t.Errorf("source = %q", src)
	}
	if sel := opened.SelectedTrials(); len(sel) != 1 || sel[0].NCTID != "NCT06803875" {
		t.Errorf("selected trials = %v", sel)
	}
}

func TestBinaryDocumentsKeepTheirBytes(t *testing.T) {
	utf16 := []byte{0xFF, 0xFE, 'N', 0, 'C', 0, 'T', 0}
	b := Board{Documents: []Document{{Name: "a.txt", Data: utf16}, {Name: "bom.txt", Data: []byte("\xEF\xBB\xBFNCT01234567")}}}
	data, err := Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	for i := range b.Documents {
		if !bytes.Equal(got.Documents[i].Data, b.Documents[i].Data) {
			t.Errorf("document %d: %q, want %q", i, got.Documents[i].Data, b.Documents[i].Data)
		}
	}
}

func TestPatientOnlyWhenChosen(t *testing.T) {
	b := sampleBoard(t)
	data, _ := Marshal(b)
	if bytes.Contains(data, []byte(`"patient":`)) || !bytes.Contains(data, []byte(`"patient_saved": false`)) {
		t.Errorf("a board without a patient mentions one:\n%s", data[:300])
	}
	b.Patient = &PatientForm{Age: "7y", Diagnosis: "B-ALL", Markers: []string{"CD19+"}, CNS: 2}
	data, _ = Marshal(b)
	if !bytes.Contains(data, []byte(`"patient_saved": true`)) {
		t.Error("the file does not say the patient was saved")
	}
	got, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Patient == nil || got.Patient.Age != "7y" || got.Patient.CNS != 2 || got.Patient.Markers[0] != "CD19+" {
		t.Errorf("patient = %+v", got.Patient)
	}
}

func TestNewerVersion(t *testing.T) {
	_, err := Unmarshal([]byte(`{"format": "trialcompare-board", "version": 7, "trials": []}`))
	if !errors.Is(err, ErrNewer) {
		t.Fatalf("err = %v, want ErrNewer", err)
	}
	if !strings.Contains(err.Error(), "version 7") || !strings.Contains(err.Error(), "update TrialCompare") {
		t.Errorf("message %q does not say what to do", err)
	}
}

func TestRefused(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
	}{
		{"not json", "NCT01234567 a trial", "not a TrialCompare board"},
		{"other json", `{"studies": []}`, "not a TrialCompare board"},
		{"damaged", `{"format": "trialcompare-board", "version": 1, "trials": [`, "damaged"},
		{"no version", `{"format": "trialcompare-board"}`, "no valid version"},
		{"bad index", `{"format": "trialcompare-board", "version": 1, "documents": [], "trials": [{"document": 3}]}`, "does not embed"},
		{"negative index", `{"format": "trialcompare-board", "version": 1, "documents": [{"name": "a", "encoding": "text", "data": "x"}], "trials": [{"document": 0, "index": -1}]}`, "does not embed"},
		{"bad base64", `{"format": "trialcompare-board", "version": 1, "documents": [{"name": "a", "encoding": "base64", "data": "!!"}]}`, "base64"},
		{"unknown encoding", `{"format": "trialcompare-board", "version": 1, "documents": [{"name": "a", "encoding": "zip", "data": ""}]}`, "unknown encoding"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want one saying %q", err, tc.want)
			}
		})
	}
}

func TestSizeCap(t *testing.T) {
	data := make([]byte, MaxSize+1)
	copy(data, `{"format": "trialcompare-board", "version": 1}`)
	if _, err := Unmarshal(data); !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

// TestEmbeddedDocumentsKeepTheReadersLimits checks that an embedded
// document over the readers' 20 MiB is refused as a file on disk is, and
// the other trials still open.
func TestEmbeddedDocumentsKeepTheReadersLimits(t *testing.T) {
	b := sampleBoard(t)
	big := b.AddDocument("big.txt", bytes.Repeat([]byte("NCT01234567 Phase 1\n"), (20<<20)/20+1))
	b.Trials = append(b.Trials, Entry{Document: big, Selected: true})
	opened := b.Open("board.tcboard")
	if len(opened.Items) != 2 || len(opened.Failed) != 1 {
		t.Fatalf("%d items and %d failed, want 2 and 1", len(opened.Items), len(opened.Failed))
	}
	if msg := opened.Failed[0].Err.Error(); !strings.Contains(msg, "board.tcboard › big.txt") || !strings.Contains(msg, "20 MiB") {
		t.Errorf("message %q", msg)
	}
}

// TestStoredPathIsNeverOpened stores a document whose name is the path of
// a real file with other content: opening the board reads only the
// embedded bytes, and the name becomes a label without its folders.
func TestStoredPathIsNeverOpened(t *testing.T) {
	dir := t.TempDir()
	onDisk := filepath.Join(dir, "trial.txt")
	if err := os.WriteFile(onDisk, seed(t, "004_1517137e1f039c7a.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := map[string]any{
		"format": Format, "version": 1,
		"documents": []map[string]string{{"name": onDisk, "encoding": "text", "data": string(seed(t, "003_122420f88e2d3046.txt"))}, {"name": onDisk, "encoding": "text", "data": ""}},
		"trials":    []map[string]any{{"document": 0, "index": 0, "selected": true}, {"document": 1, "index": 0, "selected": true}},
	}
	data, _ := json.Marshal(f)
	b, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if b.Documents[0].Name != "trial.txt" {
		t.Errorf("name = %q, want the last element only", b.Documents[0].Name)
	}
	opened := b.Open("x.tcboard")
	if len(opened.Items) != 1 || opened.Items[0].Trial.NCTID != "NCT06803875" {
		t.Fatalf("items = %+v", opened.Items)
	}
	if len(opened.Failed) != 1 || !strings.Contains(opened.Failed[0].Err.Error(), "empty") {
		t.Errorf("the empty embedded document was not refused as empty: %v", opened.Failed)
	}
}

func TestEntryThatNoLongerMatches(t *testing.T) {
	b := sampleBoard(t)
	b.Trials[1].NCTID = "NCT00000000"
	b.Trials = append(b.Trials, Entry{Document: 0, Index: 5})
	opened := b.Open("b.tcboard")
	if len(opened.Items) != 1 || len(opened.Failed) != 2 {
		t.Fatalf("%d items and %d failed, want 1 and 2", len(opened.Items), len(opened.Failed))
	}
}

func TestLabel(t *testing.T) {
	for in, want := range map[string]string{
		"/etc/passwd": "passwd", `C:\Users\k\a.json`: "a.json", "../..": "document", "": "document", "a\x00b\n.txt": "ab.txt", "dir/": "dir",
	} {
		if got := label(in); got != want {
			t.Errorf("label(%q) = %q, want %q", in, got, want)
		}
	}
}
