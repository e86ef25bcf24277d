package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// PatientInput is what the user typed about a patient, unparsed.
type PatientInput struct {
	Age, Diagnosis, Markers, Priors string
	// CNS is 1, 2 or 3, or 0 when not given.
	CNS int
	// Other holds the other facts, one a line: "sex female", "lansky 70",
	// "lab bilirubin 1.2 xULN".
	Other string
}

// PatientPanel asks for a patient's description, with no identity: age,
// diagnosis, markers, prior therapies, CNS status and any other fact the
// criteria ask about; and shows, for each trial, every criterion with its
// outcome. It says plainly that the fit is a screening aid.
type PatientPanel struct {
	Age, Markers, Priors, Other *widget.Entry
	Diagnosis                   *widget.SelectEntry
	CNS                         *widget.Select
	Apply, Clear                *widget.Button
	Message                     *widget.Label
	// Results shows each trial's criteria, marked, once a patient is
	// screened.
	Results *fyne.Container
	Content fyne.CanvasObject

	// OnApply is called with the form's values; OnClear when it is cleared.
	OnApply func(PatientInput)
	OnClear func()
}

// NewPatientPanel returns an empty form; diagnoses fill the diagnosis list.
func NewPatientPanel(diagnoses []string) *PatientPanel {
	p := &PatientPanel{
		Age: widget.NewEntry(), Markers: widget.NewEntry(), Priors: widget.NewEntry(), Other: widget.NewMultiLineEntry(),
		Results:   container.NewVBox(),
		Diagnosis: widget.NewSelectEntry(diagnoses), CNS: widget.NewSelect([]string{"not given", "CNS-1", "CNS-2", "CNS-3"}, nil),
		Message: widget.NewLabel(""),
	}
	p.Age.SetPlaceHolder("with its unit: 7y, 7y6m, 18m or 28d")
	p.Diagnosis.SetPlaceHolder("B-ALL")
	p.Markers.SetPlaceHolder("CD19+, CD22-, CLL-1 60%")
	p.Priors.SetPlaceHolder("allo-hsct:8m, tisagenlecleucel:4m, blinatumomab:never")
	p.Other.SetPlaceHolder("one fact a line: sex female · lineage B · relapse 2 · site cns · mrd 0.1% · lansky 70 ·\n" +
		"lab bilirubin 1.2 xULN · lab creatinine clearance 85 mL/min/1.73m2 · lab LVEF 55% ·\ncytogenetics KMT2A-r · syndrome down · pregnant no · weight 20kg")
	p.Other.SetMinRowsVisible(4)
	p.CNS.SetSelectedIndex(0)
	p.Message.Wrapping = fyne.TextWrapWord
	p.Apply = widget.NewButton("Screen the trials", p.apply)
	p.Apply.Importance = widget.HighImportance
	p.Clear = widget.NewButton("Clear", p.clear)
	form := widget.NewForm(
		widget.NewFormItem("Age", p.Age),
		widget.NewFormItem("Diagnosis", p.Diagnosis),
		widget.NewFormItem("Markers", p.Markers),
		widget.NewFormItem("Prior therapies", p.Priors),
		widget.NewFormItem("CNS status", p.CNS),
		widget.NewFormItem("Other facts", p.Other),
	)
	notice := widget.NewLabel("A screening aid, not an eligibility decision. Each criterion is read for what it literally " +
		"requires; a trial is marked \"excluded\" only where a fact you give contradicts one (× below), and every " +
		"criterion that offers another way in, or whose wording is not literal, is left to check by hand (?). A fact you " +
		"do not give is never assumed. It never says eligible. Nothing about the patient is stored, unless you tick " +
		"\"Save the patient with this board\" on the Board tab.")
	notice.Wrapping = fyne.TextWrapWord
	notice.Importance = widget.WarningImportance
	p.Content = container.NewVScroll(container.NewVBox(notice, form, container.NewHBox(p.Apply, p.Clear), p.Message, p.Results))
	return p
}

func (p *PatientPanel) apply() {
	if p.OnApply != nil {
		p.OnApply(PatientInput{Age: p.Age.Text, Diagnosis: p.Diagnosis.Text, Markers: p.Markers.Text,
			Priors: p.Priors.Text, CNS: max(p.CNS.SelectedIndex(), 0), Other: p.Other.Text})
	}
}

func (p *PatientPanel) clear() {
	for _, e := range []*widget.Entry{p.Age, p.Markers, p.Priors, p.Other} {
		e.SetText("")
	}
	p.Diagnosis.SetText("")
	p.Other.SetPlaceHolder("one fact a line: sex female · lineage B · relapse 2 · site cns · mrd 0.1% · lansky 70 ·\n" +
		"lab bilirubin 1.2 xULN · lab creatinine clearance 85 mL/min/1.73m2 · lab LVEF 55% ·\ncytogenetics KMT2A-r · syndrome down · pregnant no · weight 20kg")
	p.Other.SetMinRowsVisible(4)
	p.CNS.SetSelectedIndex(0)
	p.Message.SetText("")
	p.ShowResults(nil)
	if p.OnClear != nil {
		p.OnClear()
	}
}

// TrialResult is one trial's screening as the panel lists it.
type TrialResult struct {
	// Heading names the trial and its verdict: "NCT04150497 · BALLI-01 —
	// Excluded: excl. 4, prior allogeneic HSCT".
	Heading  string
	Excluded bool
	// Lines are its criteria, each with its mark: "× Exclusion 4: … —
	// reason".
	Lines []string
}

// ShowResults lists each trial's criteria under the form; nil clears it.
func (p *PatientPanel) ShowResults(results []TrialResult) {
	p.Results.RemoveAll()
	for _, r := range results {
		heading := &widget.TextSegment{Text: r.Heading, Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}}}
		if r.Excluded {
			heading.Style.ColorName = theme.ColorNameError
		}
		segments := []widget.RichTextSegment{heading}
		for _, l := range r.Lines {
			segments = append(segments, &widget.TextSegment{Text: l, Style: widget.RichTextStyleParagraph})
		}
		text := widget.NewRichText(segments...)
		text.Wrapping = fyne.TextWrapWord
		p.Results.Add(text)
	}
	p.Results.Refresh()
}
