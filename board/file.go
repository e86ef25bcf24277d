package board

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
)

// Format is the name a board file gives its format.
const Format = "trialcompare-board"

// Version is the newest version of the format this program reads and the
// one it writes. Version 2 added the time the board was saved and, per
// trial, the ClinicalTrials.gov record it was last checked against;
// version 1 boards still open.
const Version = 2

// Extension is a board file's name ending.
const Extension = ".tcboard"

// The limits on a board file. A document embedded in it is also held to
// the readers' own limit (20 MiB), as a file on disk is.
const (
	// MaxSize is the largest board file read, 200 MiB.
	MaxSize = 200 << 20
	// MaxDocuments is the most documents a board embeds.
	MaxDocuments = 20000
	// MaxTrials is the most trials a board lists.
	MaxTrials = 20000
)

// The reasons a board file is refused.
var (
	ErrTooLarge  = errors.New("the board file is larger than 200 MiB")
	ErrNotABoard = errors.New("it is not a TrialCompare board (no \"format\": \"" + Format + "\")")
	ErrNewer     = errors.New("it was saved by a newer TrialCompare; update TrialCompare to open it")
)

// The encodings of an embedded document's bytes.
const (
	encodingText   = "text"
	encodingBase64 = "base64"
)

// fileHeader is what is read first: the format's name and version.
type fileHeader struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

// fileBoard is a board as its file writes it.
type fileBoard struct {
	fileHeader
	Title string `json:"title"`
	Date  string `json:"date"`
	Note  string `json:"note"`
	Print struct {
		Paper    string `json:"paper"`
		Sections string `json:"sections"`
		Rows     string `json:"rows"`
	} `json:"print"`
	// PatientSaved says whether the user chose to save the patient.
	PatientSaved bool         `json:"patient_saved"`
	Patient      *filePatient `json:"patient,omitempty"`
	// Saved is when the board was saved, RFC 3339; version 2.
	Saved     string         `json:"saved,omitempty"`
	Trials    []fileEntry    `json:"trials"`
	Documents []fileDocument `json:"documents"`
	// Records are the ClinicalTrials.gov records the trials name; version 2.
	Records []fileDocument `json:"records,omitempty"`
}

type filePatient struct {
	Age       string   `json:"age"`
	Diagnosis string   `json:"diagnosis"`
	Markers   []string `json:"markers"`
	Priors    []string `json:"priors"`
	CNS       int      `json:"cns"`
}

type fileEntry struct {
	Document int           `json:"document"`
	Index    int           `json:"index"`
	NCTID    string        `json:"nct_id"`
	Selected bool          `json:"selected"`
	Note     string        `json:"note"`
	Registry *fileRegistry `json:"registry,omitempty"`
}

// fileRegistry is a trial's registry record: its place in Records, when it
// was fetched (RFC 3339) and the fields a check filled in from it.
type fileRegistry struct {
	Record  int      `json:"record"`
	Fetched string   `json:"fetched"`
	Filled  []string `json:"filled"`
}

// fileDocument is an embedded document: its bytes as text when they are
// UTF-8, else in base64.
type fileDocument struct {
	Name     string `json:"name"`
	Encoding string `json:"encoding"`
	Data     string `json:"data"`
}

// Marshal writes a board as its file holds it, indented JSON.
func Marshal(b Board) ([]byte, error) {
	f := fileBoard{fileHeader: fileHeader{Format: Format, Version: Version}, Title: b.Title, Date: b.Date, Note: b.Note}
	f.Print.Paper, f.Print.Sections, f.Print.Rows = b.Print.Paper, b.Print.Sections, b.Print.Rows
	if b.Patient != nil {
		p := b.Patient
		f.PatientSaved = true
		f.Patient = &filePatient{Age: p.Age, Diagnosis: p.Diagnosis, Markers: nonNil(p.Markers), Priors: nonNil(p.Priors), CNS: p.CNS}
	}
	if !b.Saved.IsZero() {
		f.Saved = b.Saved.UTC().Format(time.RFC3339)
	}
	records := map[[sha256.Size]byte]int{}
	f.Trials = make([]fileEntry, len(b.Trials))
	for i, e := range b.Trials {
		f.Trials[i] = fileEntry{Document: e.Document, Index: e.Index, NCTID: e.NCTID, Selected: e.Selected, Note: e.Note}
		if r := e.Registry; r != nil {
			sum := sha256.Sum256(r.Record)
			k, ok := records[sum]
			if !ok {
				k = len(f.Records)
				records[sum] = k
				f.Records = append(f.Records, encodeDocument(Document{Name: recordName(e.NCTID), Data: r.Record}))
			}
			f.Trials[i].Registry = &fileRegistry{Record: k, Fetched: r.Fetched.UTC().Format(time.RFC3339), Filled: fieldNames(r.Filled)}
		}
	}
	f.Documents = make([]fileDocument, len(b.Documents))
	for i, d := range b.Documents {
		f.Documents[i] = encodeDocument(d)
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("writing the board: %w", err)
	}
	return append(data, '\n'), nil
}

