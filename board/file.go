package board

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// Format is the name a board file gives its format.
const Format = "trialcompare-board"

// Version is the newest version of the format this program reads and the
// one it writes.
const Version = 1

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
	Title string    `json:"title"`
	Date  string    `json:"date"`
	Note  string    `json:"note"`
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
}

type fileEntry struct {
	Document int    `json:"document"`
	Index    int    `json:"index"`
	NCTID    string `json:"nct_id"`
	Selected bool   `json:"selected"`
	Note     string `json:"note"`
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
