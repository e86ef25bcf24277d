package rules

import (
	"reflect"
	"strings"
	"testing"
)

// TestRegistryCriteriaHeadingFamily reads the headings registries give
// their criteria in their own layouts.
func TestRegistryCriteriaHeadingFamily(t *testing.T) {
	tests := []struct {
		line string
		kind CriteriaKind
		rest string
	}{
		{"Participant inclusion criteria", KindInclusion, ""},
		{"Participant exclusion criteria", KindExclusion, ""},
		{"E.3 Principal inclusion criteria", KindInclusion, ""},
		{"E.4 Principal exclusion criteria", KindExclusion, ""},
		{"3.1. Key inclusion criteria", KindInclusion, ""},
		{"Key exclusion criteria", KindExclusion, ""},
		{"| Inclusion criteria: 1. Relapsed ALL 2. Consent |", KindInclusion, "1. Relapsed ALL 2. Consent"},
		{"| Exclusion criteria | Prior CAR-T; pregnancy |", KindExclusion, "Prior CAR-T; pregnancy"},
		{"Inclusion criteria: 1. Relapsed ALL 2. Consent", KindInclusion, "1. Relapsed ALL 2. Consent"},
	}
	for _, tt := range tests {
		kind, rest, ok := CriteriaHeadingOf(tt.line)
		if !ok || kind != tt.kind || rest != tt.rest {
			t.Errorf("CriteriaHeadingOf(%q) = %q, %q, %v; want %q, %q", tt.line, kind, rest, ok, tt.kind, tt.rest)
		}
	}
	for _, line := range []string{"E.5 End points", "3.1 Patients meeting the inclusion criteria will be randomised."} {
		if _, _, ok := CriteriaHeadingOf(line); ok {
			t.Errorf("CriteriaHeadingOf(%q) read a heading", line)
		}
	}
}

// TestSeparatedItemsFamily splits a paragraph that runs its items together
// with "; " or " - ", and leaves marked lists and brackets alone.
func TestSeparatedItemsFamily(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Active infection; pregnancy; prior anti-GD2 antibody", []string{"Active infection", "pregnancy", "prior anti-GD2 antibody"}},
		{"Prior GD2 therapy within 4 weeks - Active infection - Pregnancy", []string{"Prior GD2 therapy within 4 weeks", "Active infection", "Pregnancy"}},
		{"Age 1 - 21 years", []string{"Age 1 - 21 years"}},
		{"Adequate organ function (bilirubin ≤ 1.5 ULN; ALT ≤ 3 ULN)", []string{"Adequate organ function (bilirubin ≤ 1.5 ULN; ALT ≤ 3 ULN)"}},
		{"Down syndrome - associated leukaemia", []string{"Down syndrome - associated leukaemia"}},
		{"- Relapsed ALL; after HSCT\n- Consent", []string{"- Relapsed ALL; after HSCT", "- Consent"}},
		{"Patients must meet: 1) Age 1 to 21; 2) Relapse", []string{"Patients must meet: 1) Age 1 to 21; 2) Relapse"}},
	}
	for _, tt := range tests {
		if got := strings.Split(SplitSeparatedItems(tt.text), "\n"); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q", tt.text, got)
		}
	}
}

// TestContinuedItemsFamily joins a line that continues the item above it
// and keeps apart the lines that open items of their own.
func TestContinuedItemsFamily(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Relapsed neuroblastoma after at least\none prior line of therapy\nAge 1 to 21 years",
			[]string{"Relapsed neuroblastoma after at least one prior line of therapy", "Age 1 to 21 years"}},
		{"Relapsed neuroblastoma.\nmeasurable disease", []string{"Relapsed neuroblastoma.", "measurable disease"}},
		{"Relapsed neuroblastoma\nMeasurable disease", []string{"Relapsed neuroblastoma", "Measurable disease"}},
		{"Organ function:\nbilirubin ≤ 1.5 ULN", []string{"Organ function:", "bilirubin ≤ 1.5 ULN"}},
		{"Prior therapy with\n- drug X", []string{"Prior therapy with", "- drug X"}},
	}
	for _, tt := range tests {
		if got := strings.Split(JoinContinuedItems(tt.text), "\n"); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %q", tt.text, got)
		}
	}
}

// TestSplitRunOnItems puts each "Must" item of a list run together on a
// line of its own, and leaves running text and numbered items alone.
func TestSplitRunOnItems(t *testing.T) {
	for in, want := range map[string]string{
		"Must be under 18 months of age Must have neuroblastoma (MYCN not amplified) Must not have had chemotherapy": "Must be under 18 months of age\nMust have neuroblastoma (MYCN not amplified)\nMust not have had chemotherapy",
		"Inclusion criteria, including but not limited to: Must be under 21 years Must have relapsed ALL":            "Must be under 21 years\nMust have relapsed ALL",
		"- Must be under 21 years Must have relapsed ALL":                                                            "- Must be under 21 years\n- Must have relapsed ALL",
		"1. Must be under 21 years Must have relapsed ALL":                                                           "1. Must be under 21 years Must have relapsed ALL",
		"Patients with relapse. Must be under 21 years.":                                                             "Patients with relapse. Must be under 21 years.",
		"Consent as the Protocol Must state":                                                                         "Consent as the Protocol Must state",
	} {
		if got := SplitRunOnItems(in); got != want {
			t.Errorf("SplitRunOnItems(%q) =\n%q, want\n%q", in, got, want)
		}
	}
}
