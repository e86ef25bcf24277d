package rules

import (
	"reflect"
	"testing"
)

func TestCriteriaItems(t *testing.T) {
	tests := []struct {
		name  string
		block string
		want  []string
	}{
		{"bullets", "  • First item.\n  • Second item.", []string{"First item.", "Second item."}},
		{"numbers", "1. One\n2. Two\n10. Ten", []string{"One", "Two", "Ten"}},
		{"parenthesised numbers", "1) One\n2) Two", []string{"One", "Two"}},
		{"dashes with and without space", "- B-ALL blast cells\n-Prior cellular therapy", []string{"B-ALL blast cells", "Prior cellular therapy"}},
		{"markdown stars", "* Alpha\n* Beta", []string{"Alpha", "Beta"}},
		{"plain lines", "Participants with LBL\nLive vaccine(s) within 30 days", []string{"Participants with LBL", "Live vaccine(s) within 30 days"}},
		{"escapes", "1. Lansky score (for age \\<16 years) ≥50, survival \\>3 months \\[note\\]", []string{"Lansky score (for age <16 years) ≥50, survival >3 months [note]"}},
		{"nested items stay inside", "  1. Age\n  2. Disease Status:\n    1. Histology\n    2. High risk\n  3. Washout",
			[]string{"Age", "Disease Status:\n  • Histology\n  • High risk", "Washout"}},
		{"hard-wrapped items", "  -  Women of childbearing potential must\n     have a negative test\n\n  -  Men must agree", []string{"Women of childbearing potential must have a negative test", "Men must agree"}},
		{"wrapped sub-item", "- Parent:\n    - child one that\n      wraps\n- Next", []string{"Parent:\n  • child one that wraps", "Next"}},
		{"boilerplate ends the list", "Item one\nThe above information is not intended to contain all considerations relevant to a patient's\npotential participation in a clinical trial\nClear my responses",
			[]string{"Item one"}},
		{"sign-up text ends the list", "  • Item\nSign up as volunteer  to help", []string{"Item"}},
		{"options left at the top level under one that asks for one of them", "- Age 1 to 21 years\n- Patients must have one of the following:\n- Relapsed AML\n- Relapsed MDS\n\n- Consent",
			[]string{"Age 1 to 21 years", "Patients must have one of the following:\n  • Relapsed AML\n  • Relapsed MDS", "Consent"}},
		{"lettered options under a numbered item", "1. Age 1 to 21 years\n2. Patients must have one of the following:\na. Relapsed AML\nb. Relapsed MDS\n3. Consent",
			[]string{"Age 1 to 21 years", "Patients must have one of the following:\n  • Relapsed AML\n  • Relapsed MDS", "Consent"}},
		{"lettered sub-items under a bulleted lead-in", "- Age 1 to 30 years\n- Stage 4 patients are eligible with the following:\na. MYCN amplification\nb. Age over 18 months\n- Consent",
			[]string{"Age 1 to 30 years", "Stage 4 patients are eligible with the following:\n  • MYCN amplification\n  • Age over 18 months", "Consent"}},
		{"lettered items under a bulleted item that leads in to none stay at the top", "- Relapsed ALL\na. Consent\nb. Washout",
			[]string{"Relapsed ALL", "Consent", "Washout"}},
		{"bullets under a numbered item are its sub-items", "1. Arm A only:\n- Relapsed DMG\n- Prior radiation\n2. Consent",
			[]string{"Arm A only:\n  • Relapsed DMG\n  • Prior radiation", "Consent"}},
		{"options end at an item that leads in to its own list", "- Disease, one of:\n- Stage IIIB\n- Stage IVB\n- Creatinine normal for age as follows:\n- Bilirubin normal",
			[]string{"Disease, one of:\n  • Stage IIIB\n  • Stage IVB", "Creatinine normal for age as follows:", "Bilirubin normal"}},
		{"numbered items that go on with the numbers are no options", "1. Relapsed ALL\n2. Patients must have one of the following:\n3. Written consent",
			[]string{"Relapsed ALL", "Patients must have one of the following:", "Written consent"}},
		{"options end at an item that opens as the lead-in does", "- Patients with one of the following:\n- Relapsed AML\n- Patients with normal organ function",
			[]string{"Patients with one of the following:\n  • Relapsed AML", "Patients with normal organ function"}},
		{"a list that says it is empty", "There are no exclusion criteria for this study.\n\nSee Protocol Section 3 for a complete list of inclusion and exclusion criteria.", []string{}},
		{"an item that says there is none", "Not provided", []string{}},
		{"a pointer to the protocol ends the list", "- Relapsed AML\nSee the protocol for the full list.", []string{"Relapsed AML"}},
		{"sub-heading after a blank line", "* A\n\nFor parent participants:\n\n* B", []string{"A", "For parent participants:", "B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CriteriaItems(tt.block); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSplitCriteria(t *testing.T) {
	c := SplitCriteria("Inclusion Criteria:\n\n1. A\n2. B\n\nExclusion Criteria:\n\n1. C")
	if !c.Split || !reflect.DeepEqual(c.Inclusion, []string{"A", "B"}) || !reflect.DeepEqual(c.Exclusion, []string{"C"}) {
		t.Errorf("got %+v", c)
	}
	c = SplitCriteria("Eligibility criteria:\n\n* A\n\nExclusion criteria:\n\n* C")
	if !c.Split || !reflect.DeepEqual(c.Inclusion, []string{"A"}) || !reflect.DeepEqual(c.Exclusion, []string{"C"}) {
		t.Errorf("only an exclusion heading: got %+v", c)
	}
	if c := SplitCriteria("Patients must be adults."); c.Split {
		t.Errorf("no heading: got %+v", c)
	}
}

func TestAgeFromCriteria(t *testing.T) {
	items := []string{
		"Lansky (age <16 years) or Karnofsky (age ≥16 years) score of 50 or greater.",
		"Aged 3 to 18 years (inclusive), and body weight ≥10 kg.",
	}
	r, item, ok := AgeFromCriteria(items)
	if !ok || item != items[1] || r.Label() != "3 years – 18 years" {
		t.Errorf("got %v %q %v", r.Label(), item, ok)
	}
	deep := []string{"No factors that increase the risk such as unexplained sudden death under 40 years of age"}
	if r, _, ok := AgeFromCriteria(deep); ok {
		t.Errorf("an age deep inside an item was read as the patient's: %v", r.Label())
	}
}

func TestSplitCriteriaSubsections(t *testing.T) {
	tests := []struct {
		name                 string
		text                 string
		inclusion, exclusion []string
	}{
		{"a titled sub-section keeps its kinds",
			"Inclusion Criteria:\n\n  1. A\n\nExclusion Criteria:\n\n  1. B\n\nEligibility criteria for the secondary randomisation to once vs twice daily\nlamivudine+abacavir Inclusion criteria\n\n  1. C\n\n     Exclusion criteria\n\n  2. D",
			[]string{"A", "Eligibility criteria for the secondary randomisation to once vs twice daily lamivudine+abacavir:", "C"},
			[]string{"B", "Eligibility criteria for the secondary randomisation to once vs twice daily lamivudine+abacavir:", "D"}},
		{"a title right under a heading",
			"Inclusion Criteria:\nPart B Exclusion Criteria:\n- x",
			nil, []string{"Part B:", "x"}},
		{"two titled headings in a row",
			"Part A Inclusion Criteria\nPart B Exclusion Criteria\n- x",
			[]string{"Part A:"}, []string{"Part B:", "x"}},
		{"a one-line title",
			"Inclusion Criteria:\n- A\n\nPart B Exclusion Criteria:\n- B",
			[]string{"A"}, []string{"Part B:", "B"}},
		{"a wrapped item is no title",
			"Inclusion Criteria:\n\n1. A\n2. Patients who meet all of the\n   ALL-REZ inclusion criteria\n\nExclusion Criteria:\n\n1. B",
			[]string{"A", "Patients who meet all of the ALL-REZ inclusion criteria"}, []string{"B"}},
		{"a sentence about the criteria is no title",
			"Inclusion Criteria:\n\n- A\n\nPatients must also meet all of the following inclusion criteria:\n\n- C\n\nExclusion Criteria:\n\n- B",
			[]string{"A", "Patients must also meet all of the following inclusion criteria:", "C"}, []string{"B"}},
		{"a list item that ends in the words is no heading",
			"Inclusion Criteria:\n\n1. A\n\n2. Meets the ALL-REZ inclusion criteria\n\nExclusion Criteria:\n\n1. B",
			[]string{"A", "Meets the ALL-REZ inclusion criteria"}, []string{"B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := SplitCriteria(tt.text)
			if !reflect.DeepEqual(c.Inclusion, tt.inclusion) || !reflect.DeepEqual(c.Exclusion, tt.exclusion) {
				t.Errorf("got\n  %q\n  %q\nwant\n  %q\n  %q", c.Inclusion, c.Exclusion, tt.inclusion, tt.exclusion)
			}
		})
	}
}
