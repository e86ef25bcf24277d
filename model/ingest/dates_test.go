package ingest

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// boardDay is the fixed "today" the stale status is judged against.
var boardDay = time.Date(2026, time.November, 22, 9, 0, 0, 0, time.UTC)

// datesWant is a trial's dates as "YYYY-MM-DD"/"YYYY-MM", each followed by
// " est" or " act" when the document gives its type, in the order start,
// primary completion, completion, first posted, last update, last verified.
type datesWant struct {
	dates      [6]string
	enrollment model.EnrollmentType
	stale      bool
}

func dateText(d model.Date) string {
	s := d.ISO()
	switch {
	case d.Estimated:
		s += " est"
	case d.Actual:
		s += " act"
	}
	return s
}

func checkDates(t *testing.T, name string, tr model.Trial, want datesWant) {
	t.Helper()
	for i, f := range model.DateFields {
		d := *tr.Dates.Of(f)
		if got := dateText(d); got != want.dates[i] {
			t.Errorf("%s %s = %q, want %q", name, f, got, want.dates[i])
		}
		if !d.IsZero() && tr.Provenance[f] == "" {
			t.Errorf("%s %s has no provenance", name, f)
		}
	}
	if tr.EnrollmentType != want.enrollment {
		t.Errorf("%s enrollment type = %q, want %q", name, tr.EnrollmentType, want.enrollment)
	}
	if got := tr.StatusStale(boardDay); got != want.stale {
		t.Errorf("%s status stale = %v, want %v", name, got, want.stale)
	}
}

// TestSeedDates holds what each seed states, and only that.
func TestSeedDates(t *testing.T) {
	wants := map[string]datesWant{
		// "End date Aug 31, 2023", "Updated on 7 October 2022", "Last Modified on7 October 2022".
		"000": {dates: [6]string{"", "", "2023-08-31", "", "2022-10-07", ""}},
		// Only the unlabelled date under "Study details".
		"001": {dates: [6]string{"", "", "", "", "2025-10-16", ""}},
		"002": {dates: [6]string{"2026-01-05 est", "2028-10-31 est", "2028-10-31 est", "2026-01-13 act", "2026-01-13 act", "2026-01"},
			enrollment: model.EnrollmentEstimated},
		"003": {dates: [6]string{"", "", "", "", "2025-10-15", ""}},
		"004": {dates: [6]string{"2019-10-14 act", "2023-07-31 est", "2026-01-31 est", "2019-11-04", "2022-09-27", "2022-09"},
			enrollment: model.EnrollmentEstimated, stale: true},
	}
	for _, path := range seedPaths(t) {
		key := filepath.Base(path)[:3]
		checkDates(t, key, readOne(t, path), wants[key])
	}
}

func TestReferenceDates(t *testing.T) {
	formatFiles(t, "ctgov-v2/*.json")
	for _, tc := range []struct {
		file string
		want datesWant
	}{
		{"ctgov-v2/NCT00763412.json", datesWant{dates: [6]string{"2006-11", "2013-01 act", "2013-01 act", "2008-10-01 est", "2017-06-05 act", "2017-05"},
			enrollment: model.EnrollmentActual}},
		{"ctgov-v2/NCT03475563.json", datesWant{dates: [6]string{"2018-08-16 act", "2019-12-30 est", "2019-12-30 est", "2018-03-23 act", "2019-11-27 act", "2019-11"},
			enrollment: model.EnrollmentEstimated}},
		// Not yet recruiting, last verified December 2023: stale by the board day.
		{"ctgov-v2/NCT06171568.json", datesWant{dates: [6]string{"2024-02-01 est", "2025-02-01 est", "2025-02-01 est", "2023-12-14 est", "2023-12-14 est", "2023-12"},
			enrollment: model.EnrollmentEstimated, stale: true}},
		{"ctgov-xml/NCT00023673.xml", datesWant{dates: [6]string{"2001-07", "2009-01 act", "2013-11 act", "2003-04-09 est", "2017-12-22 act", "2017-11"},
			enrollment: model.EnrollmentActual}},
		// Not yet recruiting, last verified April 2011.
		{"ctgov-xml/NCT01339988.xml", datesWant{dates: [6]string{"2011-06", "2014-06 est", "2019-06 est", "2011-04-21 est", "2011-04-21 est", "2011-04"},
			enrollment: model.EnrollmentEstimated, stale: true}},
		// NCI-MATCH, recruiting, states no completion date.
		{"ctgov-xml/NCT02465060.xml", datesWant{dates: [6]string{"2015-08-12 act", "2022-06-30 est", "", "2015-06-08 est", "2018-05-10 est", "2018-03"},
			enrollment: model.EnrollmentEstimated, stale: true}},
	} {
		res := ReadFile(filepath.Join(formatsDir, tc.file))
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		checkDates(t, tc.file, res.Trials[0], tc.want)
	}
}

