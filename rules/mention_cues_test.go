package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// TestPhaseOfAnotherFamily: a phase that running text gives another trial
// or an approved product is not the trial's; the trial's own phase beside
// it is still read.
func TestPhaseOfAnotherFamily(t *testing.T) {
	p1, p2, p3 := model.Phase1, model.Phase2, model.Phase3
	tests := []struct {
		text string
		want []model.Phase
	}{
		// another trial, named before the trial's own
		{"The earlier phase 3 trial showed that chemotherapy alone cures half of these children.", nil},
		{"The earlier phase 3 trial showed poor results. The new phase 1/2 trial tests a CAR-T therapy.", []model.Phase{p1, p2}},
		{"Following the phase 1 results, we designed a Phase II study of the antibody.", []model.Phase{p2}},
		{"Building on a phase I study in adults, the team now runs a phase II study in children.", []model.Phase{p2}},
		{"Children with relapsed ALL can now join the SPARK study. A phase 2 trial found the drug safe in adults.", nil},
		{"Children with relapsed ALL can now join the SPARK study. Data from the phase 1 part were presented last year.", nil},
		// a page that opens with the results of the trial it is about
		{"The results of a phase 1/2 study of the drug in children were published today. Most tumours shrank.", []model.Phase{p1, p2}},
		{"News\nCTL019: Phase I data\nThe cells led to remission in most children.", []model.Phase{p1}},
		{"The results of a phase 1 study were published. The phase 2 study opens in May.", []model.Phase{p2}},
		{"The Phase 1 trial has shown that the cells expand.\nThis Phase 2 trial enrols children.", []model.Phase{p2}},
		// an approved product's phase
		{"Naxitamab was approved in 2020 after a phase 2 study in older children.", nil},
		{"The drug gained approval on the strength of a phase III trial; this study is a phase I trial in infants.", []model.Phase{p1}},
		// the trial's own phase
		{"SUNFLOWER is a phase 1b/2 trial for children with relapsed leukaemia.", []model.Phase{p1, p2}},
		{"This first-in-human phase I study tests naxitamab with a vaccine.", []model.Phase{p1}},
		{"Children join the phase 2 trial after two relapses.", []model.Phase{p2}},
		{"After approval of the protocol, this phase 3 trial opened in May.", []model.Phase{p3}},
		{"The trial is a phase 2 study; results are expected in 2027.", []model.Phase{p2}},
		{"The phase 2 study, approved by the ethics committee, opens this spring.", []model.Phase{p2}},
	}
	for _, tt := range tests {
		got, _, _ := FindTrialPhase(tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindTrialPhase(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestAgeOfAnotherFamily: an age phrase that is a length of time, a
// pregnancy's term, a statistic, a cohort's or another trial's is not the
// trial's age limit; the trial's own limit beside it is still read.
func TestAgeOfAnotherFamily(t *testing.T) {
	tests := []struct {
		text     string
		min, max *model.AgeBound
	}{
		// lengths of time
		{"Patients will be followed for up to 15 years after the infusion.", nil, nil},
		{"Time frame: up to 5 years", nil, nil},
		{"Time frame: 5 years", nil, nil},
		{"Treatment is given for up to 2 years to children who respond.", nil, nil},
		{"Two-year survival after relapse is below 30 % in children.", nil, nil},
		{"Children whose first remission lasted more than 6 months can join.", nil, nil},
		{"Children aged 1 to 21 years are followed for up to 15 years.", bound(1, model.Years, true), bound(21, model.Years, true)},
		// a grant's term
		{"The group receives $2,500,000 over 6 years to investigate shorter treatment for older people.", nil, nil},
		{"A grant of £1.2 million over five years supports the trial in children.", nil, nil},
		// a pregnancy's term
		{"Infants less than 1 year of age at diagnosis, > 36 weeks gestational age at birth, can take part.", nil, bound(1, model.Years, false)},
		{"Newborns with a gestational age of more than 32 weeks are eligible.", nil, nil},
		// statistics about the disease
		{"The median age was 8 years (range 1 to 17 years) in the adult programme.", nil, nil},
		// cohort figures
		{"The team hopes to recruit another 18 patients.", nil, nil},
		{"So far 18 children were treated in the pilot.", nil, nil},
		{"In the pilot, 18 children aged 2 to 16 years were treated.", nil, nil},
		{"The study will enrol 40 children aged 2 to 16 years.", bound(2, model.Years, true), bound(16, model.Years, true)},
		// another trial's or an approved product's population
		{"The earlier phase 3 trial in children aged 1 to 18 years showed a benefit.", nil, nil},
		{"Naxitamab was approved after a phase 2 study in patients aged 1 to 17 years.", nil, nil},
		{"Following the phase 1 results, children aged 1 to 25 years can now join.", bound(1, model.Years, true), bound(25, model.Years, true)},
		{"This phase 2 trial is open to patients up to 21 years old.", nil, bound(21, model.Years, true)},
	}
	for _, tt := range tests {
		a, sentence, ok := FindAgeLimit(tt.text)
		if ok != (tt.min != nil || tt.max != nil) {
			t.Errorf("FindAgeLimit(%q): ok = %v (%s from %q)", tt.text, ok, a.Range.Describe(), sentence)
			continue
		}
		checkBound(t, "min", a.Range.Min, tt.min)
		checkBound(t, "max", a.Range.Max, tt.max)
	}
}

// TestMentionCueWords: a cue counts only as a whole word, and a phase just
// after "this" is the trial's whatever stands before it.
func TestMentionCueWords(t *testing.T) {
	cues := []string{"for", "time frame:"}
	tests := []struct {
		text string
		end  bool
	}{
		{"followed for", true},
		{"time frame:", true},
		{"before", false},
		{"platform", false},
	}
	for _, tt := range tests {
		if got := endsWithCue(tt.text, cues); got != tt.end {
			t.Errorf("endsWithCue(%q) = %v", tt.text, got)
		}
	}
	if startsWithCue("resultsets", []string{"results"}) || !startsWithCue("results were good", []string{"results"}) {
		t.Error("startsWithCue does not keep to whole words")
	}
	line := "approved earlier, this randomised phase 3 trial"
	at := strings.Index(line, "phase")
	if phaseOwnerOf(line, at, at+len("phase 3")) != ownPhase {
		t.Errorf("the phase after %q read as another's", "this")
	}
}

func FuzzMentionsOfOthers(f *testing.F) {
	f.Add("Infants < 1 year, > 36 weeks gestational age")
	f.Add("the earlier phase 3 trial in children aged 1 to 18 years showed")
	f.Add("Time frame: up to 5 years. Approved after a phase 2 study")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := len(withoutOtherAges(text)), len(ageNormalizer.Replace(strings.ToLower(text))); got != want {
			t.Fatalf("withoutOtherAges(%q) changed the length: %d, want %d", text, got, want)
		}
		_ = mentionsAnotherPhase(text)
		_, _, _ = FindTrialPhase(text)
	})
}
