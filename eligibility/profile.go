package eligibility

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// Profile is what is known of a patient for screening, with no identity at
// all. Every fact but the age is optional, and a fact not given is never
// assumed: a profile that names only CD19 says nothing about CD22.
type Profile struct {
	AgeDays  float64
	AgeLabel string
	// Sex is model.SexFemale or model.SexMale; "" when not given.
	Sex model.Sex
	// Diagnosis is the diagnosis as written; DiagnosisKey the entry of
	// the ontology it means, "" when the ontology does not know it.
	Diagnosis    string
	DiagnosisKey string
	// OtherDiagnoses are the diagnoses the text names besides the main
	// one: "NSCLC with a history of AML", "… with thyroid cancer treated
	// 20 years ago".
	OtherDiagnoses []OtherDiagnosis
	// Lineage is "B", "T", "myeloid" or "mixed"; "" when not given.
	Lineage  string
	Markers  []MarkerFact
	Genetics []GeneticFact
	// Relapses is the number of relapses (0: primary refractory or first
	// line), when RelapsesGiven.
	Relapses      int
	RelapsesGiven bool
	// RelapseSite is "marrow", "isolated-cns", "isolated-testicular",
	// "combined" or "extramedullary"; "" when not given.
	RelapseSite string
	// Status is "newly-diagnosed", "relapsed", "refractory" or
	// "remission"; "" when not given.
	Status string
	MRD    *MRDFact
	// CNS is the CNS grade 1, 2 or 3; 0 when not given.
	CNS int
	// CNSProgressing says whether the CNS disease progresses on therapy,
	// when the diagnosis text says ("CNS3 disease progressing on
	// intrathecal therapy", "responding").
	CNSProgressing *bool
	Scores         []ScoreFact
	Labs           []LabFact
	Syndromes      []string
	// NoSyndrome is set when the patient is stated to have no
	// predisposition syndrome ("none").
	NoSyndrome bool
	Therapies  []TherapyFact
	// Pregnant holds whether the patient is pregnant, when given.
	Pregnant *bool
	// WeightKg is the weight; 0 when not given.
	WeightKg float64
}

// OtherDiagnosis is a diagnosis the patient has or had besides the main
// one.
type OtherDiagnosis struct {
	Key string
	// Past is set for one the patient had ("history of", "treated …
	// ago").
	Past bool
}

// MarkerFact is a marker the patient's disease has or lacks.
type MarkerFact struct {
	Target  string
	Present bool
	// Percent is the share of blasts or cells that express it; negative
	// when not given.
	Percent float64
}

// GeneticFact is a genetic finding the patient's disease has or lacks:
// "Ph+", "KMT2A-r", "FLT3-ITD", "MYCN non-amplified".
type GeneticFact struct {
	Key     string
	Present bool
}

// MRDFact is the measurable residual disease level.
type MRDFact struct {
	// Percent is the level; negative when only "positive" is given.
	Percent float64
	// Positive is set for "positive" with no level, or a level above 0.
	Positive bool
}

// ScoreFact is a performance score: Lansky, Karnofsky or ECOG.
type ScoreFact struct {
	Scale string
	Value float64
}

// LabFact is a lab value: "bilirubin 1.2 × ULN".
type LabFact struct {
	Analyte string
	Value   quantity
}

// TherapyFact is a therapy the patient had, or is stated never to have had.
type TherapyFact struct {
	// Name is the therapy as written; set the therapies it means.
	Name string
	set  therapySet
	// known is set when the vocabulary knows the therapy; one it does not
	// know is kept but never compared.
	known bool
	// Never is set for a therapy the patient never had.
	Never bool
	// SinceDays is the time since the last dose or transplant, when
	// SinceKnown; otherwise the patient had it at an unknown date.
	SinceDays  float64
	SinceKnown bool
	SinceLabel string
}

// describe renders a therapy fact: "allo-HSCT 8 months ago", "no
// blinatumomab", "auto-HSCT (date not given)".
func (f TherapyFact) describe() string {
	switch {
	case f.Never:
		return "no " + f.Name
	case f.SinceKnown:
		return f.Name + " " + f.SinceLabel + " ago"
	}
	return f.Name + " (date not given)"
}

