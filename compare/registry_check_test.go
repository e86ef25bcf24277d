package compare

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

func TestCheckAgainstRegistry(t *testing.T) {
	fetched := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	record := model.Trial{
		NCTID: "NCT07338357", Phases: []model.Phase{model.PhaseEarly1}, Status: model.StatusCompleted, Sponsor: "Hebei Yanda Ludaopei Hospital",
		Sex: model.SexAll, Enrollment: 10, EnrollmentType: model.EnrollmentEstimated,
		Ages:          model.AgeRange{Min: &model.AgeBound{Value: 1, Unit: model.Years, Inclusive: true}, Max: &model.AgeBound{Value: 18, Unit: model.Years, Inclusive: true}},
		Interventions: []model.Intervention{{Name: "CLL-1 CAR-T"}},
		Dates: model.Dates{
			Start:      model.Date{Year: 2026, Month: 1, Day: 5, Estimated: true},
			LastUpdate: model.Date{Year: 2024, Month: 5, Day: 2},
		},
	}
	const source = "ClinicalTrials.gov record, last updated 2024-05-02, fetched 2026-11-22"
	tests := []struct {
		name   string
		page   model.Trial
		filled []model.Field
		warns  []string
	}{
		{
			name: "a page that states nothing takes every field",
			page: model.Trial{NCTID: "NCT07338357"},
			filled: []model.Field{model.FieldPhases, model.FieldStatus, model.FieldStartDate, model.FieldLastUpdate, model.FieldEnrollment, model.FieldSex, model.FieldAges,
				model.FieldSponsor, model.FieldInterventions},
		},
		{
			name:   "a page that agrees, with the sponsor in capitals, gets no warning",
			page:   model.Trial{Phases: []model.Phase{model.PhaseEarly1}, Status: model.StatusCompleted, Sponsor: "HEBEI YANDA LUDAOPEI HOSPITAL.", Sex: model.SexAll, Enrollment: 10, Ages: record.Ages, Interventions: record.Interventions, Dates: record.Dates},
			filled: nil,
		},
		{
			name:   "a status that disagrees names both",
			page:   model.Trial{Status: model.StatusRecruiting, Phases: []model.Phase{model.PhaseEarly1}, Sponsor: "Hebei Yanda Ludaopei Hospital", Sex: model.SexAll, Enrollment: 10, Ages: record.Ages, Interventions: record.Interventions, Dates: record.Dates},
			filled: nil,
			warns:  []string{"Status: the page says Recruiting; the registry says Completed (last updated 2024-05-02)."},
		},
		{
			name: "phase, ages, sex, enrollment and sponsor that disagree",
			page: model.Trial{
				Phases: []model.Phase{model.Phase1, model.Phase2}, Status: model.StatusCompleted, Sponsor: "Another Hospital", Sex: model.SexFemale, Enrollment: 30,
				Ages:          model.AgeRange{Min: &model.AgeBound{Value: 2, Unit: model.Years, Inclusive: true}, Max: &model.AgeBound{Value: 19, Unit: model.Years, Inclusive: false}},
				Interventions: record.Interventions, Dates: record.Dates,
			},
			warns: []string{
				"Phase: the page says Phase 1/2; the registry says Early Phase 1 (last updated 2024-05-02).",
				"Enrollment: the page says 30; the registry says 10 (last updated 2024-05-02).",
				"Sex: the page says Female; the registry says All (last updated 2024-05-02).",
				"Minimum age: the page says 2 years (inclusive); the registry says 1 year (inclusive) (last updated 2024-05-02).",
				"Sponsor: the page says Another Hospital; the registry says Hebei Yanda Ludaopei Hospital (last updated 2024-05-02).",
			},
		},
		{
			name: "an exclusive upper bound one above an inclusive one is the same bound",
			page: model.Trial{
				Phases: []model.Phase{model.PhaseEarly1}, Status: model.StatusCompleted, Sponsor: record.Sponsor, Sex: model.SexAll, Enrollment: 10,
				Ages:          model.AgeRange{Min: record.Ages.Min, Max: &model.AgeBound{Value: 19, Unit: model.Years, Inclusive: false}},
				Interventions: record.Interventions, Dates: record.Dates,
			},
		},
		{
			name:   "age groups on the page keep the registry's ages out",
			page:   model.Trial{AgeGroups: []model.AgeGroup{model.AgeGroupChild}, Phases: []model.Phase{model.PhaseEarly1}, Status: model.StatusCompleted, Sponsor: record.Sponsor, Sex: model.SexAll, Enrollment: 10, Interventions: record.Interventions, Dates: record.Dates},
			filled: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.page
			got, check := CheckAgainstRegistry(tc.page, record, fetched)
			if !reflect.DeepEqual(check.Filled, tc.filled) {
				t.Errorf("filled %v, want %v", check.Filled, tc.filled)
			}
			var warns []string
			for _, w := range check.Disagreements {
				warns = append(warns, w.Message)
			}
			if !reflect.DeepEqual(warns, tc.warns) {
				t.Errorf("warnings\n%q\nwant\n%q", warns, tc.warns)
			}
			if len(got.Warnings) != len(tc.page.Warnings)+len(tc.warns) {
				t.Errorf("trial has %d warnings", len(got.Warnings))
			}
			for _, f := range tc.filled {
				if got.Provenance[f] != source {
					t.Errorf("%s provenance %q", f, got.Provenance[f])
				}
			}
			if (got.RegistryNote != "") != (len(tc.filled) > 0) {
				t.Errorf("registry note %q", got.RegistryNote)
			}
			if !reflect.DeepEqual(tc.page, before) || len(tc.page.Provenance) != 0 {
				t.Error("the page's trial was changed")
			}
		})
	}
}

func TestRegistryNoteInTheSourceRow(t *testing.T) {
	fetched := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	record := model.Trial{Phases: []model.Phase{model.Phase2}, Dates: model.Dates{LastUpdate: model.Date{Year: 2022, Month: 9, Day: 27}, LastVerified: model.Date{Year: 2022, Month: 9}}}
	got, _ := CheckAgainstRegistry(model.Trial{Source: model.Source{File: "/tmp/page.txt", Layout: model.LayoutGeneric}}, record, fetched)
	want := "Filled in from the ClinicalTrials.gov record, last updated 2022-09-27, fetched 2026-11-22: phase, last update, last verified."
	if got.RegistryNote != want {
		t.Errorf("note %q", got.RegistryNote)
	}
	for _, r := range NewComparison([]model.Trial{got}).Rows {
		if r.Field == model.FieldDocument && r.Cells[0].Text != "page.txt\ngeneric-text\n"+want {
			t.Errorf("source row %q", r.Cells[0].Text)
		}
	}
}

func TestRegistrySourceWithoutUpdate(t *testing.T) {
	got := RegistrySource(&model.Trial{}, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))
	if got != "ClinicalTrials.gov record, fetched 2026-11-22" || strings.Contains(got, "updated") {
		t.Errorf("%q", got)
	}
}
