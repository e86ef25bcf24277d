package rules

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func bound(v float64, u model.AgeUnit, incl bool) *model.AgeBound {
	return &model.AgeBound{Value: v, Unit: u, Inclusive: incl}
}

func TestParseAgeRange(t *testing.T) {
	tests := []struct {
		phrase   string
		min, max *model.AgeBound
	}{
		{"28 days to less than 18 years", bound(28, model.Days, true), bound(18, model.Years, false)},
		{"30 years and younger", nil, bound(30, model.Years, true)},
		{"12-29 years", bound(12, model.Years, true), bound(29, model.Years, true)},
		{"15 Years to 70 Years (Child, Adult, Older Adult)", bound(15, model.Years, true), bound(70, model.Years, true)},
		{"Age ≥ 12 months and < 30 years", bound(12, model.Months, true), bound(30, model.Years, false)},
		{"Aged 3 to 18 years (inclusive)", bound(3, model.Years, true), bound(18, model.Years, true)},
		{"≤25y", nil, bound(25, model.Years, true)},
		{"younger than 26 years", nil, bound(26, model.Years, false)},
		{"Up to 21 years old", nil, bound(21, model.Years, true)},
		{"More than 1 year", bound(1, model.Years, false), nil},
		{"0 Years – 18 Years", bound(0, model.Years, true), bound(18, model.Years, true)},
		{"1‒18 years", bound(1, model.Years, true), bound(18, model.Years, true)},
		{"Between the ages of 1 and 21", bound(1, model.Years, true), bound(21, model.Years, true)},
		{"aged between 18 and 65", bound(18, model.Years, true), bound(65, model.Years, true)},
		{"0 Years — 18 Years", bound(0, model.Years, true), bound(18, model.Years, true)},
		{"between 1 and 21 years", bound(1, model.Years, true), bound(21, model.Years, true)},
		{"from 50 years to (inclusive) 80 years", bound(50, model.Years, true), bound(80, model.Years, true)},
		{"volunteers from 18 years", bound(18, model.Years, true), nil},
		{"Age > 60 years, but patients under 60 years may enter if they cannot join the other trial", bound(60, model.Years, false), nil},
		{"Under 18 years; patients aged 18 years or more after a first relapse in childhood also", nil, bound(18, model.Years, false)},
		{"18 years and older", bound(18, model.Years, true), nil},
		{"18 years of age or older", bound(18, model.Years, true), nil},
		{"at least 6 months", bound(6, model.Months, true), nil},
		{">= 1 year", bound(1, model.Years, true), nil},
		{"> 12 months", bound(12, model.Months, false), nil},
		{"< 18 years", nil, bound(18, model.Years, false)},
		{"<=21 yrs", nil, bound(21, model.Years, true)},
		{"under 25 years of age", nil, bound(25, model.Years, false)},
		{"older than 16 years", bound(16, model.Years, false), nil},
		{"6 months to 21 years", bound(6, model.Months, true), bound(21, model.Years, true)},
		{"1 - 30 years", bound(1, model.Years, true), bound(30, model.Years, true)},
		{"Age 2 through 21 years", bound(2, model.Years, true), bound(21, model.Years, true)},
		{"from 12 weeks to 17 years", bound(12, model.Weeks, true), bound(17, model.Years, true)},
		{"Participant must be 28 days to less than 18 years of age, at the time of signing", bound(28, model.Days, true), bound(18, model.Years, false)},
		{"Age ≥ 12 months and < 30 years at the time of consent. The first patient … age ≥ 6 years old", bound(12, model.Months, true), bound(30, model.Years, false)},
		{"no older than 39 years", nil, bound(39, model.Years, true)},
		{"at most 21 years old", nil, bound(21, model.Years, true)},
		{"youngsters aged between 18 months and 18 will be treated", bound(18, model.Months, true), bound(18, model.Years, true)},
		{"between 6 months and 17 months", bound(6, model.Months, true), bound(17, model.Months, true)},
		{"aged 1 to 21 years (exclusive)", bound(1, model.Years, false), bound(21, model.Years, false)},
		{"2.5 years or older", bound(2.5, model.Years, true), nil},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			r, ok := ParseAgeRange(tt.phrase)
			if !ok {
				t.Fatalf("no range read")
			}
			checkBound(t, "min", r.Min, tt.min)
			checkBound(t, "max", r.Max, tt.max)
		})
	}
}

