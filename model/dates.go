package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a date as a document states it: a day, or only a month (Day 0).
// The zero Date means not stated. Estimated marks an anticipated date and
// Actual one the document says has happened; neither is set when the
// document does not say which.
type Date struct {
	Year, Month, Day int
	Estimated        bool
	Actual           bool
}

// Dates are a trial's milestones as its document states them.
type Dates struct {
	Start             Date
	PrimaryCompletion Date
	Completion        Date
	FirstPosted       Date
	LastUpdate        Date
	LastVerified      Date
}

// DateFields are the fields of a trial's dates, in the order of Dates.
var DateFields = []Field{FieldStartDate, FieldPrimaryEnd, FieldCompletion, FieldFirstPosted, FieldLastUpdate, FieldLastVerified}

// Of returns the date a field names, or nil for a field that is not a date.
func (d *Dates) Of(f Field) *Date {
	switch f {
	case FieldStartDate:
		return &d.Start
	case FieldPrimaryEnd:
		return &d.PrimaryCompletion
	case FieldCompletion:
		return &d.Completion
	case FieldFirstPosted:
		return &d.FirstPosted
	case FieldLastUpdate:
		return &d.LastUpdate
	case FieldLastVerified:
		return &d.LastVerified
	}
	return nil
}

// EnrollmentType says whether an enrollment count is actual or estimated;
// empty when the document does not say.
type EnrollmentType string

// The enrollment types.
const (
	EnrollmentActual    EnrollmentType = "actual"
	EnrollmentEstimated EnrollmentType = "estimated"
)

// StaleAfter is how long a still-open status stays believable without a new
// verification: ClinicalTrials.gov shows such a record as "Unknown status".
const StaleAfter = 2 * 365 * 24 * time.Hour

// IsZero reports whether the date is not stated.
func (d Date) IsZero() bool { return d.Year == 0 }

// ISO renders the date as "YYYY-MM-DD", or "YYYY-MM" when only the month is
// stated, "YYYY" when only the year is, or "" when not stated.
func (d Date) ISO() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Label renders the date for people: "27 Sep 2022", or "Sep 2022" when only
// the month is stated, followed by " (estimated)" when it is.
func (d Date) Label() string {
	if d.IsZero() {
		return ""
	}
	s := d.MonthYear()
	if d.Day != 0 {
		s = strconv.Itoa(d.Day) + " " + s
	}
	if d.Estimated {
		s += " (estimated)"
	}
	return s
}

// MonthYear renders the month and year, such as "Sep 2022", or the year
// alone when only the year is stated.
func (d Date) MonthYear() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	}
	return time.Month(d.Month).String()[:3] + " " + strconv.Itoa(d.Year)
}

// Time is the date's first moment in UTC: the first of the month when only
// the month is stated, 1 January when only the year is.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// openStatuses are the statuses that claim a trial still takes or will take
// patients.
var openStatuses = map[Status]bool{
	StatusRecruiting: true, StatusNotYetRecruiting: true,
	StatusActiveNotRecruiting: true, StatusEnrollingByInvite: true,
}

// StatusCheckedOn is the date the status was last checked: the last
// verification, or the last update when no verification is stated.
func (t *Trial) StatusCheckedOn() Date {
	if !t.Dates.LastVerified.IsZero() {
		return t.Dates.LastVerified
	}
	return t.Dates.LastUpdate
}

// StatusStale reports whether an open status has not been verified for more
// than StaleAfter before now, the rule ClinicalTrials.gov uses for "Unknown
// status".
func (t *Trial) StatusStale(now time.Time) bool {
	checked := t.StatusCheckedOn()
	return openStatuses[t.Status] && !checked.IsZero() && now.Sub(checked.Time()) > StaleAfter
}

// Typed returns the date marked estimated or actual as a type word says:
// "ESTIMATED", "Anticipated" and "Estimate" mark it estimated, "ACTUAL"
// actual; any other word leaves it as it is.
func (d Date) Typed(kind string) Date {
	if d.IsZero() {
		return d
	}
	if estimated, actual, known := DateKind(kind); known {
		d.Estimated, d.Actual = estimated, actual
	}
	return d
}

// DateKind reads a date or enrollment type word.
func DateKind(kind string) (estimated, actual, known bool) {
	switch strings.ToLower(strings.TrimSpace(kind)) {
	case "estimated", "estimate", "anticipated", "expected":
		return true, false, true
	case "actual":
		return false, true, true
	}
	return false, false, false
}
