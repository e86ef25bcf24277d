package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model/ingest"
	"github.com/trialcompare/trialcompare/registry"
)

// changesRecord is one object of `changes --json`: one trial of a board.
type changesRecord struct {
	Board    string `json:"board"`
	NCTID    string `json:"nct_id"`
	Title    string `json:"title"`
	Selected bool   `json:"selected"`
	// Error says why the trial was not refreshed, or is "".
	Error string `json:"error"`
	// Compared is false when the board knew no registry version of the
	// trial; Note then says so.
	Compared bool   `json:"compared"`
	Note     string `json:"note"`
	// Since is the date of the version compared with, "YYYY-MM-DD", or "".
	Since   string `json:"since"`
	Fetched string `json:"fetched"`
	// Closes is true when the trial took patients and no longer does.
	Closes  bool         `json:"closes"`
	Changes []changeJSON `json:"changes"`
}

// changeJSON is one change: see compare.Change. Diff is a reworded
// criterion's word diff, "[-12 months-]{+1 year+}", or "".
type changeJSON struct {
	Field   string `json:"field"`
	Kind    string `json:"kind"`
	What    string `json:"what"`
	Subject string `json:"subject"`
	Old     string `json:"old"`
	New     string `json:"new"`
	Diff    string `json:"diff"`
	Closes  bool   `json:"closes"`
	Text    string `json:"text"`
}

// changesCmd refreshes every trial of each board named from
// ClinicalTrials.gov and lists what changed since the board was saved.
func changesCmd(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("changes", flag.ContinueOnError)
	flags.SetOutput(stderr)
	asJSON := flags.Bool("json", false, "print a JSON array, one object per trial")
	offline := flags.Bool("offline", false, "open no connection (then nothing can be compared)")
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	if flags.NArg() == 0 {
		fmt.Fprint(stderr, "changes: name a board file ("+board.Extension+")\n"+usage)
		return exitBadUsage
	}
	boards := make([]openedBoard, 0, flags.NArg())
	status := exitOK
	for _, path := range flags.Args() {
		b, err := openBoardForChanges(path)
		var notBoard notABoardError
		switch {
		case errors.As(err, &notBoard):
			fmt.Fprintf(stderr, "changes: %v\n", err)
			return exitBadUsage
		case err != nil:
			fmt.Fprintf(stderr, "changes: %v\n", err)
			status = exitFailed
			continue
		}
		boards = append(boards, b)
	}
	if *offline {
		fmt.Fprintf(stderr, "changes: %v\n", errOfflineNothingCompared)
		return exitFailed
	}
	client, ctx, stop, ok := registrySession("changes", registrySettings{}, stderr)
	if !ok {
		return exitFailed
	}
	defer stop()
	records := []changesRecord{}
	for _, b := range boards {
		for _, failed := range b.opened.Failed {
			status = exitFailed
			fmt.Fprintf(stderr, "changes: %v\n", failed.Err)
		}
		items := b.opened.Items
		forEachInOrder(ctx, len(items), registry.MaxParallel, func(i int) refreshed {
			return refreshTrial(ctx, client, refreshJob{page: items[i].Page, kept: items[i].Registry, saved: b.board.Saved})
		}, func(i int, r refreshed) bool {
			rec := changesRecordOf(b.path, items[i], r)
			if r.err != nil && !errors.Is(r.err, registry.ErrNoNCTID) {
				status = exitFailed
			}
			records = append(records, rec)
			if !*asJSON {
				writeChanges(stdout, rec)
			}
			return true
		})
	}
	if ctx.Err() != nil {
		status = exitFailed
	}
	if *asJSON {
		return max(status, writeJSON(stdout, stderr, "changes", records))
	}
	return status
}

// openedBoard is a board file read and opened.
type openedBoard struct {
	path   string
	board  board.Board
	opened board.Opened
}

// notABoardError is a file named to changes that is no board.
type notABoardError struct{ path string }

func (e notABoardError) Error() string {
	return e.path + " is not a board: changes compares a board's trials with ClinicalTrials.gov (make one with trialcompare board, or File › Save Board)"
}

// openBoardForChanges reads a board file and opens its trials.
func openBoardForChanges(path string) (openedBoard, error) {
	data, err := ingest.ReadFileBytes(path, boardOrDocumentLimit)
	if err != nil {
		return openedBoard{}, err
	}
	if !board.IsBoard(data) {
		return openedBoard{}, notABoardError{path}
	}
	b, err := board.Unmarshal(data)
	if err != nil {
		return openedBoard{}, fmt.Errorf("%s: %w", path, err)
	}
	return openedBoard{path: path, board: b, opened: b.Open(path)}, nil
}

func changesRecordOf(path string, it board.Item, r refreshed) changesRecord {
	rec := changesRecord{Board: path, NCTID: it.Page.NCTID, Title: compare.ShortName(&it.Trial), Selected: it.Selected, Changes: []changeJSON{}}
	switch {
	case errors.Is(r.err, registry.ErrNoNCTID):
		rec.Note = "no NCT ID: nothing to refresh"
		return rec
	case r.err != nil:
		rec.Error = r.err.Error()
		return rec
	}
	rec.Fetched = r.registry.Fetched.UTC().Format(time.RFC3339)
	if !r.changes.Compared {
		rec.Note = notComparedNote
		return rec
	}
	rec.Compared, rec.Closes = true, r.changes.Closes()
	if !r.changes.Since.IsZero() {
		rec.Since = r.changes.Since.Format(time.DateOnly)
	}
	for _, c := range r.changes.Changes {
		j := changeJSON{Field: string(c.Field), Kind: string(c.Kind), What: c.What, Subject: c.Subject, Old: c.Old, New: c.New, Closes: c.Closes, Text: c.Text()}
		if c.Kind == compare.ChangeReworded {
			j.Diff = compare.FormatWordDiff(c.Diff)
		}
		rec.Changes = append(rec.Changes, j)
	}
	return rec
}

// writeChanges prints one trial's changes: a heading line, then a change a
// line, the one that closes the trial marked with "!".
func writeChanges(w io.Writer, rec changesRecord) {
	id := rec.NCTID
	if id == "" {
		id = "no NCT ID"
	}
	head := strings.TrimSpace(id + "  " + rec.Title)
	switch {
	case rec.Error != "":
		fmt.Fprintf(w, "%s\n  error: %s\n\n", head, rec.Error)
		return
	case !rec.Compared:
		fmt.Fprintf(w, "%s\n  %s\n\n", head, rec.Note)
		return
	}
	since := "the board was saved"
	if rec.Since != "" {
		since = rec.Since
	}
	if len(rec.Changes) == 0 {
		fmt.Fprintf(w, "%s\n  no change since %s\n\n", head, since)
		return
	}
	fmt.Fprintf(w, "%s\n  %s since %s:\n", head, countChanges(len(rec.Changes)), since)
	for _, c := range rec.Changes {
		if c.Closes {
			fmt.Fprintf(w, "  ! %s — the trial no longer takes patients\n", c.Text)
			continue
		}
		fmt.Fprintf(w, "    %s\n", c.Text)
	}
	fmt.Fprintln(w)
}

func countChanges(n int) string {
	if n == 1 {
		return "1 change"
	}
	return fmt.Sprintf("%d changes", n)
}
