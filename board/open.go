package board

import (
	"fmt"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// Item is one trial of an opened board, with its place in the comparison
// and its note (in Trial.UserNote).
type Item struct {
	// Trial is the trial as the board shows it: Page with the registry
	// record applied, when the board keeps one.
	Trial model.Trial
	// Page is the trial as read from its document, with its note.
	Page model.Trial
	// Registry is the ClinicalTrials.gov record the board keeps for the
	// trial; nil when none.
	Registry *Registry
	Selected bool
	// Document is the embedded document it was read from, and Index the
	// trial's place among the document's trials.
	Document *Document
	Index    int
}

// Opened is what opening a board gives: its trials in order, and the
// documents or entries that could not be read, each with a message that
// names it.
type Opened struct {
	Items  []Item
	Failed []ingest.Result
}

// Open reads a board's embedded documents with the same readers and limits
// as files on disk and lines up its trials in order, each with the
// registry record the board keeps for it applied, so that it shows the
// values it was saved with. boardName labels every trial's source
// ("board.tcboard › study.json"). A document that cannot be read, or an
// entry that no longer matches its document, is reported and the other
// trials still open.
func (b Board) Open(boardName string) Opened {
	results := make([]ingest.Result, len(b.Documents))
	read := make([]bool, len(b.Documents))
	var out Opened
	for i, e := range b.Trials {
		doc := &b.Documents[e.Document]
		if !read[e.Document] {
			results[e.Document] = ingest.Read(SourceName(boardName, doc.Name), doc.Data)
			read[e.Document] = true
			if r := results[e.Document]; r.Err != nil {
				out.Failed = append(out.Failed, r)
			}
		}
		r := results[e.Document]
		if r.Err != nil {
			continue
		}
		if e.Index >= len(r.Trials) {
			out.Failed = append(out.Failed, ingest.Result{File: r.File, Err: fmt.Errorf("%s: trial %d of the board is study %d of this document, which holds %d", r.File, i+1, e.Index+1, len(r.Trials))})
			continue
		}
		t := r.Trials[e.Index]
		if e.NCTID != "" && t.NCTID != e.NCTID {
			out.Failed = append(out.Failed, ingest.Result{File: r.File, Err: fmt.Errorf("%s: trial %d of the board should be %s, but the document gives %q there", r.File, i+1, e.NCTID, t.NCTID)})
			continue
		}
		t.UserNote = e.Note
		item := Item{Trial: t, Page: t, Registry: e.Registry, Selected: e.Selected, Document: doc, Index: e.Index}
		if e.Registry != nil {
			item.Trial = applyRegistry(t, e.Registry, boardName)
		}
		out.Items = append(out.Items, item)
	}
	return out
}

// SelectedTrials returns the trials in the comparison, in order.
func (o Opened) SelectedTrials() []model.Trial {
	var out []model.Trial
	for _, it := range o.Items {
		if it.Selected {
			out = append(out, it.Trial)
		}
	}
	return out
}

// SourceName names an embedded document in messages and in a trial's
// source: "board.tcboard › study.json".
func SourceName(boardName, docName string) string {
	return boardName + " › " + docName
}
