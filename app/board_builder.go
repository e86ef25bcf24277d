package app

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"path/filepath"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// boardInput is one file read for a board: a document's bytes and the NCT
// IDs of its trials, or that it is a board file, which is read in its
// turn; or why it cannot be read.
type boardInput struct {
	path    string
	data    []byte
	ids     []string
	isBoard bool
	err     error
}

// readForBoard reads a file for a board, as boardBuilder.add uses it; of a
// board file, only its head.
func readForBoard(entry pathToRead) boardInput {
	if entry.err != nil {
		return boardInput{path: entry.path, err: entry.err}
	}
	data, err := ingest.ReadFileBytes(entry.path, documentOrBoardHead)
	if errors.Is(err, errBoardFile) {
		return boardInput{path: entry.path, isBoard: true}
	}
	if err != nil {
		return boardInput{path: entry.path, err: err}
	}
	res := ingest.Read(entry.path, data)
	if res.Err != nil {
		return boardInput{path: entry.path, err: res.Err}
	}
	ids := make([]string, len(res.Trials))
	for i, t := range res.Trials {
		ids[i] = t.NCTID
	}
	return boardInput{path: entry.path, data: data, ids: ids}
}

// boardBuilder puts a board together from the files read, in order. It
// embeds a document once however often it is given, lists a trial once,
// and stops at the limits of the boards TrialCompare opens, so that a
// board too large is found before it is written and never held whole.
type boardBuilder struct {
	b    board.Board
	size int64
	// docs are the documents embedded, by the hash of their bytes.
	docs   map[uint64][]int
	seed   maphash.Seed
	listed map[[2]int]bool
}

func newBoardBuilder(b board.Board) *boardBuilder {
	return &boardBuilder{b: b, docs: map[uint64][]int{}, seed: maphash.MakeSeed(), listed: map[[2]int]bool{}}
}

// isBoardLimit reports whether err is a limit of the board as a whole,
// which stops the board from being written at all.
func isBoardLimit(err error) bool {
	return errors.Is(err, board.ErrTooBig) || errors.Is(err, board.ErrTooManyTrials) || errors.Is(err, board.ErrTooManyDocuments)
}

// add embeds a file read and lists its trials; a board file brings its
// own documents, trials, selection and notes. It returns how many of the
// file's trials the board listed already, which are kept once. An error
// for which isBoardLimit holds means the board cannot be written.
func (bb *boardBuilder) add(in boardInput) (repeated int, err error) {
	if in.err != nil {
		return 0, in.err
	}
	if in.isBoard {
		return bb.merge(in.path)
	}
	doc, err := bb.document(filepath.Base(in.path), in.data)
	if err != nil {
		return 0, err
	}
	for i, id := range in.ids {
		added, err := bb.entry(board.Entry{Document: doc, Index: i, NCTID: id, Selected: true})
		if err != nil {
			return repeated, err
		}
		if !added {
			repeated++
		}
	}
	return repeated, nil
}

// merge reads a board file and adds its documents and trials, in its
// order.
func (bb *boardBuilder) merge(path string) (repeated int, err error) {
	data, err := ingest.ReadFileBytes(path, boardOrDocumentLimit)
	if err != nil {
		return 0, err
	}
	other, err := board.Unmarshal(data)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	places := make([]int, len(other.Documents))
	for i, d := range other.Documents {
		if places[i], err = bb.document(d.Name, d.Data); err != nil {
			return 0, err
		}
	}
	for _, e := range other.Trials {
		e.Document = places[e.Document]
		added, err := bb.entry(e)
		if err != nil {
			return repeated, err
		}
		if !added {
			repeated++
		}
	}
	return repeated, nil
}

// document embeds data under name, unless the board holds the same bytes
// already, and returns its place.
func (bb *boardBuilder) document(name string, data []byte) (int, error) {
	h := maphash.Bytes(bb.seed, data)
	for _, i := range bb.docs[h] {
		if bytes.Equal(bb.b.Documents[i].Data, data) {
			return i, nil
		}
	}
	if bb.size += int64(len(data)); bb.size > board.MaxSize {
		return 0, board.ErrTooBig
	}
	if len(bb.b.Documents) == board.MaxDocuments {
		return 0, board.ErrTooManyDocuments
	}
	i := bb.b.AddDocument(name, data)
	bb.docs[h] = append(bb.docs[h], i)
	return i, nil
}

// entry lists a trial unless the board lists it already, and reports
// whether it did.
func (bb *boardBuilder) entry(e board.Entry) (bool, error) {
	key := [2]int{e.Document, e.Index}
	if bb.listed[key] {
		return false, nil
	}
	if len(bb.b.Trials) == board.MaxTrials {
		return false, board.ErrTooManyTrials
	}
	bb.listed[key] = true
	bb.b.Trials = append(bb.b.Trials, e)
	return true, nil
}
