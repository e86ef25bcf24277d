package compare

import (
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

func TestComparison(t *testing.T) {
	a := model.Trial{NCTID: "NCT1", Title: "One", Source: model.Source{File: "a.txt"}, Warnings: []model.Warning{{Field: model.FieldAges, Message: "odd"}}, Phases: []model.Phase{model.Phase1, model.Phase2}, Status: model.StatusRecruiting, Targets: []string{"CD19", "CD22"}}
	b := model.Trial{NCTID: "NCT2", Phases: []model.Phase{model.Phase1}, Status: model.StatusRecruiting}
	a.Note(model.FieldPhases, "header: Phase 1/2")
	c := NewComparison([]model.Trial{a, b})
	rows := map[model.Field]Row{}
	for _, r := range c.Rows {
		rows[r.Field] = r
	}
	if len(c.Rows) != 18 {
		t.Errorf("%d rows, want 18", len(c.Rows))
	}
	if r := rows[model.FieldPhases]; !r.Differs || r.Cells[0].Text != "Phase 1/2" || r.Cells[0].Source != "header: Phase 1/2" {
		t.Errorf("phase row = %+v", r)
	}
	if r := rows[model.FieldStatus]; r.Differs || r.Cells[1].Text != "Recruiting" {
		t.Errorf("status row = %+v", r)
	}
	if r := rows[model.FieldTargets]; r.Cells[1].Text != model.NotStated || !r.Cells[1].NotStated || len(r.Cells[0].Items) != 2 {
		t.Errorf("targets row = %+v", r)
	}
	for _, r := range c.DifferingRows() {
		if !r.Differs {
			t.Errorf("DifferingRows returned %s", r.Label)
		}
	}
	if got := c.ColumnTitle(0); got != "NCT1" {
		t.Errorf("ColumnTitle = %q", got)
	}
	for _, f := range []model.Field{model.FieldNCTID, model.FieldTitle, model.FieldDocument, model.FieldWarnings} {
		if rows[f].Differs {
			t.Errorf("the identity row %s counts as differing", f)
		}
	}
	if single := NewComparison([]model.Trial{a}); len(single.DifferingRows()) != 0 {
		t.Error("one trial cannot differ from itself")
	}
}

func TestComparisonWithPatientAndExclusions(t *testing.T) {
	young := model.Trial{NCTID: "NCT1", Ages: model.AgeRange{Min: bound(15, model.Years, true)}, Exclusion: []string{"Uncontrolled CNS disease", "Pregnant women"}}
	open := model.Trial{NCTID: "NCT2", Exclusion: []string{"Active infection"}}
	rules.Resolve(&young)
	rules.Resolve(&open)
	days, label, _ := eligibility.ParsePatientAge("7y")
	c := NewComparison([]model.Trial{young, open}).WithPatient(eligibility.Profile{AgeDays: days, AgeLabel: label}, nil)
	fit := c.Rows[0]
	if fit.Field != model.FieldFit || fit.Cells[0].Verdict != eligibility.VerdictExcluded || fit.Cells[1].Verdict != eligibility.VerdictPossible || c.Patient == nil {
		t.Fatalf("fit row = %+v", fit)
	}
	rows := c.ExclusionRows()
	if len(rows) != len(rules.Themes()) || rows[0].Field != "theme:cns" || rows[0].Cells[0].Text != "● 1" || rows[0].Cells[1].Text != "none" {
		t.Errorf("exclusion rows: %+v", rows[0])
	}
}

func TestComparisonStatusAndDates(t *testing.T) {
	balli := model.Trial{NCTID: "NCT04150497", Status: model.StatusRecruiting, Enrollment: 40, EnrollmentType: model.EnrollmentEstimated, Dates: model.Dates{
		Start:             model.Date{Year: 2019, Month: 10, Day: 14, Actual: true},
		PrimaryCompletion: model.Date{Year: 2023, Month: 7, Day: 31, Estimated: true},
		Completion:        model.Date{Year: 2026, Month: 1, Day: 31, Estimated: true},
		LastUpdate:        model.Date{Year: 2022, Month: 9, Day: 27},
		LastVerified:      model.Date{Year: 2022, Month: 9},
	}}
	balli.Note(model.FieldStatus, "Recruitment Status : Recruiting")
	balli.Note(model.FieldLastVerified, "Last Verified: | September 2022 |")
	fresh := model.Trial{NCTID: "NCT07338357", Status: model.StatusNotYetRecruiting, Dates: model.Dates{
		Start: model.Date{Year: 2026, Month: 1, Day: 5, Estimated: true}, LastVerified: model.Date{Year: 2026, Month: 1}}}
	updated := model.Trial{NCTID: "NCT06709469", Status: model.StatusRecruiting, Dates: model.Dates{LastUpdate: model.Date{Year: 2025, Month: 10, Day: 16}}}
	aggregator := model.Trial{NCTID: "NCT03860844", Dates: model.Dates{Completion: model.Date{Year: 2023, Month: 8, Day: 31}, LastUpdate: model.Date{Year: 2022, Month: 10, Day: 7}}}
	undated := model.Trial{NCTID: "NCT06803875", Status: model.StatusCompleted}
	board := time.Date(2026, time.November, 22, 9, 0, 0, 0, time.UTC)

	for _, tc := range []struct {
		asOf   time.Time
		trials []model.Trial
		status []string
		stale  []bool
		dates  []string
	}{
		{board, []model.Trial{balli, fresh, updated, aggregator, undated},
			[]string{"Recruiting\nstatus not verified since Sep 2022", "Not yet recruiting\nverified Jan 2026", "Recruiting\nupdated 16 Oct 2025", model.NotStated, "Completed"},
			[]bool{true, false, false, false, false},
			[]string{"Start: Oct 2019 (actual)\nPrimary completion: Jul 2023 (estimated)\nCompletion: Jan 2026 (estimated)",
				"Start: Jan 2026 (estimated)\nPrimary completion: not stated\nCompletion: not stated",
				model.NotStated, "Start: not stated\nPrimary completion: not stated\nCompletion: Aug 2023", model.NotStated}},
		// The same record read in October 2022 was not yet stale.
		{time.Date(2022, time.October, 1, 0, 0, 0, 0, time.UTC), []model.Trial{balli},
			[]string{"Recruiting\nverified Sep 2022"}, []bool{false}, nil},
	} {
		c := NewComparisonAsOf(tc.trials, tc.asOf)
		if !c.AsOf.Equal(tc.asOf) {
			t.Errorf("AsOf = %v", c.AsOf)
		}
		rows := map[model.Field]Row{}
		for _, r := range c.Rows {
			rows[r.Field] = r
		}
		for i, cell := range rows[model.FieldStatus].Cells {
			if cell.Text != tc.status[i] || cell.Stale != tc.stale[i] {
				t.Errorf("%s as of %s: status %q, stale %v; want %q, %v", tc.trials[i].NCTID, tc.asOf.Format(time.DateOnly), cell.Text, cell.Stale, tc.status[i], tc.stale[i])
			}
		}
		for i, want := range tc.dates {
			if got := rows[model.FieldDates].Cells[i]; got.Text != want || got.NotStated != (want == model.NotStated) {
				t.Errorf("%s dates = %q, want %q", tc.trials[i].NCTID, got.Text, want)
			}
		}
	}
	same := NewComparisonAsOf([]model.Trial{updated, {Status: model.StatusRecruiting, Dates: model.Dates{LastUpdate: model.Date{Year: 2025, Month: 10, Day: 15}}}}, board)
	if same.Rows[3].Field != model.FieldStatus || same.Rows[3].Differs {
		t.Errorf("two recruiting trials updated a day apart differ: %+v", same.Rows[3])
	}
	if mixed := NewComparisonAsOf([]model.Trial{updated, balli}, board); !mixed.Rows[3].Differs {
		t.Error("a stale and a fresh recruiting trial do not differ")
	}
	c := NewComparisonAsOf([]model.Trial{balli}, board)
	for i, r := range c.Rows {
		if r.Field == model.FieldDates && c.Rows[i-1].Field != model.FieldStatus {
			t.Errorf("the dates row follows %s, want status", c.Rows[i-1].Field)
		}
		switch r.Field {
		case model.FieldStatus:
			if src := r.Cells[0].Source; src != "Recruitment Status : Recruiting\nLast Verified: | September 2022 |" {
				t.Errorf("status source = %q", src)
			}
		case model.FieldEnrollment:
			if txt := r.Cells[0].Text; txt != "40 (estimated)" {
				t.Errorf("enrollment = %q", txt)
			}
		}
	}
}

// TestSourceSaysHowTheDocumentWasRead: the Source row carries the note of
// how a document was read, such as a page read from prose.
func TestSourceSaysHowTheDocumentWasRead(t *testing.T) {
	tr := model.Trial{Source: model.Source{File: "/tmp/news.txt", Layout: "generic-text"}}
	tr.Note(model.FieldDocument, "read from prose: no labels or lists")
	cmp := NewComparison([]model.Trial{tr})
	for _, r := range cmp.Rows {
		if r.Field == model.FieldDocument {
			if want := "news.txt\ngeneric-text\nread from prose: no labels or lists"; r.Cells[0].Text != want {
				t.Errorf("Source cell %q, want %q", r.Cells[0].Text, want)
			}
			return
		}
	}
	t.Fatal("no Source row")
}

func TestComparisonSaysNoneWhereTheDocumentDoes(t *testing.T) {
	none := model.Trial{NCTID: "NCT1"}
	none.Note(model.FieldExclusion, model.NoneStated+": There are no exclusion criteria for this study.")
	missed := model.Trial{NCTID: "NCT2"}
	c := NewComparison([]model.Trial{none, missed})
	for _, r := range c.Rows {
		if r.Field != model.FieldExclusion {
			continue
		}
		if r.Cells[0].Text != "None" || r.Cells[1].Text == "None" {
			t.Errorf("exclusion cells %q, %q", r.Cells[0].Text, r.Cells[1].Text)
		}
		themes := c.ExclusionRows()
		if themes[0].Cells[0].Text != "none" || !themes[0].Cells[1].NotStated {
			t.Errorf("theme cells %+v", themes[0].Cells)
		}
		return
	}
	t.Fatal("no exclusion row")
}
