package rules

import (
	"regexp"
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var (
	// phaseMention finds a phase named in running text.
	phaseMention = regexp.MustCompile(`(?i)\b(?:early[ \t_-]*)?phase[ \t_:-]*(?:0|1|2|3|4|one|two|three|four|iv|iii|ii|i)[ab]?\b`)
	// notTrialPhase follows a phase that is not the trial's own: "phase 2
	// dose", "Phase I/II sub-trials", "Phase 1 trials conducted solely on
	// adults are not shown": trials and studies in the plural are never the
	// one trial's ("evaluated in phase 1 studies in children").
	// A phase that names a group or a place ("COG Phase 1 Consortium",
	// "the Phase I Clinic") is not a trial's either, nor one that names a
	// meeting with a regulator ("a successful End-of-Phase 2 meeting").
	// The phase of a part of a trial whose own phase follows is that
	// trial's part: "Phase 2 Portion of Registrational Phase 1/2 Clinical
	// Trial" is phase 1/2.
	notTrialPhase = regexp.MustCompile(`(?i)^(?:\s*(?:/|-|and|or)\s*(?:phase\s*)?(?:0|1|2|3|4|one|two|three|four|iv|iii|ii|i)[ab]?\b)*\s*(?:\(?rp2d\)?|dose|doses|portion\s+of\s+(?:an?|other)|(?:portion|part)\s+of\s+(?:[\w-]+\s+){0,3}?phase\b|sub-?trials?|(?:clinical\s+)?(?:trials|studies)\b|\w+\s+sub-?trials?|consorti(?:um|a)\b|units?\b|clinics?\b|networks?\b|programmes?\b|programs?\b|meetings?\b)`)
	// inTrialsOfIts precedes trials in the plural that are the subject's own
	// trials: "the therapy is now in phase one clinical trials", "has
	// entered phase 2 trials", "drug enters phase two trials", "a protocol
	// comprising two independent, randomized Phase 3 trials"; not "moving
	// the drug into phase 3 trials".
	inTrialsOfIts = regexp.MustCompile(`(?i)\b(?:(?:is|are)(?:\s+(?:now|currently|already))?(?:\s+being\s+(?:tested|studied|evaluated))?\s+in|(?:has|have)\s+entered|entered|enters|entering|(?:will|to)\s+enter|(?:comprising|comprises|consisting\s+of|consists\s+of)\s+(?:two|three|four|\d)(?:\s+[\w-]+,?){0,6})\s+$`)
	// phaseBefore precedes a phase that is not the trial's: "recommended
	// phase 2 dose", "available Phase I/II".
	phaseBefore = regexp.MustCompile(`(?i)(?:recommended|available|other|previous|prior|subsequent|future|later)\s+$`)
)

// leadBytes is how far into a page its opening, which names the page's
// subject, reaches at most.
const leadBytes = 400

// openingEnd is where a page's opening ends: its first sentence, within
// leadBytes.
func openingEnd(text string) int { return sentenceEndAt(text[:min(len(text), leadBytes)], 0) }

// FindTrialPhase finds the first phase a page's running text states for
// the trial itself, such as "This phase III trial studies …", and returns
// the line it was read from. Phases of doses, of other trials, of approved
// products and of site boilerplate are passed over.
func FindTrialPhase(text string) (phases []model.Phase, line string, ok bool) {
	// Numbering the ordinal phases keeps each byte's place, so a line of
	// the numbered text is shown as the page writes it.
	return findTrialPhase(withOrdinalPhasesNumbered(text), text)
}

// findTrialPhase is FindTrialPhase on a text whose ordinal phases are
// numbered; the lines it returns are cut from shown, the text as written,
// which has the same places.
func findTrialPhase(text, shown string) (phases []model.Phase, line string, ok bool) {
	if phases, at, _ := answeredPhases(text); len(phases) > 0 {
		// A registry's yes-or-no fields name the trial's phases.
		start, end := lineBounds(text, at)
		return phases, strings.TrimSpace(shown[start:end]), true
	}
	seriesEnd := 0
	// other is set when a phase of another trial is named; reported is the
	// phase of the results the page's opening reports, and reportedLine its
	// line.
	other, reported, reportedLine := false, []model.Phase(nil), ""
	// The line of the last phase, and whether it is boilerplate, are kept
	// for the next phase on it: a long line of phases is read once.
	start, end, boilerplate := 0, -1, false
	for _, loc := range phaseMention.FindAllStringIndex(text, -1) {
		if loc[0] < seriesEnd {
			continue
		}
		if loc[0] >= end {
			start = strings.LastIndexByte(text[:loc[0]], '\n') + 1
			if end = strings.IndexByte(text[loc[1]:], '\n'); end < 0 {
				end = len(text)
			} else {
				end += loc[1]
			}
			boilerplate = IsBoilerplate(text[start:end])
		}
		before := text[max(start, loc[0]-mentionReach):loc[0]]
		if boilerplate || notTrialPhase.MatchString(text[loc[1]:end]) && !namesDoseStudy(text[max(loc[1], seriesEndIn(text, loc[0], end)):end]) && !inTrialsOfIts.MatchString(before) || phaseBefore.MatchString(before) ||
			answeredNo.MatchString(text[loc[1]:end]) {
			continue
		}
		// A series of three phases or more names kinds of trials ("pilot,
		// phase I, phase II, and phase III trials"), never one trial's.
		near := min(end, loc[0]+mentionReach)
		p, ok := ParsePhases(text[loc[0]:near])
		if ok && len(p) >= 3 {
			seriesEnd = seriesEndIn(text, loc[0], near)
			continue
		}
		if !ok {
			continue
		}
		series := seriesEndIn(text, loc[0], near)
		owner := phaseOwnerOf(text[start:end], loc[0]-start, series-start)
		if owner != ownPhase && namedByOnlyNCTID(text, series, end) {
			// "supported by findings from the phase 2 FIREFLY-1 trial
			// (NCT04775485)", on a page that names no other trial's ID.
			owner = ownPhase
		}
		switch owner {
		case ownPhase:
			if bracketedAt(text, loc[0], series) {
				p = withStagePhases(p, text[series:end])
			}
			return p, strings.TrimSpace(shown[start:end]), true
		case anothersPhase:
			other = true
		case reportedPhase:
			switch {
			case loc[0] >= openingEnd(text) && !namedInOpening(text, series, end) || reported != nil && !slices.Equal(p, reported):
				// Results reported further down, or of another phase,
				// are another trial's, unless the trial they name is the
				// one the page opens with.
				other = true
			case reported == nil:
				reported, reportedLine = p, strings.TrimSpace(shown[start:end])
			}
		}
	}
	// A page that opens by reporting a trial's results and names no other
	// phase reports its own: "The results of a phase 1/2 study … were
	// published".
	if !other && reported != nil {
		return reported, reportedLine, true
	}
	return nil, "", false
}

// namedTrialCode is a trial's name written as a code with a digit, right
// after the word protocol, trial or study, or right before trial or study:
// "protocol JN-H-07", "the AALL1731 trial", "study HR-NBL2".
var namedTrialCode = regexp.MustCompile(`\b(?i:protocol|trial|study)\s+([A-Z][A-Za-z]*(?:[-_]?[A-Z0-9][A-Za-z0-9]*)+)\b|\b([A-Z][A-Za-z]*(?:[-_]?[A-Z0-9][A-Za-z0-9]*)+)\s+(?i:trial|study)\b`)

// namedInOpening reports whether the sentence that goes on at text[from:]
// after a phase names its trial with a code the page's opening names too:
// "Results of a phase II trial … protocol JN-H-07" on a page that opens
// with the results of "臨床研究(JN-H-07)" reports the page's own trial. A
// target's name ("the CD19 trial") is no trial's code.
func namedInOpening(text string, from, end int) bool {
	opening := text[:openingEnd(text)]
	clause := text[from:sentenceEndAt(text[:min(end, from+mentionReach)], from)]
	for _, m := range namedTrialCode.FindAllStringSubmatch(clause, -1) {
		code := m[1] + m[2]
		if strings.ContainsAny(code, "0123456789") && len(FindTargets(code)) == 0 && strings.Contains(opening, code) {
			return true
		}
	}
	return false
}

// trialAndNCTID is a trial's name and its NCT ID in brackets, as they
// follow its phase: " FIREFLY-1 trial (NCT04775485)".
var trialAndNCTID = regexp.MustCompile(`(?i)^\s+(?:[\w-]+\s+){0,3}(?:trial|study)\s*\(\s*(NCT\d{8})\s*\)`)

// namedByOnlyNCTID reports whether the phase whose series ends at
// text[from:] names its trial with an NCT ID in brackets, and that ID is
// the only one the page gives: the trial is the page's own.
func namedByOnlyNCTID(text string, from, end int) bool {
	m := trialAndNCTID.FindStringSubmatch(text[from:min(end, from+mentionReach)])
	if m == nil {
		return false
	}
	for _, n := range FindNCTIDs(text) {
		if n.ID != m[1] {
			return false
		}
	}
	return true
}

// answeredNo is a registry's "no" to the phase before it: "Therapeutic
// use (Phase IV): no".
var answeredNo = regexp.MustCompile(`(?i)^\s*\)\s*:?\s*no\b`)

// seriesEndIn is where the series of phases that begins at text[at] ends
// ("phase 1b/2"), within text[:end].
func seriesEndIn(text string, at, end int) int {
	if m := phaseWord.FindStringIndex(text[at:min(end, at+mentionReach)]); m != nil && m[0] == 0 {
		return at + m[1]
	}
	return at
}

// doseStudies are the kinds of trial a phase may name with "dose" after
// it: "a phase 1 dose-escalation trial" is the trial's phase, where "the
// phase 2 dose" is a dose.
var doseStudies = []string{"dose-escalation", "dose escalation", "dose-finding", "dose finding", "dose-expansion", "dose expansion"}

// namesDoseStudy reports whether the text after a phase, or after its
// series ("Phase 1/2 Dose Escalation Study"), opens with a kind of dose
// study.
func namesDoseStudy(after string) bool {
	after = strings.TrimLeft(after, " \t")
	for _, d := range doseStudies {
		if len(after) >= len(d) && strings.EqualFold(after[:len(d)], d) {
			return true
		}
	}
	return false
}

// bracketedAt reports whether the phase at text[at:end] stands alone in
// brackets: "safety and feasibility (phase I)".
func bracketedAt(text string, at, end int) bool {
	return at > 0 && text[at-1] == '(' && end < len(text) && text[end] == ')'
}

// withStagePhases adds to the phases of a stage of the trial named in
// brackets ("… is safe and feasible (phase I), then whether it works
// (phase II)") the phases of the later stages its line names in brackets
// too: each is a stage of the one trial.
func withStagePhases(phases []model.Phase, rest string) []model.Phase {
	for _, loc := range phaseMention.FindAllStringIndex(rest, -1) {
		series := seriesEndIn(rest, loc[0], len(rest))
		if !bracketedAt(rest, loc[0], series) {
			continue
		}
		if more, ok := ParsePhases(rest[loc[0]:series]); ok {
			phases = append(phases, more...)
		}
	}
	model.SortPhases(phases)
	return slices.Compact(phases)
}
