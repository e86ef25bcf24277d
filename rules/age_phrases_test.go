package rules

import (
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// TestAgePhraseFamily holds the ways pages phrase an age limit, one row a
// phrasing, each bound inclusive or exclusive exactly as stated.
func TestAgePhraseFamily(t *testing.T) {
	tests := []struct {
		phrase   string
		min, max *model.AgeBound
		signLost bool
	}{
		{"patients 21 years and younger", nil, bound(21, model.Years, true), false},
		{"This study is for patients age 18 and older.", bound(18, model.Years, true), nil, false},
		{"open to ages 12 and up", bound(12, model.Years, true), nil, false},
		{"children age 10 years or under", nil, bound(10, model.Years, true), false},
		{"must be younger than 25 years", nil, bound(25, model.Years, false), false},
		{"children up to 17 years old", nil, bound(17, model.Years, true), false},
		{"open to patients up to the age of 21", nil, bound(21, model.Years, true), false},
		{"R/R B-ALL, ≤21y", nil, bound(21, model.Years, true), false},
		{"for ages 1-39", bound(1, model.Years, true), bound(39, model.Years, true), false},
		{"participants must be ages 2 through 21, and have NF1", bound(2, model.Years, true), bound(21, model.Years, true), false},
		{"people aged 2 to 25", bound(2, model.Years, true), bound(25, model.Years, true), false},
		{"children aged 6 months up to 16 years", bound(6, model.Months, true), bound(16, model.Years, true), false},
		{"children aged up to 18 will have the opportunity", nil, bound(18, model.Years, true), false},
		{"young people aged under 25 years", nil, bound(25, model.Years, false), false},
		{"teenagers aged over 12", bound(12, model.Years, false), nil, false},
		{"Ages: Birth – 21 years", nil, bound(21, model.Years, true), false},
		{"children from birth to 18 years of age", nil, bound(18, model.Years, true), false},
		{"enrolled before their 18th birthday", nil, bound(18, model.Years, false), false},
		{"prior to the 22nd birthday", nil, bound(22, model.Years, false), false},
		{"Age range: 1 - 21", bound(1, model.Years, true), bound(21, model.Years, true), false},
		{"Age group: 0-17", bound(0, model.Years, true), bound(17, model.Years, true), false},
		{"must be younger than 21", nil, bound(21, model.Years, false), false},
		{"patients older than 12", bound(12, model.Years, false), nil, false},
		{"you must be 18 or older", bound(18, model.Years, true), nil, false},
		{"children 15 and younger", nil, bound(15, model.Years, true), false},
		{"18+ years", bound(18, model.Years, true), nil, false},
		{"grade 2+ toxicity", nil, nil, false},
		{"3 or more prior lines", nil, nil, false},
		{"infants aged 2 to 18 months", bound(2, model.Months, true), bound(18, model.Months, true), false},
		{"= 30 years", nil, nil, false},
		{"between 3 - 17 years", bound(3, model.Years, true), bound(17, model.Years, true), false},
		{"Between 2 - 30 Years", bound(2, model.Years, true), bound(30, model.Years, true), false},
		{"2 Years – 26 Years", bound(2, model.Years, true), bound(26, model.Years, true), false},
		{"4 Weeks - 2 Years", bound(4, model.Weeks, true), bound(2, model.Years, true), false},
		{"1 Year", nil, nil, false},
		{"N/A to 25 Years", nil, bound(25, model.Years, true), false},
		{"16 Years to N/A", bound(16, model.Years, true), nil, false},
		{"over 2 years and under 18 years", bound(2, model.Years, false), bound(18, model.Years, false), false},
		{"≥ 6 months and < 22 years", bound(6, model.Months, true), bound(22, model.Years, false), false},
		{"> 18 months of age", bound(18, model.Months, false), nil, false},
		{"3 months and <21 years", bound(3, model.Months, true), bound(21, model.Years, false), false},
		{"(>=) 2 … (<=) 25 Years of Age", bound(2, model.Years, true), bound(25, model.Years, true), false},
		{"Age ranging between 1 month and <19 years old", bound(1, model.Months, true), bound(19, model.Years, false), false},
		{"from 2 months through age 30", bound(2, model.Months, true), bound(30, model.Years, true), false},
		{"less than or equal to 25 years", nil, bound(25, model.Years, true), false},
		{"greater than or equal to 12 months", bound(12, model.Months, true), nil, false},
		{"Age = 365 days and < 46 years", bound(365, model.Days, true), bound(46, model.Years, false), true},
		{"age ≥ 1 year and = 30 years", bound(1, model.Years, true), bound(30, model.Years, true), true},
		{"\\< 18 years", nil, bound(18, model.Years, false), false},
		{"CD19 ≥ 90% in ages 1-18 %", nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			a, ok := ParseAge(tt.phrase)
			if ok != (tt.min != nil || tt.max != nil) {
				t.Fatalf("ok = %v, range %s", ok, a.Range.Describe())
			}
			checkBound(t, "min", a.Range.Min, tt.min)
			checkBound(t, "max", a.Range.Max, tt.max)
			if a.SignLost != tt.signLost {
				t.Errorf("SignLost = %v, want %v", a.SignLost, tt.signLost)
			}
		})
	}
}
