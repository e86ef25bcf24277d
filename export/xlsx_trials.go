package export

import (
	"math"
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/xuri/excelize/v2"

	"github.com/trialcompare/trialcompare/model"
)

// trialColumn is a column of the Trials sheet. Its value is a string, an
// int, a float64, a bool, a model.Date or nil for an empty cell.
type trialColumn struct {
	tableColumn
	value func(i int) any
	// pointer, when set, says where a shortened value is whole; else the
	// source document holds it.
	pointer func(i int) string
}

// trialsSheet has a row per trial: text where the value is text, numbers
// where it is a number (enrollment, ages in years, list counts) and Excel
// dates where it is a date, so that a colleague can sort and filter.
func (b *workbook) trialsSheet() error {
	columns := b.trialColumns()
	heads := make([]tableColumn, len(columns))
	for c, col := range columns {
		heads[c] = col.tableColumn
	}
	sw, measures, err := b.openTable(sheetTrials, heads)
	if err != nil {
		return err
	}
	cells := make([]any, len(columns))
	for i, t := range b.cmp.Trials {
		lines := 1
		pointer := sourcePointer(t.Source.File)
		for c, col := range columns {
			p := pointer
			if col.pointer != nil {
				p = col.pointer(i)
			}
			var n int
			cells[c], n = b.trialCell(col.value(i), measures[c], p)
			lines = max(lines, n)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, cells, excelize.RowOpts{Height: rowHeight(lines)}); err != nil {
			return err
		}
	}
	if err := addTable(sw, sheetTrials, len(columns), len(b.cmp.Trials)); err != nil {
		return err
	}
	return sw.Flush()
}

// trialCell renders a value as a cell and tells how many lines it takes.
func (b *workbook) trialCell(v any, m measure, pointer string) (excelize.Cell, int) {
	switch v := v.(type) {
	case string:
		if v == "" {
			return excelize.Cell{StyleID: b.styles.text}, 1
		}
		style := b.styles.text
		if v == model.NotStated {
			style = b.styles.dim
		}
		fitted, lines := m.fit(v, maxRowLines, pointer)
		return text(fitted, style), lines
	case int:
		return excelize.Cell{Value: v, StyleID: b.styles.number}, 1
	case float64:
		return excelize.Cell{Value: v, StyleID: b.styles.number}, 1
	case bool:
		return excelize.Cell{Value: v, StyleID: b.styles.truth}, 1
	case model.Date:
		if v.IsZero() {
			return excelize.Cell{StyleID: b.styles.text}, 1
		}
		style := b.styles.dateDay
		if v.Day == 0 {
			style = b.styles.dateMonth
		}
		return excelize.Cell{Value: v.Time(), StyleID: style}, 1
	}
	return excelize.Cell{StyleID: b.styles.text}, 1
}

