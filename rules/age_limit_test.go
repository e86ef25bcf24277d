package rules

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestAgeLimitInTextFamily(t *testing.T) {
	tests := []struct {
		text     string
		min, max *model.AgeBound
	}{
		{"Eligibility:\nPeople aged 4 to 40 years who are in remission.", bound(4, model.Years, true), bound(40, model.Years, true)},
		{"Men and women from 18 to 65 years can take part in this trial.", bound(18, model.Years, true), bound(65, model.Years, true)},
		{"Patients up to and including 21 years of age are eligible.", nil, bound(21, model.Years, true)},
		{"Women over 60 are at higher risk of this disease.", nil, nil},
		{"This study reports the follow-up to 5 years of patients treated in the phase 2 trial.", nil, nil},
		{"Patients are followed up to 15 years after treatment.", nil, nil},
		{"To treat children less than 15 years old with newly diagnosed AML, excluding APL.", nil, bound(15, model.Years, false)},
		{"Male and female subjects, ranging from 6 months through age 25, will take part.", bound(6, model.Months, true), bound(25, model.Years, true)},
		{"Infants less than 1 year of age at diagnosis; for neonates less than 30 days of life, patients must be > 36 weeks gestational age.", nil, bound(1, model.Years, false)},
		{"Age ranging between 6 months and <16 years old", bound(6, model.Months, true), bound(16, model.Years, false)},
		{"Healthy volunteers aged between 18 and 55 years and between 65 and 85 years may take part.", bound(18, model.Years, true), bound(85, model.Years, true)},
		{"Patients aged between 18 and 55 years and between 1 and 3 prior lines of therapy.", bound(18, model.Years, true), bound(55, model.Years, true)},
		{"Isa-KRd increased the rate of MRD negativity sustained up to 1 year in patients with myeloma aged under 70 years.", nil, bound(70, model.Years, false)},
		{"A single infusion of cilta-cel 5 to 7 days after lymphodepletion was given to the patients.", nil, nil},
		{"The study included 223 patients aged between 18 and 60 years.", nil, nil},
		{"A study in 223 patients, 143 men and 80 women, aged between 18 and 60 years.", nil, nil},
		{"A negative pregnancy test is required for girls ≥ 13 years.", nil, nil},
		{"Lansky (age <16 years) or Karnofsky (age ≥16 years) ≥ 50", nil, nil},
		{"The donor must be 18 years or older.", nil, nil},
		{"Neonates up to 28 days of life are monitored.", nil, nil},
		{"Age > 18 months with stage 4 disease and MYCN amplification", nil, nil},
		{"Phase 1 trials conducted solely on adults over 18 years are not shown", nil, nil},
		{"Treatment lasts 2 years.", nil, nil},
		{"Cancer is the biggest killer of children aged 1-14 in the UK.", nil, nil},
		{"About 100 children aged 1 to 15 years are diagnosed each year.", nil, nil},
		{"The study is open to children aged up to 18.\nCancer is the biggest killer of children aged 1-14.", nil, bound(18, model.Years, true)},
		{"Eligibility: ≤25y R/R CD19+ B-ALL with marrow blasts ≥5%.", nil, bound(25, model.Years, true)},
		{"Follow-up: 5y after infusion.", nil, nil},
		{"Patients are followed for up to two years after treatment.", nil, nil},
		{"The study will enroll children aged 2-17 (children) or 18-30 years (young adults) with relapsed ALL.", bound(2, model.Years, true), bound(30, model.Years, true)},
		{"The researchers compared two regimens in 240 adolescent patients (age 12 to 17 years), enrolled within a larger trial.", nil, nil},
		{"In this phase 2 study, 127 adults aged 18 years or older with relapsed ALL received the cells.", nil, nil},
		{"The research enrolled 25 patients between 5 and 14 years of age over four years.", nil, nil},
		{"12 patients with relapsed or refractory Hodgkin lymphoma between the ages of 15-70 years with CD30+ disease.", nil, nil},
		{"Over the last 30-40 years, survival has improved for younger patients.", nil, nil},
		{"The CAR-T made at the centre cut manufacturing time from about 28 days to 12-14 days, so patients are treated sooner.", nil, nil},
		{"The network started the MCL Younger trial for patients with advanced-stage MCL, age < 66 years.", nil, bound(66, model.Years, false)},
		{"Stage 4S neuroblastoma occurs in infants younger than 1 year.", nil, nil},
		{"The regulator approved the vaccine trial in children aged 2 to 18 years.", bound(2, model.Years, true), bound(18, model.Years, true)},
		{"Eligible patients were between 16 and 70 years of age with an ECOG performance status of 0-2.", bound(16, model.Years, true), bound(70, model.Years, true)},
		{"The trial will enroll 40 patients with relapsed neuroblastoma between the ages of 1 and 21 years.", bound(1, model.Years, true), bound(21, model.Years, true)},
		{"The trial enrolled patients between 2 and 21 years of age with untreated Hodgkin lymphoma.", bound(2, model.Years, true), bound(21, model.Years, true)},
		{"The trial will enroll 60 children aged 1 to 21 years with relapsed ALL.", bound(1, model.Years, true), bound(21, model.Years, true)},
		{"In arm 2 children aged 1 to 18 years receive the antibody.", bound(1, model.Years, true), bound(18, model.Years, true)},
		{"Patients aged one to 30 years are risk-stratified by their relapse.", bound(1, model.Years, true), bound(30, model.Years, true)},
		{"The trial is open to children from five to twenty years of age.", bound(5, model.Years, true), bound(20, model.Years, true)},
		{"The vaccine study enrolls volunteers aged between two and ten years.", bound(2, model.Years, true), bound(10, model.Years, true)},
		{"In this phase 3 trial, patients aged 81 years or older were excluded.", nil, bound(81, model.Years, false)},
		{"Children younger than 1 year are not eligible for the study.", bound(1, model.Years, true), nil},
		{"The trial enrolled adults, excluding patients older than 75 years.", nil, bound(75, model.Years, true)},
		{"Patients older than 80 years with heart failure were excluded.", nil, nil},
		{"Patients aged 18 years or older are eligible, and those with CNS disease are excluded.", bound(18, model.Years, true), nil},
		{"Patients aged 2 to 18 years were excluded from the adult cohort.", nil, nil},
		{"Patients aged 65 years or older are not excluded from the study.", nil, nil},
		{"Children younger than 2 years may not be eligible for this study.", bound(2, model.Years, true), nil},
		{"Patients aged 18 years or older can take part, but those with CNS disease are excluded.", bound(18, model.Years, true), nil},
		{"Patients were required to be at least 18 years old, have an ECOG performance status of 0 or 1 and measurable disease.", bound(18, model.Years, true), nil},
		{"Patients were required to have a Karnofsky score of at least 70 if older than 16 years.", nil, nil},
		{"Myeloma usually strikes older adults (the average age at presentation is 60 to 70 years).", nil, nil},
		{"The mean age of the children was 8 years.", nil, nil},
		{"ALL makes up about 5% of all leukemias in patients between 55 and 70 years of age.", nil, nil},
		{"Anyone over 18 can take part in the myeloma trial.", bound(18, model.Years, false), nil},
		{"The trial will be open to 101 patients, with men and women over 18 able to participate.", bound(18, model.Years, false), nil},
		{"The new myeloma trial is open to people over 18.", bound(18, model.Years, false), nil},
		{"Patients over 65 are at higher risk of infection.", nil, nil},
		{"To join the trial, volunteers must be over 18.", bound(18, model.Years, false), nil},
		{"The vaccine will be tested in children in the 2-18 age group.", bound(2, model.Years, true), bound(18, model.Years, true)},
		{"Over 18 patients were treated in the first cohort.", nil, nil},
		{"Patients with untreated stage II-IV mantle cell lymphoma aged up to 65 years were randomised to three arms.", nil, bound(65, model.Years, true)},
		{"Patients with stage III or IV Hodgkin lymphoma aged 18 to 60 years are eligible.", bound(18, model.Years, true), bound(60, model.Years, true)},
		{"Patients with stage IV neuroblastoma older than 18 months are high risk.", nil, nil},
		{"Standard risk is defined as age 1 to 9 years.", nil, nil},
		{"The high-risk medulloblastoma (HRMB) trial is for patients older than three years.", bound(3, model.Years, false), nil},
		{"High-risk patients are older than 10 years.", nil, nil},
		{"Induction: children under 3 years of age get regimen A, children aged 3 years and older get regimen B", nil, nil},
		{"Patients under 2 years of age: drug A. Patients aged 2 years and older: drug B\nChildren less than 18 years old with ML-DS.", nil, bound(18, model.Years, false)},
		{"CheckMate 744, a phase 2 study for young people (aged 5-30 years) with relapsed lymphoma, evaluated a risk-stratified approach.", bound(5, model.Years, true), bound(30, model.Years, true)},
		{"Patients aged 1-10 years are standard risk.", nil, nil},
		{"About 1,000 participants will be enrolled over three years.", nil, nil},
		{"Childhood cancer is the leading cause of death by disease in children aged 0-17.", nil, nil},
		{"Most patients are younger than six years old.", nil, nil},
		{"Neuroblastoma usually affects children under five years of age.", nil, nil},
		{"Myeloma generally affects people over 50 years of age.", nil, nil},
		{"The drug can be given to people aged 12 or over.", nil, nil},
		{"This study is open to patients aged 12 years and older weighing at least 40 kg.", bound(12, model.Years, true), nil},
		{"The study drug is given to children aged 1 to 17 years in this trial.", bound(1, model.Years, true), bound(17, model.Years, true)},
		{"The disease is often in people aged 30 to 40 years diagnosed.", nil, nil},
		{"Neuroblastoma is an aggressive cancer that occurs in children less than 6 years of age.", nil, nil},
		{"It is hard on children, as most children diagnosed with RMS are under 5 years old.", nil, nil},
		{"Neuroblastoma is the most common solid tumour in children under 5 years.", nil, nil},
		{"Osteosarcoma is the most common bone cancer diagnosed in children, teens, and young adults between 10 and 30 years old.", nil, nil},
		{"Ewing sarcoma is the second most common bone tumour, seen mostly in patients aged 10 to 20.", nil, nil},
		{"Results: Sixteen patients (range, 11-24 years) received the cells.", nil, nil},
		{"The study takes patients from 18 years (at the time of signing consent to take part) with HER2-positive cancer.", bound(18, model.Years, true), nil},
		{"Children from 1 year to 18 years with relapsed ALL can take part.", bound(1, model.Years, true), bound(18, model.Years, true)},
		{"Twelve children were treated (median 9 years, range 2–17 years).", nil, nil},
		{"About 90% of children are younger than 6 years at diagnosis.", nil, nil},
		{"The drug was approved in 2021 for adults over 25 years with B-ALL and will now be tested in children.", nil, nil},
		{"Around 24 youngsters aged between 18 months and 18 will be treated during the trial.", bound(18, model.Months, true), bound(18, model.Years, true)},
		{"In the trial 12 children took part whose ages ranged between 3 and 18 years.", nil, nil},
		{"B-ALL has long posed formidable challenges in patients over 60 years of age.", nil, nil},
		{"Historically, infants younger than 1 year have fared worst.", nil, nil},
		{"The trial enrolled 33 patients ranging from 60 to 84 years old, all newly diagnosed.", nil, nil},
		{"It enrolled 40 children ranging in age from 2 to 17 years.", nil, nil},
		{"Patients ranging from 1 to 21 years of age are eligible.", bound(1, model.Years, true), bound(21, model.Years, true)},
		{"The CAR T cells were detectable in the blood of patients up to 30 months after infusion.", nil, nil},
		{"The drug is approved by health authorities (like the U.S. Food and Drug Administration) for people older than 1 month of age.", nil, nil},
		{"Led by Dr. Lang, the study is open to children aged 1 to 18 years.", bound(1, model.Years, true), bound(18, model.Years, true)},
		{"Neuroblastoma is the most frequent solid tumour, 7-10% of tumours in children aged 0 to 5 years.", nil, nil},
		{"The trial is open to infants younger than one year.", nil, bound(1, model.Years, false)},
		{"To evaluate a treatment strategy according to the risk stratification based on leukemia cell biology and response to the initial induction therapy in children less than 18 years old with newly diagnosed AML.", nil, bound(18, model.Years, false)},
	}
	for _, tt := range tests {
		a, _, ok := FindAgeLimit(tt.text)
		if ok != (tt.min != nil || tt.max != nil) {
			t.Errorf("FindAgeLimit(%q): ok = %v (%s)", tt.text, ok, a.Range.Describe())
			continue
		}
		checkBound(t, "min", a.Range.Min, tt.min)
		checkBound(t, "max", a.Range.Max, tt.max)
	}
}

