package model

import (
	"regexp"
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

var (
	phaseNumber = map[string]Phase{
		"0": PhaseEarly1, "1": Phase1, "2": Phase2, "3": Phase3, "4": Phase4,
		"i": Phase1, "ii": Phase2, "iii": Phase3, "iv": Phase4,
		"one": Phase1, "two": Phase2, "three": Phase3, "four": Phase4,
	}
	// phaseWord finds "phase 1", "phase ib", "phase i/ii", "phase 1b/2",
	// "phase 2-3", "phase 1 / phase 2", "phase I, phase II, and phase III",
	// "Phase 1 Phase 2" (a registry table's two phases side by side),
	// "early phase 1" and the number in words ("phase one").
	phaseWord = regexp.MustCompile(`(?i)\b(early[\s_-]*)?phase[\s_:-]*(0|1|2|3|4|one|two|three|four|iv|iii|ii|i)[ab]?\b((?:(?:\s*(?:/|-|\+|,?\s*and|,?\s*or|,)\s*(?:phase[\s_-]*)?|\s+phase[\s_-]*)(?:0|1|2|3|4|one|two|three|four|iv|iii|ii|i)[ab]?\b)*)`)
	phaseTail = regexp.MustCompile(`(?i)(?:phase[\s_-]*)?(0|1|2|3|4|one|two|three|four|iv|iii|ii|i)[ab]?\b`)
	phaseNA   = regexp.MustCompile(`(?i)^\s*(?:n/?a|not applicable|na)\s*$`)
)

// ParsePhases reads the phases a text states, such as "Phase 1/2",
// "Phase I/II", "Phase Ib", "Early Phase 1", "PHASE1|PHASE2" or "N/A".
// The first phrase that names a phase decides. The result is sorted and
// holds each phase once; ok is false when the text names no phase.
func ParsePhases(text string) (phases []Phase, ok bool) {
	if phaseNA.MatchString(text) {
		return []Phase{PhaseNA}, true
	}
	m := phaseWord.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, false
	}
	set := map[Phase]bool{}
	first := strings.ToLower(text[m[4]:m[5]])
	if m[2] >= 0 {
		set[PhaseEarly1] = true
	} else {
		set[phaseNumber[first]] = true
	}
	if m[6] >= 0 {
		for _, t := range phaseTail.FindAllStringSubmatch(text[m[6]:m[7]], -1) {
			set[phaseNumber[strings.ToLower(t[1])]] = true
		}
	}
	for p := range set {
		phases = append(phases, p)
	}
	SortPhases(phases)
	return phases, true
}

// ParsePhaseCodes reads ClinicalTrials.gov phase codes such as "PHASE1",
// "EARLY_PHASE1" or "NA", alone or joined by "|" or ",". Unknown codes are
// returned in unknown.
func ParsePhaseCodes(codes []string) (phases []Phase, unknown []string) {
	for _, c := range codes {
		for _, part := range strings.FieldsFunc(c, func(r rune) bool { return r == '|' || r == ',' }) {
			p := Phase(strings.ToUpper(strings.TrimSpace(part)))
			if _, known := phaseOrder[p]; known {
				phases = append(phases, p)
				continue
			}
			if parsed, ok := ParsePhases(part); ok {
				phases = append(phases, parsed...)
				continue
			}
			unknown = append(unknown, part)
		}
	}
	phases = uniquePhases(phases)
	SortPhases(phases)
	return phases, unknown
}

// SortPhases sorts phases by rank.
func SortPhases(phases []Phase) {
	sort.Slice(phases, func(i, j int) bool { return phases[i].Rank() < phases[j].Rank() })
}

func uniquePhases(phases []Phase) []Phase {
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
