package app

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/trialcompare/trialcompare/rules"
	"github.com/trialcompare/trialcompare/vocab"
)

// useUserVocabulary gives the rules the built-in vocabularies with the
// user's files merged in, before anything is read. The rules take a
// vocabulary once a run: in a test process that has read trials already,
// they keep the one they chose.
func useUserVocabulary() {
	dir, err := vocab.UserDir()
	if err != nil {
		dir = ""
	}
	rules.Use(vocab.Load(dir))
}

// vocabularyReport describes the vocabulary files that were read: where
// each is, how many entries it has and each line that could not be read.
type vocabularyReport struct {
	// userDir is the folder of the user's files; "" when the system names
	// no configuration folder.
	userDir string
	// builtIn and user are the files read, the built-in ones and the
	// user's.
	builtIn, user []vocab.File
}

// newVocabularyReport sorts the files of a vocabulary into built-in and
// the user's.
func newVocabularyReport(v *vocab.Vocabulary, userDir string) vocabularyReport {
	r := vocabularyReport{userDir: userDir}
	for _, f := range v.Files {
		if f.User {
			r.user = append(r.user, f)
		} else {
			r.builtIn = append(r.builtIn, f)
		}
	}
	return r
}

// problems counts the lines and files that could not be read.
func (r vocabularyReport) problems() int {
	n := 0
	for _, f := range append(append([]vocab.File(nil), r.builtIn...), r.user...) {
		n += len(f.Problems)
	}
	return n
}

// entries says how many entries a file has: "1 entry", "88 entries".
func entries(f vocab.File) string {
	if f.Entries == 1 {
		return "1 entry"
	}
	return fmt.Sprintf("%d entries", f.Entries)
}

// problemText is a problem without the file it names, which the report
// names already: "line 3: …", or the reason for the whole file.
func problemText(p vocab.Problem) string {
	if p.Line == 0 {
		return p.Reason
	}
	return fmt.Sprintf("line %d: %s", p.Line, p.Reason)
}

// userDirHint says how to add entries of one's own, one sentence a line.
func userDirHint() string {
	drugs, _ := vocab.Header("drugs.tsv")
	return "To add entries, save a text file named like a built-in one (drugs.tsv, targets.tsv …) in this folder.\n" +
		fmt.Sprintf("Its first line names the columns, separated by tabs (%s for drugs.tsv); then comes one entry a line.\n",
			strings.ReplaceAll(drugs, "\t", "<TAB>")) +
		"An entry of yours wins over a built-in one with the same name. " +
		"TrialCompare reads the files when it starts: start it again after a change."
}

// writeVocabularyReport prints the report as `trialcompare vocab` does.
func writeVocabularyReport(w io.Writer, r vocabularyReport) {
	fmt.Fprintln(w, "Built-in vocabularies:")
	for _, f := range r.builtIn {
		writeVocabularyFile(w, f.Name, f)
	}
	fmt.Fprintln(w)
	if r.userDir == "" {
		fmt.Fprintln(w, "Your vocabularies: none (the system names no configuration folder)")
		return
	}
	fmt.Fprintf(w, "Your vocabularies, in %s:\n", r.userDir)
	for _, f := range r.user {
		writeVocabularyFile(w, filepath.Base(f.Path), f)
	}
	if len(r.user) == 0 {
		fmt.Fprintln(w, "  none yet")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, userDirHint())
}

func writeVocabularyFile(w io.Writer, name string, f vocab.File) {
	if f.Name == "" {
		fmt.Fprintf(w, "  %s\n", name)
	} else {
		fmt.Fprintf(w, "  %-24s %s\n", name, entries(f))
	}
	for _, p := range f.Problems {
		fmt.Fprintf(w, "    %s\n", problemText(p))
	}
}
