package compare

import (
	"strconv"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// datedCell builds the cell of the status or dates row.
func datedCell(f model.Field, t *model.Trial, asOf time.Time) Cell {
	switch f {
	case model.FieldStatus:
		return statusCell(t, asOf)
	case model.FieldDates:
		return datesCell(t)
	}
	return Cell{}
}

// statusCell is the status with the date it was last checked: "Recruiting\n
// verified Sep 2022", "Recruiting\nupdated 27 Sep 2022", or, when an open
// status has not been verified for more than StaleAfter before asOf,
// "Recruiting\nstatus not verified since Sep 2022", marked Stale.
func statusCell(t *model.Trial, asOf time.Time) Cell {
	checkedBy := model.FieldLastVerified
	if t.Dates.LastVerified.IsZero() {
		checkedBy = model.FieldLastUpdate
	}
	checked := t.StatusCheckedOn()
	cell := Cell{
		Source:   joinLines(t.Provenance[model.FieldStatus], t.Provenance[checkedBy]),
		Warnings: append(t.WarningsFor(model.FieldStatus), t.WarningsFor(checkedBy)...),
	}
	if t.Status == "" {
		return cell
	}
	cell.Text = t.Status.Label()
	switch {
	case t.StatusStale(asOf):
		cell.Stale = true
		cell.Text += "\nstatus not verified since " + checked.MonthYear()
	case checkedBy == model.FieldLastVerified:
		cell.Text += "\nverified " + checked.MonthYear()
	case !checked.IsZero():
		cell.Text += "\nupdated " + checked.Label()
	}
	return cell
}

// statusDiffers reports whether the statuses differ, or one is stale and
// another not. The dates they were checked on alone do not make them
// differ.
func statusDiffers(cells []Cell) bool {
	key := func(c Cell) string {
		status, _, _ := strings.Cut(c.Text, "\n")
		return normalized(status) + strconv.FormatBool(c.Stale)
	}
	for _, c := range cells[min(1, len(cells)):] {
		if key(c) != key(cells[0]) {
			return true
		}
	}
	return false
}

// datesCell lists the start, primary completion and completion dates, one
// a line, each marked estimated or actual when the document says which. It
// is not stated when none of them is.
func datesCell(t *model.Trial) Cell {
	fields := []struct {
		field model.Field
		label string
		date  model.Date
	}{
		{model.FieldStartDate, "Start", t.Dates.Start},
		{model.FieldPrimaryEnd, "Primary completion", t.Dates.PrimaryCompletion},
		{model.FieldCompletion, "Completion", t.Dates.Completion},
	}
	var cell Cell
	var sources []string
	stated := false
	for _, f := range fields {
		line := f.label + ": " + dateWithType(f.date)
		stated = stated || !f.date.IsZero()
		cell.Items = append(cell.Items, line)
		sources = append(sources, t.Provenance[f.field])
		cell.Warnings = append(cell.Warnings, t.WarningsFor(f.field)...)
	}
	cell.Source = joinLines(sources...)
	if stated {
		cell.Text = strings.Join(cell.Items, "\n")
	} else {
		cell.Items = nil
	}
	return cell
}

// dateWithType renders a date as its month and year with its type, such as
// "Jul 2023 (estimated)", or "not stated".
func dateWithType(d model.Date) string {
	switch {
	case d.IsZero():
		return model.NotStated
	case d.Estimated:
		return d.MonthYear() + " (estimated)"
	case d.Actual:
		return d.MonthYear() + " (actual)"
	}
	return d.MonthYear()
}

// joinLines joins the non-empty parts, one a line.
func joinLines(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n")
}
