package ingest

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

// readRegistryAges reads registry-style bounds ("3 Years", "N/A").
func readRegistryAges(t *model.Trial, minText, maxText, minLabel, maxLabel string) {
	for _, b := range []struct {
		text, label string
		dst         **model.AgeBound
	}{{minText, minLabel, &t.Ages.Min}, {maxText, maxLabel, &t.Ages.Max}} {
		if strings.TrimSpace(b.text) == "" {
			continue
		}
		bound, ok := rules.ParseAgeBound(b.text)
		if !ok {
			t.Warn(model.FieldAges, fmt.Sprintf("Could not read the age %q.", b.text))
			continue
		}
		*b.dst = bound
		t.Note(model.FieldAges, b.label+": "+b.text)
	}
}

// readStatedAges reads an age phrase from a summary field, such as
// "12-29 years" or "15 Years to 70 Years (Child, Adult, Older Adult)", and
// the age groups in its parentheses.
func readStatedAges(t *model.Trial, text, label string) {
	if r, ok := rules.ParseAgeRange(text); ok {
		t.Ages = r
		t.Note(model.FieldAges, label+": "+strings.TrimSpace(text))
	}
	if m := parenthesisedGroups.FindStringSubmatch(text); m != nil {
		if groups, unknown := rules.ParseAgeGroups(m[1]); len(unknown) == 0 {
			t.AgeGroups = groups
			t.Note(model.FieldAgeGroups, label+": "+strings.TrimSpace(text))
		}
	}
}

var parenthesisedGroups = regexp.MustCompile(`\(([^()]+)\)`)

// readAgeGroups reads a list of standard age groups, such as "CHILD, ADULT".
func readAgeGroups(t *model.Trial, text, label string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	groups, unknown := rules.ParseAgeGroups(text)
	t.AgeGroups = groups
	if len(groups) > 0 {
		t.Note(model.FieldAgeGroups, label+": "+strings.TrimSpace(text))
	}
	if len(unknown) > 0 {
		t.Warn(model.FieldAges, fmt.Sprintf("Unknown age group %q.", strings.Join(unknown, ", ")))
	}
}

// readCriteria splits an eligibility text into inclusion and exclusion items.
func readCriteria(t *model.Trial, text string) {
	readCriteriaFrom(t, text, "under the inclusion heading", "under the exclusion heading")
}

// readCriteriaFrom reads criteria as readCriteria does, and says where each
// list stood: "under the inclusion heading", "listed without a heading".
func readCriteriaFrom(t *model.Trial, text, inclusionAt, exclusionAt string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	c := rules.SplitCriteria(text)
	if !c.Split {
		t.Warn(model.FieldInclusion, "The eligibility text has no inclusion or exclusion heading, so it is not split into criteria.")
		t.Note(model.FieldInclusion, "eligibility text: "+firstLine(strings.TrimSpace(text)))
		return
	}
	t.Inclusion, t.Exclusion = c.Inclusion, c.Exclusion
	if len(c.Inclusion) > 0 {
		t.Note(model.FieldInclusion, model.Count(len(c.Inclusion), "item")+" "+inclusionAt)
	}
	if len(c.Exclusion) > 0 {
		t.Note(model.FieldExclusion, model.Count(len(c.Exclusion), "item")+" "+exclusionAt)
	}
}

// readPhaseText reads a phase phrase such as "Phase 1/2".
func readPhaseText(t *model.Trial, text, label string) {
	if phases, ok := rules.ParsePhases(text); ok {
		t.Phases = phases
		t.Note(model.FieldPhases, label+": "+strings.TrimSpace(text))
	}
}

// readStatusText reads a status phrase such as "Recruiting".
func readStatusText(t *model.Trial, text, label string) bool {
	s, ok := rules.ParseStatus(text)
	if ok {
		t.Status = s
		t.Note(model.FieldStatus, label+": "+strings.TrimSpace(text))
	}
	return ok
}

// splitList splits "a, b, c" or "a|b|c" into trimmed, non-empty parts.
func splitList(s string, seps string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readDate reads a stated date into the trial's date for field f, typed by
// kind ("ESTIMATED", "Actual"; "" when the document does not say), and notes
// the snippet it came from. A date that cannot be read is left not stated,
// with a warning.
func readDate(t *model.Trial, f model.Field, text, kind, snippet string) {
	text = strings.TrimSpace(text)
	dst := t.Dates.Of(f)
	if text == "" || dst == nil {
		return
	}
	t.Note(f, snippet)
	d, ok := rules.ParseDate(text)
	if !ok {
		t.Warn(f, fmt.Sprintf("Could not read the date %q.", text))
		return
	}
	*dst = d.Typed(kind)
}

// readEnrollmentType reads an enrollment type word such as "ACTUAL" or
// "Anticipated".
func readEnrollmentType(t *model.Trial, kind string) {
	if et, ok := rules.ParseEnrollmentType(kind); ok {
		t.EnrollmentType = et
	}
}

// dateLabel reads a date's label as registries write it, such as "Actual
// Study Start Date", "Estimated Primary Completion Date", "First Posted" or
// "Last Verified": the field it names and the type word it starts with.
func dateLabel(label string) (f model.Field, kind string, ok bool) {
	l := strings.ToLower(strings.Join(strings.Fields(label), " "))
	for _, word := range []string{"actual ", "estimated ", "anticipated "} {
		if rest, found := strings.CutPrefix(l, word); found {
			kind, l = strings.TrimSpace(word), rest
			break
		}
	}
	switch l {
	case "study start date", "start date", "study start":
		return model.FieldStartDate, kind, true
	case "primary completion date", "primary completion":
		return model.FieldPrimaryEnd, kind, true
	case "study completion date", "completion date", "study completion":
		return model.FieldCompletion, kind, true
	case "first posted", "study first posted":
		return model.FieldFirstPosted, kind, true
	case "last update posted", "last updated", "last update":
		return model.FieldLastUpdate, kind, true
	case "last verified", "status verified date", "verification date":
		return model.FieldLastVerified, kind, true
	}
	return "", "", false
}
