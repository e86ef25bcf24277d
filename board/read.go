package board

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/model/ingest"
)

// Unmarshal reads a board file's bytes. It checks the format, the version
// and every index, and returns the board with its documents still unread
// (see Open). The documents are decoded one at a time, so that a large
// board is held once as the file's bytes and once as its documents'.
func Unmarshal(data []byte) (Board, error) {
	if len(data) > MaxSize {
		return Board{}, ErrTooLarge
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	var h fileHeader
	if err := json.Unmarshal(data, &h); err != nil || h.Format != Format {
		if err != nil && IsBoard(data) {
			return Board{}, damaged(err, data, 0, "")
		}
		return Board{}, ErrNotABoard
	}
	switch {
	case h.Version > Version:
		return Board{}, fmt.Errorf("%w (the file is version %d; this TrialCompare reads version %d)", ErrNewer, h.Version, Version)
	case h.Version < 1:
		return Board{}, fmt.Errorf("the board file has no valid version (%d)", h.Version)
	}
	b, err := decodeBoard(data)
	if err != nil {
		return Board{}, err
	}
	for i, e := range b.Trials {
		if e.Document < 0 || e.Document >= len(b.Documents) || e.Index < 0 {
			return Board{}, fmt.Errorf("trial %d of the board names a document it does not embed", i+1)
		}
	}
	return b, nil
}

// boardDecoder reads a board file's object key by key; data is valid JSON.
type boardDecoder struct {
	data []byte
	dec  *json.Decoder
}

// decodeBoard reads the fields of a board file that is valid JSON.
func decodeBoard(data []byte) (Board, error) {
	d := boardDecoder{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	if _, err := d.dec.Token(); err != nil {
		return Board{}, d.problem(err, "")
	}
	var b Board
	var head fileHead
	var entries []fileEntry
	var records [][]byte
	for d.dec.More() {
		tok, err := d.dec.Token()
		if err != nil {
			return Board{}, d.problem(err, "")
		}
		key, _ := tok.(string)
		switch strings.ToLower(key) {
		case "title":
			err = d.value(key, &head.Title)
		case "date":
			err = d.value(key, &head.Date)
		case "note":
			err = d.value(key, &head.Note)
		case "saved":
			err = d.value(key, &head.Saved)
		case "print":
			err = d.value(key, &head.Print)
		case "patient_saved":
			err = d.value(key, &head.PatientSaved)
		case "patient":
			err = d.value(key, &head.Patient)
		case "trials":
			entries, err = d.trials(key)
		case "documents":
			b.Documents, err = d.documents(key, "document")
		case "records":
			var docs []Document
			docs, err = d.documents(key, "registry record")
			records = records[:0]
			for _, doc := range docs {
				records = append(records, doc.Data)
			}
		default:
			err = d.value(key, &json.RawMessage{})
		}
		if err != nil {
			return Board{}, err
		}
	}
	b.Title, b.Date, b.Note = head.Title, head.Date, head.Note
	if head.Saved != "" {
		saved, err := time.Parse(time.RFC3339, head.Saved)
		if err != nil {
			return Board{}, fmt.Errorf("the board's time of saving %q is damaged", head.Saved)
		}
		b.Saved = saved
	}
	b.Trials = make([]Entry, len(entries))
	for i, e := range entries {
		b.Trials[i] = Entry{Document: e.Document, Index: e.Index, NCTID: e.NCTID, Selected: e.Selected, Note: e.Note}
		if e.Registry != nil {
			r, err := registryOf(*e.Registry, records)
			if err != nil {
				return Board{}, fmt.Errorf("trial %d of the board: %w", i+1, err)
			}
			b.Trials[i].Registry = r
		}
	}
	b.Print = PrintChoices{Paper: head.Print.Paper, Sections: head.Print.Sections, Rows: head.Print.Rows}
	if head.PatientSaved && head.Patient != nil {
		p := head.Patient
		b.Patient = &PatientForm{Age: p.Age, Diagnosis: p.Diagnosis, Markers: p.Markers, Priors: p.Priors, CNS: p.CNS, Other: p.Other}
	}
	return b, nil
}

// value decodes the value of key into v.
func (d *boardDecoder) value(key string, v any) error {
	if err := d.dec.Decode(v); err != nil {
		return d.problem(err, key)
	}
	return nil
}

// list reads the list under key, calling each for every element; null is
// an empty list.
func (d *boardDecoder) list(key string, each func(n int) error) error {
	tok, err := d.dec.Token()
	if err != nil {
		return d.problem(err, key)
	}
	if tok == nil {
		return nil
	}
	if tok != json.Delim('[') {
		return fmt.Errorf("the board file is damaged: its field %s is not a list", key)
	}
	for n := 0; d.dec.More(); n++ {
		if err := each(n); err != nil {
			return err
		}
	}
	_, err = d.dec.Token()
	return err
}

// trials reads the list of trials, up to MaxTrials of them.
func (d *boardDecoder) trials(key string) ([]fileEntry, error) {
	var out []fileEntry
	err := d.list(key, func(n int) error {
		if n == MaxTrials {
			return fmt.Errorf("the board lists more than the %d trials TrialCompare opens", MaxTrials)
		}
		var e fileEntry
		if err := d.value(fmt.Sprintf("%s[%d]", key, n), &e); err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// documents reads a list of embedded documents (what names them in
// messages), up to MaxDocuments of them, one at a time.
func (d *boardDecoder) documents(key, what string) ([]Document, error) {
	var out []Document
	err := d.list(key, func(n int) error {
		if n == MaxDocuments {
			return fmt.Errorf("the board embeds more than the %d %ss TrialCompare opens", MaxDocuments, what)
		}
		var f fileDocument
		if err := d.value(fmt.Sprintf("%s[%d]", key, n), &f); err != nil {
			return err
		}
		doc, err := decodeDocument(f)
		if err != nil {
			return fmt.Errorf("%s %d of the board: %w", what, n+1, err)
		}
		out = append(out, doc)
		return nil
	})
	return out, err
}

// problem words a decoding error in the value of key.
func (d *boardDecoder) problem(err error, key string) error {
	return damaged(err, d.data, d.dec.InputOffset(), key)
}

// damaged words what is wrong with a board file's JSON, never in Go's own
// terms: where its syntax breaks, or which field holds the wrong kind of
// value. offset is about where the decoder was, and key the field whose
// value it was decoding.
func damaged(err error, data []byte, offset int64, key string) error {
	var syntax *json.SyntaxError
	var wrongType *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax) && syntax.Error() == "unexpected end of JSON input":
		return errors.New("the board file is damaged: it stops in the middle, so it is cut short")
	case errors.As(err, &syntax):
		detail := strings.TrimPrefix(syntax.Error(), "json: ")
		if rest, ok := strings.CutPrefix(detail, "invalid character "); ok {
			detail = "unexpected character " + rest
		}
		return fmt.Errorf("the board file is damaged: its JSON is broken at line %d (%s)", lineAt(data, syntax.Offset), detail)
	case errors.As(err, &wrongType):
		field := key
		if wrongType.Field != "" {
			field = strings.TrimPrefix(key+"."+wrongType.Field, ".")
		}
		return fmt.Errorf("the board file is damaged: its field %s (line %d) is %s, where a board has %s", field, lineAt(data, offset), ingest.JSONValueKind(wrongType.Value), ingest.FieldKind(wrongType.Type))
	}
	return fmt.Errorf("the board file is damaged: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// lineAt returns the 1-based line of data that holds byte offset.
func lineAt(data []byte, offset int64) int {
	return bytes.Count(data[:min(max(offset, 0), int64(len(data)))], []byte("\n")) + 1
}
