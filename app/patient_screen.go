package app

import (
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/board"
	"github.com/trialcompare/trialcompare/views"
)

// patientScreen is the Patient tab: the form and the patient it screens
// the trials for.
type patientScreen struct {
	panel *views.PatientPanel
	// patient is the patient being screened; it is never stored.
	patient *eligibility.Profile
	// onApplied runs after a patient is set from the form; onCleared
	// after it is cleared.
	onApplied func(in views.PatientInput)
	onCleared func()
}

// newPatientScreen builds the patient form.
func newPatientScreen(onApplied func(views.PatientInput), onCleared func()) *patientScreen {
	s := &patientScreen{panel: views.NewPatientPanel(rules.DiagnosisKeys()), onApplied: onApplied, onCleared: onCleared}
	s.panel.OnApply = s.apply
	s.panel.OnClear = s.clear
	return s
}

// apply screens the trials for the patient in the form, or names what in
// the form is wrong.
func (s *patientScreen) apply(in views.PatientInput) {
	p, err := patientFromInput(in)
	if err != nil {
		s.panel.Message.SetText(strings.TrimPrefix(err.Error(), "--"))
		return
	}
	s.setPatient(p)
	s.onApplied(in)
}

func (s *patientScreen) clear() {
	s.patient = nil
	s.onCleared()
}

func (s *patientScreen) setPatient(p eligibility.Profile) {
	s.patient = &p
	s.panel.Message.SetText("Screening for: " + p.Describe() + ". The Fit row is at the top of the comparison.")
}

// restore fills the form from a saved board and screens for its patient
// if the form reads; with no saved patient, nobody is screened.
func (s *patientScreen) restore(form *board.PatientForm) {
	s.patient = nil
	if form == nil {
		return
	}
	pp := s.panel
	pp.Age.SetText(form.Age)
	pp.Diagnosis.SetText(form.Diagnosis)
	pp.Markers.SetText(strings.Join(form.Markers, ", "))
	pp.Priors.SetText(strings.Join(form.Priors, ", "))
	pp.CNS.SetSelectedIndex(min(max(form.CNS, 0), 3))
	pp.Other.SetText(strings.Join(form.Other, "\n"))
	in := views.PatientInput{Age: form.Age, Diagnosis: form.Diagnosis, Markers: pp.Markers.Text, Priors: pp.Priors.Text, CNS: form.CNS, Other: pp.Other.Text}
	if p, err := patientFromInput(in); err == nil {
		s.setPatient(p)
	}
}

// savedForm is the form as a board saves it, or nil when nobody is
// screened.
func (s *patientScreen) savedForm() *board.PatientForm {
	if s.patient == nil {
		return nil
	}
	pp := s.panel
	return &board.PatientForm{Age: pp.Age.Text, Diagnosis: pp.Diagnosis.Text, Markers: splitFacts(pp.Markers.Text), Priors: splitFacts(pp.Priors.Text),
		CNS: max(pp.CNS.SelectedIndex(), 0), Other: otherLines(pp.Other.Text)}
}

// patientFromInput reads the form as the command line's facts: the age,
// diagnosis, markers, prior therapies and CNS status, then each line of
// the other facts, "NAME VALUE" as the flag --NAME VALUE.
func patientFromInput(in views.PatientInput) (eligibility.Profile, error) {
	facts := []patientFact{{"age", in.Age}, {"diagnosis", in.Diagnosis}}
	for _, m := range splitFacts(in.Markers) {
		facts = append(facts, patientFact{"marker", m})
	}
	for _, pr := range splitFacts(in.Priors) {
		facts = append(facts, patientFact{"prior", pr})
	}
	if in.CNS > 0 {
		facts = append(facts, patientFact{"cns", strconv.Itoa(in.CNS)})
	}
	for _, line := range otherLines(in.Other) {
		name, value, _ := strings.Cut(line, " ")
		facts = append(facts, patientFact{strings.ToLower(strings.TrimSpace(name)), strings.TrimSpace(value)})
	}
	return patientFromFacts(facts)
}

// otherLines splits the other facts into their lines, blank ones left out.
func otherLines(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// showResults lists, under the form, each trial's criteria with their
// outcomes for the patient screened; nobody screened clears the list.
func (s *patientScreen) showResults(cmp compare.Comparison) {
	if cmp.Patient == nil {
		s.panel.ShowResults(nil)
		return
	}
	results := make([]views.TrialResult, len(cmp.Fits))
	for i, f := range cmp.Fits {
		results[i] = views.TrialResult{Heading: cmp.ColumnTitle(i) + " — " + f.Summary, Excluded: f.Verdict == eligibility.VerdictExcluded, Lines: compare.CriteriaLines(f)}
	}
	s.panel.ShowResults(results)
}

// splitFacts splits "CD19+, CD22-" into its parts.
func splitFacts(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
