package export

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/compare"
)

// notedComparison is the seeds with a note on the second trial.
func notedComparison(t *testing.T) compare.Comparison {
	trials := seedComparison(t).Trials
	trials[1].UserNote = "Dr. K: CD22 status pending; ask CHOP about slots"
	return compare.NewComparison(trials)
}

func TestPDFPrintsNotes(t *testing.T) {
	cmp := notedComparison(t)
	opts := testOptions
	opts.Note = "Bring the MRD results of both patients."
	for _, sec := range []Sections{SectionsCriteria, SectionsOverview} {
		opts.Sections = sec
		text := strings.Join(layoutFor(t, cmp, opts).pageTexts(), "\n")
		flat := strings.Join(strings.Fields(text), " ")
		if !strings.Contains(flat, "Note: Bring the MRD results of both patients.") {
			t.Errorf("%s: the board's note is not printed", sec)
		}
		if !strings.Contains(flat, "CD22 status pending; ask CHOP about slots") {
			t.Errorf("%s: the trial's note is not printed", sec)
		}
	}
}

func TestPDFWithoutNotesSaysNone(t *testing.T) {
	text := strings.Join(layoutFor(t, seedComparison(t), testOptions).pageTexts(), "\n")
	if strings.Contains(text, "Note") {
		t.Error("a comparison without notes prints a Note")
	}
}

func TestWorkbookWritesNotes(t *testing.T) {
	cmp := notedComparison(t)
	f := readBack(t, cmp)
	col := column(t, f, "Trials", "Note")
	if got := value(t, f, "Trials", col+"3"); got != cmp.Trials[1].UserNote {
		t.Errorf("Trials sheet note = %q", got)
	}
	if got := value(t, f, "Trials", col+"2"); got != "" {
		t.Errorf("a trial without a note has %q", got)
	}
	if got := value(t, f, "Comparison", labelCell(t, f, "C", "Note")); got != cmp.Trials[1].UserNote {
		t.Errorf("Comparison sheet note = %q", got)
	}
}

func TestWorkbookWithoutNotesHasNoNoteColumn(t *testing.T) {
	f := readBack(t, seedComparison(t))
	rows, _ := f.GetRows("Trials")
	for _, h := range rows[0] {
		if h == "Note" {
			t.Error("the Trials sheet has a Note column without notes")
		}
	}
}
