package board

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// countingWriter counts what is written to it.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

// TestWriteKeepsTheFileLayout checks that the board written document by
// document reads byte for byte as the whole board indented at once.
func TestWriteKeepsTheFileLayout(t *testing.T) {
	saved := time.Date(2026, 11, 25, 9, 30, 0, 0, time.UTC)
	checked := Registry{Record: []byte(`{"protocolSection":{}}`), Fetched: saved, Filled: []model.Field{model.FieldPhases}}
	withRecords := Board{Saved: saved, Documents: []Document{{Name: "a.txt", Data: []byte("page")}},
		Trials: []Entry{{NCTID: "NCT00000001", Registry: &checked}, {Index: 1, NCTID: "NCT00000002", Registry: &checked}, {Index: 2}}}
	for _, b := range []Board{{}, sampleBoard(t), {Title: "x", Patient: &PatientForm{Age: "7y"}, Documents: []Document{{Name: "a", Data: []byte{0xff}}}}, withRecords} {
		type whole struct {
			fileHead
			Trials    []fileEntry    `json:"trials"`
			Documents []fileDocument `json:"documents"`
			Records   []fileDocument `json:"records,omitempty"`
		}
		w := whole{fileHead: fileHead{fileHeader: fileHeader{Format: Format, Version: Version}, Title: b.Title, Date: b.Date, Note: b.Note}}
		if !b.Saved.IsZero() {
			w.Saved = b.Saved.Format(time.RFC3339)
		}
		w.Print = filePrint{Paper: b.Print.Paper, Sections: b.Print.Sections, Rows: b.Print.Rows}
		if p := b.Patient; p != nil {
			w.PatientSaved = true
			w.Patient = &filePatient{Age: p.Age, Diagnosis: p.Diagnosis, Markers: nonNil(p.Markers), Priors: nonNil(p.Priors), CNS: p.CNS}
		}
		entries, records := fileEntries(b)
		w.Trials, w.Documents = append([]fileEntry{}, entries...), []fileDocument{}
		for _, d := range b.Documents {
			w.Documents = append(w.Documents, encodeDocument(d))
		}
		for _, d := range records {
			w.Records = append(w.Records, encodeDocument(d))
		}
		want, err := json.MarshalIndent(w, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := Write(&got, b); err != nil {
			t.Fatal(err)
		}
		if got.String() != string(want)+"\n" {
			t.Errorf("Write gives\n%s\nwant\n%s", got.String(), want)
		}
	}
}

// TestWriteRefusesWhatWouldNotOpen checks that a board TrialCompare would
// refuse to open is never written: too many trials or documents before a
// byte is written, too large as soon as it passes 200 MiB.
func TestWriteRefusesWhatWouldNotOpen(t *testing.T) {
	text := bytes.Repeat([]byte("NCT01234567 Phase 2\n"), (19<<20)/20)
	binary := bytes.Repeat([]byte{0xff, 0xfe, 0x00}, (19<<20)/3)
	docs := func(data []byte, n int) []Document {
		out := make([]Document, n)
		for i := range out {
			out[i] = Document{Name: "big.txt", Data: data}
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		board   Board
		want    error
		nothing bool
	}{
		{"more trials than open", Board{Documents: docs([]byte("x"), 1), Trials: make([]Entry, MaxTrials+1)}, ErrTooManyTrials, true},
		{"more documents than open", Board{Documents: docs([]byte("x"), MaxDocuments+1)}, ErrTooManyDocuments, true},
		{"documents over 200 MiB", Board{Documents: docs(text, 11)}, ErrTooBig, true},
		{"over 200 MiB once in base64", Board{Documents: docs(binary, 9)}, ErrTooBig, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out countingWriter
			err := Write(&out, tc.board)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if tc.nothing && out.n > 0 {
				t.Errorf("%d bytes written before the refusal", out.n)
			}
			if out.n > MaxSize {
				t.Errorf("%d bytes written, more than %d", out.n, MaxSize)
			}
		})
	}
	var out countingWriter
	if err := Write(&out, Board{Documents: docs(text, 10)}); err != nil {
		t.Errorf("a board of 190 MiB of text: %v", err)
	}
}
