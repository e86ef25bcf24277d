package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// errEmptyFolder is the reason a folder named by the user gave no file.
var errEmptyFolder = errors.New("the folder holds no files to read (files and folders whose names begin with a dot are skipped)")

// pathToRead is one file to read, or a folder that gave none and why.
type pathToRead struct {
	path string
	err  error
	// alsoAs are the other names the same file was given under.
	alsoAs []string
}

// readResult is what reading one file gives, with the document's bytes
// and each trial's place among its trials, so that a board can embed it.
type readResult struct {
	ingest.Result
	// doc is the document read; nil when it could not be read.
	doc *board.Document
	// indices are the trials' places in doc, one for each of Trials.
	indices []int
	// pages are, for a board's trials, each trial as read from its
	// document, before the registry record kept in registries was applied;
	// nil when Trials are as read.
	pages      []model.Trial
	registries []*board.Registry
}

// documentResult pairs what was read from a document with its bytes. Its
// trials are detached from the document's text, which they would keep in
// memory otherwise.
func documentResult(res ingest.Result, name string, data []byte) readResult {
	if res.Err != nil {
		return readResult{Result: res}
	}
	indices := make([]int, len(res.Trials))
	for i := range indices {
		indices[i] = i
		res.Trials[i] = res.Trials[i].Detached()
	}
	return readResult{Result: res, doc: &board.Document{Name: name, Data: data}, indices: indices}
}

// failedResults turns results with errors only into read results.
func failedResults(results ...ingest.Result) []readResult {
	out := make([]readResult, len(results))
	for i, r := range results {
		out[i] = readResult{Result: r}
	}
	return out
}

// fileRead is what reading one file gives: its results, or that it is a
// board, to be unpacked and opened in its turn (see readBoard).
type fileRead struct {
	results []readResult
	isBoard bool
}

// read reads the file, or reports why there is none. Of a board file only
// the head is read: the board is read in its turn, so that boards read
// ahead never hold their documents all at once.
func (p pathToRead) read() fileRead {
	if p.err != nil {
		return fileRead{results: failedResults(ingest.Result{File: p.path, Err: p.err})}
	}
	data, err := ingest.ReadFileBytes(p.path, documentOrBoardHead)
	if errors.Is(err, errBoardFile) {
		return fileRead{isBoard: true}
	}
	if err != nil {
		return fileRead{results: failedResults(ingest.Result{File: p.path, Err: err})}
	}
	results := []readResult{documentResult(ingest.Read(p.path, data), filepath.Base(p.path), data)}
	p.noteRepeats(results)
	return fileRead{results: results}
}

// readBoard reads and unpacks a board file, or reports why it cannot.
func (p pathToRead) readBoard() (*board.Board, []readResult) {
	data, err := ingest.ReadFileBytes(p.path, boardOrDocumentLimit)
	if err == nil && !board.IsBoard(data) {
		err = errors.New("it changed while it was read: read it again")
	}
	if err != nil {
		return nil, failedResults(ingest.Result{File: p.path, Err: fmt.Errorf("%s: %w", p.path, err)})
	}
	b, err := board.Unmarshal(data)
	if err != nil {
		return nil, failedResults(ingest.Result{File: p.path, Err: fmt.Errorf("%s: %w", p.path, err)})
	}
	return &b, nil
}

// errBoardFile stops read at the head of a board file.
var errBoardFile = errors.New("it is a board file")

// documentOrBoardHead allows a document up to ingest.MaxFileSize, and
// stops at the head of a board file, which is read in its turn.
func documentOrBoardHead(head []byte) (int64, error) {
	if board.IsBoard(head) {
		return 0, errBoardFile
	}
	return ingest.MaxFileSize, ingest.ErrTooLarge
}

// boardOrDocumentLimit allows a board file up to board.MaxSize and any
// other document up to ingest.MaxFileSize.
func boardOrDocumentLimit(head []byte) (int64, error) {
	if board.IsBoard(head) {
		return board.MaxSize, board.ErrTooLarge
	}
	return ingest.MaxFileSize, ingest.ErrTooLarge
}

// openBoard opens a board file's board as results to load, reading its
// documents on all cores, and hands deliver the trials in its comparison,
// in order, and what could not be read, a few at a time; it stops when
// deliver returns false or ctx is cancelled, and reports whether it ran
// to the end.
func openBoard(ctx context.Context, path string, b *board.Board, deliver func([]readResult) bool) bool {
	readAll := func(n int, read func(k int) ingest.Result, got func(k int, r ingest.Result) bool) {
		forEachInOrder(ctx, n, readers(), read, got)
	}
	delivered, stopped := false, false
	b.OpenInOrder(path, readAll, func(o board.Opened) bool {
		var results []readResult
		for _, it := range o.Items {
			if it.Selected {
				results = append(results, itemResult(path, it))
			}
		}
		results = append(results, failedResults(o.Failed...)...)
		if len(results) == 0 {
			return true
		}
		delivered = true
		stopped = !deliver(results)
		return !stopped
	})
	if stopped || ctx.Err() != nil {
		return false
	}
	if !delivered {
		return deliver(failedResults(ingest.Result{File: path, Err: fmt.Errorf("%s: the board has no trial in its comparison", path)}))
	}
	return true
}

// itemResult is one trial of a board as a read result.
func itemResult(path string, it board.Item) readResult {
	return readResult{Result: ingest.Result{File: path, Trials: []model.Trial{it.Trial}}, doc: it.Document, indices: []int{it.Index},
		pages: []model.Trial{it.Page}, registries: []*board.Registry{it.Registry}}
}

// expandPaths turns folders into the files below them, sorted by name,
// skipping hidden ones; anything else stays as given, for ingest.ReadFile
// to read or refuse with a message (a named pipe or a device in a folder
// is refused there, never skipped in silence). A folder with no file in it,
// or one that cannot be listed, becomes an entry with the reason. Links to
// folders inside a folder are not followed, so a link loop cannot recur.
// A file named more than once (twice, through a link, or again in a folder
// named) is read once, with a warning (see dropRepeats).
func expandPaths(paths []string) []pathToRead {
	var out []pathToRead
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil || !info.IsDir() {
			out = append(out, pathToRead{path: p})
			continue
		}
		found := filesInFolder(p)
		if len(found) == 0 {
			found = []pathToRead{{path: p, err: fmt.Errorf("%s: %w", p, errEmptyFolder)}}
		}
		out = append(out, found...)
	}
	return dropRepeats(out)
}

// filesInFolder lists the files below folder, sorted by name, each named
// under folder as given (even when folder is a link), and the sub-folders
// that cannot be listed.
func filesInFolder(folder string) []pathToRead {
	root, err := filepath.EvalSymlinks(folder)
	if err != nil {
		return []pathToRead{{path: folder, err: folderError(folder, err)}}
	}
	var found []pathToRead
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		name := folder
		if rel, relErr := filepath.Rel(root, path); relErr == nil && rel != "." {
			name = filepath.Join(folder, rel)
		}
		if err != nil {
			found = append(found, pathToRead{path: name, err: folderError(name, err)})
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && path != root {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			found = append(found, pathToRead{path: name})
		}
		return nil
	})
	sort.Slice(found, func(i, j int) bool { return found[i].path < found[j].path })
	return found
}

// folderError says why a folder cannot be listed.
func folderError(folder string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%s: %w", folder, ingest.ErrNoAccess)
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		err = pathErr.Err
	}
	return fmt.Errorf("%s: the folder cannot be listed (%w)", folder, err)
}
