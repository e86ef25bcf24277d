package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/views"
)

// ageChartScreen is the Age chart tab: each trial's age range as a bar,
// and the patient's age when one is screened.
type ageChartScreen struct {
	chart   *views.AgeChart
	content fyne.CanvasObject
}

func newAgeChartScreen() *ageChartScreen {
	chart := views.NewAgeChart()
	return &ageChartScreen{chart: chart, content: container.NewScroll(chart)}
}

// show draws the comparison's trials, and the patient's age if any.
func (s *ageChartScreen) show(cmp compare.Comparison, patient *eligibility.Profile) {
	bars := make([]views.AgeBar, len(cmp.Trials))
	for i, t := range cmp.Trials {
		bars[i] = views.AgeBar{Label: cmp.ColumnTitle(i), Ages: t.Ages, Groups: t.AgeGroups}
	}
	s.chart.SetBars(bars)
	if patient != nil {
		s.chart.SetPatient(patient.AgeDays, patient.AgeLabel)
	} else {
		s.chart.SetPatient(0, "")
	}
}
