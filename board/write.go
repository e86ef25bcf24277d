package board

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"time"
	"unicode/utf8"
)

// Write writes a board to w as its file holds it, indented JSON, one
// document at a time, so that a large board is never held in memory whole.
// It refuses, before writing anything, a board of more trials or documents
// than TrialCompare opens, and stops with ErrTooBig as soon as what it has
// written passes MaxSize: a board it writes always opens.
func Write(w io.Writer, b Board) error {
	if len(b.Trials) > MaxTrials {
		return ErrTooManyTrials
	}
	if len(b.Documents) > MaxDocuments {
		return ErrTooManyDocuments
	}
	if rawSize(b) > MaxSize {
		return ErrTooBig
	}
	return writeBoard(&limitedWriter{w: w, left: MaxSize}, b)
}

// rawSize is the bytes of a board's documents and registry records: its
// file is never smaller.
func rawSize(b Board) int64 {
	var n int64
	for _, d := range b.Documents {
		n += int64(len(d.Data))
	}
	for _, e := range b.Trials {
		if e.Registry != nil {
			n += int64(len(e.Registry.Record))
		}
	}
	return n
}

// fileEntries returns the trials as the file lists them, and the registry
// records they name, each record kept once.
func fileEntries(b Board) ([]fileEntry, []Document) {
	entries := make([]fileEntry, len(b.Trials))
	var records []Document
	index := map[[sha256.Size]byte]int{}
	for i, e := range b.Trials {
		entries[i] = fileEntry{Document: e.Document, Index: e.Index, NCTID: e.NCTID, Selected: e.Selected, Note: e.Note}
		r := e.Registry
		if r == nil {
			continue
		}
		sum := sha256.Sum256(r.Record)
		k, ok := index[sum]
		if !ok {
			k = len(records)
			index[sum] = k
			records = append(records, Document{Name: recordName(e.NCTID), Data: r.Record})
		}
		entries[i].Registry = &fileRegistry{Record: k, Fetched: r.Fetched.UTC().Format(time.RFC3339), Filled: fieldNames(r.Filled)}
	}
	return entries, records
}

// writeBoard writes the file's head, its trials, its documents and then
// the registry records, in the layout json.MarshalIndent gives the whole.
func writeBoard(w io.Writer, b Board) error {
	head := fileHead{fileHeader: fileHeader{Format: Format, Version: Version}, Title: b.Title, Date: b.Date, Note: b.Note}
	if !b.Saved.IsZero() {
		head.Saved = b.Saved.UTC().Format(time.RFC3339)
	}
	head.Print = filePrint{Paper: b.Print.Paper, Sections: b.Print.Sections, Rows: b.Print.Rows}
	if b.Patient != nil {
		p := b.Patient
		head.PatientSaved = true
		head.Patient = &filePatient{Age: p.Age, Diagnosis: p.Diagnosis, Markers: nonNil(p.Markers), Priors: nonNil(p.Priors), CNS: p.CNS, Other: p.Other}
	}
	data, err := json.MarshalIndent(head, "", "  ")
	if err != nil {
		return err
	}
	// The head's closing brace gives way to the trials and documents.
	data = bytes.TrimSuffix(data, []byte("\n}"))
	entries, records := fileEntries(b)
	trials, err := json.MarshalIndent(entries, "  ", "  ")
	if err != nil {
		return err
	}
	data = append(append(append(data, ",\n  \"trials\": "...), trials...), ",\n  \"documents\": ["...)
	if _, err := w.Write(data); err != nil {
		return err
	}
	if err := writeDocuments(w, b.Documents); err != nil {
		return err
	}
	if len(records) > 0 {
		if _, err := io.WriteString(w, ",\n  \"records\": ["); err != nil {
			return err
		}
		if err := writeDocuments(w, records); err != nil {
			return err
		}
	}
	_, err = io.WriteString(w, "\n}\n")
	return err
}

// writeDocuments writes the elements of a list of documents, one at a
// time, and closes the list.
func writeDocuments(w io.Writer, docs []Document) error {
	for i, d := range docs {
		doc, err := json.MarshalIndent(encodeDocument(d), "    ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n    "
		if i == 0 {
			sep = "\n    "
		}
		if _, err := w.Write(append([]byte(sep), doc...)); err != nil {
			return err
		}
	}
	end := "\n  ]"
	if len(docs) == 0 {
		end = "]"
	}
	_, err := io.WriteString(w, end)
	return err
}

// limitedWriter passes at most left bytes to w and fails with ErrTooBig
// on any more.
type limitedWriter struct {
	w    io.Writer
	left int64
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.left {
		return 0, ErrTooBig
	}
	l.left -= int64(len(p))
	return l.w.Write(p)
}

// Marshal returns a board as its file holds it (see Write).
func Marshal(b Board) ([]byte, error) {
	var buf bytes.Buffer
	if err := Write(&buf, b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodeDocument keeps a document's bytes as text when that is lossless
// (valid UTF-8 with no byte order mark), else in base64.
func encodeDocument(d Document) fileDocument {
	if utf8.Valid(d.Data) && !bytes.HasPrefix(d.Data, []byte{0xEF, 0xBB, 0xBF}) {
		return fileDocument{Name: d.Name, Encoding: encodingText, Data: string(d.Data)}
	}
	return fileDocument{Name: d.Name, Encoding: encodingBase64, Data: base64.StdEncoding.EncodeToString(d.Data)}
}
