package app

import (
	"fmt"
	"io"

	"github.com/trialcompare/trialcompare/vocab"
)

// vocabCmd lists the vocabulary files, built-in and the user's, or checks
// one file: `trialcompare vocab` and `trialcompare vocab check FILE`.
func vocabCmd(args []string, stdout, stderr io.Writer) int {
	dir, err := vocab.UserDir()
	if err != nil {
		dir = ""
	}
	switch {
	case len(args) == 0:
		r := newVocabularyReport(vocab.Load(dir), dir)
		writeVocabularyReport(stdout, r)
		if r.problems() > 0 {
			return exitFailed
		}
		return exitOK
	case args[0] == "check" && len(args) == 2:
		return checkVocabularyFile(args[1], dir, stdout)
	default:
		fmt.Fprint(stderr, "vocab: use `trialcompare vocab` or `trialcompare vocab check FILE`\n"+usage)
		return exitBadUsage
	}
}

// checkVocabularyFile reads one file as the user's vocabulary file of its
// kind and names each line that cannot be read.
func checkVocabularyFile(path, dir string, stdout io.Writer) int {
	f := vocab.Check(path, dir)
	if len(f.Problems) == 0 {
		fmt.Fprintf(stdout, "%s: %s of %s; every line can be read\n", path, entries(f), f.Name)
		return exitOK
	}
	if f.Name != "" {
		fmt.Fprintf(stdout, "%s: %s of %s can be read; these lines cannot:\n", path, entries(f), f.Name)
	}
	for _, p := range f.Problems {
		fmt.Fprintln(stdout, p)
	}
	return exitFailed
}
