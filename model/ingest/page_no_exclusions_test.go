package ingest

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestNoteNoExclusions(t *testing.T) {
	for page, want := range map[string]bool{
		"Exclusion Criteria\n\nThere are no exclusion criteria for this study.": true,
		"No additional exclusion criteria.":                                     true,
		"Exclusion criteria: none":                                              true,
		"Exclusion Criteria:\n\nNone":                                           true,
		"Exclusion Criteria:\n\nNot provided by the sponsor":                    false,
		"Patients who meet all inclusion and no exclusion criteria":             false,
		"Exclusion Criteria:\nPrior CAR-T":                                      false,
	} {
		var tr model.Trial
		noteNoExclusions(&tr, strings.Split(page, "\n"))
		if got := tr.StatesNone(model.FieldExclusion); got != want {
			t.Errorf("%q: states none = %v, want %v", page, got, want)
		}
	}
}

func TestNoExclusionsAreNotMissed(t *testing.T) {
	page := "Trial of drug X in relapsed AML\nNCT01234567\nPhase 2\n\nInclusion Criteria\n\n- Relapsed AML\n- Age 1 to 21 years\n\nExclusion Criteria\n\nThere are no exclusion criteria for this study.\n"
	res := Read("page.txt", []byte(page))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	for _, w := range res.Trials[0].WarningsFor(model.FieldDocument) {
		if strings.Contains(w, "exclusion criteria") {
			t.Errorf("warned: %s", w)
		}
	}
}
