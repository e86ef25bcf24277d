package eligibility

import (
	"fmt"
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/model"

	"github.com/trialcompare/trialcompare/rules"
)

// Verdict is a screening result. There is no "eligible": only a human
// reading the full protocol can say that.
type Verdict string

// The verdicts.
const (
	VerdictExcluded Verdict = "excluded"
	VerdictPossible Verdict = "possible"
)

// Fit is how a patient fares against one trial.
type Fit struct {
	Verdict Verdict
	// Reasons say which structured fact rules the patient out.
	Reasons []string
	// Review lists the criteria that mention something in the patient's
	// description and still need a human check.
	Review []string
	// Unscreened marks a "possible" that rests on nothing: the trial states
	// no age bound or group and no condition, and no criterion mentions the
	// patient's facts.
	Unscreened bool
}

// NotEnoughToScreen qualifies a "possible" verdict that rests on nothing.
const NotEnoughToScreen = "not enough stated to screen"

// Qualifier says what a "possible" rests on: "2 criteria to check", "no
// criterion mentions the patient's facts" or "not enough stated to screen".
// It is "" for "excluded", whose reasons say why.
func (f Fit) Qualifier() string {
	switch {
	case f.Verdict != VerdictPossible:
		return ""
	case f.Unscreened:
		return NotEnoughToScreen
	}
	return criteriaToCheck(len(f.Review))
}

// Assess screens a patient against a trial. It says "excluded" only where a
// structured fact rules the patient out: the age outside the range (or, with
// no range stated, outside the age groups), a diagnosis not among the
// trial's conditions, a required marker absent or below its threshold, a
// prior therapy inside an exclusion window, or a CNS grade that a criterion
// names literally.
func Assess(p Patient, t *model.Trial) Fit {
	var f Fit
	if reason := ageReason(p, t); reason != "" {
		f.Reasons = append(f.Reasons, reason)
	}
	if reason := diagnosisReason(p, t); reason != "" {
		f.Reasons = append(f.Reasons, reason)
	}
	f.Reasons = append(f.Reasons, markerReasons(p, t)...)
	f.Reasons = append(f.Reasons, priorReasons(p, t)...)
	f.Reasons = append(f.Reasons, cnsReasons(p, t)...)
	f.Review = reviewItems(p, t)
	f.Verdict = VerdictPossible
	if len(f.Reasons) > 0 {
		f.Verdict = VerdictExcluded
	}
	f.Unscreened = f.Verdict == VerdictPossible && len(f.Review) == 0 &&
		!t.Ages.Stated() && len(t.AgeGroups) == 0 && len(t.Conditions) == 0
	return f
}

// ageReason checks the age against the trial's bounds or, where it states
// none, against its age groups.
func ageReason(p Patient, t *model.Trial) string {
	switch {
	case t.Ages.Stated():
		if !t.Ages.Admits(p.AgeDays) {
			return fmt.Sprintf("Age: %s is outside %s.", p.AgeLabel, t.Ages.Label())
		}
	case len(t.AgeGroups) > 0:
		if !model.AgeGroupsAdmit(t.AgeGroups, p.AgeDays) {
			return fmt.Sprintf("Age: %s is outside the trial's age groups (%s, %s).", p.AgeLabel, model.AgeGroupsLabel(t.AgeGroups), model.AgeGroupsSpan(t.AgeGroups))
		}
	}
	return ""
}

func diagnosisReason(p Patient, t *model.Trial) string {
	if p.Diagnosis == "" {
		return ""
	}
	trialDx := rules.TrialDiagnoses(t)
	if len(trialDx) == 0 {
		return ""
	}
	for _, d := range trialDx {
		if rules.IsA(p.Diagnosis, d) || rules.IsA(d, p.Diagnosis) {
			return ""
		}
	}
	return fmt.Sprintf("Diagnosis: %s is not among the trial's conditions (%s).", p.Diagnosis, strings.Join(trialDx, ", "))
}

func markerReasons(p Patient, t *model.Trial) []string {
	var out []string
	for _, req := range rules.RequiredMarkers(t.Inclusion) {
		i := slices.IndexFunc(p.Markers, func(m Marker) bool { return m.Target == req.Target })
		if i < 0 {
			continue
		}
		m := p.Markers[i]
		switch {
		case !m.Present:
			out = append(out, fmt.Sprintf("Marker: the trial requires %s (%q); the patient is %s−.", req.Target, req.Criterion, req.Target))
		case req.MinPercent > 0 && m.Percent >= 0 && m.Percent < req.MinPercent:
			out = append(out, fmt.Sprintf("Marker: the trial requires %s on ≥%g%% of blasts; the patient has %g%%.", req.Target, req.MinPercent, m.Percent))
		}
	}
	return out
}

// priorReasons finds prior therapies inside an exclusion criterion's time
// window.
func priorReasons(p Patient, t *model.Trial) []string {
	var out []string
	for _, pr := range p.Priors {
		theme, target := pr.theme()
		if pr.Never || theme == "" {
			continue
		}
		for n, c := range t.Exclusion {
			applies := t.InTheme(n, theme)
			if theme == model.ThemePriorTargetedTherapy {
				applies = rules.NamesAnyTarget(c, []string{target})
			}
			if !applies {
				continue
			}
			for _, w := range rules.Windows(c) {
				if pr.SinceDays <= w.InDays() {
					out = append(out, fmt.Sprintf("Prior therapy: %s %s ago is inside exclusion %d's window (%s).", pr.Kind, pr.Label, n+1, w.Text))
					break
				}
			}
		}
	}
	return out
}

// reviewItems lists the criteria that mention the patient's diagnosis,
// markers, prior therapies or CNS status, leaving out those about the CNS
// that the patient's grade settles.
func reviewItems(p Patient, t *model.Trial) []string {
	var mentions []model.ThemeKey
	var priorTargets []string
	for _, pr := range p.Priors {
		theme, target := pr.theme()
		if theme != "" {
			mentions = append(mentions, theme)
		}
		if target != "" {
			priorTargets = append(priorTargets, target)
		}
	}
	var markers []string
	for _, m := range p.Markers {
		markers = append(markers, m.Target)
	}
	var out []string
	check := func(kind string, items []string, exclusion bool) {
		for n, c := range items {
			hit := rules.NamesAnyTarget(c, markers)
			if exclusion {
				for _, k := range mentions {
					hit = hit || t.InTheme(n, k)
				}
				hit = hit || rules.NamesAnyTarget(c, priorTargets)
				hit = hit || (p.CNS > 0 && t.InTheme(n, model.ThemeCNS) && !cnsExclusionSettled(c))
			} else {
				if p.Diagnosis != "" {
					for _, d := range rules.DiagnosesIn(c) {
						hit = hit || rules.IsA(p.Diagnosis, d) || rules.IsA(d, p.Diagnosis)
					}
				}
				hit = hit || (p.CNS > 0 && cnsToCheck(c))
			}
			if hit {
				out = append(out, fmt.Sprintf("%s %d: %s", kind, n+1, c))
			}
		}
	}
	check("Inclusion", t.Inclusion, false)
	check("Exclusion", t.Exclusion, true)
	return out
}

// criteriaToCheck says how many criteria are left to check.
func criteriaToCheck(n int) string {
	switch n {
	case 0:
		return "no criterion mentions the patient's facts"
	case 1:
		return "1 criterion to check"
	}
	return fmt.Sprintf("%d criteria to check", n)
}