// encodeDocument keeps a document's bytes as text when that is lossless
// (valid UTF-8 with no byte order mark), else in base64.
func encodeDocument(d Document) fileDocument {
	if utf8.Valid(d.Data) && !bytes.HasPrefix(d.Data, []byte{0xEF, 0xBB, 0xBF}) {
		return fileDocument{Name: d.Name, Encoding: encodingText, Data: string(d.Data)}
	}
	return fileDocument{Name: d.Name, Encoding: encodingBase64, Data: base64.StdEncoding.EncodeToString(d.Data)}
}

// IsBoard says whether data is a board file of any version, by its content:
// a JSON object that names the format within its first 4 KiB, as Marshal
// writes it first.
func IsBoard(data []byte) bool {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) == 0 || trimmed[0] != '{' {
		return false
	}
	head := trimmed[:min(len(trimmed), 4096)]
	return bytes.Contains(head, []byte(`"`+Format+`"`))
}

// Unmarshal reads a board file's bytes. It checks the format, the version
// and every index, and returns the board with its documents still unread
// (see Open).
func Unmarshal(data []byte) (Board, error) {
	if len(data) > MaxSize {
		return Board{}, ErrTooLarge
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	var h fileHeader
	if err := json.Unmarshal(data, &h); err != nil || h.Format != Format {
		if err != nil && IsBoard(data) {
			return Board{}, fmt.Errorf("the board file is damaged: %w", err)
		}
		return Board{}, ErrNotABoard
	}
	switch {
	case h.Version > Version:
		return Board{}, fmt.Errorf("%w (the file is version %d; this TrialCompare reads version %d)", ErrNewer, h.Version, Version)
	case h.Version < 1:
		return Board{}, fmt.Errorf("the board file has no valid version (%d)", h.Version)
	}
	var f fileBoard
	if err := json.Unmarshal(data, &f); err != nil {
		return Board{}, fmt.Errorf("the board file is damaged: %w", err)
	}
	return fromFile(f)
}

// fromFile checks a decoded file and turns it into a board.
func fromFile(f fileBoard) (Board, error) {
	if len(f.Documents) > MaxDocuments {
		return Board{}, fmt.Errorf("the board embeds %d documents, more than the %d TrialCompare opens", len(f.Documents), MaxDocuments)
	}
	if len(f.Trials) > MaxTrials {
		return Board{}, fmt.Errorf("the board lists %d trials, more than the %d TrialCompare opens", len(f.Trials), MaxTrials)
	}
	if len(f.Records) > MaxDocuments {
		return Board{}, fmt.Errorf("the board keeps %d registry records, more than the %d TrialCompare opens", len(f.Records), MaxDocuments)
	}
	b := Board{Title: f.Title, Date: f.Date, Note: f.Note}
	if f.Saved != "" {
		saved, err := time.Parse(time.RFC3339, f.Saved)
		if err != nil {
			return Board{}, fmt.Errorf("the board's time of saving %q is damaged", f.Saved)
		}
		b.Saved = saved
	}
	b.Print = PrintChoices{Paper: f.Print.Paper, Sections: f.Print.Sections, Rows: f.Print.Rows}
	if f.PatientSaved && f.Patient != nil {
		p := f.Patient
		b.Patient = &PatientForm{Age: p.Age, Diagnosis: p.Diagnosis, Markers: p.Markers, Priors: p.Priors, CNS: p.CNS}
	}
	b.Documents = make([]Document, len(f.Documents))
	for i, d := range f.Documents {
		doc, err := decodeDocument(d)
		if err != nil {
			return Board{}, fmt.Errorf("document %d of the board: %w", i+1, err)
		}
		b.Documents[i] = doc
	}
	records := make([][]byte, len(f.Records))
	for i, d := range f.Records {
		doc, err := decodeDocument(d)
		if err != nil {
			return Board{}, fmt.Errorf("registry record %d of the board: %w", i+1, err)
		}
		records[i] = doc.Data
	}
	b.Trials = make([]Entry, len(f.Trials))
	for i, e := range f.Trials {
		if e.Document < 0 || e.Document >= len(b.Documents) || e.Index < 0 {
			return Board{}, fmt.Errorf("trial %d of the board names a document it does not embed", i+1)
		}
		b.Trials[i] = Entry{Document: e.Document, Index: e.Index, NCTID: e.NCTID, Selected: e.Selected, Note: e.Note}
		if e.Registry != nil {
			r, err := registryOf(*e.Registry, records)
			if err != nil {
				return Board{}, fmt.Errorf("trial %d of the board: %w", i+1, err)
			}
			b.Trials[i].Registry = r
		}
	}
	return b, nil
}

// registryOf checks a trial's registry record in the file.
func registryOf(r fileRegistry, records [][]byte) (*Registry, error) {
	if r.Record < 0 || r.Record >= len(records) {
		return nil, errors.New("it names a registry record the board does not keep")
	}
	fetched, err := time.Parse(time.RFC3339, r.Fetched)
	if err != nil {
		return nil, fmt.Errorf("the date its registry record was fetched, %q, is damaged", r.Fetched)
	}
	filled := make([]model.Field, len(r.Filled))
	for i, name := range r.Filled {
		filled[i] = model.Field(name)
	}
	return &Registry{Record: records[r.Record], Fetched: fetched, Filled: filled}, nil
}

// recordName labels a registry record: "NCT07338357.json".
func recordName(nctID string) string {
	if nctID == "" {
		return "record.json"
	}
	return nctID + ".json"
}

func fieldNames(fields []model.Field) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = string(f)
	}
	return out
}

