package board

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzUnmarshal feeds the board reader arbitrary bytes: it never panics,
// and a board it accepts opens without a panic either.
func FuzzUnmarshal(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "003_122420f88e2d3046.txt"))
	if err != nil {
		f.Fatal(err)
	}
	b := Board{Title: "t", Note: "n"}
	b.AddDocument("a.txt", data)
	b.Trials = []Entry{{Selected: true, Note: "x"}}
	good, err := Marshal(b)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	b.Trials[0].Registry = &Registry{Record: []byte(`{"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}}}`), Fetched: time.Unix(0, 0)}
	withRecord, err := Marshal(b)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(withRecord)
	f.Add([]byte(`{"format": "trialcompare-board", "version": 2}`))
	f.Add([]byte(`{"format": "trialcompare-board", "version": 1, "documents": [{"name": "../x", "encoding": "base64", "data": "TkNUMDEyMzQ1Njc="}], "trials": [{"document": 0, "index": 0}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Unmarshal(data)
		if err != nil {
			return
		}
		opened := b.Open("fuzz.tcboard")
		if len(opened.Items) > len(b.Trials) {
			t.Errorf("%d items from %d entries", len(opened.Items), len(b.Trials))
		}
	})
}
