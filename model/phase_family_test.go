package model

import (
	"reflect"
	"testing"
)

func TestPhasePhraseFamily(t *testing.T) {
	tests := []struct {
		text string
		want []Phase
	}{
		{"Phase: III", []Phase{Phase3}},
		{"an open-label phase I study", []Phase{Phase1}},
		{"Phase Ib", []Phase{Phase1}},
		{"Phase I/II", []Phase{Phase1, Phase2}},
		{"Phase 1/Phase 2", []Phase{Phase1, Phase2}},
		{"Early Phase 1", []Phase{PhaseEarly1}},
		{"Phase 0", []Phase{PhaseEarly1}},
		{"Phase 2/3", []Phase{Phase2, Phase3}},
		{"PHASE 1 STUDY OF LORLATINIB", []Phase{Phase1}},
	}
	for _, tt := range tests {
		got, ok := ParsePhases(tt.text)
		if !ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParsePhases(%q) = %v, %v; want %v", tt.text, got, ok, tt.want)
		}
	}
}

func TestTrialPhaseInTextFamily(t *testing.T) {
	tests := []struct {
		text string
		want []Phase
	}{
		{"This randomized phase III trial compares two regimens.", []Phase{Phase3}},
		{"Phase 1 trials conducted solely on adults are not shown.\nA phase 2 study of a CD22 CAR.", []Phase{Phase2}},
		{"to find the recommended phase 2 dose (RP2D) of the drug", nil},
		{"to screen for eligibility for available Phase I/II PedAL sub-trials", nil},
		{"The dose will be the phase 2 dose.\nThis phase 1/2 trial", []Phase{Phase1, Phase2}},
		{"PLAT-03 is a phase 1 trial that will test booster infusions.", []Phase{Phase1}},
	}
	for _, tt := range tests {
		got, _, _ := FindTrialPhase(tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindTrialPhase(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}
