package export

import (
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/compare"
)

// The changes section's type styles.
var (
	changesTitleStyle   = style{bold: true, size: 12, color: accent}
	changeClosesStyle   = style{bold: true, size: 8, color: warningInk}
	changeDeletedStyle  = style{bold: true, size: 8, color: excludedInk}
	changeInsertedStyle = style{bold: true, size: 8, color: insertedInk}
)

// insertedInk prints the words a reworded criterion gained.
var insertedInk = rgb{20, 110, 50}

// changeIndent is where a change's text starts, after its mark.
const changeIndent = 4.0

// ChangesTitle is the changes section's title: "Changes since 2026-11-25",
// the date of the oldest version any trial was compared with.
func ChangesTitle(cmp compare.Comparison) string {
	since := changesSince(cmp)
	if since.IsZero() {
		return "Changes since the board was saved"
	}
	return "Changes since " + since.Format(time.DateOnly)
}

// changesSince is the date of the oldest version compared; zero when none
// is known.
func changesSince(cmp compare.Comparison) time.Time {
	var since time.Time
	for _, tc := range cmp.Changes {
		if tc.Compared && !tc.Since.IsZero() && (since.IsZero() || tc.Since.Before(since)) {
			since = tc.Since
		}
	}
	return since
}

// changesUnits sets the changes section: its title, then each trial
// compared with its heading and a line per change, or "No change"; the
// change that closes a trial leads, marked "!" in bold warning ink, and a
// reworded criterion shows its deleted words as [-…-] in red and its
// inserted words as {+…+} in green. The trials that were not compared are
// named at the end.
func changesUnits(m measurer, cmp compare.Comparison, width float64) []unit {
	title := ChangesTitle(cmp)
	day := changesSince(cmp).Format(time.DateOnly)
	units := []unit{{kind: unitHeading, trial: -1, lines: append(m.textLines(title, changesTitleStyle, 0, width), line{h: 2})}}
	var notCompared []string
	for i, tc := range cmp.Changes {
		if i >= len(cmp.Trials) {
			break
		}
		if !tc.Compared {
			notCompared = append(notCompared, trialHeading(cmp, i))
			continue
		}
		units = append(units, unit{kind: unitSpace, trial: i, lines: []line{{h: 3}}})
		head := []line{{h: 1}}
		head = append(head, m.textLines(trialHeading(cmp, i), detailHeadingStyle, 1.5, width-1.5)...)
		if d := tc.Since.Format(time.DateOnly); !tc.Since.IsZero() && d != day {
			head = append(head, m.textLines("since "+d, detailNoteStyle, 1.5, width-1.5)...)
		}
		head = append(head, line{h: 1.5})
		for j := range head {
			head[j].band = &headingFill
		}
		units = append(units, unit{kind: unitHeading, trial: i, lines: head}, unit{kind: unitSpace, trial: i, lines: []line{{h: 1.5}}})
		if len(tc.Changes) == 0 {
			units = append(units, unit{kind: unitBody, trial: i, lines: m.textLines("No change.", detailNoteStyle, 0, width)})
		}
		for _, c := range tc.Changes {
			units = append(units, unit{kind: unitBody, trial: i, lines: changeLines(m, c, width)})
		}
	}
	if len(notCompared) > 0 {
		note := "Not compared (not fetched again, or read from a page never checked against ClinicalTrials.gov): " + strings.Join(notCompared, "; ") + "."
		units = append(units, unit{kind: unitSpace, trial: -1, lines: []line{{h: 3}}},
			unit{kind: unitBody, trial: -1, lines: m.textLines(note, detailNoteStyle, 0, width)})
	}
	return units
}

// changeLines sets one change after its mark: "!" for the change that
// closes the trial, "•" for the others.
func changeLines(m measurer, c compare.Change, width float64) []line {
	var lines []line
	mark, markStyle := "•", detailBodyStyle
	switch {
	case c.Closes:
		mark, markStyle = "!", changeClosesStyle
		lines = m.textLines(c.Text()+" — the trial no longer takes patients", changeClosesStyle, changeIndent, width)
	case c.Kind == compare.ChangeReworded:
		runs := []styledRun{{text: c.What + " reworded:", st: detailBodyStyle}}
		for i, p := range c.Diff {
			// A replacement reads as one: [-12 months-]{+1 year+}.
			glued := i > 0 && p.Op == compare.DiffInserted && c.Diff[i-1].Op == compare.DiffDeleted
			switch p.Op {
			case compare.DiffDeleted:
				runs = append(runs, styledRun{text: "[-" + p.Text + "-]", st: changeDeletedStyle})
			case compare.DiffInserted:
				runs = append(runs, styledRun{text: "{+" + p.Text + "+}", st: changeInsertedStyle, glued: glued})
			default:
				runs = append(runs, styledRun{text: p.Text, st: detailBodyStyle})
			}
		}
		lines = m.runLines(runs, changeIndent, width)
	default:
		lines = m.textLines(c.Text(), detailBodyStyle, changeIndent, width)
	}
	if len(lines) == 0 {
		return nil
	}
	lines[0].spans = append([]span{{x: 0, text: mark, st: markStyle}}, lines[0].spans...)
	return lines
}

// styledRun is a run of words in one style; glued puts its first word
// right after the word before, with no space.
type styledRun struct {
	text  string
	st    style
	glued bool
}

// runLines sets runs of differently styled words as lines from x, no wider
// than width, breaking between words; a word wider than the line gets a
// line of its own.
func (m measurer) runLines(runs []styledRun, x, width float64) []line {
	var out []line
	cur := line{}
	pos := x
	for _, r := range runs {
		space := m.width(" ", r.st)
		for k, word := range strings.Fields(r.text) {
			w := m.width(word, r.st)
			gap := space
			if pos == x || (k == 0 && r.glued) {
				gap = 0
			}
			if pos > x && pos+gap+w > width {
				out = append(out, cur)
				cur, pos, gap = line{}, x, 0
			}
			cur.spans = append(cur.spans, span{x: pos + gap, text: word, st: r.st})
			cur.h = max(cur.h, r.st.lineHeight())
			pos += gap + w
		}
	}
	if len(cur.spans) > 0 {
		out = append(out, cur)
	}
	return out
}
