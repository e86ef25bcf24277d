package model

import (
	"testing"
	"time"
)

var boardDay = time.Date(2026, time.November, 22, 9, 0, 0, 0, time.UTC)

func TestDateRendering(t *testing.T) {
	for _, tc := range []struct {
		d                     Date
		iso, label, monthYear string
	}{
		{Date{}, "", "", ""},
		{Date{Year: 2022, Month: 9}, "2022-09", "Sep 2022", "Sep 2022"},
		{Date{Year: 2022, Month: 9, Day: 27}, "2022-09-27", "27 Sep 2022", "Sep 2022"},
		{Date{Year: 2023, Month: 7, Day: 31, Estimated: true}, "2023-07-31", "31 Jul 2023 (estimated)", "Jul 2023"},
	} {
		if got := tc.d.ISO(); got != tc.iso {
			t.Errorf("%+v ISO = %q, want %q", tc.d, got, tc.iso)
		}
		if got := tc.d.Label(); got != tc.label {
			t.Errorf("%+v Label = %q, want %q", tc.d, got, tc.label)
		}
		if got := tc.d.MonthYear(); got != tc.monthYear {
			t.Errorf("%+v MonthYear = %q, want %q", tc.d, got, tc.monthYear)
		}
	}
}

func TestStatusStale(t *testing.T) {
	sep2022 := Date{Year: 2022, Month: 9}
	for _, tc := range []struct {
		name  string
		trial Trial
		want  bool
	}{
		{"recruiting, verified four years ago", Trial{Status: StatusRecruiting, Dates: Dates{LastVerified: sep2022}}, true},
		{"not yet recruiting, verified four years ago", Trial{Status: StatusNotYetRecruiting, Dates: Dates{LastVerified: sep2022}}, true},
		{"active, not recruiting", Trial{Status: StatusActiveNotRecruiting, Dates: Dates{LastVerified: sep2022}}, true},
		{"enrolling by invitation", Trial{Status: StatusEnrollingByInvite, Dates: Dates{LastVerified: sep2022}}, true},
		{"completed is never stale", Trial{Status: StatusCompleted, Dates: Dates{LastVerified: sep2022}}, false},
		{"status not stated", Trial{Dates: Dates{LastVerified: sep2022}}, false},
		{"recruiting, verified this year", Trial{Status: StatusRecruiting, Dates: Dates{LastVerified: Date{Year: 2026, Month: 1}}}, false},
		{"recruiting, no date at all", Trial{Status: StatusRecruiting}, false},
		{"the last update stands in for verification", Trial{Status: StatusRecruiting, Dates: Dates{LastUpdate: Date{Year: 2022, Month: 9, Day: 27}}}, true},
		{"a recent verification wins over an old update", Trial{Status: StatusRecruiting, Dates: Dates{
			LastUpdate: Date{Year: 2022, Month: 9, Day: 27}, LastVerified: Date{Year: 2026, Month: 3}}}, false},
		{"just under two years", Trial{Status: StatusRecruiting, Dates: Dates{LastUpdate: Date{Year: 2024, Month: 11, Day: 23}}}, false},
		{"just over two years", Trial{Status: StatusRecruiting, Dates: Dates{LastUpdate: Date{Year: 2024, Month: 11, Day: 21}}}, true},
	} {
		if got := tc.trial.StatusStale(boardDay); got != tc.want {
			t.Errorf("%s: StatusStale = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestYearOnlyDate(t *testing.T) {
	d := Date{Year: 2025, Estimated: true}
	if got := d.ISO(); got != "2025" {
		t.Errorf("ISO = %q, want 2025", got)
	}
	if got := d.Label(); got != "2025 (estimated)" {
		t.Errorf("Label = %q, want 2025 (estimated)", got)
	}
	if got := d.Time(); !got.Equal(time.Date(2025, time.January, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time = %v, want 1 January 2025", got)
	}
}
