package rules

import (
	"testing"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		family, text string
		want         model.Date
	}{
		{"ISO day (API v2, CSV)", "2022-09-27", model.Date{Year: 2022, Month: 9, Day: 27}},
		{"ISO month (API v2 statusVerifiedDate)", "2022-09", model.Date{Year: 2022, Month: 9}},
		{"year alone (the API's PartialDate)", "2025", model.Date{Year: 2025}},
		{"year alone with its type", "2025 (Estimated)", model.Date{Year: 2025, Estimated: true}},
		{"ISO with spaces around", "  2026-01-13\n", model.Date{Year: 2026, Month: 1, Day: 13}},
		{"month year (legacy XML, classic Last Verified)", "September 2022", model.Date{Year: 2022, Month: 9}},
		{"abbreviated month year", "Sep 2022", model.Date{Year: 2022, Month: 9}},
		{"abbreviation with a full stop", "Sept. 2022", model.Date{Year: 2022, Month: 9}},
		{"month, year", "September, 2022", model.Date{Year: 2022, Month: 9}},
		{"lower case month", "june 2011", model.Date{Year: 2011, Month: 6}},
		{"day month year (listing pages)", "16 October 2025", model.Date{Year: 2025, Month: 10, Day: 16}},
		{"day abbreviated month year", "7 Oct 2022", model.Date{Year: 2022, Month: 10, Day: 7}},
		{"zero-padded day", "07 October 2022", model.Date{Year: 2022, Month: 10, Day: 7}},
		{"month day, year (classic record, legacy XML)", "October 7, 2022", model.Date{Year: 2022, Month: 10, Day: 7}},
		{"legacy XML day", "September 27, 2022", model.Date{Year: 2022, Month: 9, Day: 27}},
		{"abbreviated month day, year (aggregator)", "Aug 31, 2023", model.Date{Year: 2023, Month: 8, Day: 31}},
		{"month day year without comma", "October 7 2022", model.Date{Year: 2022, Month: 10, Day: 7}},
		{"ordinal day", "October 7th, 2022", model.Date{Year: 2022, Month: 10, Day: 7}},
		{"leap day", "February 29, 2024", model.Date{Year: 2024, Month: 2, Day: 29}},
		{"classic (Estimate) suffix", "October 1, 2008 (Estimate)", model.Date{Year: 2008, Month: 10, Day: 1, Estimated: true}},
		{"(Anticipated) suffix", "June 2019 (Anticipated)", model.Date{Year: 2019, Month: 6, Estimated: true}},
		{"(Actual) suffix", "2019-10-14 (Actual)", model.Date{Year: 2019, Month: 10, Day: 14, Actual: true}},
		{"Label's (estimated) suffix", "31 Jul 2023 (estimated)", model.Date{Year: 2023, Month: 7, Day: 31, Estimated: true}},
	} {
		got, ok := ParseDate(tc.text)
		if !ok || got != tc.want {
			t.Errorf("%s: ParseDate(%q) = %+v, %v; want %+v", tc.family, tc.text, got, ok, tc.want)
		}
	}
}

func TestParseDateRefuses(t *testing.T) {
	for _, text := range []string{
		"", "   ", "0000", "1492", "22", "2022-13", "2022-00", "2022-09-32", "2022-09-00", "2022-9-27", "22-09-27",
		"2022-02-30", "February 29, 2023", "September 31, 2022", "32 October 2022", "0 October 2022",
		"Smarch 2022", "13/2022", "09/27/2022", "27.09.2022", "October 2022 2023", "2022 October",
		"Updated on 7 October 2022", "End date Aug 31, 2023", "October 7, 22", "October +7, 2022",
		"October 2022 (approximately)", "(Actual)", "0000-01-01", "1492-10-12", "9999-12", "Aug -1, 2023",
		"not stated", "N/A",
	} {
		if d, ok := ParseDate(text); ok {
			t.Errorf("ParseDate(%q) = %+v, want a refusal", text, d)
		}
	}
}

func TestDateTyped(t *testing.T) {
	d := model.Date{Year: 2023, Month: 7, Day: 31}
	for kind, want := range map[string]model.Date{
		"ESTIMATED":   {Year: 2023, Month: 7, Day: 31, Estimated: true},
		"Anticipated": {Year: 2023, Month: 7, Day: 31, Estimated: true},
		"Estimate":    {Year: 2023, Month: 7, Day: 31, Estimated: true},
		"ACTUAL":      {Year: 2023, Month: 7, Day: 31, Actual: true},
		"":            d,
		"unknown":     d,
	} {
		if got := d.Typed(kind); got != want {
			t.Errorf("Typed(%q) = %+v, want %+v", kind, got, want)
		}
	}
	if got := (model.Date{}).Typed("ACTUAL"); !got.IsZero() || got.Actual {
		t.Errorf("a date not stated stays not stated: %+v", got)
	}
	for kind, want := range map[string]model.EnrollmentType{"ACTUAL": model.EnrollmentActual, "ESTIMATED": model.EnrollmentEstimated, "Anticipated": model.EnrollmentEstimated, "Estimated": model.EnrollmentEstimated} {
		if got, ok := ParseEnrollmentType(kind); !ok || got != want {
			t.Errorf("ParseEnrollmentType(%q) = %q, %v", kind, got, ok)
		}
	}
	if got, ok := ParseEnrollmentType("participants"); ok {
		t.Errorf("ParseEnrollmentType(participants) = %q", got)
	}
}

// FuzzParseDate checks that ParseDate never panics, and that every date it
// accepts is a real one whose ISO form and label read back as the same date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2022-09-27", "2022-09", "September 2022", "Sep 2022", "16 October 2025",
		"October 7, 2022", "Aug 31, 2023", "October 1, 2008 (Estimate)", "2022-13", "February 30, 2024", "7th (Actual)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := ParseDate(text)
		if !ok {
			if d != (model.Date{}) {
				t.Fatalf("refused %q but returned %+v", text, d)
			}
			return
		}
		if d.IsZero() || !valid(d) || (d.Estimated && d.Actual) {
			t.Fatalf("ParseDate(%q) = %+v, not a real date", text, d)
		}
		plain := d
		plain.Estimated, plain.Actual = false, false
		if back, ok := ParseDate(d.ISO()); !ok || back != plain {
			t.Fatalf("ISO %q of %q reads back as %+v, %v", d.ISO(), text, back, ok)
		}
		labelled := plain
		labelled.Estimated = d.Estimated
		if back, ok := ParseDate(d.Label()); !ok || back != labelled {
			t.Fatalf("label %q of %q reads back as %+v, %v", d.Label(), text, back, ok)
		}
		if !utf8.ValidString(d.Label()) {
			t.Fatalf("label %q is not UTF-8", d.Label())
		}
	})
}
