package compare

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// baseTrial is the older version of a trial for the tests of changes.
func baseTrial() model.Trial {
	return model.Trial{
		NCTID: "NCT07338357", Status: model.StatusRecruiting, Phases: []model.Phase{model.Phase1, model.Phase2},
		Sex: model.SexAll, Enrollment: 40, EnrollmentType: model.EnrollmentEstimated,
		Ages: model.AgeRange{Min: bound(12, model.Months, true), Max: bound(21, model.Years, true)},
		Dates: model.Dates{
			Start:             model.Date{Year: 2025, Month: 3, Day: 1, Actual: true},
			PrimaryCompletion: model.Date{Year: 2027, Month: 12, Estimated: true},
			LastUpdate:        model.Date{Year: 2026, Month: 10, Day: 2},
		},
		Locations: []model.Location{
			{Facility: "St. Jude Children's Research Hospital", City: "Memphis", Country: "United States", Status: "Recruiting"},
			{Facility: "Children's Hospital of Philadelphia", City: "Philadelphia", Country: "United States", Status: "Recruiting"},
			{Facility: "Texas Children's Hospital", City: "Houston", Country: "United States", Status: "Not yet recruiting"},
		},
		Inclusion: []string{"Relapsed or refractory B-ALL.", "Relapse within 12 months of diagnosis.", "CD19 positive blasts."},
		Exclusion: []string{"Active CNS-3 disease.", "Pregnancy."},
	}
}

