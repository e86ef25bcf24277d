package export

import (
	"github.com/jung-kurt/gofpdf"
	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/model"
)

// ageAxisTicks are the ages, in months, marked in every age cell.
var ageAxisTicks = []float64{12, 216}

// drawAgeBar draws an age range as a bar on the shared age axis (birth to
// 80 years, stretched at the young end, as in the app's age chart) within
// x … x+w, with the patient's age as a red line when one is set.
func drawAgeBar(pdf *gofpdf.Fpdf, x, y, w float64, r model.AgeRange, patient *eligibility.Profile) {
	const barH = 2.2
	mid := y + barH/2
	pdf.SetDrawColor(ruleInk.r, ruleInk.g, ruleInk.b)
	pdf.SetLineWidth(0.2)
	pdf.Line(x, mid, x+w, mid)
	for _, months := range ageAxisTicks {
		tx := x + w*compare.AgeAxisPosition(months*365.25/12)
		pdf.Line(tx, y-0.3, tx, y+barH+0.3)
	}
	lo, hi := compare.AgeAxisSpan(r)
	fill := barFill
	if !r.Stated() {
		fill = unstatedBar
	}
	pdf.SetFillColor(fill.r, fill.g, fill.b)
	pdf.RoundedRect(x+w*lo, y, max(w*(hi-lo), 0.8), barH, 0.6, "1234", "F")
	if patient != nil {
		px := x + w*compare.AgeAxisPosition(patient.AgeDays)
		pdf.SetDrawColor(excludedInk.r, excludedInk.g, excludedInk.b)
		pdf.SetLineWidth(0.5)
		pdf.Line(px, y-0.6, px, y+barH+0.6)
	}
	pdf.SetLineWidth(0.2)
}
