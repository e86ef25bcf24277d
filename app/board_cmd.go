package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/export"
	"github.com/trialcompare/trialcompare/model"
)

// errNotABoardToExtend is why a board is not written over an input that is
// a trial document.
var errNotABoardToExtend = errors.New("it is a trial document, not a board, so a board written there would replace it")

// noteFlags collects --note NCT=TEXT.
type noteFlags map[string]string

func (n noteFlags) String() string { return fmt.Sprint(map[string]string(n)) }

func (n noteFlags) Set(v string) error {
	id, text, ok := strings.Cut(v, "=")
	id = strings.ToUpper(strings.TrimSpace(id))
	if !ok || id == "" {
		return fmt.Errorf("%q: write the NCT number, then =, then the note: NCT01234567=\"ask about slots\"", v)
	}
	if old := n[id]; old != "" {
		text = old + "\n" + text
	}
	n[id] = text
	return nil
}

// makeBoard writes a board file of the trials read from files, in their
// order, each document embedded as read. A file that cannot be read is
// reported and left out (exit status 1); a note for an NCT number no trial
// has is refused, and nothing is written. The output may be one of the
// files read, to add to a board, only when it reads as a board: else
// nothing is written, so that a board from a newer TrialCompare, a damaged
// one or a trial document is never replaced.
func makeBoard(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("board", flag.ContinueOnError)
	flags.SetOutput(stderr)
	out := flags.String("o", "", "the board file to write: OUT"+board.Extension)
	title := flags.String("title", "", "the board's title, such as \"Tumor board 25 Nov\"")
	date := flags.String("date", time.Now().Format(time.DateOnly), "the board's date, YYYY-MM-DD")
	boardNote := flags.String("board-note", "", "the board's own note")
	notes := noteFlags{}
	flags.Var(notes, "note", "a trial's note: NCT01234567=TEXT (repeatable)")
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	if *out == "" || flags.NArg() == 0 {
		fmt.Fprint(stderr, "board: name the output with -o and at least one file\n"+usage)
		return exitBadUsage
	}
	if !strings.EqualFold(filepath.Ext(*out), board.Extension) {
		say(stderr, "board: %s: the name must end in %s\n", *out, board.Extension)
		return exitBadUsage
	}
	if _, err := time.Parse(time.DateOnly, *date); err != nil && *date != "" {
		say(stderr, "board: --date %q: write it as YYYY-MM-DD\n", *date)
		return exitBadUsage
	}
	bb := newBoardBuilder(board.Board{Title: *title, Date: *date, Note: *boardNote, Saved: time.Now()})
	status := exitOK
	files := expandPaths(flags.Args())
	atOutput := inputsAtOutput(*out, files)
	var outputUnread, full error
	forEachInOrder(context.Background(), len(files), readers(), func(i int) boardInput {
		return readForBoard(files[i])
	}, func(i int, in boardInput) bool {
		var err error
		var repeated int
		if atOutput[i] && in.err == nil && !in.isBoard {
			err = fmt.Errorf("%s: %w", in.path, errNotABoardToExtend)
		} else {
			repeated, err = bb.add(in)
		}
		switch {
		case isBoardLimit(err):
			full = err
			return false
		case err != nil:
			say(stderr, "board: left out %v\n", err)
			status = exitFailed
			if atOutput[i] {
				outputUnread = err
			}
		case repeated > 0:
			say(stderr, "board: %s: %s already on the board; each is kept once\n", in.path, model.Count(repeated, "trial"))
		}
		if again := files[i].alsoAs; len(again) > 0 {
			say(stderr, "board: %s was named more than once (also as %s); it is read once\n", in.path, strings.Join(again, ", "))
		}
		return true
	})
	b := bb.b
	switch {
	case full != nil:
		say(stderr, "board: %v; %s was not written%s\n", full, *out, unchangedNote(*out))
		return exitFailed
	case outputUnread != nil:
		say(stderr, "board: %s is also the output, and it could not be read as a board; it was not written, so that nothing in it is lost\n", *out)
		return exitFailed
	case len(b.Trials) == 0:
		say(stderr, "board: no trial could be read from the files named, so %s was not written%s\n", *out, unchangedNote(*out))
		return exitFailed
	}
	if unused := applyNotes(&b, notes); len(unused) > 0 {
		say(stderr, "board: --note names %s, which no trial read has; %s was not written%s\n", strings.Join(unused, ", "), *out, unchangedNote(*out))
		return exitBadUsage
	}
	if err := refuseNewerBoardAt(*out); err != nil {
		say(stderr, "board: %v\n", err)
		return exitFailed
	}
	ctx, stop := interruptible(context.Background())
	defer stop()
	if err := export.WriteStream(ctx, *out, func(w io.Writer) error { return board.Write(w, b) }); err != nil {
		say(stderr, "board: %v\n", err)
		return exitFailed
	}
	say(stdout, "wrote %s (%d trials, %d documents)\n", *out, len(b.Trials), len(b.Documents))
	return status
}

// applyNotes sets each trial's note from notes and returns the NCT numbers
// no trial has.
func applyNotes(b *board.Board, notes noteFlags) []string {
	used := map[string]bool{}
	for i := range b.Trials {
		if text, ok := notes[b.Trials[i].NCTID]; ok {
			b.Trials[i].Note = text
			used[b.Trials[i].NCTID] = true
		}
	}
	unused := []string{}
	for id := range notes {
		if !used[id] {
			unused = append(unused, id)
		}
	}
	slices.Sort(unused)
	return unused
}