func checkBound(t *testing.T, name string, got, want *model.AgeBound) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil:
		t.Errorf("%s = %v, want %v", name, got, want)
	case *got != *want:
		t.Errorf("%s = %v, want %v", name, *got, *want)
	}
}

func TestParseAgeRangeRefuses(t *testing.T) {
	for _, phrase := range []string{"", "All", "Phase 1", "body weight ≥10 kg", "3 Years", "LVEF<40%",
		"Volume 13 - 2022 Year=2022", "over 2000 years", "aged 18 to 1990 years"} {
		if r, ok := ParseAgeRange(phrase); ok {
			t.Errorf("ParseAgeRange(%q) = %+v, want nothing", phrase, r)
		}
	}
}

func TestParseAgeBound(t *testing.T) {
	tests := []struct {
		text string
		want *model.AgeBound
		ok   bool
	}{
		{"3 Years", bound(3, model.Years, true), true},
		{"1 Year", bound(1, model.Years, true), true},
		{"6 Months", bound(6, model.Months, true), true},
		{"28 Days", bound(28, model.Days, true), true},
		{"2 Weeks", bound(2, model.Weeks, true), true},
		{"N/A", nil, true},
		{"", nil, true},
		{"12 Hours", bound(0.5, model.Days, true), true},
		{"eighteen", nil, false},
	}
	for _, tt := range tests {
		got, ok := ParseAgeBound(tt.text)
		if ok != tt.ok {
			t.Errorf("ParseAgeBound(%q) ok = %v, want %v", tt.text, ok, tt.ok)
		}
		checkBound(t, tt.text, got, tt.want)
	}
}

func TestAgeRangeLabel(t *testing.T) {
	tests := []struct {
		r    model.AgeRange
		want string
	}{
		{model.AgeRange{Min: bound(28, model.Days, true), Max: bound(18, model.Years, false)}, "28 days – <18 years"},
		{model.AgeRange{Min: nil, Max: bound(30, model.Years, true)}, "≤30 years"},
		{model.AgeRange{Min: bound(1, model.Years, false), Max: nil}, ">1 year"},
		{model.AgeRange{Min: bound(3, model.Years, true), Max: bound(18, model.Years, true)}, "3 years – 18 years"},
		{model.AgeRange{}, ""},
	}
	for _, tt := range tests {
		if got := tt.r.Label(); got != tt.want {
			t.Errorf("Label() = %q, want %q", got, tt.want)
		}
	}
}

func TestAgeRangeAdmitsBoundaries(t *testing.T) {
	years := func(y float64) float64 { return y * 365.25 }
	lessThan18 := model.AgeRange{Min: bound(28, model.Days, true), Max: bound(18, model.Years, false)}
	if lessThan18.Admits(years(18)) {
		t.Error("exactly 18 years is inside \"less than 18 years\"")
	}
	if !lessThan18.Admits(years(17.9)) {
		t.Error("17.9 years is outside \"less than 18 years\"")
	}
	threeTo18 := model.AgeRange{Min: bound(3, model.Years, true), Max: bound(18, model.Years, true)}
	if !threeTo18.Admits(years(3)) {
		t.Error("exactly 3 years is outside \"3 to 18 years\"")
	}
	if threeTo18.Admits(years(2.99)) {
		t.Error("2.99 years is inside \"3 to 18 years\"")
	}
	if !threeTo18.Admits(years(18.5)) {
		t.Error("18 years and 6 months is outside \"3 to 18 years\" (inclusive)")
	}
	if threeTo18.Admits(years(19)) {
		t.Error("19 years is inside \"3 to 18 years\"")
	}
	moreThan1 := model.AgeRange{Min: bound(1, model.Years, false)}
	if moreThan1.Admits(years(1)) {
		t.Error("exactly 1 year is inside \"more than 1 year\"")
	}
}
