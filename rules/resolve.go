package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/model"
)

// Resolve applies the rules that run after every reader: it settles the age
// range against the criteria, the phases against the title, marks
// lymphodepletion agents, finds the targets and sorts the exclusion
// criteria into themes. Disagreements become warnings.
func Resolve(t *model.Trial) {
	resolveAges(t)
	resolvePhases(t)
	markSupportive(t)
	targets().resolve(t)
	t.ExclusionThemes = classifyExclusions(t)
}

// resolveAges lets an age stated in the inclusion criteria win over a
// summary field, with a warning that names both when they disagree.
func resolveAges(t *model.Trial) {
	crit, item, ok := AgeFromCriteriaInLanguages(t.Inclusion)
	if !ok {
		return
	}
	stated := t.Ages
	statedWhere, statedText, _ := strings.Cut(t.Provenance[model.FieldAges], ": ")
	differs := (crit.Min != nil && stated.Min != nil && !crit.Min.SameAs(*stated.Min, false)) ||
		(crit.Max != nil && stated.Max != nil && !crit.Max.SameAs(*stated.Max, true))
	if differs {
		t.Warn(model.FieldAges, fmt.Sprintf("Age range: the %s says %q but the inclusion criteria say %q; the criteria are used.",
			statedWhere, statedText, firstSentence(item)))
	}
	merged := stated
	if crit.Min != nil {
		merged.Min = crit.Min
	}
	if crit.Max != nil {
		merged.Max = crit.Max
	}
	if merged != stated {
		t.Ages = merged
		t.Note(model.FieldAges, "inclusion criteria: "+item)
	}
}

func firstSentence(s string) string {
	if loc := sentenceEnd.FindStringIndex(s); loc != nil {
		return s[:loc[0]]
	}
	return s
}

// resolvePhases compares the stated phase with the phase the title names.
// The stated phase wins; a title phase fills in only when none is stated.
func resolvePhases(t *model.Trial) {
	for _, title := range []string{t.Title, t.OfficialTitle} {
		titled, ok := ParsePhases(title)
		if ownPhaseMayDiffer(title) {
			// "Phase 2 Portion of Registrational Phase 1/2 Clinical
			// Trial": the trial's phase, not its part's; "Vaccine Enters
			// Third Phase of Clinical Trials".
			own, _, found := FindTrialPhase(title)
			if found {
				titled, ok = own, true
			}
		}
		if !ok || phaseNA.MatchString(title) {
			continue
		}
		switch {
		case len(t.Phases) == 0:
			t.Phases = titled
			t.Note(model.FieldPhases, "title: "+title)
		case !model.SamePhases(t.Phases, titled):
			t.Warn(model.FieldPhases, fmt.Sprintf("The record states %s but the title says %s; the stated phase is used.",
				model.PhaseLabel(t.Phases), model.PhaseLabel(titled)))
		}
		return
	}
}

// ownPhaseMayDiffer reports whether the trial's own phase, as the running
// text's reader finds it, may differ from the first phase a title names:
// when the title names two phases or more, or a phase as an ordinal. Most
// titles name one phase, read as it stands.
func ownPhaseMayDiffer(title string) bool {
	if strings.Count(title, "hase")+strings.Count(title, "HASE") > 1 && len(phaseMention.FindAllStringIndex(title, 2)) > 1 {
		return true
	}
	return mayNameOrdinalPhase(title) && ordinalPhase.MatchString(title)
}

var supportiveUse = regexp.MustCompile(`(?i)^[^.;]{0,40}?\b(?:used\s+(?:during|for|in|as)|given\s+(?:during|for|as)|as\s+part\s+of|for|during|as)\s+(?:the\s+|a\s+)?(?:lymphodeplet|conditioning)`)

// markSupportive marks interventions the document says are used for
// lymphodepletion or conditioning, such as an anti-CD52 antibody given
// before CAR T cells: their antigen is not the trial's target.
func markSupportive(t *model.Trial) {
	texts := make([]string, 0, 1+len(t.Arms)+len(t.Outcomes)+len(t.Interventions))
	texts = append(texts, t.Summary)
	texts = append(texts, t.Arms...)
	for _, o := range t.Outcomes {
		texts = append(texts, o.Measure)
	}
	for _, iv := range t.Interventions {
		texts = append(texts, iv.Description)
	}
	if !slices.ContainsFunc(texts, mayMentionSupportiveUse) {
		return
	}
	doc := strings.Join(texts, "\n")
	lower := strings.ToLower(doc)
	if !strings.Contains(lower, "lymphodeplet") && !strings.Contains(lower, "conditioning") {
		return
	}
	for i := range t.Interventions {
		iv := &t.Interventions[i]
		for _, name := range interventionNames(*iv) {
			if usedForLymphodepletion(doc, lower, name) {
				iv.Supportive = true
				break
			}
		}
	}
}

// mayMentionSupportiveUse reports whether a text may speak of
// lymphodepletion or conditioning, without lower-casing it: a text with a
// rune that lower-cases into an ASCII letter may.
func mayMentionSupportiveUse(text string) bool {
	return mentionsSupportiveUse(text) || foldsIntoASCII(text)
}

// mentionsSupportiveUse reports whether a text names lymphodepletion or
// conditioning, as every text supportiveUse matches does.
func mentionsSupportiveUse(text string) bool {
	return indexFold(text, "lymphodeplet") >= 0 || indexFold(text, "conditioning") >= 0
}

var otherName = regexp.MustCompile(`(?i)other names?:\s*([^|\n]+)`)