// decodeDocument restores an embedded document's bytes. Its name is kept
// as a label only: the last element of it, never a path to open.
func decodeDocument(d fileDocument) (Document, error) {
	doc := Document{Name: label(d.Name)}
	switch d.Encoding {
	case encodingText:
		doc.Data = []byte(d.Data)
	case encodingBase64:
		data, err := base64.StdEncoding.DecodeString(d.Data)
		if err != nil {
			return Document{}, fmt.Errorf("%s: its base64 data is damaged: %w", doc.Name, err)
		}
		doc.Data = data
	default:
		return Document{}, fmt.Errorf("%s: unknown encoding %q (TrialCompare knows %q and %q)", doc.Name, d.Encoding, encodingText, encodingBase64)
	}
	return doc, nil
}

// label turns a stored name into a label: its last element, with no folder
// of either kind of separator, and never empty.
func label(name string) string {
	name = strings.TrimRight(name, `/\`)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	name = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if name == "" || name == "." || name == ".." {
		return "document"
	}
	return name
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// headVersion finds a board's version in the first bytes of its file.
var headVersion = regexp.MustCompile(`"version"\s*:\s*(\d{1,9})`)

// RefuseNewer returns ErrNewer, naming both versions, when head, the start
// of a file, is a board saved by a newer TrialCompare: such a file is
// never written over, since this version would write it with less.
func RefuseNewer(head []byte) error {
	if !IsBoard(head) {
		return nil
	}
	m := headVersion.FindSubmatch(head[:min(len(head), 4096)])
	if m == nil {
		return nil
	}
	if v, err := strconv.Atoi(string(m[1])); err == nil && v > Version {
		return fmt.Errorf("%w (the file is version %d; this TrialCompare writes version %d), so it is not written over", ErrNewer, v, Version)
	}
	return nil
}
