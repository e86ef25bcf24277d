package rules

import (
	"strconv"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// monthByName maps English month names and their abbreviations to months.
var monthByName = func() map[string]int {
	m := map[string]int{"sept": 9}
	for mo := time.January; mo <= time.December; mo++ {
		name := strings.ToLower(mo.String())
		m[name] = int(mo)
		m[name[:3]] = int(mo)
	}
	return m
}()

// The years a date may fall in; anything outside is not a trial date.
const (
	firstYear = 1900
	lastYear  = 2199
)

// ParseDate reads a date as documents write it: "2022-09-27", "2022-09", "2022",
// "September 2022", "Sep 2022", "16 October 2025", "October 7, 2022",
// "Aug 31, 2023". A trailing "(Estimated)", "(Anticipated)", "(Estimate)"
// or "(Actual)" sets the date's type. The whole text must be the date (a
// reader strips its label first); it returns false for anything else,
// including impossible dates such as month 13 or 31 September.
func ParseDate(text string) (model.Date, bool) {
	s := strings.TrimSpace(text)
	kind := ""
	if strings.HasSuffix(s, ")") {
		if open := strings.LastIndexByte(s, '('); open >= 0 {
			kind = s[open+1 : len(s)-1]
			s = strings.TrimSpace(s[:open])
			if _, _, known := model.DateKind(kind); !known {
				return model.Date{}, false
			}
		}
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	var d model.Date
	ok := false
	switch len(fields) {
	case 1:
		d, ok = parseISODate(fields[0])
	case 2:
		d.Month, ok = monthOf(fields[0])
		d.Year = yearOf(fields[1])
	case 3:
		if mo, isMonth := monthOf(fields[0]); isMonth {
			d.Month, d.Day, d.Year = mo, dayOf(fields[1]), yearOf(fields[2])
		} else {
			d.Day, d.Year = dayOf(fields[0]), yearOf(fields[2])
			d.Month, _ = monthOf(fields[1])
		}
		ok = d.Day > 0
	}
	if !ok || !valid(d) {
		return model.Date{}, false
	}
	return d.Typed(kind), true
}

// ParseEnrollmentType reads an enrollment type as documents write it:
// "ACTUAL", "ESTIMATED", "Anticipated" (legacy XML), "Estimated".
func ParseEnrollmentType(kind string) (model.EnrollmentType, bool) {
	estimated, _, known := model.DateKind(kind)
	switch {
	case !known:
		return "", false
	case estimated:
		return model.EnrollmentEstimated, true
	}
	return model.EnrollmentActual, true
}

// parseISODate reads "YYYY-MM-DD", "YYYY-MM" or "YYYY" (the API's
// PartialDate allows a year alone).
func parseISODate(s string) (model.Date, bool) {
	if len(s) == 4 {
		y := yearOf(s)
		return model.Date{Year: y}, y != 0
	}
	if (len(s) != 7 && len(s) != 10) || s[4] != '-' || (len(s) == 10 && s[7] != '-') {
		return model.Date{}, false
	}
	d := model.Date{Year: digits(s[:4]), Month: digits(s[5:7])}
	if d.Month < 1 {
		return model.Date{}, false
	}
	if len(s) == 10 {
		if d.Day = digits(s[8:]); d.Day == 0 {
			return model.Date{}, false
		}
	}
	return d, true
}

// monthOf reads a month name or abbreviation, with or without a full stop.
func monthOf(s string) (int, bool) {
	mo, ok := monthByName[strings.ToLower(strings.TrimSuffix(s, "."))]
	return mo, ok
}

// dayOf reads a day of the month, "7" or "07", with an optional ordinal
// suffix ("7th"); 0 when it is not one.
func dayOf(s string) int {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suffix)
	}
	if len(s) == 0 || len(s) > 2 {
		return 0
	}
	return digits(s)
}

// yearOf reads a four-digit year; 0 when it is not one.
func yearOf(s string) int {
	if len(s) != 4 {
		return 0
	}
	return digits(s)
}

// digits reads a string of ASCII digits; -1 when it holds anything else.
func digits(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || strings.ContainsAny(s, "+-") {
		return -1
	}
	return n
}

// valid reports whether a parsed date exists on the calendar and falls in
// the years trials are dated in.
func valid(d model.Date) bool {
	if d.Year < firstYear || d.Year > lastYear || d.Month > 12 || d.Month < 1 && (d.Month != 0 || d.Day != 0) {
		return false
	}
	if d.Day == 0 {
		return true
	}
	lastDay := time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return d.Day >= 1 && d.Day <= lastDay
}
