package export

import (
	"fmt"
	"strings"
	"testing"
)

// textUnit is a unit of n lines, each 1 mm high, reading text.
func textUnit(kind unitKind, trial int, section, text string, n int) unit {
	u := unit{kind: kind, trial: trial, section: section}
	for i := range n {
		u.lines = append(u.lines, line{h: 1, spans: []span{{text: fmt.Sprintf("%s #%d", text, i+1)}}})
	}
	return u
}

var testGeometry = flowGeometry{
	columns: 2, height: 10,
	trialContinued: func(trial int) []line {
		return []line{{h: 1, spans: []span{{text: fmt.Sprintf("T%d (continued)", trial)}}}}
	},
	labelContinued: func(_ int, section string) []line {
		return []line{{h: 1, spans: []span{{text: section + " (continued)"}}}}
	},
}

func columnTexts(res flowResult) [][]string {
	var out [][]string
	for _, p := range res.pages {
		for _, col := range p.columns {
			var texts []string
			for _, l := range col {
				texts = append(texts, l.text())
			}
			out = append(out, texts)
		}
	}
	return out
}

// TestFlowCountsTheSpaceUnderAHeading checks that a heading whose
// content would fit only without the space under it moves to the next
// column with that content.
func TestFlowCountsTheSpaceUnderAHeading(t *testing.T) {
	space := unit{kind: unitSpace, trial: 1, lines: []line{{h: 0.5}}}
	units := []unit{
		textUnit(unitHeading, 0, "", "T0 heading", 1),
		textUnit(unitBody, 0, "", "fact", 6),
		textUnit(unitHeading, 1, "", "T1 heading", 1),
		space,
		textUnit(unitBody, 1, "", "fact", 2),
	}
	cols := columnTexts(flow(units, testGeometry, 2))
	if last := cols[0][len(cols[0])-1]; last != "fact #6" {
		t.Errorf("column 1 ends with %q, want the first trial's last fact", last)
	}
	if len(cols) < 2 || cols[1][0] != "T1 heading #1" {
		t.Errorf("column 2 = %q, want it to open with the second trial's heading", cols[1:])
	}
}

func TestFlowKeepsHeadingsWithWhatFollows(t *testing.T) {
	units := []unit{
		textUnit(unitHeading, 0, "", "T0 heading", 2),
		textUnit(unitBody, 0, "", "fact", 6),
		textUnit(unitLabel, 0, "Inclusion", "Inclusion", 1),
		textUnit(unitBody, 0, "Inclusion", "criterion 1", 3),
		textUnit(unitHeading, 1, "", "T1 heading", 2),
		textUnit(unitBody, 1, "", "fact", 2),
	}
	cols := columnTexts(flow(units, testGeometry, 2))
	for i, col := range cols {
		if n := len(col); n > 0 && (strings.Contains(col[n-1], "heading") || strings.HasPrefix(col[n-1], "Inclusion")) {
			t.Errorf("column %d ends with %q", i+1, col[n-1])
		}
	}
	if cols[1][0] != "T0 (continued)" || cols[1][1] != "Inclusion #1" {
		t.Errorf("column 2 = %q", cols[1])
	}
	if strings.Contains(strings.Join(cols[1], "|"), "Inclusion (continued)") {
		t.Error("a section that starts in the column is labelled continued")
	}
}

func TestFlowContinuesTrialsAndSections(t *testing.T) {
	units := []unit{textUnit(unitHeading, 0, "", "T0 heading", 1), textUnit(unitLabel, 0, "Exclusion", "Exclusion", 1)}
	for i := range 12 {
		units = append(units, textUnit(unitBody, 0, "Exclusion", fmt.Sprintf("criterion %d", i+1), 2))
	}
	res := flow(units, testGeometry, 3)
	cols := columnTexts(res)
	if len(res.pages) < 2 {
		t.Fatalf("%d pages", len(res.pages))
	}
	for i, col := range cols[1:] {
		if len(col) == 0 {
			continue
		}
		if col[0] != "T0 (continued)" || col[1] != "Exclusion (continued)" {
			t.Errorf("column %d starts %q", i+2, col[:2])
		}
	}
	for i, col := range cols {
		for j, l := range col {
			if strings.HasSuffix(l, "#1") && j+1 < len(col) && !strings.HasSuffix(col[j+1], "#2") && strings.HasPrefix(l, "criterion") {
				t.Errorf("column %d splits %q", i+1, l)
			}
		}
		if len(col) > 0 && strings.HasSuffix(col[len(col)-1], "#1") && strings.HasPrefix(col[len(col)-1], "criterion") {
			t.Errorf("column %d ends in the middle of a criterion", i+1)
		}
	}
	for _, p := range res.pages {
		if len(p.trials) != 1 || p.trials[0] != 0 {
			t.Errorf("page trials = %v", p.trials)
		}
	}
}

func TestFlowSplitsOnlyWhatIsTallerThanAColumn(t *testing.T) {
	units := []unit{
		textUnit(unitHeading, 0, "", "T0 heading", 1),
		textUnit(unitLabel, 0, "Inclusion", "Inclusion", 1),
		textUnit(unitBody, 0, "Inclusion", "short", 3),
		textUnit(unitBody, 0, "Inclusion", "huge", 25),
	}
	res := flow(units, testGeometry, 2)
	cols := columnTexts(res)
	if got := cols[0][len(cols[0])-1]; got != "huge #5" {
		t.Errorf("the huge criterion does not fill the first column: it ends %q", got)
	}
	total := 0
	for _, col := range cols {
		for _, l := range col {
			if strings.HasPrefix(l, "huge") {
				total++
			}
		}
	}
	if total != 25 {
		t.Errorf("%d of 25 lines placed", total)
	}
	if res.anchors == nil {
		t.Error("no anchors")
	}
}

func TestFlowAnchorsNamePages(t *testing.T) {
	var units []unit
	for trial := range 3 {
		h := textUnit(unitHeading, trial, "", fmt.Sprintf("T%d heading", trial), 1)
		h.anchor = fmt.Sprintf("t%d", trial)
		units = append(units, h, textUnit(unitBody, trial, "", "body", 9))
	}
	res := flow(units, testGeometry, 2)
	if res.anchors["t0"] != 2 || res.anchors["t1"] != 2 || res.anchors["t2"] != 3 {
		t.Errorf("anchors = %v", res.anchors)
	}
}
