package rules

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var (
	phaseNumber = map[string]model.Phase{
		"0": model.PhaseEarly1, "1": model.Phase1, "2": model.Phase2, "3": model.Phase3, "4": model.Phase4,
		"i": model.Phase1, "ii": model.Phase2, "iii": model.Phase3, "iv": model.Phase4,
		"one": model.Phase1, "two": model.Phase2, "three": model.Phase3, "four": model.Phase4,
	}
	// phaseWord finds "phase 1", "phase ib", "phase i/ii", "phase 1b/2",
	// "phase 2-3", "phase 1 / phase 2", "phase I, phase II, and phase III",
	// "Phase 1 Phase 2" (a registry table's two phases side by side),
	// "early phase 1" and the number in words ("phase one"); the dash
	// between two phases may be any of the dashes typesetting uses
	// ("Phase I‒II").
	phaseWord = regexp.MustCompile(`(?i)\b(early[\s_-]*)?phase[\s_:-]*(0|1|2|3|4|one|two|three|four|iv|iii|ii|i)[ab]?\b((?:(?:\s*(?:/|-|–|‒|‑|—|\+|&|,?\s*and|,?\s*or|,)\s*(?:phase[\s_-]*)?|\s+phase[\s_-]*)(?:0|1|2|3|4|one|two|three|four|iv|iii|ii|i)[ab]?\b)*)`)
	phaseTail = regexp.MustCompile(`(?i)(?:phase[\s_-]*)?(0|1|2|3|4|one|two|three|four|iv|iii|ii|i)[ab]?\b`)
	phaseNA   = regexp.MustCompile(`(?i)^\s*(?:n/?a|not applicable|na)\s*$`)
)

// ParsePhases reads the phases a text states, such as "Phase 1/2",
// "Phase I/II", "Phase Ib", "Early Phase 1", "PHASE1|PHASE2", "N/A" or a
// phase glued to the tag after it ("PHASE1/PHASE2Active").
// The first phrase that names a phase decides. The result is sorted and
// holds each phase once; ok is false when the text names no phase.
func ParsePhases(text string) (phases []model.Phase, ok bool) {
	if mayBeNoPhase(text) && phaseNA.MatchString(text) {
		return []model.Phase{model.PhaseNA}, true
	}
	if phases, _, answered := answeredPhases(text); answered {
		return phases, len(phases) > 0
	}
	var m []int
	if mayNamePhase(text) {
		if hasGluedPhase(text) {
			text = unglueTags(text)
		}
		m = phaseWord.FindStringSubmatchIndex(text)
	}
	if m == nil {
		return nil, false
	}
	set := map[model.Phase]bool{}
	first := strings.ToLower(text[m[4]:m[5]])
	if m[2] >= 0 {
		set[model.PhaseEarly1] = true
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
	model.SortPhases(phases)
	return phases, true
}

// answeredPhase is a phase a registry asks about and the answer it gives:
// "Therapeutic exploratory (Phase II): yes", "Human pharmacology (Phase I)
// No".
var answeredPhase = regexp.MustCompile(`(?i)\(phase\s+(iv|iii|ii|i|[1-4])\)\s*:?\s*(yes|no)(?:\b|(?-i:[A-Z]))`)

// answeredPhases reads the phases a registry's yes-or-no fields give, as
// the EU register and the WHO's portal list them: the phases answered yes,
// and where the first of them stands (-1 for none). answered is false when
// the text holds no such field.
func answeredPhases(text string) (phases []model.Phase, firstYes int, answered bool) {
	firstYes = -1
	if indexFold(text, "(phase") < 0 {
		return nil, firstYes, false
	}
	for _, m := range answeredPhase.FindAllStringSubmatchIndex(text, -1) {
		answered = true
		if strings.EqualFold(text[m[4]:m[5]], "yes") {
			phases = append(phases, phaseNumber[strings.ToLower(text[m[2]:m[3]])])
			if firstYes < 0 {
				firstYes = m[0]
			}
		}
	}
	phases = model.UniquePhases(phases)
	model.SortPhases(phases)
	return phases, firstYes, answered
}

// ParsePhaseCodes reads ClinicalTrials.gov phase codes such as "PHASE1",
// "EARLY_PHASE1" or "NA", alone or joined by "|" or ",". Unknown codes are
// returned in unknown.
func ParsePhaseCodes(codes []string) (phases []model.Phase, unknown []string) {
	for _, c := range codes {
		for _, part := range strings.FieldsFunc(c, func(r rune) bool { return r == '|' || r == ',' }) {
			p := model.Phase(strings.ToUpper(strings.TrimSpace(part)))
			if p.Known() {
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
	phases = model.UniquePhases(phases)
	model.SortPhases(phases)
	return phases, unknown
}

// LatinNumerals writes the Cyrillic and Greek capitals that pages type for
// the Roman numeral I ("Фази: ІІІ", "Φάση: ΙΙ") as the Latin letter, so that
// a phase label's value reads as the numeral it shows.
func LatinNumerals(value string) string {
	return latinNumerals.Replace(value)
}

// latinNumerals writes the Cyrillic І and the Greek Ι as the Latin I.
var latinNumerals = strings.NewReplacer("\u0406", "I", "\u0399", "I")
