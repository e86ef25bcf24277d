package ingest

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var (
	labelledLine = regexp.MustCompile(`(?im)^\s*(brief title|official title|title|overall status|recruitment status|status|lead sponsor|sponsor|study phase|phases?|ages?(?: eligible)?|sex|gender|enrollment|conditions?|interventions?|acronym)\s*:\s*(.+?)\s*$`)
	dateLine     = regexp.MustCompile(`(?im)^\s*((?:actual |estimated |anticipated )?(?:study start(?: date)?|start date|primary completion(?: date)?|(?:study )?completion(?: date)?|first posted|last update posted|last updated|last verified))\s*:\s*(.+?)\s*$`)
	phaseMention = regexp.MustCompile(`(?i)\b(?:early\s+)?phase[\s_-]*(?:0|1|2|3|4|iv|iii|ii|i)[ab]?\b`)
)

// readGeneric finds what it can in text of no known layout: labelled lines
// ("Status: Recruiting", "Last verified: May 2017"), an NCT number, a phase, criteria sections and an
// age in the criteria. It warns that the layout was not recognised, and
// refuses text with nothing trial-like in it.
func readGeneric(text string) ([]model.Trial, error) {
	var t model.Trial
	for _, m := range labelledLine.FindAllStringSubmatch(text, -1) {
		label, value := strings.ToLower(m[1]), m[2]
		line := strings.TrimSpace(m[0])
		switch {
		case strings.Contains(label, "title") && t.Title == "":
			t.Title = value
			t.Note(model.FieldTitle, line)
		case label == "acronym":
			t.Acronym = value
			t.Note(model.FieldAcronym, line)
		case strings.Contains(label, "status") && t.Status == "":
			readStatusText(&t, value, line)
		case strings.Contains(label, "sponsor") && t.Sponsor == "":
			t.Sponsor = value
			t.Note(model.FieldSponsor, line)
		case strings.Contains(label, "phase") && len(t.Phases) == 0:
			readPhaseText(&t, value, line)
		case strings.HasPrefix(label, "age") && !t.Ages.Stated():
			readStatedAges(&t, value, line)
		case label == "sex" || label == "gender":
			if sex, ok := model.ParseSex(value); ok {
				t.Sex = sex
				t.Note(model.FieldSex, line)
			}
		case label == "enrollment":
			if n, ok := parseInteger(value); ok {
				t.Enrollment = n
				t.Note(model.FieldEnrollment, line)
			}
		case strings.HasPrefix(label, "condition"):
			t.Conditions = splitList(value, ",;|")
			t.Note(model.FieldConditions, line)
		case strings.HasPrefix(label, "intervention"):
			for _, name := range splitList(value, ",;|") {
				t.Interventions = append(t.Interventions, model.Intervention{Name: name})
			}
			t.Note(model.FieldInterventions, line)
		}
	}
	for _, m := range dateLine.FindAllStringSubmatch(text, -1) {
		if f, kind, ok := dateLabel(m[1]); ok && t.Provenance[f] == "" {
			readDate(&t, f, m[2], kind, strings.TrimSpace(m[0]))
		}
	}
	if nct := nctPattern.FindString(text); nct != "" {
		t.NCTID = nct
		t.Note(model.FieldNCTID, snippetOf(text, nct))
	}
	if len(t.Phases) == 0 {
		if m := phaseMention.FindString(text); m != "" {
			readPhaseText(&t, lineContaining(text, m), "text: "+snippetOf(text, m))
		}
	}
	readCriteria(&t, criteriaText(text))
	if t.NCTID == "" && len(t.Phases) == 0 && len(t.Inclusion) == 0 && len(t.Exclusion) == 0 && !t.Ages.Stated() && t.Title == "" {
		return nil, ErrNotTrialLike
	}
	t.Summary = text
	t.Warn(model.FieldDocument, "The layout was not recognised; only labelled lines, the NCT number, the first phase mentioned and the criteria sections were read.")
	return []model.Trial{t}, nil
}

// lineContaining returns the line of text that holds match.
func lineContaining(text, match string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, match) {
			return l
		}
	}
	return match
}

// snippetOf returns the trimmed line of text that holds match.
func snippetOf(text, match string) string {
	return strings.TrimSpace(lineContaining(text, match))
}
