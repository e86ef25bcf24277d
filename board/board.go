package board

import (
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// Board is a tumor board's preparation.
type Board struct {
	Title string
	// Date is the board's date, "YYYY-MM-DD", or "".
	Date string
	// Note is the board's own note.
	Note string
	// Documents are the source documents, each embedded whole.
	Documents []Document
	// Trials are the board's trials in their order.
	Trials []Entry
	Print  PrintChoices
	// Patient is saved only when the user ticks "save the patient with
	// this board"; nil otherwise.
	Patient *PatientForm
	// Saved is when the board was last saved; zero when not known (a
	// board of version 1).
	Saved time.Time
}

// Document is one source document as it was read: its name (a label, never
// opened) and its bytes.
type Document struct {
	Name string
	Data []byte
}

// Entry is one trial of a board: which document and which of its trials,
// whether it is in the comparison, and its note.
type Entry struct {
	// Document indexes Board.Documents.
	Document int
	// Index is the trial's place among the trials read from the document.
	Index int
	// NCTID is the trial's NCT number when saved, checked on opening.
	NCTID    string
	Selected bool
	Note     string
	// Registry is the ClinicalTrials.gov record the trial was last
	// checked against or refreshed from; nil when none.
	Registry *Registry
}

// Registry is the ClinicalTrials.gov record a board keeps for a trial, so
// that the board opens offline with the values it was saved with, and
// what changed since can be told.
type Registry struct {
	// Record is the record's JSON exactly as ClinicalTrials.gov served it.
	Record []byte
	// Fetched is when it was fetched.
	Fetched time.Time
	// Filled are the fields the check filled in from it, when the board
	// was saved.
	Filled []model.Field
}

// PrintChoices are the export choices saved with a board, in the words the
// command line takes: paper "a4" or "letter", sections "overview",
// "criteria" or "all", and the overview's row keys.
type PrintChoices struct {
	Paper    string
	Sections string
	// Rows are the overview's row keys, comma-separated.
	Rows string
}

// PatientForm is the patient as the user described it, in the words of the
// patient form and the command line: "7y", "B-ALL", "CD19+", "car-t:6m".
type PatientForm struct {
	Age       string
	Diagnosis string
	Markers   []string
	Priors    []string
	// CNS is 1, 2 or 3; 0 when not given.
	CNS int
	// Other are the other facts, one a line as the form takes them
	// ("lansky 70", "lab bilirubin 1.2 xULN").
	Other []string
}

// AddDocument embeds a document and returns its index.
func (b *Board) AddDocument(name string, data []byte) int {
	b.Documents = append(b.Documents, Document{Name: name, Data: data})
	return len(b.Documents) - 1
}
