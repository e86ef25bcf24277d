package ingest

import (
	"slices"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// TestListedTrialsFamily reads a page that lists several trials, each in a
// paragraph that opens with its name: the ages and phase stated in running
// text are the first trial's. An abstract's sections and an interview's
// questions are no listed trials. The pages are written for this test.
func TestListedTrialsFamily(t *testing.T) {
	tests := []struct {
		name, page string
		phase      model.Phase
		ages       string
	}{
		{"a hospital's update on its open trials",
			"Our trials this year\n\nTOPAZ: Phase I study of drug X in patients aged 1 to 21 years with relapsed solid tumours. Open.\n\nBETA: Open label phase II study of drug Y in subjects from birth to less than 18 years of age. Set to open.\n\nGAMMA: a phase III trial for adults aged 18 to 65.",
			model.Phase1, "1 year – 21 years"},
		{"the first listed trial states no age",
			"Our trials\n\nTOPAZ: Phase I study of drug X in relapsed solid tumours.\n\nBETA: Open label phase II study of drug Y in subjects from birth to less than 18 years of age.",
			model.Phase1, ""},
		{"an abstract's sections",
			"Drug X in relapsed ALL\n\nBackground: An earlier study showed activity of drug X.\nMethods: In this phase 2 trial, patients aged 18-75 years with relapsed ALL received drug X.\nResults: The study enrolled 40 patients.",
			model.Phase2, "18 years – 75 years"},
		{"an interview",
			"New drugs for children\n\nQ: What is the study?\nA: A phase 2 study of drug X for patients aged 1 to 18 years.\nQ: Who can join?\nA: Children with relapsed ALL can join the trial.",
			model.Phase2, "1 year – 18 years"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := readText(t, "page.txt", tt.page)
			if !slices.Equal(tr.Phases, []model.Phase{tt.phase}) || tr.Ages.Label() != tt.ages {
				t.Errorf("phases %v, ages %q; want %s, %q", tr.Phases, tr.Ages.Label(), tt.phase, tt.ages)
			}
		})
	}
}