func TestChangesBetween(t *testing.T) {
	tests := []struct {
		name string
		// before changes the older version, change the newer one.
		before, change func(*model.Trial)
		want           []string
		closes         bool
	}{
		{name: "nothing changed", change: func(*model.Trial) {}},
		{
			name: "a new last update alone is no change",
			change: func(n *model.Trial) {
				n.Dates.LastUpdate = model.Date{Year: 2026, Month: 12, Day: 1}
			},
		},
		{
			name:   "recruiting to active, not recruiting closes the trial",
			change: func(n *model.Trial) { n.Status = model.StatusActiveNotRecruiting },
			want:   []string{"Status: Recruiting → Active, not recruiting"},
			closes: true,
		},
		{
			name:   "not yet recruiting to recruiting opens it",
			before: func(o *model.Trial) { o.Status = model.StatusNotYetRecruiting },
			change: func(*model.Trial) {},
			want:   []string{"Status: Not yet recruiting → Recruiting"},
		},
		{
			name:   "suspended closes it",
			change: func(n *model.Trial) { n.Status = model.StatusSuspended },
			want:   []string{"Status: Recruiting → Suspended"},
			closes: true,
		},
		{
			name:   "a status no longer stated is a change but does not close it",
			change: func(n *model.Trial) { n.Status = "" },
			want:   []string{"Status: Recruiting → not stated"},
		},
		{
			name: "dates moved and made actual",
			change: func(n *model.Trial) {
				n.Dates.PrimaryCompletion = model.Date{Year: 2027, Month: 6, Day: 30, Actual: true}
				n.Dates.Completion = model.Date{Year: 2029, Month: 1, Estimated: true}
			},
			want: []string{
				"Primary completion date: Dec 2027 (estimated) → 30 Jun 2027 (actual)",
				"Completion date: not stated → Jan 2029 (estimated)",
			},
		},
		{
			name: "age bounds: a new minimum, the same maximum and minimum in other words",
			change: func(n *model.Trial) {
				n.Ages = model.AgeRange{Min: bound(2, model.Years, true), Max: bound(22, model.Years, false)}
			},
			want: []string{"Minimum age: 12 months (inclusive) → 2 years (inclusive)"},
		},
		{
			name:   "12 months and 1 year are the same bound",
			change: func(n *model.Trial) { n.Ages.Min = bound(1, model.Years, true) },
		},
		{
			name:   "the maximum age removed",
			change: func(n *model.Trial) { n.Ages.Max = nil },
			want:   []string{"Maximum age: 21 years (inclusive) → not stated"},
		},
		{
			name: "sex, phase and enrollment",
			change: func(n *model.Trial) {
				n.Sex = model.SexFemale
				n.Phases = []model.Phase{model.Phase2}
				n.Enrollment, n.EnrollmentType = 36, model.EnrollmentActual
			},
			want: []string{"Sex: All → Female", "Phase: Phase 1/2 → Phase 2", "Enrollment: 40 (estimated) → 36 (actual)"},
		},
		{
			name:   "phases in another order are the same",
			change: func(n *model.Trial) { n.Phases = []model.Phase{model.Phase2, model.Phase1} },
		},
		{
			name: "sites added, closed, opened and removed",
			change: func(n *model.Trial) {
				n.Locations = []model.Location{
					{Facility: "St. Jude Children's Research Hospital", City: "Memphis", Country: "United States", Status: "Active, not recruiting"},
					{Facility: "Texas Children's Hospital", City: "Houston", Country: "United States", Status: "Recruiting"},
					{Facility: "Great Ormond Street Hospital", City: "London", Country: "United Kingdom", Status: "Recruiting"},
				}
			},
			want: []string{
				"Site closed: St. Jude Children's Research Hospital, Memphis, United States (Recruiting → Active, not recruiting)",
				"Site status: Texas Children's Hospital, Houston, United States: Not yet recruiting → Recruiting",
				"Site added: Great Ormond Street Hospital, London, United Kingdom (Recruiting)",
				"Site removed: Children's Hospital of Philadelphia, Philadelphia, United States (Recruiting)",
			},
		},
		{
			name: "criteria reworded, added and removed",
			change: func(n *model.Trial) {
				n.Inclusion = []string{"Relapsed or refractory B-ALL.", "Relapse within 1 year of diagnosis.", "CD19 positive blasts.", "Lansky or Karnofsky ≥ 50."}
				n.Exclusion = []string{"Pregnancy."}
			},
			want: []string{
				"Inclusion criterion 2 reworded: Relapse within [-12 months-]{+1 year+} of diagnosis.",
				"Inclusion criterion 4 added: Lansky or Karnofsky ≥ 50.",
				"Exclusion criterion 1 removed: Active CNS-3 disease.",
			},
		},
		{
			name: "a criterion rewrapped is the same; one replaced by another is removed and added",
			change: func(n *model.Trial) {
				n.Inclusion = []string{"Relapsed  or refractory\nB-ALL.", "Adequate organ function.", "CD19 positive blasts."}
			},
			want: []string{
				"Inclusion criterion 2 removed: Relapse within 12 months of diagnosis.",
				"Inclusion criterion 2 added: Adequate organ function.",
			},
		},
		{
			name: "the status comes first",
			change: func(n *model.Trial) {
				n.Exclusion = append(n.Exclusion, "Prior CD19 CAR-T.")
				n.Sex = model.SexMale
				n.Status = model.StatusCompleted
			},
			want:   []string{"Status: Recruiting → Completed", "Sex: All → Male", "Exclusion criterion 3 added: Prior CD19 CAR-T."},
			closes: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := baseTrial()
			if tt.before != nil {
				tt.before(&old)
			}
			newer := baseTrial()
			tt.change(&newer)
			changes := ChangesBetween(old, newer)
			var got []string
			for _, c := range changes {
				got = append(got, c.Text())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			if closes := (TrialChanges{Changes: changes}).Closes(); closes != tt.closes {
				t.Errorf("closes = %v, want %v", closes, tt.closes)
			}
		})
	}
}

func TestChangesBetweenAgeGroups(t *testing.T) {
	old := model.Trial{AgeGroups: []model.AgeGroup{model.AgeGroupChild}}
	newer := model.Trial{AgeGroups: []model.AgeGroup{model.AgeGroupChild, model.AgeGroupAdult}}
	changes := ChangesBetween(old, newer)
	if len(changes) != 1 || changes[0].Field != model.FieldAgeGroups || changes[0].Kind != ChangeChanged {
		t.Fatalf("changes = %+v", changes)
	}
	// With bounds stated, the groups follow the bounds and are no change of
	// their own.
	old.Ages.Min, newer.Ages.Min = bound(1, model.Years, true), bound(1, model.Years, true)
	if changes := ChangesBetween(old, newer); len(changes) != 0 {
		t.Errorf("changes = %+v", changes)
	}
}