// Describe renders the profile in one line: "7 years, female, B-ALL, CD19+,
// relapse 2, CNS-2, allo-HSCT 8 months ago".
func (p Profile) Describe() string {
	var parts []string
	if p.AgeLabel != "" {
		parts = append(parts, p.AgeLabel)
	}
	if p.Sex != "" {
		parts = append(parts, strings.ToLower(string(p.Sex)))
	}
	if p.Diagnosis != "" {
		parts = append(parts, p.Diagnosis)
	}
	if p.Lineage != "" {
		parts = append(parts, p.Lineage+" lineage")
	}
	for _, m := range p.Markers {
		parts = append(parts, m.describe())
	}
	for _, g := range p.Genetics {
		parts = append(parts, g.describe())
	}
	if p.RelapsesGiven {
		parts = append(parts, fmt.Sprintf("relapse %d", p.Relapses))
	}
	if p.RelapseSite != "" {
		parts = append(parts, p.RelapseSite+" relapse")
	}
	if p.Status != "" {
		parts = append(parts, p.Status)
	}
	if p.MRD != nil {
		parts = append(parts, p.MRD.describe())
	}
	if p.CNS > 0 {
		parts = append(parts, fmt.Sprintf("CNS-%d", p.CNS))
	}
	for _, s := range p.Scores {
		parts = append(parts, s.describe())
	}
	for _, l := range p.Labs {
		parts = append(parts, l.describe())
	}
	parts = append(parts, p.Syndromes...)
	if p.NoSyndrome {
		parts = append(parts, "no predisposition syndrome")
	}
	for _, t := range p.Therapies {
		parts = append(parts, t.describe())
	}
	if p.Pregnant != nil {
		parts = append(parts, map[bool]string{true: "pregnant", false: "not pregnant"}[*p.Pregnant])
	}
	if p.WeightKg > 0 {
		parts = append(parts, strconv.FormatFloat(p.WeightKg, 'f', -1, 64)+" kg")
	}
	return strings.Join(parts, ", ")
}

func (m MarkerFact) describe() string {
	switch {
	case m.Percent >= 0:
		return fmt.Sprintf("%s %g%%", m.Target, m.Percent)
	case m.Present:
		return m.Target + "+"
	}
	return m.Target + "−"
}

func (g GeneticFact) describe() string {
	if g.Present {
		return g.Key
	}
	return "no " + g.Key
}

func (m MRDFact) describe() string {
	switch {
	case m.Percent >= 0:
		return fmt.Sprintf("MRD %g%%", m.Percent)
	case m.Positive:
		return "MRD positive"
	}
	return "MRD negative"
}

func (s ScoreFact) describe() string {
	return fmt.Sprintf("%s %g", scaleLabel(s.Scale), s.Value)
}

func (l LabFact) describe() string { return l.Analyte + " " + l.Value.label() }

// The performance scales.
const (
	scaleLansky    = "lansky"
	scaleKarnofsky = "karnofsky"
	scaleECOG      = "ecog"
)

// scaleLabel names a scale for a reason.
func scaleLabel(scale string) string {
	switch scale {
	case scaleLansky:
		return "Lansky"
	case scaleKarnofsky:
		return "Karnofsky"
	case scaleECOG:
		return "ECOG"
	}
	return scale
}

// score returns the patient's score on a scale.
func (p *Profile) score(scale string) (float64, bool) {
	for _, s := range p.Scores {
		if s.Scale == scale {
			return s.Value, true
		}
	}
	return 0, false
}

// lab returns the patient's value of an analyte; the weight is one.
func (p *Profile) lab(analyte string) (LabFact, bool) {
	if analyte == "weight" && p.WeightKg > 0 {
		return LabFact{Analyte: "weight", Value: quantity{value: p.WeightKg, unit: unitKg}}, true
	}
	for _, l := range p.Labs {
		if l.Analyte == analyte {
			return l, true
		}
	}
	return LabFact{}, false
}
