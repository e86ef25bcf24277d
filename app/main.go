package app

import (
	"fmt"
	"io"
	"io/fs"
)

// Exit statuses of the command line.
const (
	exitOK       = 0
	exitFailed   = 1
	exitBadUsage = 2
)

const usage = `usage:
  trialcompare [FILE...]                 open the window, with these files loaded
  trialcompare inspect [--json] FILE...  print what was read from each file
  trialcompare export -o OUT.xlsx|OUT.pdf [--paper a4|letter] [--title TEXT]
                     [--sections overview|criteria|all] [--rows phase,status,…] [--age 7y …] FILE...
                                         write the comparison to Excel or PDF
  trialcompare board -o OUT.tcboard [--title TEXT] [--date YYYY-MM-DD] [--board-note TEXT]
                     [--note NCT…=TEXT]... FILE...
                                         save the trials, their documents and notes as a board;
                                         inspect, export and fit read a .tcboard like any file
  trialcompare fit --age 7y [--diagnosis B-ALL] [--marker CD19+]... [--prior allo-hsct:8m]... [--lansky 70] … [--json] FILE...
                                         screen a patient against each trial, criterion by criterion
                                         (every patient fact: trialcompare fit --help)
  trialcompare fetch [--dir DIR] [--refresh] [--offline] [--max-age DAYS] NCT…|FILE…
                                         fetch studies from ClinicalTrials.gov by NCT ID
  trialcompare search [--cond TEXT] [--term TEXT] [--intr TEXT] [--age 7y]
                      [--status recruiting,not_yet_recruiting] [--sort relevance|updated]
                      [--max N] [--dir DIR] [--json] [--offline]
                                         search ClinicalTrials.gov
  trialcompare check [--json] [--refresh] [--offline] [--max-age DAYS] [--timeout 2m] FILE...
                                         check each trial against its ClinicalTrials.gov record
  trialcompare changes [--json] [--offline] BOARD.tcboard...
                                         fetch a board's trials again and list what changed since it was saved
  trialcompare vocab                     list the vocabulary files (targets, drugs, diagnoses …),
                                         built-in and yours, with their entries and unreadable lines
  trialcompare vocab check FILE          check a vocabulary file before you add it
  trialcompare --offline [FILE...]       open the window with the network turned off
  trialcompare --version                 print the version
`

// Main runs TrialCompare with the given arguments and returns the exit
// status. A sub-command runs headless; anything else opens the window, with
// the example trials in examples for a first start. A sub-command's output
// goes through a terminalWriter, so that no text read from a file can
// drive the terminal, and it runs under a soft memory limit (see
// limitMemory). The rules read by the built-in vocabularies and the
// user's (see useUserVocabulary); `vocab` reads them itself.
func Main(args []string, examples fs.FS, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "vocab" {
		useUserVocabulary()
	}
	if len(args) == 0 {
		return runGUI(args, examples)
	}
	run, ok := command(args[0])
	if !ok {
		return runGUI(args, examples)
	}
	out, errOut := newTerminalWriter(stdout), newTerminalWriter(stderr)
	defer out.Flush()
	defer errOut.Flush()
	defer limitMemory()()
	return run(args[1:], out, errOut)
}

// command returns the sub-command name names, if it is one.
func command(name string) (func(args []string, stdout, stderr io.Writer) int, bool) {
	switch name {
	case "inspect":
		return inspect, true
	case "export":
		return exportComparison, true
	case "board":
		return makeBoard, true
	case "fit":
		return fit, true
	case "fetch":
		return fetchCmd, true
	case "search":
		return searchCmd, true
	case "check":
		return checkCmd, true
	case "changes":
		return changesCmd, true
	case "vocab":
		return vocabCmd, true
	case "--version", "version":
		return func(_ []string, stdout, _ io.Writer) int {
			fmt.Fprintln(stdout, "TrialCompare "+version)
			return exitOK
		}, true
	case "-h", "--help", "help":
		return func(_ []string, stdout, _ io.Writer) int {
			fmt.Fprint(stdout, usage)
			return exitOK
		}, true
	}
	return nil, false
}
