package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/trialcompare/trialcompare/model"
)

func TestAgeChartDrawsAgeGroups(t *testing.T) {
	test.NewTempApp(t)
	chart := NewAgeChart()
	chart.SetBars([]AgeBar{
		{Label: "adults", Groups: []model.AgeGroup{model.AgeGroupAdult, model.AgeGroupOlderAdult}},
		{Label: "bounded", Ages: model.AgeRange{Max: &model.AgeBound{Value: 21, Unit: model.Years, Inclusive: true}}, Groups: []model.AgeGroup{model.AgeGroupAdult}},
		{Label: "nothing"},
	})
	w := test.NewWindow(chart)
	defer w.Close()
	w.Resize(fyne.NewSize(900, 300))
	markup := test.RenderObjectToMarkup(chart)
	for _, want := range []string{"Adult, older adult (age groups): 18 years and over", "from no lower limit to 21 years (inclusive)", "no age limit stated"} {
		if !strings.Contains(markup, want) {
			t.Errorf("the chart does not say %q", want)
		}
	}
	if strings.Contains(markup, "Adult (age groups)") {
		t.Error("stated bounds did not win over the age groups")
	}
	if ages, _ := (AgeBar{Groups: []model.AgeGroup{model.AgeGroupAdult}}).drawn(); ages.Label() != "18 years – 64 years" {
		t.Errorf("an adult-only bar draws %q", ages.Label())
	}
}
