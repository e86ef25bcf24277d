package export

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"
)

// changedComparison is the seeds' comparison after What Changed: the
// first trial changed since 25 Nov, the second did not, the third changed
// since 24 Nov (the section's date, the oldest), the others were not
// compared.
func changedComparison(t testing.TB) compare.Comparison {
	cmp := seedComparison(t)
	saved := time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)
	changes := make([]compare.TrialChanges, len(cmp.Trials))
	changes[0] = compare.TrialChanges{Compared: true, Since: saved, Changes: []compare.Change{
		{Field: model.FieldStatus, Kind: compare.ChangeChanged, What: "Status", Old: "Recruiting", New: "Active, not recruiting", Closes: true},
		{Field: model.FieldAges, Kind: compare.ChangeChanged, What: "Minimum age", Old: "3 years (inclusive)", New: "1 year (inclusive)"},
		{Field: model.FieldInclusion, Kind: compare.ChangeReworded, What: "Inclusion criterion 4",
			Diff: compare.WordDiff("Relapse within 12 months of diagnosis.", "Relapse within 1 year of diagnosis.")},
	}}
	changes[1] = compare.TrialChanges{Compared: true, Since: saved}
	changes[2] = compare.TrialChanges{Compared: true, Since: saved.Add(-24 * time.Hour), Changes: []compare.Change{
		{Field: model.FieldLocations, Kind: compare.ChangeAdded, What: "Site", New: "Texas Children's Hospital, Houston, United States (Recruiting)"},
	}}
	return cmp.WithChanges(changes)
}

func TestPDFChangesSection(t *testing.T) {
	cmp := changedComparison(t)
	plain := layoutFor(t, cmp, testOptions)
	if len(plain.changes) != 0 {
		t.Fatal("the changes are printed though not asked for")
	}
	opts := testOptions
	opts.Changes = true
	doc := layoutFor(t, cmp, opts)
	if len(doc.changes) != 1 {
		t.Fatalf("the changes take %d pages, want 1", len(doc.changes))
	}
	pages := doc.pageTexts()
	section := pages[len(doc.overview.pages)]
	for _, want := range []string{
		"Changes since 2026-11-24",
		cmp.ColumnTitle(0),
		"! Status: Recruiting → Active, not recruiting — the trial no longer takes patients",
		"• Minimum age: 3 years (inclusive) → 1 year (inclusive)",
		"• Inclusion criterion 4 reworded: Relapse within [-12 months-] {+1 year+} of diagnosis.",
		cmp.ColumnTitle(0) + " since 2026-11-25 ! Status",
		cmp.ColumnTitle(1) + " since 2026-11-25 No change.",
		cmp.ColumnTitle(2) + " • Site added",
		"Not compared (not fetched again, or read from a page never checked against ClinicalTrials.gov): " + cmp.ColumnTitle(3) + "; " + cmp.ColumnTitle(4) + ".",
	} {
		if !strings.Contains(strings.Join(strings.Fields(section), " "), want) {
			t.Errorf("the changes page lacks %q:\n%s", want, section)
		}
	}
	if len(doc.details) != len(plain.details) {
		t.Errorf("the details take %d pages with the changes and %d without", len(doc.details), len(plain.details))
	}
	if want := "the changes since 2026-11-24, then each trial's details and criteria in full follow the overview"; !strings.Contains(pages[0], want) {
		t.Errorf("the overview's subtitle does not say %q", want)
	}
	// The overview's page references skip the changes page.
	ref := regexp.MustCompile(`details p\. (\d+)`).FindStringSubmatch(pages[0])
	if ref == nil {
		t.Fatalf("the overview names no details page:\n%s", pages[0])
	}
	n, _ := strconv.Atoi(ref[1])
	if n < 1 || n > len(pages) || !strings.Contains(pages[n-1], cmp.Trials[0].Title[:20]) || n == len(doc.overview.pages)+1 {
		t.Errorf("the overview sends the first trial's details to page %d", n)
	}
}

func TestPDFChangesSectionOnlyWithChanges(t *testing.T) {
	opts := testOptions
	opts.Changes = true
	cmp := seedComparison(t)
	if doc := layoutFor(t, cmp, opts); len(doc.changes) != 0 {
		t.Error("a comparison never refreshed prints a changes section")
	}
	unchanged := cmp.WithChanges([]compare.TrialChanges{{Compared: true}})
	if doc := layoutFor(t, unchanged, opts); len(doc.changes) != 0 {
		t.Error("a comparison with no change prints a changes section")
	}
	if got := ChangesTitle(unchanged); got != "Changes since the board was saved" {
		t.Errorf("title with no date: %q", got)
	}
}

func TestPDFChangesDrawn(t *testing.T) {
	opts := testOptions
	opts.Changes = true
	path := filepath.Join(t.TempDir(), "board.pdf")
	if err := WritePDF(context.Background(), path, changedComparison(t), opts); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, path)
	for _, want := range []string{"Changes since 2026-11-24", "the trial no longer takes patients", "[-12 months-]{+1 year+}", "Page 2 of"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}

func TestRunLinesWrapBetweenWords(t *testing.T) {
	m := layoutFor(t, seedComparison(t), testOptions).m
	runs := []styledRun{{text: strings.Repeat("word ", 40), st: detailBodyStyle}, {text: "[-gone-]", st: changeDeletedStyle}, {text: "{+new+}", st: changeInsertedStyle, glued: true}}
	lines := m.runLines(runs, changeIndent, 60)
	if len(lines) < 3 {
		t.Fatalf("%d lines for 40 words in 60 mm", len(lines))
	}
	for _, l := range lines {
		last := l.spans[len(l.spans)-1]
		if end := last.x + m.width(last.text, last.st); end > 60+epsilon {
			t.Errorf("a line ends at %.1f mm, past 60", end)
		}
		if l.spans[0].x != changeIndent {
			t.Errorf("a line starts at %.1f mm", l.spans[0].x)
		}
	}
	tail := lines[len(lines)-1].spans
	gone, added := tail[len(tail)-2], tail[len(tail)-1]
	if gone.text != "[-gone-]" || added.x != gone.x+m.width(gone.text, gone.st) {
		t.Errorf("the inserted words do not follow the deleted ones without a space: %+v %+v", gone, added)
	}
}
