package rules

import (
	"reflect"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestParsePhases(t *testing.T) {
	tests := []struct {
		text string
		want []model.Phase
	}{
		{"Phase 1", []model.Phase{model.Phase1}},
		{"Phase 1/2", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase I/II", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase I‒II", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase 1—2", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase Ib", []model.Phase{model.Phase1}},
		{"Phase 1b/2", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase II", []model.Phase{model.Phase2}},
		{"Phase III", []model.Phase{model.Phase3}},
		{"Phase IV", []model.Phase{model.Phase4}},
		{"Phase 2/3", []model.Phase{model.Phase2, model.Phase3}},
		{"Phase 1 / Phase 2", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase 1/Phase 2", []model.Phase{model.Phase1, model.Phase2}},
		{"Early Phase 1", []model.Phase{model.PhaseEarly1}},
		{"Phase 0", []model.Phase{model.PhaseEarly1}},
		{"N/A", []model.Phase{model.PhaseNA}},
		{"Not Applicable", []model.Phase{model.PhaseNA}},
		{"A Phase I Clinical Trial of CART Cell Therapy", []model.Phase{model.Phase1}},
		{"Phase 1/2 Study of UCART22", []model.Phase{model.Phase1, model.Phase2}},
		{"phase-2", []model.Phase{model.Phase2}},
		{"PHASE3", []model.Phase{model.Phase3}},
		{"PHASE1/PHASE2Active, not recruiting", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase 1/Phase 2Recruiting", []model.Phase{model.Phase1, model.Phase2}},
	}
	for _, tt := range tests {
		got, ok := ParsePhases(tt.text)
		if !ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParsePhases(%q) = %v, %v; want %v", tt.text, got, ok, tt.want)
		}
	}
	for _, text := range []string{"", "Phaser", "Recruiting", "photophase", "12-29 years"} {
		if got, ok := ParsePhases(text); ok {
			t.Errorf("ParsePhases(%q) = %v, want none", text, got)
		}
	}
}

func TestParsePhaseCodes(t *testing.T) {
	got, unknown := ParsePhaseCodes([]string{"PHASE2", "PHASE1", "EARLY_PHASE1", "PHASE9"})
	if want := []model.Phase{model.PhaseEarly1, model.Phase1, model.Phase2}; !reflect.DeepEqual(got, want) {
		t.Errorf("phases = %v, want %v", got, want)
	}
	if !reflect.DeepEqual(unknown, []string{"PHASE9"}) {
		t.Errorf("unknown = %v", unknown)
	}
	got, _ = ParsePhaseCodes([]string{"PHASE1|PHASE2"})
	if want := []model.Phase{model.Phase1, model.Phase2}; !reflect.DeepEqual(got, want) {
		t.Errorf("CSV phases = %v, want %v", got, want)
	}
}

func TestPhaseLabel(t *testing.T) {
	tests := []struct {
		phases []model.Phase
		want   string
	}{
		{[]model.Phase{model.Phase1, model.Phase2}, "Phase 1/2"},
		{[]model.Phase{model.Phase1}, "Phase 1"},
		{[]model.Phase{model.PhaseEarly1}, "Early Phase 1"},
		{[]model.Phase{model.PhaseNA}, "Not applicable"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := model.PhaseLabel(tt.phases); got != tt.want {
			t.Errorf("PhaseLabel(%v) = %q, want %q", tt.phases, got, tt.want)
		}
	}
}

func TestParseStatus(t *testing.T) {
	tests := map[string]model.Status{
		"Recruiting":              model.StatusRecruiting,
		"RECRUITING":              model.StatusRecruiting,
		"Not yet recruiting":      model.StatusNotYetRecruiting,
		"NOT_YET_RECRUITING":      model.StatusNotYetRecruiting,
		"Active, not recruiting":  model.StatusActiveNotRecruiting,
		"Completed":               model.StatusCompleted,
		"Enrolling by invitation": model.StatusEnrollingByInvite,
		"Unknown status":          model.StatusUnknown,
		"Withdrawn":               model.StatusWithdrawn,
	}
	for text, want := range tests {
		if got, ok := ParseStatus(text); !ok || got != want {
			t.Errorf("ParseStatus(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
	for _, text := range []string{"", "All", "Phase 1", "30 years and younger"} {
		if got, ok := ParseStatus(text); ok {
			t.Errorf("ParseStatus(%q) = %q, want none", text, got)
		}
	}
}

func TestParseSex(t *testing.T) {
	tests := map[string]model.Sex{"All": model.SexAll, "ALL": model.SexAll, "Both": model.SexAll, "Female": model.SexFemale, "MALE": model.SexMale}
	for text, want := range tests {
		if got, ok := ParseSex(text); !ok || got != want {
			t.Errorf("ParseSex(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
	if _, ok := ParseSex("Recruiting"); ok {
		t.Error("ParseSex(Recruiting) read a sex")
	}
}

func TestIsTagLine(t *testing.T) {
	for line, want := range map[string]bool{
		"Phase III": true, " Phase 1/2 ": true, "NCT02176967": true, "PHASE2": true,
		"Phase III trial of dinutuximab": false, "See NCT02176967": false, "Phases": false, "": false,
	} {
		if got := IsTagLine(line); got != want {
			t.Errorf("IsTagLine(%q) = %v, want %v", line, got, want)
		}
	}
}