func TestChangesOfHostileCriteriaStayBounded(t *testing.T) {
	old, newer := make([]string, 3000), make([]string, 3000)
	for i := range old {
		old[i] = strings.Repeat("word ", 50) + "old"
		newer[i] = strings.Repeat("word ", 50) + "new"
	}
	changes := criteriaChanges(model.FieldInclusion, "Inclusion criterion", old, newer)
	if len(changes) < 3000 {
		t.Errorf("%d changes for 3000 criteria each reworded", len(changes))
	}
}

func TestSinceLabel(t *testing.T) {
	if got := (TrialChanges{}).SinceLabel(); got != "the board was saved" {
		t.Errorf("no date: %q", got)
	}
	if got := (TrialChanges{Since: time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)}).SinceLabel(); got != "25 Nov 2026" {
		t.Errorf("a date: %q", got)
	}
}

func TestWithChangesMarksTheChangedCells(t *testing.T) {
	old := baseTrial()
	newer := baseTrial()
	newer.Status = model.StatusActiveNotRecruiting
	newer.Dates.PrimaryCompletion = model.Date{Year: 2027, Month: 6, Estimated: true}
	newer.Inclusion[1] = "Relapse within 1 year of diagnosis."
	other := baseTrial()
	other.NCTID = "NCT02210780"
	since := time.Date(2026, 11, 25, 18, 0, 0, 0, time.UTC)
	plain := NewComparisonAsOf([]model.Trial{other, newer}, since)
	marked := plain.WithChanges([]TrialChanges{{}, {Since: since, Changes: ChangesBetween(old, newer)}})
	if !marked.HasChanges() || plain.HasChanges() {
		t.Errorf("HasChanges: marked %v, plain %v", marked.HasChanges(), plain.HasChanges())
	}
	want := map[model.Field]string{
		model.FieldStatus:    "Changed since 25 Nov 2026: Status: Recruiting → Active, not recruiting",
		model.FieldDates:     "Changed since 25 Nov 2026: Primary completion date: Dec 2027 (estimated) → Jun 2027 (estimated)",
		model.FieldInclusion: "Changed since 25 Nov 2026: Inclusion criterion 2 reworded: Relapse within [-12 months-]{+1 year+} of diagnosis.",
	}
	for i, row := range marked.Rows {
		if len(plain.Rows[i].Cells[1].Warnings) != 0 || len(row.Cells[0].Warnings) != 0 {
			t.Errorf("%s: a cell without change is marked, or the comparison marked was changed", row.Label)
		}
		got := row.Cells[1].Warnings
		if w, ok := want[row.Field]; ok {
			if len(got) != 1 || got[0] != w {
				t.Errorf("%s: warnings %q, want %q", row.Label, got, w)
			}
			continue
		}
		if len(got) != 0 {
			t.Errorf("%s: marked %q", row.Label, got)
		}
	}
}

func TestApplyRecord(t *testing.T) {
	fetched := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	record := baseTrial()
	record.Status = model.StatusActiveNotRecruiting
	record.Source = model.Source{File: "NCT07338357.json", Layout: model.LayoutCTGovJSON}
	doc := baseTrial()
	doc.Source = model.Source{File: "board.tcboard › NCT07338357.json", Layout: model.LayoutCTGovJSON}
	doc.UserNote = "ask about slots"
	got, check := ApplyRecord(doc, record, fetched)
	if got.Status != model.StatusActiveNotRecruiting || got.Source != doc.Source || got.UserNote != doc.UserNote || len(check.Filled) != 0 {
		t.Errorf("a record applied to an older record: status %s, source %v, note %q, filled %v", got.Status, got.Source, got.UserNote, check.Filled)
	}
	if want := "Updated from the ClinicalTrials.gov record, last updated 2026-10-02, fetched 2026-12-02."; got.RegistryNote != want {
		t.Errorf("note %q, want %q", got.RegistryNote, want)
	}
	page := model.Trial{NCTID: "NCT07338357", Status: model.StatusRecruiting, Source: model.Source{File: "page.txt", Layout: model.LayoutGeneric}}
	got, check = ApplyRecord(page, record, fetched)
	if got.Status != model.StatusRecruiting || len(check.Disagreements) != 1 || !slices.Contains(check.Filled, model.FieldSex) {
		t.Errorf("a record applied to a page is a check: status %s, %d disagreements, filled %v", got.Status, len(check.Disagreements), check.Filled)
	}
}
