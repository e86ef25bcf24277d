package model

import (
	"sort"
	"strings"
)

// Phase is a trial phase in ClinicalTrials.gov's vocabulary.
type Phase string

// The phases, in order.
const (
	PhaseEarly1 Phase = "EARLY_PHASE1"
	Phase1      Phase = "PHASE1"
	Phase2      Phase = "PHASE2"
	Phase3      Phase = "PHASE3"
	Phase4      Phase = "PHASE4"
	PhaseNA     Phase = "NA"
)

var phaseOrder = map[Phase]int{PhaseNA: 0, PhaseEarly1: 1, Phase1: 2, Phase2: 3, Phase3: 4, Phase4: 5}

// Rank orders phases for sorting: NA first, then early phase 1 to phase 4.
// An unknown phase ranks last.
func (p Phase) Rank() int {
	if r, ok := phaseOrder[p]; ok {
		return r
	}
	return len(phaseOrder)
}

// SortPhases sorts phases by rank.
func SortPhases(phases []Phase) {
	sort.Slice(phases, func(i, j int) bool { return phases[i].Rank() < phases[j].Rank() })
}

// UniquePhases drops the repeats of a phase list, in place, keeping its order.
func UniquePhases(phases []Phase) []Phase {
	seen := map[Phase]bool{}
	out := phases[:0]
	for _, p := range phases {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// SamePhases reports whether two phase lists name the same phases.
func SamePhases(a, b []Phase) bool {
	if len(a) != len(b) {
		return false
	}
	set := map[Phase]bool{}
	for _, p := range a {
		set[p] = true
	}
	for _, p := range b {
		if !set[p] {
			return false
		}
	}
	return true
}

var phaseLabels = map[Phase]string{
	PhaseEarly1: "Early Phase 1", Phase1: "1", Phase2: "2", Phase3: "3", Phase4: "4", PhaseNA: "Not applicable",
}

// PhaseLabel renders phases for people: "Phase 1/2", "Early Phase 1",
// "Not applicable", or "" for none.
func PhaseLabel(phases []Phase) string {
	if len(phases) == 0 {
		return ""
	}
	var numbers, words []string
	for _, p := range phases {
		switch p {
		case Phase1, Phase2, Phase3, Phase4:
			numbers = append(numbers, phaseLabels[p])
		default:
			words = append(words, phaseLabels[p])
		}
	}
	if len(numbers) > 0 {
		words = append(words, "Phase "+strings.Join(numbers, "/"))
	}
	return strings.Join(words, " + ")
}

// Known reports whether p is one of the phases above.
func (p Phase) Known() bool {
	_, ok := phaseOrder[p]
	return ok
}
