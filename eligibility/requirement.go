package eligibility

// RequirementKind names what a requirement asks about.
type RequirementKind string

// The kinds of requirement.
const (
	RequireAge          RequirementKind = "age"
	RequireSex          RequirementKind = "sex"
	RequireDiagnosis    RequirementKind = "diagnosis"
	RequireLineage      RequirementKind = "lineage"
	RequireMarker       RequirementKind = "marker"
	RequirePriorTherapy RequirementKind = "prior therapy"
	RequireTimeSince    RequirementKind = "time since therapy"
	RequireLab          RequirementKind = "lab threshold"
	// RequireOrganFunction is organ function asked for in general
	// ("adequate renal and hepatic function"): a human checks it.
	RequireOrganFunction RequirementKind = "organ function"
	RequirePerformance   RequirementKind = "performance score"
	RequireCNS           RequirementKind = "CNS status"
	RequireSyndrome      RequirementKind = "syndrome"
	RequirePregnancy     RequirementKind = "pregnancy"
	RequireRelapse       RequirementKind = "relapse"
	RequireDiseaseStatus RequirementKind = "disease status"
	RequireMRD           RequirementKind = "MRD"
	RequireCytogenetics  RequirementKind = "cytogenetics"
	// RequireByHand is wording the screening does not read: a human must.
	RequireByHand RequirementKind = "read by hand"
)

// The rules a reason names, as the board, the PDF and `fit --json` print
// them before the reason: "Prior therapy: …".
const (
	ruleAge           = "Age"
	ruleSex           = "Sex"
	ruleDiagnosis     = "Diagnosis"
	ruleMarker        = "Marker"
	rulePriorTherapy  = "Prior therapy"
	ruleCNS           = "CNS"
	rulePerformance   = "Performance"
	ruleOrgan         = "Organ function"
	ruleSyndrome      = "Syndrome"
	ruleDiseaseStatus = "Disease status"
	ruleCytogenetics  = "Cytogenetics"
	ruleOther         = "Other"
)

// Requirement is one thing a criterion states of the patient, with the
// words it was read from.
type Requirement struct {
	Kind RequirementKind `json:"kind"`
	// Text is the criterion's own words for it.
	Text string `json:"text"`
	// Detail says what it asks in plain words: "bilirubin ≤ 1.5 × ULN",
	// "allo-HSCT within 100 days".
	Detail string `json:"detail"`
	// Rule is the rule a reason names: "Organ function", "Prior therapy".
	Rule string `json:"rule"`
	cond condition
	// population marks a diagnosis an inclusion states as the trial's
	// own ("relapsed ALL or AML"), not one it speaks of in passing
	// ("cytopenia due to leukemia").
	population bool
}

// condition is the part of a requirement the patient's facts are compared
// with.
type condition interface {
	// eval says whether the patient meets it, and which fact of the
	// patient decided ("" when none did).
	eval(p *Profile, o *Ontology) (Truth, string)
}

// evaluate compares a requirement with a patient; a requirement read by
// hand is always unknown.
func (r Requirement) evaluate(p *Profile, o *Ontology) (Truth, string) {
	if r.cond == nil {
		return Unknown, ""
	}
	return r.cond.eval(p, o)
}
