package model

import "strings"

// Field names a trial field. It keys provenance and warnings, and names the
// rows of a comparison.
type Field string

// The fields of a trial.
const (
	FieldNCTID         Field = "nct_id"
	FieldRegistryIDs   Field = "registry_ids"
	FieldTitle         Field = "title"
	FieldAcronym       Field = "acronym"
	FieldPhases        Field = "phases"
	FieldStatus        Field = "status"
	FieldSponsor       Field = "sponsor"
	FieldConditions    Field = "conditions"
	FieldInterventions Field = "interventions"
	FieldTargets       Field = "targets"
	FieldAges          Field = "ages"
	FieldAgeGroups     Field = "age_groups"
	FieldSex           Field = "sex"
	FieldEnrollment    Field = "enrollment"
	FieldInclusion     Field = "inclusion"
	FieldExclusion     Field = "exclusion"
	FieldOutcomes      Field = "outcomes"
	FieldStartDate     Field = "start_date"
	FieldPrimaryEnd    Field = "primary_completion_date"
	FieldCompletion    Field = "completion_date"
	FieldFirstPosted   Field = "first_posted"
	FieldLastUpdate    Field = "last_update"
	FieldLastVerified  Field = "last_verified"
	// FieldDates names the comparison row of the start and completion dates.
	FieldDates     Field = "dates"
	FieldLocations Field = "locations"
	FieldSummary   Field = "summary"
	FieldDocument  Field = "document"
	FieldWarnings  Field = "warnings"
	FieldFit       Field = "fit"
	// FieldNote names the comparison row of the user's notes (UserNote).
	FieldNote Field = "note"
)

// Layout names the kind of document a trial was read from.
type Layout string

// The layouts the readers know.
const (
	LayoutCTGovJSON     Layout = "ctgov-api-v2-json"
	LayoutRecordViewer  Layout = "record-viewer-raw-json"
	LayoutClassicRecord Layout = "ctgov-classic-record"
	LayoutTrialFinder   Layout = "trial-finder-listing"
	LayoutAggregator    Layout = "aggregator-page"
	LayoutCTGovXML      Layout = "ctgov-legacy-xml"
	LayoutCTGovCSV      Layout = "ctgov-csv"
	LayoutGeneric       Layout = "generic-text"
)

// Source says where a trial was read from.
type Source struct {
	File   string
	Layout Layout
}

// Warning is a note about a field: a disagreement inside the document or
// something the reader could not settle.
type Warning struct {
	Field   Field
	Message string
}

// OutcomeKind says whether an outcome is primary or secondary, when the
// document says so.
type OutcomeKind string

// The outcome kinds.
const (
	OutcomePrimary   OutcomeKind = "primary"
	OutcomeSecondary OutcomeKind = "secondary"
	OutcomeUnlabeled OutcomeKind = ""
)

// Outcome is one outcome measure.
type Outcome struct {
	Kind    OutcomeKind
	Measure string
}

// Location is one study site.
type Location struct {
	Facility string
	City     string
	Country  string
	Status   string
}

// Label renders a site as "Facility, City, Country (Status)", leaving out
// what is not stated.
func (l Location) Label() string {
	var parts []string
	for _, p := range []string{l.Facility, l.City, l.Country} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	s := strings.Join(parts, ", ")
	if l.Status != "" {
		s += " (" + l.Status + ")"
	}
	return s
}

// Intervention is one study intervention. Supportive marks an agent the
// document names as part of lymphodepletion or conditioning: its antigen is
// not a target of the trial.
type Intervention struct {
	Name        string
	Description string
	Supportive  bool
}

// Trial is one trial as read from one document. A value the document does
// not state is left at its zero value; Provenance keeps, for each field, the
// line or snippet it was read from.
type Trial struct {
	NCTID string
	// RegistryIDs are the trial's identifiers in every registry the
	// document names, its NCT ID first, and a sponsor's protocol number.
	RegistryIDs   []RegistryID
	Title         string
	OfficialTitle string
	Acronym       string
	Phases        []Phase
	Status        Status
	Sponsor       string
	Conditions    []string
	Interventions []Intervention
	Arms          []string
	Summary       string
	Targets       []string
	Ages          AgeRange
	Sex           Sex
	Enrollment    int
	// EnrollmentType says whether Enrollment is actual or estimated.
	EnrollmentType EnrollmentType
	Inclusion      []string
	Exclusion      []string
	Outcomes       []Outcome
	Dates          Dates
	Locations      []Location
	Source         Source
	Warnings       []Warning
	Provenance     map[Field]string
	// ExclusionThemes maps each theme to the 1-based numbers of the
	// exclusion criteria in it; Resolve fills it once, as the trial is read.
	ExclusionThemes map[ThemeKey][]int
	// AgeGroups are the standard age groups the record states. They bound
	// the age only where the record states no bound in Ages.
	AgeGroups []AgeGroup
	// RegistryNote says which fields a check against the ClinicalTrials.gov
	// record filled in, and from which record; "" when none. No reader sets
	// it, so it stays out of the readers' JSON goldens.
	RegistryNote string `json:"-"`
	// UserNote is the user's note on the trial in a board, such as "CD22
	// status pending; ask CHOP about slots"; "" when none. No reader sets
	// it.
	UserNote string `json:"-"`
}

// Note records the snippet a field was read from. An empty snippet is
// ignored, and a second note for the same field is appended on a new line.
func (t *Trial) Note(f Field, snippet string) {
	if snippet == "" {
		return
	}
	if t.Provenance == nil {
		t.Provenance = make(map[Field]string)
	}
	if old, ok := t.Provenance[f]; ok && old != "" {
		t.Provenance[f] = old + "\n" + snippet
		return
	}
	t.Provenance[f] = snippet
}

// NoneStated opens the note of a list the document says is empty: "the
// document says there are none: There are no exclusion criteria …".
const NoneStated = "the document says there are none"

// StatesNone reports whether the document says the list of field f is
// empty, so that no item is what it states rather than what was missed.
func (t *Trial) StatesNone(f Field) bool {
	return strings.HasPrefix(t.Provenance[f], NoneStated)
}

// Warn adds a warning about a field.
func (t *Trial) Warn(f Field, message string) {
	t.Warnings = append(t.Warnings, Warning{Field: f, Message: message})
}

// Label renders an intervention's name, marked "(lymphodepletion)" when
// the document says it is used for lymphodepletion or conditioning.
func (iv Intervention) Label() string {
	if iv.Supportive {
		return iv.Name + " (lymphodepletion)"
	}
	return iv.Name
}

// InterventionNames returns the interventions' names in order.
func (t *Trial) InterventionNames() []string {
	names := make([]string, 0, len(t.Interventions))
	for _, iv := range t.Interventions {
		names = append(names, iv.Name)
	}
	return names
}

// WarningsFor returns the messages of the warnings about one field.
func (t *Trial) WarningsFor(f Field) []string {
	var out []string
	for _, w := range t.Warnings {
		if w.Field == f {
			out = append(out, w.Message)
		}
	}
	return out
}