func TestCSVDates(t *testing.T) {
	paths := formatFiles(t, "ctgov-csv/ctRestart_ctg-studies.csv")
	res := ReadFile(paths[0])
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	// The export states no date type, no verification and no enrollment type.
	checkDates(t, "ctRestart row 2", res.Trials[0], datesWant{dates: [6]string{"2020-06-18", "2021-05-19", "2021-05-19", "2020-03-31", "2022-08-09", ""}})
	if p := res.Trials[0].Provenance[model.FieldLastUpdate]; p != "row 2, Last Update Posted: 2022-08-09" {
		t.Errorf("last update provenance = %q", p)
	}
	subset := ReadFile(filepath.Join(formatsDir, "ctgov-csv/mrd-article-search_ctg-studies.csv"))
	if subset.Err != nil {
		t.Fatal(subset.Err)
	}
	stated := 0
	for _, tr := range subset.Trials {
		if !tr.Dates.Start.IsZero() && !tr.Dates.PrimaryCompletion.IsZero() {
			stated++
		}
		if !tr.Dates.LastUpdate.IsZero() || !tr.Dates.FirstPosted.IsZero() {
			t.Fatalf("%s: a posted date read from an export that has no such column", tr.NCTID)
		}
		for _, w := range tr.Warnings {
			if strings.Contains(w.Message, "date") {
				t.Errorf("%s: %s", tr.NCTID, w.Message)
			}
		}
	}
	if stated < 200 {
		t.Errorf("only %d of %d rows have a start and primary completion date", stated, len(subset.Trials))
	}
}

// TestDatesInOtherForms reads the date forms the seeds do not show: a
// classic record's older rows, an aggregator whose two update dates
// disagree, labelled lines in notes, a date that cannot be read, and API v2
// JSON without types.
func TestDatesInOtherForms(t *testing.T) {
	classic := "A study\nClinicalTrials.gov Identifier: NCT00000001 |\nRecruitment Status :\nActive, not recruiting\n" +
		"First Posted: | October 1, 2008 (Estimate) Key Record Dates |\nLast Update Posted : June 5, 2017 (Actual)\n" +
		"Enrollment : | 10 (Anticipated) |\nStudy Start Date : | November 2006 |\n" +
		"Primary Completion Date : | January 2013 (Actual) |\nAnticipated Study Completion Date : | Smarch 2030 |\nLast Verified: | May 2017 |\n"
	tr := readText(t, "classic.txt", classic)
	checkDates(t, "classic", tr, datesWant{dates: [6]string{"2006-11", "2013-01 act", "", "2008-10-01 est", "2017-06-05 act", "2017-05"},
		enrollment: model.EnrollmentEstimated, stale: true})
	if w := tr.WarningsFor(model.FieldCompletion); len(w) != 1 || !strings.Contains(w[0], "Smarch 2030") {
		t.Errorf("unreadable completion date: warnings %q", w)
	}

	aggregator := "A study (KIDS-1)\n  • End date\n    Dec 2024\nUpdated on 7 October 2022\nClinical Study IdentifierNCT00000002\nLast Modified on8 October 2022\n"
	tr = readText(t, "aggregator.txt", aggregator)
	checkDates(t, "aggregator", tr, datesWant{dates: [6]string{"", "", "2024-12", "", "2022-10-07", ""}})
	if w := tr.WarningsFor(model.FieldLastUpdate); len(w) != 1 || !strings.Contains(w[0], "8 Oct 2022") {
		t.Errorf("disagreeing update dates: warnings %q", w)
	}

	notes := "Trial notes NCT00000004\nStatus: Recruiting\nEstimated primary completion date: July 2023\nLast verified: September 2022\nLast verified: 2026-01\n"
	tr = readText(t, "notes.txt", notes)
	checkDates(t, "generic", tr, datesWant{dates: [6]string{"", "2023-07 est", "", "", "", "2022-09"}, stale: true})

	empty := "A study (KIDS-2)\n  • End date\n  • participants needed\nClinical Study IdentifierNCT00000007\n"
	tr = readText(t, "empty.txt", empty)
	checkDates(t, "aggregator without an end date", tr, datesWant{})
	if len(tr.Warnings) != 0 {
		t.Errorf("an empty End date gives warnings %+v", tr.Warnings)
	}

	untyped := `{"protocolSection":{"identificationModule":{"nctId":"NCT00000003"},"statusModule":{"overallStatus":"RECRUITING",` +
		`"startDateStruct":{"date":"2021-03"},"lastUpdatePostDateStruct":{"date":"2025-13-01"}},"designModule":{"enrollmentInfo":{"count":5}}}}`
	tr = readText(t, "study.json", untyped)
	checkDates(t, "untyped JSON", tr, datesWant{dates: [6]string{"2021-03", "", "", "", "", ""}})
	if w := tr.WarningsFor(model.FieldLastUpdate); len(w) != 1 {
		t.Errorf("month 13: warnings %q", w)
	}
}

func readText(t *testing.T, name, text string) model.Trial {
	t.Helper()
	res := Read(name, []byte(text))
	if res.Err != nil || len(res.Trials) != 1 {
		t.Fatalf("%s: %v, %d trials", name, res.Err, len(res.Trials))
	}
	return res.Trials[0]
}

// TestYearOnlyDateInAPIJSON reads a PartialDate that states only the year,
// as the API's specification allows ("2025"), without a warning.
func TestYearOnlyDateInAPIJSON(t *testing.T) {
	study := `{"protocolSection":{"identificationModule":{"nctId":"NCT00000005"},"statusModule":{"overallStatus":"RECRUITING",` +
		`"startDateStruct":{"date":"2025","type":"ESTIMATED"},"statusVerifiedDate":"2025"}}}`
	tr := readText(t, "study.json", study)
	if got := tr.Dates.Start.ISO(); got != "2025" || !tr.Dates.Start.Estimated {
		t.Errorf("start = %q (estimated %v), want 2025, estimated", got, tr.Dates.Start.Estimated)
	}
	if got := tr.Dates.LastVerified.ISO(); got != "2025" {
		t.Errorf("last verified = %q, want 2025", got)
	}
	if len(tr.Warnings) != 0 {
		t.Errorf("warnings %+v", tr.Warnings)
	}
}
