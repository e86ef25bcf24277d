package ingest

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/rules"
)

func TestLabelFormFamily(t *testing.T) {
	tests := []struct {
		name, text string
		field      rules.LabelField
		value      string
	}{
		{"colon", "Recruitment Status: Recruiting", rules.LabelStatus, "Recruiting"},
		{"pipe row", "Sexes Eligible | All |", rules.LabelSex, "All"},
		{"label colon pipe", "Enrollment : | 24 |", rules.LabelEnrollment, "24"},
		{"two pairs on one row", "Diagnosis | Neuroblastoma | Phase | II |", rules.LabelPhase, "II"},
		{"value on the next line", "Developmental phase\nPhase II", rules.LabelPhase, "Phase II"},
		{"value after a blank line", "Clinical Phase\n\nPHASE1", rules.LabelPhase, "PHASE1"},
		{"pipe label, value below", "Type of Trial |\nPhase |\nPhase 2 |", rules.LabelPhase, "Phase 2"},
		{"table cells copied as text", "Gender\tBoth", rules.LabelSex, "Both"},
		{"glued", "SexAll", rules.LabelSex, "All"},
		{"glued ages", "AgesN/A to 21 Years", rules.LabelAges, "N/A to 21 Years"},
		{"glued upper limit", "Upper age limit15 Years", rules.LabelMaxAge, "15 Years"},
		{"markdown list", "- **Phase:** PHASE3", rules.LabelPhase, "PHASE3"},
		{"one space between", "Minimum Age 0 Years", rules.LabelMinAge, "0 Years"},
		{"one space, a code", "Gender BOTH", rules.LabelSex, "BOTH"},
		{"one space, the label's word again", "Phase Phase 2", rules.LabelPhase, "Phase 2"},
		{"glued plural", "SexesAll", rules.LabelSex, "All"},
		{"a language's label set apart, not glued", "SEXO Ambos.", rules.LabelSex, "Ambos."},
		{"age group, value below", "Age Group\n22 Years and under", rules.LabelAgeGroups, "22 Years and under"},
		{"genders eligible for study, value below a blank line", "Genders Eligible for Study\n\nAll", rules.LabelSex, "All"},
		{"age category, value below", "Age category :\n\nInférieur ou égal à 17 ans.", rules.LabelAgeGroups, "Inférieur ou égal à 17 ans."},
		{"German", "Alter: bis 18", rules.LabelAges, "bis 18"},
		{"a language's age label set apart, its value opening with a word", "Věk od 50 do (včetně) 80", rules.LabelAges, "od 50 do (včetně) 80"},
		{"equals sign, an Italian capital's accent as an apostrophe", "ETA'= 55-70 ANNI", rules.LabelAges, "= 55-70 ANNI"},
		{"synonym", "Target number of participants: 40", rules.LabelEnrollment, "40"},
		{"title label, value below", "Clinical Trial Title:\nA trial of drug X in children", rules.LabelTitle, "A trial of drug X in children"},
		{"a wrapped title, value below", "Titolo dello studio:\nStudio clinico randomizzato,\nin aperto, di fase 3\nnei bambini\nMODULO DI ASSENSO", rules.LabelTitle, "Studio clinico randomizzato, in aperto, di fase 3 nei bambini"},
		{"a wrapped title on the label's line", "Title: A trial of drug X\nin children with ALL\n\nin a second paragraph", rules.LabelTitle, "A trial of drug X in children with ALL"},
		{"a phase's value below its label is not joined to itself", "Phase:\nIII\nAge: 1 to 18 years", rules.LabelPhase, "III"},
		{"a title and the next label", "Title: A trial of drug X\nphase: 2", rules.LabelTitle, "A trial of drug X"},
		{"Spanish age range label", "Rango de edad: Adultos (18-64 años)", rules.LabelAges, "Adultos (18-64 años)"},
		{"French minimum age", "Âge minimum : 12 mois", rules.LabelMinAge, "12 mois"},
		{"a phase field's second value on the next line", "Phase: III\nII\nExpected End Date: 2025", rules.LabelPhase, "III/II"},
		{"a phase label, a number on the next line that is no phase", "Phase: II\n12 sites", rules.LabelPhase, "II"},
		{"a row of pairs copied as one line, the last", "Minimum age: 12 months Maximum age: 30 years Gender: Both", rules.LabelSex, "Both"},
		{"a row of pairs copied as one line, the middle", "Minimum age: 12 months Maximum age: 30 years Gender: Both", rules.LabelMaxAge, "30 years"},
		{"a row of pairs copied as one line, the first", "Ages Eligible for Study: 1 Year to 21 Years   Sexes Eligible for Study: All", rules.LabelAges, "1 Year to 21 Years"},
		{"a row's label of no known field ends the value before it", "Sexes Eligible for Study: All   Accepts Healthy Volunteers: No", rules.LabelSex, "All"},
		{"a row that opens with a label of no known field", "Study Type: Interventional   Phase: Phase 3", rules.LabelPhase, "Phase 3"},
		{"a value's own colon is no pair", "Title: CAR-T: a study in children Phase: 2", rules.LabelTitle, "CAR-T: a study in children"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := findLabels(strings.Split(tt.text, "\n"))
			for _, l := range found {
				if l.field == tt.field {
					if l.value != tt.value {
						t.Errorf("value %q, want %q", l.value, tt.value)
					}
					return
				}
			}
			t.Errorf("no %s label in %+v", tt.field, found)
		})
	}
}

// An empty value cell states nothing; the next row's label is no value.
func TestEmptyCellStatesNoValue(t *testing.T) {
	for _, text := range []string{
		"Treatments | |\nTrial Sponsors |\n|",
		"Interventions |  |\nSome other row",
	} {
		for _, l := range findLabels(strings.Split(text, "\n")) {
			if l.field == rules.LabelInterventions {
				t.Errorf("%q: read %q as the interventions", text, l.value)
			}
		}
	}
	if found := findLabels([]string{"| Sex |", "All"}); len(found) != 1 || found[0].value != "All" {
		t.Errorf("a label cell between pipes, value below: %+v", found)
	}
}

func TestSpacedLabelIsNoSentence(t *testing.T) {
	for _, text := range []string{
		"Phase 1 trials conducted solely on adults are not shown in this register",
		"Sponsor Type Externally Peer-Reviewed",
		"Age is a risk factor",
	} {
		for _, l := range findLabels(strings.Split(text, "\n")) {
			t.Errorf("%q: read as a label: %+v", text, l)
		}
	}
}

func TestLabelNeedsAValue(t *testing.T) {
	for _, text := range []string{
		"Phase\nInclusion Criteria:\n- Age 1 to 21 years",
		"Title\n\n  • Brief Title: A study of a CD22 CAR",
	} {
		for _, l := range findLabels(strings.Split(text, "\n")) {
			if l.line == "Phase: Inclusion Criteria:" || strings.HasPrefix(l.value, "•") {
				t.Errorf("%q: a heading or labelled line was taken as a label's value: %+v", text, l)
			}
		}
	}
	found := findLabels(strings.Split("Public Title of Study\nModification(s)\nA study of a CD22 CAR", "\n"))
	if len(found) != 1 || found[0].value != "A study of a CD22 CAR" {
		t.Errorf("a registry's modification note was taken as the value: %+v", found)
	}
}
