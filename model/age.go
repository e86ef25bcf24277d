package model

import (
	"fmt"
	"strconv"
	"strings"
)

// AgeUnit is the unit an age bound is stated in.
type AgeUnit string

// The age units.
const (
	Days   AgeUnit = "days"
	Weeks  AgeUnit = "weeks"
	Months AgeUnit = "months"
	Years  AgeUnit = "years"
)

var daysPerUnit = map[AgeUnit]float64{Days: 1, Weeks: 7, Months: 365.25 / 12, Years: 365.25}

// AgeBound is one end of an age range as the document states it.
type AgeBound struct {
	Value     float64
	Unit      AgeUnit
	Inclusive bool
}

// InDays returns the bound's age in days.
func (b AgeBound) InDays() float64 { return b.Value * daysPerUnit[b.Unit] }

// InYears returns the bound's age in years.
func (b AgeBound) InYears() float64 { return b.InDays() / daysPerUnit[Years] }

// Quantity renders the bound's value and unit, such as "28 days" or "1 year".
func (b AgeBound) Quantity() string {
	unit := string(b.Unit)
	if b.Value == 1 {
		unit = strings.TrimSuffix(unit, "s")
	}
	return strconv.FormatFloat(b.Value, 'f', -1, 64) + " " + unit
}

// SameAs reports whether two bounds admit the same ages, counting "29 years
// inclusive" as the same upper bound as "less than 30 years".
func (b AgeBound) SameAs(o AgeBound, upper bool) bool {
	if b.Unit == o.Unit && b.Value == o.Value && b.Inclusive == o.Inclusive {
		return true
	}
	if b.Unit != o.Unit || b.Inclusive == o.Inclusive {
		return b.InDays() == o.InDays() && b.Inclusive == o.Inclusive
	}
	incl, excl := b, o
	if o.Inclusive {
		incl, excl = o, b
	}
	if upper {
		return incl.Value+1 == excl.Value
	}
	return incl.Value == excl.Value+1
}

// AgeRange is the ages a trial accepts. A nil bound is not stated.
type AgeRange struct {
	Min *AgeBound
	Max *AgeBound
}

// Stated reports whether either bound is stated.
func (r AgeRange) Stated() bool { return r.Min != nil || r.Max != nil }

// Label renders the range, such as "28 days – <18 years", "≥3 years" or
// "≤30 years". It is "" when no bound is stated.
func (r AgeRange) Label() string {
	switch {
	case r.Min != nil && r.Max != nil:
		lo := r.Min.Quantity()
		if !r.Min.Inclusive {
			lo = ">" + lo
		}
		hi := r.Max.Quantity()
		if !r.Max.Inclusive {
			hi = "<" + hi
		}
		return lo + " – " + hi
	case r.Min != nil:
		return map[bool]string{true: "≥", false: ">"}[r.Min.Inclusive] + r.Min.Quantity()
	case r.Max != nil:
		return map[bool]string{true: "≤", false: "<"}[r.Max.Inclusive] + r.Max.Quantity()
	}
	return ""
}

// Admits reports whether an age in days lies inside the range. An unstated
// bound admits every age on its side.
func (r AgeRange) Admits(ageDays float64) bool {
	if r.Min != nil {
		lo := r.Min.InDays()
		if ageDays < lo || (!r.Min.Inclusive && ageDays == lo) {
			return false
		}
	}
	if r.Max != nil {
		hi := r.Max.InDays()
		if r.Max.Inclusive {
			// An inclusive upper bound in whole units admits the whole last
			// unit: "up to 18 years" admits 18 years and 5 months.
			hi += daysPerUnit[r.Max.Unit]
			return ageDays < hi
		}
		return ageDays < hi
	}
	return true
}

// String renders a bound for diagnostics, such as "≥12 months".
func (b AgeBound) String() string {
	return fmt.Sprintf("%s (inclusive: %t)", b.Quantity(), b.Inclusive)
}

// Describe states both bounds in words, such as "from 12 months (inclusive)
// to 30 years (exclusive)", or "no age limit stated".
func (r AgeRange) Describe() string {
	part := func(b *AgeBound, none string) string {
		if b == nil {
			return none
		}
		if b.Inclusive {
			return b.Quantity() + " (inclusive)"
		}
		return b.Quantity() + " (exclusive)"
	}
	if !r.Stated() {
		return "no age limit stated"
	}
	return "from " + part(r.Min, "no lower limit") + " to " + part(r.Max, "no upper limit")
}

// Describe words a bound with whether it is inclusive, such as "18 years
// (inclusive)".
func (b AgeBound) Describe() string {
	if b.Inclusive {
		return b.Quantity() + " (inclusive)"
	}
	return b.Quantity() + " (exclusive)"
}