// TestAgeClauseInACriterion reads an age stated in a clause of its own
// late in a criterion, and not one that belongs to another test.
func TestAgeClauseInACriterion(t *testing.T) {
	r, _, ok := AgeFromCriteria([]string{"All patients must have a confirmed diagnosis of high-risk neuroblastoma, ≤ 21.99 years of age and in first remission"})
	if !ok || r.Max == nil || r.Max.Value != 21.99 || !r.Max.Inclusive || r.Min != nil {
		t.Errorf("AgeFromCriteria = %s, %v", r.Describe(), ok)
	}
	if r, _, ok := AgeFromCriteria([]string{"Girls who have had their first period and are of childbearing potential, ≥ 13 years of age, need a pregnancy test"}); ok {
		t.Errorf("an age for a pregnancy test read as the limit: %s", r.Describe())
	}
}

func TestAgeLimitAcrossInclusionItems(t *testing.T) {
	items := []string{
		"Newly diagnosed, CD19 positive, B-precursor ALL",
		"< 365 days of age at time of diagnosis",
		"> 28 days of age at start of treatment",
		"Lansky (age < 16 years) ≥ 50",
	}
	r, item, ok := AgeFromCriteria(items)
	if !ok || item != items[1] {
		t.Fatalf("AgeFromCriteria = %s from %q, %v", r.Describe(), item, ok)
	}
	checkBound(t, "min", r.Min, bound(28, model.Days, false))
	checkBound(t, "max", r.Max, bound(365, model.Days, false))
}
