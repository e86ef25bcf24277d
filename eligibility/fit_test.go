package eligibility

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

func mustPatient(t *testing.T, age, dx string, markers, priors []string) Patient {
	t.Helper()
	days, label, err := ParsePatientAge(age)
	if err != nil {
		t.Fatal(err)
	}
	p := Patient{AgeDays: days, AgeLabel: label, Diagnosis: dx}
	for _, m := range markers {
		mk, err := ParseMarker(m)
		if err != nil {
			t.Fatal(err)
		}
		p.Markers = append(p.Markers, mk)
	}
	for _, s := range priors {
		pr, err := ParsePrior(s)
		if err != nil {
			t.Fatal(err)
		}
		p.Priors = append(p.Priors, pr)
	}
	return p
}

func TestAgeBoundaries(t *testing.T) {
	lessThan18 := model.Trial{Ages: model.AgeRange{Min: bound(28, model.Days, true), Max: bound(18, model.Years, false)}}
	if f := Assess(mustPatient(t, "18y", "", nil, nil), &lessThan18); f.Verdict != VerdictExcluded {
		t.Errorf("exactly 18 years against \"less than 18 years\": %+v", f)
	}
	if f := Assess(mustPatient(t, "17y11m", "", nil, nil), &lessThan18); f.Verdict != VerdictPossible {
		t.Errorf("17 years 11 months against \"less than 18 years\": %+v", f)
	}
	threeTo18 := model.Trial{Ages: model.AgeRange{Min: bound(3, model.Years, true), Max: bound(18, model.Years, true)}}
	if f := Assess(mustPatient(t, "3y", "", nil, nil), &threeTo18); f.Verdict != VerdictPossible {
		t.Errorf("exactly 3 years against \"3 to 18 years\": %+v", f)
	}
	if f := Assess(mustPatient(t, "2y11m", "", nil, nil), &threeTo18); f.Verdict != VerdictExcluded {
		t.Errorf("2 years 11 months against \"3 to 18 years\": %+v", f)
	}
}

func TestParsePatientFacts(t *testing.T) {
	days, label, err := ParsePatientAge("7y6m")
	if err != nil || label != "7 years 6 months" || int(days) != 2739 {
		t.Errorf("7y6m = %v %q %v", days, label, err)
	}
	if _, _, err := ParsePatientAge("seven"); err == nil {
		t.Error("\"seven\" was read as an age")
	}
	for text, want := range map[string]Marker{
		"CD19+":      {Target: "CD19", Present: true, Percent: -1},
		"CD22-":      {Target: "CD22", Present: false, Percent: -1},
		"CD22−":      {Target: "CD22", Present: false, Percent: -1},
		"CLL-1 60%":  {Target: "CLL-1", Present: true, Percent: 60},
		"clec12a:0%": {Target: "CLL-1", Present: false, Percent: 0},
	} {
		if got, err := ParseMarker(text); err != nil || got != want {
			t.Errorf("ParseMarker(%q) = %+v, %v; want %+v", text, got, err, want)
		}
	}
	for text, want := range map[string]string{"car-t:6m": "CAR-T", "hsct:4m": "HSCT", "anti-cd38:never": "anti-CD38"} {
		if got, err := ParsePrior(text); err != nil || got.Kind != want {
			t.Errorf("ParsePrior(%q) = %+v, %v", text, got, err)
		}
	}
	if _, err := ParsePrior("car-t"); err == nil {
		t.Error("a prior therapy without a time was accepted")
	}
	for name, want := range map[string]string{"B-ALL": "B-ALL", "acute myeloid leukemia": "AML", "neuroblastoma": "Neuroblastoma", "t-all": "T-ALL"} {
		if got, ok := rules.ParseDiagnosis(name); !ok || got != want {
			t.Errorf("ParseDiagnosis(%q) = %q", name, got)
		}
	}
}

func TestDiagnosesIn(t *testing.T) {
	tests := map[string]string{
		"B-cell Acute Lymphoblastic Leukemia":                  "B-ALL",
		"Precursor Cell Lymphoblastic Leukemia-Lymphoma":       "ALL",
		"AML (Acute Myeloid Leukemia)":                         "AML",
		"Relapsed Neuroblastoma":                               "Neuroblastoma",
		"Acute Lymphoblastic Leukemia, Acute Myeloid Leukemia": "ALL AML",
		"Participants with ALL of T- or B-cell origin":         "ALL",
		"all patients": "",
	}
	for text, want := range tests {
		if got := strings.Join(rules.DiagnosesIn(text), " "); got != want {
			t.Errorf("DiagnosesIn(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestFitDescribe(t *testing.T) {
	p := mustPatient(t, "7y", "B-ALL", []string{"CD19+", "CD22-"}, []string{"car-t:6m"})
	p.CNS = 2
	if got := p.Describe(); got != "7 years, B-ALL, CD19+, CD22−, CAR-T 6 months ago, CNS-2" {
		t.Errorf("Describe() = %q", got)
	}
}

func TestPriorInsideWindow(t *testing.T) {
	tr := model.Trial{Exclusion: []string{"Prior cellular therapy or investigational cellular or gene therapy within 60 days prior to enrollment"}}
	rules.Resolve(&tr)
	if f := Assess(mustPatient(t, "20y", "", nil, []string{"car-t:1m"}), &tr); f.Verdict != VerdictExcluded {
		t.Errorf("CAR-T 1 month ago against \"within 60 days\": %+v", f)
	}
	if f := Assess(mustPatient(t, "20y", "", nil, []string{"car-t:6m"}), &tr); f.Verdict != VerdictPossible || len(f.Review) != 1 {
		t.Errorf("CAR-T 6 months ago against \"within 60 days\": %+v", f)
	}
	if f := Assess(mustPatient(t, "20y", "", nil, []string{"car-t:never"}), &tr); f.Verdict != VerdictPossible {
		t.Errorf("no CAR-T: %+v", f)
	}
}

func TestParsePatientAgeUnits(t *testing.T) {
	accepted := map[string]string{
		"7y":        "7 years",
		"7 years":   "7 years",
		"7 yrs":     "7 years",
		"7Y":        "7 years",
		"18 months": "18 months",
		"18m":       "18 months",
		"28d":       "28 days",
		"3w":        "3 weeks",
		"7y6m":      "7 years 6 months",
		"1 year":    "1 year",
	}
	for text, want := range accepted {
		if _, label, err := ParsePatientAge(text); err != nil || label != want {
			t.Errorf("ParsePatientAge(%q) = %q, %v; want %q", text, label, err, want)
		}
	}
	refused := map[string]string{
		"7":     "no unit",
		"7.5":   "no unit",
		" 12 ":  "no unit",
		"":      "missing",
		"seven": "unit",
		"7 old": "unit",
	}
	for text, want := range refused {
		if _, _, err := ParsePatientAge(text); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParsePatientAge(%q) = %v; want an error that says %q", text, err, want)
		}
	}
	if _, err := ParsePrior("car-t:6"); err == nil || !strings.Contains(err.Error(), "no unit") {
		t.Errorf("a prior therapy's bare number was read: %v", err)
	}
}
