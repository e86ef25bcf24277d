package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/export"
	"github.com/trialcompare/trialcompare/model"
)

// exportComparison writes the trials read from files to an .xlsx or .pdf
// file. A file that cannot be read is reported and left out; the others are
// exported, and the exit status is 1. With no trial read, nothing is
// written. Ctrl+C or SIGTERM stops it with nothing written and the
// previous file kept (exit status 130 or 143).
func exportComparison(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("export", flag.ContinueOnError)
	flags.SetOutput(stderr)
	out := flags.String("o", "", "the file to write: OUT.xlsx or OUT.pdf")
	paper := flags.String("paper", string(export.DefaultPaper(systemLocale())), "PDF paper: a4 or letter")
	title := flags.String("title", "", "the title of the sheet, such as \"Tumor board 25 Nov\"")
	sections := flags.String("sections", string(export.SectionsCriteria), "what the PDF holds: overview, criteria (overview and details) or all")
	rows := flags.String("rows", compare.JoinOverviewKeys(compare.OverviewKeys()), "the overview's rows, comma-separated")
	pf := addPatientFlags(flags)
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	if *out == "" || flags.NArg() == 0 {
		fmt.Fprint(stderr, "export: name the output with -o and at least one file\n"+usage)
		return exitBadUsage
	}
	p, err := export.ParsePaper(*paper)
	if err != nil {
		say(stderr, "export: %v\n", err)
		return exitBadUsage
	}
	sec, err := export.ParseSections(*sections)
	if err != nil {
		say(stderr, "export: --sections: %v\n", err)
		return exitBadUsage
	}
	rowKeys, err := compare.ParseOverviewKeys(*rows)
	if err != nil {
		say(stderr, "export: --rows: %v\n", err)
		return exitBadUsage
	}
	write, ok := writers[strings.ToLower(filepath.Ext(*out))]
	if !ok {
		say(stderr, "export: %s: the name must end in .xlsx or .pdf\n", *out)
		return exitBadUsage
	}
	var patient *eligibility.Profile
	if pf.given() {
		pt, err := pf.patient()
		if err != nil {
			say(stderr, "export: %v\n", err)
			return exitBadUsage
		}
		patient = &pt
	}
	files := expandPaths(flags.Args())
	if len(inputsAtOutput(*out, files)) > 0 {
		say(stderr, "export: %s is also one of the files to read; writing it would replace that document, so nothing was written: choose another name for the output\n", *out)
		return exitBadUsage
	}
	ctx, stop := interruptible(context.Background())
	defer stop()
	trials, boards, status := readForExport(ctx, files, stderr)
	if i, ok := interruptionOf(ctx); ok {
		say(stderr, "export: %v; %s was not written%s\n", i, *out, unchangedNote(*out))
		return i.exitStatus()
	}
	if len(trials) == 0 {
		say(stderr, "export: no trial could be read from the files named, so %s was not written%s\n", *out, unchangedNote(*out))
		return exitFailed
	}
	if err := export.CheckTrialCount(*out, len(trials)); err != nil {
		say(stderr, "export: %v; %s was not written%s\n", err, *out, unchangedNote(*out))
		return exitFailed
	}
	cmp := compare.NewComparison(trials)
	if patient != nil {
		cmp = cmp.WithPatient(*patient, nil)
	}
	opts := export.Options{Title: *title, Paper: p, Generated: time.Now(), Sections: sec, Rows: rowKeys}
	if err := applyBoardChoices(&opts, boards, setFlags(flags)); err != nil {
		say(stderr, "export: %v; the command line's choice is used\n", err)
	}
	if err := write(ctx, *out, cmp, opts); err != nil {
		if i, ok := interruptionOf(ctx); ok {
			say(stderr, "export: %v; %s was not written%s\n", i, *out, unchangedNote(*out))
			return i.exitStatus()
		}
		say(stderr, "export: %v\n", err)
		return exitFailed
	}
	say(stdout, "wrote %s (%d trials)\n", *out, len(trials))
	return status
}

// readForExport reads the files, reporting each file
// left out, and returns the boards among them too; it stops early when ctx
// is cancelled.
func readForExport(ctx context.Context, files []pathToRead, stderr io.Writer) ([]model.Trial, []*board.Board, int) {
	status := exitOK
	var trials []model.Trial
	var boards []*board.Board
	readInOrder(ctx, files, func(fr fileResults) bool {
		if fr.board != nil {
			boards = append(boards, fr.board)
		}
		for _, res := range fr.results {
			if res.Err != nil {
				say(stderr, "export: left out %v\n", res.Err)
				status = exitFailed
				continue
			}
			trials = append(trials, res.Trials...)
		}
		return true
	})
	return trials, boards, status
}

// setFlags names the flags given on the command line.
func setFlags(flags *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	flags.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

// applyBoardChoices takes the title, the print choices and the notes of
// the boards exported: the first board's title and choices where the
// command line gives none, and every board's note.
func applyBoardChoices(opts *export.Options, boards []*board.Board, set map[string]bool) error {
	var notes []string
	for _, b := range boards {
		if b.Note != "" {
			notes = append(notes, b.Note)
		}
	}
	opts.Note = strings.Join(notes, "\n")
	if len(boards) == 0 {
		return nil
	}
	first := boards[0]
	if !set["title"] {
		opts.Title = first.Title
	}
	var err error
	if pc := first.Print; pc.Paper != "" && !set["paper"] {
		if opts.Paper, err = export.ParsePaper(pc.Paper); err != nil {
			return fmt.Errorf("the board's paper: %w", err)
		}
	}
	if pc := first.Print; pc.Sections != "" && !set["sections"] {
		if opts.Sections, err = export.ParseSections(pc.Sections); err != nil {
			return fmt.Errorf("the board's sections: %w", err)
		}
	}
	if pc := first.Print; pc.Rows != "" && !set["rows"] {
		if opts.Rows, err = compare.ParseOverviewKeys(pc.Rows); err != nil {
			return fmt.Errorf("the board's rows: %w", err)
		}
	}
	return nil
}

// unchangedNote tells the user that the file already at path was kept.
func unchangedNote(path string) string {
	if _, err := os.Stat(path); err == nil {
		return " (the file already there is unchanged)"
	}
	return ""
}

// writers maps a file extension to its export.
var writers = map[string]func(context.Context, string, compare.Comparison, export.Options) error{
	".xlsx": export.WriteXLSX,
	".pdf":  export.WritePDF,
}

// systemLocale returns the user's locale from the environment, such as
// "en_US.UTF-8".
func systemLocale() string {
	for _, v := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		if l := os.Getenv(v); l != "" {
			return l
		}
	}
	return ""
}
