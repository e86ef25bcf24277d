package board

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

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

// The reasons a board file is refused, or not written.
var (
	ErrTooLarge = errors.New("the board file is larger than 200 MiB")
	// ErrTooBig, ErrTooManyTrials and ErrTooManyDocuments are why a board
	// is not written: TrialCompare would not open it.
	ErrTooBig           = errors.New("the board would be larger than 200 MiB, which TrialCompare does not open; leave out some files")
	ErrTooManyTrials    = errors.New("the board would list more than 20,000 trials, which TrialCompare does not open; leave out some files")
	ErrTooManyDocuments = errors.New("the board would embed more than 20,000 documents, which TrialCompare does not open; leave out some files")
	ErrNotABoard        = errors.New("it is not a TrialCompare board (no \"format\": \"" + Format + "\")")
	ErrNewer            = errors.New("it was saved by a newer TrialCompare; update TrialCompare to open it")
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

// fileHead is what a board file holds before its trials and documents.
type fileHead struct {
	fileHeader
	Title string `json:"title"`
	Date  string `json:"date"`
	Note  string `json:"note"`
	// Saved is when the board was saved, RFC 3339; version 2.
	Saved string    `json:"saved,omitempty"`
	Print filePrint `json:"print"`
	// PatientSaved says whether the user chose to save the patient.
	PatientSaved bool         `json:"patient_saved"`
	Patient      *filePatient `json:"patient,omitempty"`
}

type filePrint struct {
	Paper    string `json:"paper"`
	Sections string `json:"sections"`
	Rows     string `json:"rows"`
}

type filePatient struct {
	Age       string   `json:"age"`
	Diagnosis string   `json:"diagnosis"`
	Markers   []string `json:"markers"`
	Priors    []string `json:"priors"`
	CNS       int      `json:"cns"`
	Other     []string `json:"other,omitempty"`
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
