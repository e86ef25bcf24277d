package model

import (
	"reflect"
	"testing"
)

func TestParsePhases(t *testing.T) {
	tests := []struct {
		text string
		want []Phase
	}{
		{"Phase 1", []Phase{Phase1}},
		{"Phase 1/2", []Phase{Phase1, Phase2}},
		{"Phase I/II", []Phase{Phase1, Phase2}},
		{"Phase Ib", []Phase{Phase1}},
		{"Phase 1b/2", []Phase{Phase1, Phase2}},
		{"Phase II", []Phase{Phase2}},
		{"Phase III", []Phase{Phase3}},
		{"Phase IV", []Phase{Phase4}},
		{"Phase 2/3", []Phase{Phase2, Phase3}},
		{"Phase 1 / Phase 2", []Phase{Phase1, Phase2}},
		{"Phase 1/Phase 2", []Phase{Phase1, Phase2}},
		{"Early Phase 1", []Phase{PhaseEarly1}},
		{"Phase 0", []Phase{PhaseEarly1}},
		{"N/A", []Phase{PhaseNA}},
		{"Not Applicable", []Phase{PhaseNA}},
		{"A Phase I Clinical Trial of CART Cell Therapy", []Phase{Phase1}},
		{"Phase 1/2 Study of UCART22", []Phase{Phase1, Phase2}},
		{"phase-2", []Phase{Phase2}},
		{"PHASE3", []Phase{Phase3}},
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
	if want := []Phase{PhaseEarly1, Phase1, Phase2}; !reflect.DeepEqual(got, want) {
		t.Errorf("phases = %v, want %v", got, want)
	}
	if !reflect.DeepEqual(unknown, []string{"PHASE9"}) {
		t.Errorf("unknown = %v", unknown)
	}
	got, _ = ParsePhaseCodes([]string{"PHASE1|PHASE2"})
	if want := []Phase{Phase1, Phase2}; !reflect.DeepEqual(got, want) {
		t.Errorf("CSV phases = %v, want %v", got, want)
	}
}

func TestPhaseLabel(t *testing.T) {
	tests := []struct {
		phases []Phase
		want   string
	}{
		{[]Phase{Phase1, Phase2}, "Phase 1/2"},
		{[]Phase{Phase1}, "Phase 1"},
		{[]Phase{PhaseEarly1}, "Early Phase 1"},
		{[]Phase{PhaseNA}, "Not applicable"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := PhaseLabel(tt.phases); got != tt.want {
			t.Errorf("PhaseLabel(%v) = %q, want %q", tt.phases, got, tt.want)
		}
	}
}

func TestParseStatus(t *testing.T) {
	tests := map[string]Status{
		"Recruiting":              StatusRecruiting,
		"RECRUITING":              StatusRecruiting,
		"Not yet recruiting":      StatusNotYetRecruiting,
		"NOT_YET_RECRUITING":      StatusNotYetRecruiting,
		"Active, not recruiting":  StatusActiveNotRecruiting,
		"Completed":               StatusCompleted,
		"Enrolling by invitation": StatusEnrollingByInvite,
		"Unknown status":          StatusUnknown,
		"Withdrawn":               StatusWithdrawn,
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
	tests := map[string]Sex{"All": SexAll, "ALL": SexAll, "Both": SexAll, "Female": SexFemale, "MALE": SexMale}
	for text, want := range tests {
		if got, ok := ParseSex(text); !ok || got != want {
			t.Errorf("ParseSex(%q) = %q, %v; want %q", text, got, ok, want)
		}
	}
	if _, ok := ParseSex("Recruiting"); ok {
		t.Error("ParseSex(Recruiting) read a sex")
	}
}
