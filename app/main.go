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
  trialcompare fit --age 7y [--diagnosis B-ALL] [--marker CD19+]... [--prior car-t:6m]... [--cns 2] [--json] FILE...
                                         screen a patient against each trial
`

// Main runs TrialCompare with the given arguments and returns the exit
// status. A sub-command runs headless; anything else opens the window, with
// the example trials in examples for a first start.
func Main(args []string, examples fs.FS, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "inspect":
			return inspect(args[1:], stdout, stderr)
		case "export":
			return exportComparison(args[1:], stdout, stderr)
		case "fit":
			return fit(args[1:], stdout, stderr)
		case "-h", "--help", "help":
			fmt.Fprint(stdout, usage)
			return exitOK
		}
	}
	return runGUI(args, examples)
}
