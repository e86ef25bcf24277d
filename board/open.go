package board

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// ErrBoardInBoard is why a board embedded in a board as a document is not
// opened.
var ErrBoardInBoard = errors.New("it is a board kept inside this board as a document; TrialCompare does not open a board within a board, so open the inner board's own file instead")

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
// ("board.tcboard › study.json"). A document that cannot be read, a board
// embedded as a document, or an entry that no longer matches its document,
// is reported and the other trials still open. A trial the board lists
// more than once opens once, with a warning. Of each document, only the
// trials the board lists are kept.
func (b Board) Open(boardName string) Opened {
	var out Opened
	b.OpenInOrder(boardName, Sequential, func(o Opened) bool {
		out.Items = append(out.Items, o.Items...)
		out.Failed = append(out.Failed, o.Failed...)
		return true
	})
	return out
}

// ReadAll reads n documents for OpenInOrder: read(k) reads the k-th (on
// any goroutine), and ReadAll calls got with each, in order k = 0, 1, …, on
// its caller's goroutine, until got returns false.
type ReadAll func(n int, read func(k int) ingest.Result, got func(k int, r ingest.Result) bool)

// Sequential reads documents one after another.
func Sequential(n int, read func(k int) ingest.Result, got func(k int, r ingest.Result) bool) {
	for k := range n {
		if !got(k, read(k)) {
			return
		}
	}
}

// OpenInOrder opens the board as Open does, but hands deliver what it
// opens as it goes, in the board's order, so that a large board is never
// held opened whole: the items and failures of each document as soon as
// the entries before them are delivered. Each embedded document is read
// once, by readAll, in the order the board first lists it, and its trials
// are let go after its last entry. It stops when deliver returns false.
func (b Board) OpenInOrder(boardName string, readAll ReadAll, deliver func(Opened) bool) {
	p := newOpenPlan(b)
	cache := map[int]ingest.Result{}
	next := 0
	readAll(len(p.docs), func(k int) ingest.Result {
		doc := p.docs[k]
		return readDocument(boardName, &b.Documents[doc], p.wanted[doc])
	}, func(k int, r ingest.Result) bool {
		var batch Opened
		if r.Err != nil {
			batch.Failed = append(batch.Failed, r)
		}
		cache[p.docs[k]] = r
		for ; next < len(b.Trials) && p.rank[b.Trials[next].Document] <= k; next++ {
			e := b.Trials[next]
			p.open(&batch, b, boardName, next, cache[e.Document])
			if p.left[e.Document]--; p.left[e.Document] == 0 {
				delete(cache, e.Document)
			}
		}
		if len(batch.Items) == 0 && len(batch.Failed) == 0 {
			return true
		}
		return deliver(batch)
	})
}

// openPlan is what OpenInOrder knows of a board before it reads it.
type openPlan struct {
	// docs are the documents the entries name, in the order first named,
	// and rank is each one's place among them.
	docs []int
	rank map[int]int
	// wanted are, for each document, the trials its entries name, and
	// left how many entries are still to be opened.
	wanted map[int]map[int]bool
	left   map[int]int
	// repeats lists, for each entry that names a trial first, the later
	// entries that name it again, which are left out.
	repeats map[int][]int
	repeat  map[int]bool
}

func newOpenPlan(b Board) *openPlan {
	p := &openPlan{rank: map[int]int{}, wanted: map[int]map[int]bool{}, left: map[int]int{}, repeats: map[int][]int{}, repeat: map[int]bool{}}
	first := map[[2]int]int{}
	for i, e := range b.Trials {
		if _, ok := p.rank[e.Document]; !ok {
			p.rank[e.Document] = len(p.docs)
			p.docs = append(p.docs, e.Document)
			p.wanted[e.Document] = map[int]bool{}
		}
		p.wanted[e.Document][e.Index] = true
		p.left[e.Document]++
		key := [2]int{e.Document, e.Index}
		if j, ok := first[key]; ok {
			p.repeats[j] = append(p.repeats[j], i)
			p.repeat[i] = true
			continue
		}
		first[key] = i
	}
	return p
}

// open adds entry i, whose document read as r, to batch: as an item, with
// the registry record the board keeps for it applied, or as a failure that
// says why it does not open. boardName labels the record's source.
func (p *openPlan) open(batch *Opened, b Board, boardName string, i int, r ingest.Result) {
	e := b.Trials[i]
	if r.Err != nil || p.repeat[i] {
		return
	}
	if e.Index >= len(r.Trials) {
		batch.Failed = append(batch.Failed, ingest.Result{File: r.File, Err: fmt.Errorf("%s: trial %d of the board is study %d of this document, which holds %d", r.File, i+1, e.Index+1, len(r.Trials))})
		return
	}
	t := r.Trials[e.Index]
	if e.NCTID != "" && t.NCTID != e.NCTID {
		batch.Failed = append(batch.Failed, ingest.Result{File: r.File, Err: fmt.Errorf("%s: trial %d of the board should be %s, but the document gives %q there", r.File, i+1, e.NCTID, t.NCTID)})
		return
	}
	if again := p.repeats[i]; len(again) > 0 {
		t.Warnings = append(slices.Clip(t.Warnings), model.Warning{Field: model.FieldDocument, Message: fmt.Sprintf("The board lists this trial more than once (again as %s); it is shown once.", trialNumbers(again))})
	}
	t.UserNote = e.Note
	item := Item{Trial: t, Page: t, Registry: e.Registry, Selected: e.Selected, Document: &b.Documents[e.Document], Index: e.Index}
	if e.Registry != nil {
		item.Trial = applyRegistry(t, e.Registry, boardName)
	}
	batch.Items = append(batch.Items, item)
}

// trialNumbers words entries' places: "trial 4", "trials 4 and 9",
// "trials 4, 9 and 12".
func trialNumbers(entries []int) string {
	words := make([]string, len(entries))
	for k, i := range entries {
		words[k] = strconv.Itoa(i + 1)
	}
	if len(words) == 1 {
		return "trial " + words[0]
	}
	return "trials " + strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// readDocument reads an embedded document and keeps, of its trials, only
// the ones wanted (the others become zero trials, so that the indices
// stay). A board embedded as a document is refused, not read as a trial.
func readDocument(boardName string, doc *Document, wanted map[int]bool) ingest.Result {
	name := SourceName(boardName, doc.Name)
	if IsBoard(doc.Data) {
		return ingest.Result{File: name, Err: fmt.Errorf("%s: %w", name, ErrBoardInBoard)}
	}
	r := ingest.Read(name, doc.Data)
	for i := range r.Trials {
		if !wanted[i] {
			r.Trials[i] = model.Trial{}
			continue
		}
		r.Trials[i] = r.Trials[i].Detached()
	}
	return r
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