// interventionNames returns an intervention's name without its type prefix
// ("Biological: ") and any "Other Name:" it carries.
func interventionNames(iv model.Intervention) []string {
	name := iv.Name
	if i := strings.Index(name, ": "); i >= 0 && i < 30 {
		name = name[i+2:]
	}
	names := []string{strings.TrimSpace(name)}
	for _, m := range otherName.FindAllStringSubmatch(iv.Description, -1) {
		for _, n := range strings.Split(m[1], ",") {
			names = append(names, strings.TrimSpace(n))
		}
	}
	return names
}

func usedForLymphodepletion(doc, lower, name string) bool {
	if len(name) < 3 {
		return false
	}
	key := strings.ToLower(name)
	for from := 0; ; {
		i := strings.Index(lower[from:], key)
		if i < 0 {
			return false
		}
		at := from + i + len(key)
		if rest := upToStop(doc[at:]); mentionsSupportiveUse(rest) && supportiveUse.MatchString(rest) {
			return true
		}
		from = at
	}
}

// targetSource is a text of a trial that is read for its targets. label
// names it in the notes; besidesPrior sets aside its mentions of a prior
// therapy, and markers its antigens named as the disease's marker once the
// trial's own targets are known.
type targetSource struct {
	label, text           string
	besidesPrior, markers bool
}

// targetSources returns the texts of a trial that are read for its targets.
func targetSources(t *model.Trial) []targetSource {
	sources := make([]targetSource, 0, 3+len(t.Interventions)+len(t.Arms)+len(t.Inclusion))
	sources = append(sources, targetSource{"title", t.Title, true, false}, targetSource{"official title", t.OfficialTitle, true, false},
		targetSource{"summary", withoutBackground(t.Summary), true, false})
	for _, iv := range t.Interventions {
		if !iv.Supportive {
			sources = append(sources, targetSource{"intervention", iv.Name + " " + iv.Description, false, false})
		}
	}
	for _, a := range t.Arms {
		sources = append(sources, targetSource{"arm", a, true, false})
	}
	for _, c := range t.Inclusion {
		sources = append(sources, targetSource{"inclusion criterion", c, true, true})
	}
	return sources
}

// resolve finds the targets in the title, summary, arms, the interventions
// that are not supportive, and the inclusion criteria. The exclusion
// criteria are never read for targets, nor is a therapy the patient had
// before ("relapse after CART19"), nor a summary's sentence about what
// earlier work found, nor a mutation that marks the disease ("FLT3-ITD
// AML"), nor, once the trial's own targets are known, an antigen a
// criterion names as the disease's marker ("other CD22+ leukemia"). A
// target named by an entry of the user's vocabulary says so in its note.
func (ix *targetIndex) resolve(t *model.Trial) {
	sources := targetSources(t)
	seen := map[string]bool{}
	for _, t0 := range t.Targets {
		seen[t0] = true
	}
	for _, s := range sources {
		text := withoutMutationNames(s.text)
		if s.markers && len(t.Targets) > 0 {
			text = withoutMarkers(text)
		}
		// The targets seen already are not looked for again.
		for _, hit := range ix.find(text, s.besidesPrior, seen) {
			seen[hit.Target] = true
			t.Targets = append(t.Targets, hit.Target)
			t.Note(model.FieldTargets, targetNote(hit, s.label))
		}
	}
	for _, iv := range t.Interventions {
		if !iv.Supportive {
			continue
		}
		for _, hit := range ix.find(iv.Name+" "+iv.Description, false, nil) {
			if !seen[hit.Target] {
				t.Note(model.FieldTargets, fmt.Sprintf("%s not counted — %s is used for lymphodepletion or conditioning.", hit.Target, iv.Name))
			}
		}
	}
	ix.sortTargets(t.Targets)
}

// targetNote says where a target was read: "CD19 — title: …", or, for a
// target the user's vocabulary names, "CD7 from your vocabulary: drug
// 'WU-CART-007' — intervention: …".
func targetNote(hit TargetHit, source string) string {
	from := hit.Target
	if hit.Origin != "" {
		from += " from your vocabulary: " + hit.Origin
	}
	return from + " — " + source + ": " + hit.Snippet
}

// withoutBackground returns a summary without its sentences about what
// earlier work found ("… that targets CD19 has been shown to cure ALL").
func withoutBackground(summary string) string {
	ends, ok := backgroundIndex().endsFold(summary)
	if !ok {
		return withoutBackgroundSentences(summary)
	}
	if len(ends) == 0 {
		return summary
	}
	var kept []string
	for _, b := range sentenceBounds(summary) {
		// A cue ends inside the sentence: past its start and at most at
		// its end.
		k, _ := slices.BinarySearch(ends, b[0]+1)
		if k == len(ends) || ends[k] > b[1] || !IsBackground(summary[b[0]:b[1]]) {
			kept = append(kept, summary[b[0]:b[1]])
		}
	}
	return strings.Join(kept, ". ")
}

// withoutBackgroundSentences is withoutBackground sentence by sentence,
// for a text whose case the index cannot ignore in place.
func withoutBackgroundSentences(summary string) string {
	if !IsBackground(summary) {
		return summary
	}
	var kept []string
	for _, s := range splitSentences(summary) {
		if !IsBackground(s) {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, ". ")
}

// backgroundCues are the cues of earlier work of the vocabulary in use.
var backgroundCues = sync.OnceValue(func() []string {
	var out []string
	for _, w := range InUse().BackgroundCues {
		out = append(out, w.Text)
	}
	return out
})