// trialColumns lists the Trials sheet's columns. Text values are the
// comparison's own, so the sheets read alike.
func (b *workbook) trialColumns() []trialColumn {
	trials := b.cmp.Trials
	rowText := func(field model.Field) func(i int) any {
		k := slices.IndexFunc(b.cmp.Rows, func(r compare.Row) bool { return r.Field == field })
		return func(i int) any {
			if k < 0 {
				return model.NotStated
			}
			return b.cmp.Rows[k].Cells[i].Text
		}
	}
	date := func(pick func(d *model.Dates) model.Date) func(i int) any {
		return func(i int) any { return pick(&trials[i].Dates) }
	}
	list := func(items func(t *model.Trial) []string) func(i int) any {
		return func(i int) any {
			if s := strings.Join(items(&trials[i]), "; "); s != "" {
				return s
			}
			return model.NotStated
		}
	}
	var cols []trialColumn
	add := func(header string, width float64, value func(i int) any) {
		cols = append(cols, trialColumn{tableColumn: tableColumn{header, width}, value: value})
	}
	add("NCT ID", 14, func(i int) any { return trials[i].NCTID })
	add("Title", 40, rowText(model.FieldTitle))
	if slices.ContainsFunc(trials, func(t model.Trial) bool { return t.UserNote != "" }) {
		add("Note", 36, func(i int) any { return trials[i].UserNote })
		cols[len(cols)-1].pointer = b.notes.trialPointer
	}
	if b.cmp.Patient != nil {
		fits := b.cmp.Fits
		add("Verdict", 11, func(i int) any { return verdictLabel(fits[i].Verdict) })
		add("Reasons", 36, func(i int) any { return strings.Join(fits[i].Reasons, "\n") })
		add("To check by hand", 22, func(i int) any { return reviewRefs(fits[i].Review) })
	}
	add("Phase", 11, rowText(model.FieldPhases))
	add("Status", 15, rowText(model.FieldStatus))
	add("Status stale", 8, func(i int) any { return b.stale(&trials[i]) })
	add("Last verified", 12, date(func(d *model.Dates) model.Date { return d.LastVerified }))
	add("Targets", 14, rowText(model.FieldTargets))
	add("Age range", 18, rowText(model.FieldAges))
	add("Min age (years)", 9, func(i int) any { return ageYears(trials[i].Ages.Min) })
	add("Max age (years)", 9, func(i int) any { return ageYears(trials[i].Ages.Max) })
	add("Sex", 8, rowText(model.FieldSex))
	add("Enrollment", 11, func(i int) any { return enrollment(trials[i].Enrollment) })
	add("Enrollment type", 11, func(i int) any { return string(trials[i].EnrollmentType) })
	add("Start", 12, date(func(d *model.Dates) model.Date { return d.Start }))
	add("Primary completion", 12, date(func(d *model.Dates) model.Date { return d.PrimaryCompletion }))
	add("Completion", 12, date(func(d *model.Dates) model.Date { return d.Completion }))
	add("Estimated dates", 14, func(i int) any { return estimatedDates(&trials[i].Dates) })
	add("First posted", 12, date(func(d *model.Dates) model.Date { return d.FirstPosted }))
	add("Last update posted", 12, date(func(d *model.Dates) model.Date { return d.LastUpdate }))
	add("Conditions", 26, list(func(t *model.Trial) []string { return t.Conditions }))
	add("Interventions", 26, list(func(t *model.Trial) []string { return t.InterventionNames() }))
	add("Sponsor", 22, rowText(model.FieldSponsor))
	add("Inclusion criteria", 10, func(i int) any { return len(trials[i].Inclusion) })
	add("Exclusion criteria", 10, func(i int) any { return len(trials[i].Exclusion) })
	add("Criteria rows", 16, func(i int) any { return b.lists.trials[i].criteria().on(sheetCriteria) })
	add("Outcomes", 10, func(i int) any { return len(trials[i].Outcomes) })
	add("Sites", 8, func(i int) any { return len(trials[i].Locations) })
	add("Countries", 18, list(countries))
	add("Source", 24, rowText(model.FieldDocument))
	add("Warnings", 36, func(i int) any { return warningsText(&trials[i]) })
	return cols
}

// stale is whether an open status has gone unverified too long; nil when
// it cannot be judged because no verification or update date is stated.
func (b *workbook) stale(t *model.Trial) any {
	if t.StatusCheckedOn().IsZero() {
		return nil
	}
	return t.StatusStale(b.cmp.AsOf)
}

func verdictLabel(v eligibility.Verdict) string {
	switch v {
	case eligibility.VerdictExcluded:
		return "Excluded"
	case eligibility.VerdictPossible:
		return "Possible"
	}
	return ""
}

// ageYears is an age bound in years, to two decimals; nil when not stated.
func ageYears(b *model.AgeBound) any {
	if b == nil {
		return nil
	}
	return math.Round(b.InYears()*100) / 100
}

func enrollment(n int) any {
	if n <= 0 {
		return nil
	}
	return n
}

// estimatedDates names the dates that are anticipated, not actual.
func estimatedDates(d *model.Dates) string {
	var out []string
	for _, x := range []struct {
		name string
		date model.Date
	}{{"start", d.Start}, {"primary completion", d.PrimaryCompletion}, {"completion", d.Completion}} {
		if !x.date.IsZero() && x.date.Estimated {
			out = append(out, x.name)
		}
	}
	return strings.Join(out, ", ")
}

// countries lists the sites' countries once each, in order of first
// mention.
func countries(t *model.Trial) []string {
	var out []string
	for _, l := range t.Locations {
		if l.Country != "" && !slices.Contains(out, l.Country) {
			out = append(out, l.Country)
		}
	}
	return out
}

func warningsText(t *model.Trial) string {
	out := make([]string, 0, len(t.Warnings))
	for _, w := range t.Warnings {
		out = append(out, w.Message)
	}
	return strings.Join(out, "\n")
}
