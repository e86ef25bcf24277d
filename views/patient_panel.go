package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// PatientInput is what the user typed about a patient, unparsed.
type PatientInput struct {
	Age, Diagnosis, Markers, Priors string
	// CNS is 1, 2 or 3, or 0 when not given.
	CNS int
}

// PatientPanel asks for a patient's description, with no identity: age,
// diagnosis, markers, prior therapies and CNS status. It says plainly that
// the fit is a screening aid.
type PatientPanel struct {
	Age, Markers, Priors *widget.Entry
	Diagnosis            *widget.SelectEntry
	CNS                  *widget.Select
	Apply, Clear         *widget.Button
	Message              *widget.Label
	Content              fyne.CanvasObject

	// OnApply is called with the form's values; OnClear when it is cleared.
	OnApply func(PatientInput)
	OnClear func()
}

// NewPatientPanel returns an empty form; diagnoses fill the diagnosis list.
func NewPatientPanel(diagnoses []string) *PatientPanel {
	p := &PatientPanel{
		Age: widget.NewEntry(), Markers: widget.NewEntry(), Priors: widget.NewEntry(),
		Diagnosis: widget.NewSelectEntry(diagnoses), CNS: widget.NewSelect([]string{"not given", "CNS-1", "CNS-2", "CNS-3"}, nil),
		Message: widget.NewLabel(""),
	}
	p.Age.SetPlaceHolder("with its unit: 7y, 7y6m, 18m or 28d")
	p.Diagnosis.SetPlaceHolder("B-ALL")
	p.Markers.SetPlaceHolder("CD19+, CD22-, CLL-1 60%")
	p.Priors.SetPlaceHolder("car-t:6m, hsct:4m, anti-cd38:never")
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
	)
	notice := widget.NewLabel("A screening aid, not an eligibility decision. It marks a trial \"excluded\" only where a " +
		"stated fact rules the patient out (the age range or, where none is stated, the age groups; diagnosis; a " +
		"required marker; a prior therapy inside an exclusion window; a CNS grade a criterion names), and lists the " +
		"criteria to check by hand otherwise. It never says eligible. Nothing about the patient is stored, unless you tick \"Save the patient with this board\" on the Board tab.")
	notice.Wrapping = fyne.TextWrapWord
	notice.Importance = widget.WarningImportance
	p.Content = container.NewVScroll(container.NewVBox(notice, form, container.NewHBox(p.Apply, p.Clear), p.Message))
	return p
}

func (p *PatientPanel) apply() {
	if p.OnApply != nil {
		p.OnApply(PatientInput{Age: p.Age.Text, Diagnosis: p.Diagnosis.Text, Markers: p.Markers.Text,
			Priors: p.Priors.Text, CNS: max(p.CNS.SelectedIndex(), 0)})
	}
}

func (p *PatientPanel) clear() {
	for _, e := range []*widget.Entry{p.Age, p.Markers, p.Priors} {
		e.SetText("")
	}
	p.Diagnosis.SetText("")
	p.CNS.SetSelectedIndex(0)
	p.Message.SetText("")
	if p.OnClear != nil {
		p.OnClear()
	}
}
