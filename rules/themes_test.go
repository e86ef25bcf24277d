package rules

import (
	"slices"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestThemeRules(t *testing.T) {
	tests := []struct {
		theme    model.ThemeKey
		positive []string
		negative []string
	}{
		{model.ThemeCNS,
			[]string{"Presence of CNS-3 disease", "Acute leukemia with testicular or central nerve system involvement alone", "Uncontrolled CNS metastasis", "Known brain metastases", "Leptomeningeal disease"},
			[]string{"Pregnant or lactating women", "Active hepatitis B"}},
		{model.ThemeInfection,
			[]string{"Patients with uncontrolled active infection", "HIV/HBV/HCV infection", "active infections such as hepatitis B, hepatitis C", "uncontrolled viral reactivation of EBV"},
			[]string{"Uncontrolled CNS metastasis", "History of severe hypersensitivity"}},
		{model.ThemePriorCellTherapy,
			[]string{"Patients who have received prior CART-cell or other gene-modified immune-effector cell therapy", "Prior cellular therapy or investigational cellular or gene therapy within 60 days", "Previous CAR-T therapy", "history of CAR T cell therapy"},
			[]string{"until CAR-T cells are no longer present on two consecutive tests", "Prior stem cell transplant within 3 months", "Patients must have peripheral blood cells"}},
		{model.ThemePriorTransplant,
			[]string{"Prior stem cell transplant within 3 months", "Received allo-HSCT within 6 weeks prior to screening", "acute or chronic GVHD", "graft-versus-host disease requiring therapy"},
			[]string{"Prior cellular therapy", "Pregnant or nursing"}},
		{model.ThemePregnancy,
			[]string{"Pregnant or lactating women", "Pregnant or nursing (lactating) women", "Breastfeeding"},
			[]string{"must have a negative serum pregnancy test at screening", "Uncontrolled intercurrent illness"}},
		{model.ThemeOtherMalignancy,
			[]string{"History of other malignancies within 3 years", "known additional malignancy", "second malignant neoplasm"},
			[]string{"Participants with Burkitt-type ALL", "Active infection", "Participants who have developed therapy related acute leukemia"}},
		{model.ThemeOtherTrial,
			[]string{"concurrently receiving other investigational agents", "Enrolled in another clinical trial in the previous 4 weeks", "participation in other clinical studies"},
			[]string{"Prior stem cell transplant", "Diagnosis of APL"}},
		{model.ThemeImmunosuppression,
			[]string{"Active immunosuppressive therapy", "Patients receiving systemic steroid therapy", "prednisone 10 mg/day", "dexamethasone above 1 mg"},
			[]string{"Active infection", "History of other malignancies"}},
		{model.ThemeLiveVaccine,
			[]string{"Live vaccine(s) within 30 days prior to the first IMP administration", "live attenuated vaccines"},
			[]string{"Vaccinia-naive adults", "Active infection"}},
		{model.ThemeOrganFunction,
			[]string{"cardiac echocardiography with LVSF<30% or LVEF<40%", "GFR <30 ml/min or bilirubin >3 times", "severe cardiac diseases", "inadequate renal function"},
			[]string{"Pregnant women", "Uncontrolled CNS metastasis"}},
		{model.ThemePerformanceStatus,
			[]string{"Karnofsky score below 50", "Lansky < 50", "ECOG performance status > 2"},
			[]string{"Active infection", "Pregnant or lactating"}},
		{model.ThemeWashout,
			[]string{"off prior treatment with immunotherapy for >2 weeks", "within 7 days prior to enrolment", "not eligible unless they are >8 weeks from time of infusion", "Live vaccine(s) within 30 days prior to the first IMP administration"},
			[]string{"Pregnant or lactating women", "History of other malignancies"}},
		{model.ThemeHypersensitivity,
			[]string{"History of severe hypersensitivity reaction", "known allergy to any drug component", "anaphylaxis to murine proteins"},
			[]string{"Active infection", "Diagnosis of APL"}},
	}
	for _, tt := range tests {
		for _, p := range tt.positive {
			if !slices.Contains(ThemesOf(p, nil), tt.theme) {
				t.Errorf("%s: %q is not in it", tt.theme, p)
			}
		}
		for _, n := range tt.negative {
			if slices.Contains(ThemesOf(n, nil), tt.theme) {
				t.Errorf("%s: %q is in it", tt.theme, n)
			}
		}
	}
}

func TestPriorTargetedTherapy(t *testing.T) {
	c := "Participants who have been exposed to anti-CD38 therapies within 6 months prior to Day-1"
	if !slices.Contains(ThemesOf(c, []string{"CD38"}), model.ThemePriorTargetedTherapy) {
		t.Error("anti-CD38 in a CD38 trial is not prior targeted therapy")
	}
	if slices.Contains(ThemesOf(c, []string{"CD19"}), model.ThemePriorTargetedTherapy) {
		t.Error("anti-CD38 in a CD19 trial is prior targeted therapy")
	}
	if !slices.Contains(ThemesOf("Prior daratumumab", []string{"CD38"}), model.ThemePriorTargetedTherapy) {
		t.Error("a CD38 drug in a CD38 trial is not prior targeted therapy")
	}
}

func TestWindows(t *testing.T) {
	tests := []struct {
		text string
		days []float64
	}{
		{"Prior stem cell transplant within 3 months", []float64{3 * 365.25 / 12}},
		{"not eligible unless they are >8 weeks from time of infusion", []float64{56}},
		{"within 60 days prior to enrollment", []float64{60}},
		{"Received allo-HSCT within 6 weeks prior to screening", []float64{42}},
		{"Patients 18 years of age", nil},
	}
	for _, tt := range tests {
		ws := Windows(tt.text)
		if len(ws) != len(tt.days) {
			t.Errorf("Windows(%q) = %+v", tt.text, ws)
			continue
		}
		for i, w := range ws {
			if w.InDays() != tt.days[i] {
				t.Errorf("Windows(%q)[%d] = %v days, want %v", tt.text, i, w.InDays(), tt.days[i])
			}
		}
	}
}

func TestPerformanceThresholds(t *testing.T) {
	got := PerformanceThresholds("Karnofsky score (for age ≥16 years) ≥70 or Lansky score (for age <16 years) ≥50 at screening")
	if got["karnofsky"] != 70 || got["lansky"] != 50 {
		t.Errorf("got %v", got)
	}
	if got := PerformanceThresholds("Lansky (age <16 years) or Karnofsky (age ≥16 years) score of 50 or greater."); got["karnofsky"] != 50 {
		t.Errorf("got %v", got)
	}
}

func TestRequiredMarkers(t *testing.T) {
	got := RequiredMarkers([]string{
		"Confirmation of CLL-1 expression ≥50% on AML blasts by flow cytometry.",
		"B-ALL blast cells expressing CD22",
		"ARM A: CD19+/- CD22+ B-ALL with relapsed disease, OR:",
	})
	if len(got) != 2 || got[0].Target != "CD22" || got[0].MinPercent != 0 || got[1].Target != "CLL-1" || got[1].MinPercent != 50 ||
		got[0].Number != 2 || got[1].Number != 1 {
		t.Errorf("got %+v", got)
	}
}

func TestThemeAsides(t *testing.T) {
	tests := []struct {
		text string
		in   []model.ThemeKey
		out  []model.ThemeKey
	}{
		{"Previous organ transplant or planned organ transplant (except for hematopoietic stem cell transplantation).", nil, []model.ThemeKey{model.ThemePriorTransplant}},
		{"Prior solid organ transplantation", nil, []model.ThemeKey{model.ThemePriorTransplant}},
		{"Prior organ transplant or allogeneic HSCT within 100 days", []model.ThemeKey{model.ThemePriorTransplant}, nil},
		{"Participants who have developed therapy related acute leukemia", nil, []model.ThemeKey{model.ThemeOtherMalignancy}},
		{"History of other malignancies within 3 years prior to screening, except for adequately treated carcinoma in situ", []model.ThemeKey{model.ThemeOtherMalignancy}, nil},
		{"No concurrent therapy except steroids for premedication", nil, []model.ThemeKey{model.ThemeImmunosuppression}},
		{"Active immunosuppressive therapy with the exception of prednisone 10 mg/day (or equivalent), within 7 days prior to enrolment.", []model.ThemeKey{model.ThemeImmunosuppression, model.ThemeWashout}, nil},
	}
	for _, tt := range tests {
		got := ThemesOf(tt.text, nil)
		for _, k := range tt.in {
			if !slices.Contains(got, k) {
				t.Errorf("%q: %v lacks %s", tt.text, got, k)
			}
		}
		for _, k := range tt.out {
			if slices.Contains(got, k) {
				t.Errorf("%q: %v has %s", tt.text, got, k)
			}
		}
	}
}
