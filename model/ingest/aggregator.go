package ingest

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

var (
	aggregatorID        = regexp.MustCompile(`Clinical Study Identifier\s*(NCT\d{8})`)
	aggregatorCondition = regexp.MustCompile(`^Condition\s+(.+)$`)
	aggregatorTreatment = regexp.MustCompile(`^Treatment\s+(.+)$`)
	aggregatorUpdated   = regexp.MustCompile(`^(?:Updated on|Last Modified on)\s*(.+)$`)
)

// isAggregator reports whether text is an aggregator page.
func isAggregator(text string) bool { return strings.Contains(text, "Clinical Study Identifier") }

// readAggregator reads an aggregator page: the title, objectives, the
// "Condition" and "Treatment" lines, the "Clinical Study Identifier", an
// "End date", "Updated on" and "Last Modified on" dates, and the criteria as
// plain lines.
func readAggregator(text string) ([]model.Trial, error) {
	lines := strings.Split(text, "\n")
	var t model.Trial
	idx := nonEmptyLines(lines, 0)
	if len(idx) > 0 {
		t.Title = strings.TrimSpace(lines[idx[0]])
		t.Note(model.FieldTitle, "first line: "+t.Title)
	}
	acronymFromTitle(&t)
	if m := aggregatorID.FindStringSubmatch(text); m != nil {
		t.NCTID = m[1]
		t.Note(model.FieldNCTID, strings.TrimSpace(m[0]))
	}
	var summary []string
	inSummary := len(idx) > 0
	for i := 0; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		switch {
		case strings.HasPrefix(l, "Condition") && aggregatorCondition.MatchString(l):
			inSummary = false
			t.Conditions = splitList(aggregatorCondition.FindStringSubmatch(l)[1], ",")
			t.Note(model.FieldConditions, l)
		case strings.HasPrefix(l, "Treatment") && aggregatorTreatment.MatchString(l):
			for _, name := range splitList(aggregatorTreatment.FindStringSubmatch(l)[1], ",") {
				t.Interventions = append(t.Interventions, model.Intervention{Name: name})
			}
			t.Note(model.FieldInterventions, l)
		case strings.EqualFold(strings.TrimLeft(l, "• "), "End date") && i+1 < len(lines):
			// The value is the next line, unless the page left it empty and
			// the next line is the next label.
			if end := strings.TrimSpace(lines[i+1]); !strings.HasPrefix(end, "•") {
				readDate(&t, model.FieldCompletion, end, "", "End date: "+end)
			}
		case (strings.HasPrefix(l, "Updated on") || strings.HasPrefix(l, "Last Modified on")) && aggregatorUpdated.MatchString(l):
			readAggregatorUpdate(&t, l, aggregatorUpdated.FindStringSubmatch(l)[1])
		case inSummary && len(idx) > 0 && i > idx[0]:
			summary = append(summary, lines[i])
		}
	}
	t.Summary = strings.TrimSpace(strings.Join(summary, "\n"))
	t.Note(model.FieldSummary, "text between the title and the Condition line")
	criteria, _, _ := pageCriteria(lines)
	readCriteria(&t, criteria)
	return []model.Trial{t}, nil
}

// readAggregatorUpdate reads an "Updated on" or "Last Modified on" line as
// the last update. The page states it twice; a second date that disagrees
// with the first gets a warning.
func readAggregatorUpdate(t *model.Trial, line, date string) {
	first := t.Dates.LastUpdate
	if first.IsZero() {
		readDate(t, model.FieldLastUpdate, date, "", line)
		return
	}
	t.Note(model.FieldLastUpdate, line)
	if d, ok := rules.ParseDate(date); ok && d != first {
		t.Warn(model.FieldLastUpdate, fmt.Sprintf("The page gives two update dates, %s and %s; the first is used.", first.Label(), d.Label()))
	}
}
