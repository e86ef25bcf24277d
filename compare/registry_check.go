package compare

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// RegistryCheck is what comparing a trial read from a page with its
// ClinicalTrials.gov record found.
type RegistryCheck struct {
	// Filled are the fields the page did not state and the record did,
	// now taken from the record.
	Filled []model.Field
	// Disagreements are the fields where both state different values,
	// each worded as it was added to the trial's warnings.
	Disagreements []model.Warning
}

// RegistrySource is the provenance of a value taken from a registry
// record: "ClinicalTrials.gov record, last updated 2022-09-27, fetched
// 2026-11-22".
func RegistrySource(record *model.Trial, fetched time.Time) string {
	s := "ClinicalTrials.gov record"
	if u := record.Dates.LastUpdate; !u.IsZero() {
		s += ", last updated " + u.ISO()
	}
	return s + ", fetched " + fetched.Format("2006-01-02")
}

// CheckAgainstRegistry compares a trial read from a page with the registry
// record of the same NCT ID. It returns a copy of the page's trial with
// every gap the record fills filled in (phase, status, dates, enrollment,
// sex, ages, sponsor, interventions), each with the record as provenance,
// and a warning naming both values for each disagreement (phase, status,
// age bounds, sex, enrollment, sponsor). Neither argument is changed.
func CheckAgainstRegistry(page, record model.Trial, fetched time.Time) (model.Trial, RegistryCheck) {
	t := page
	t.Provenance = maps.Clone(page.Provenance)
	t.Warnings = slices.Clone(page.Warnings)
	c := registryChecker{t: &t, rec: &record, source: RegistrySource(&record, fetched)}
	c.check()
	if len(c.result.Filled) > 0 {
		t.RegistryNote = "Filled in from the " + c.source + ": " + FilledLabel(c.result.Filled) + "."
	}
	return t, c.result
}

// FilledLabel names the fields a check filled in, "phase, status, ages",
// or "nothing".
func FilledLabel(fields []model.Field) string {
	if len(fields) == 0 {
		return "nothing"
	}
	words := make([]string, 0, len(fields))
	for _, f := range fields {
		words = append(words, cmp.Or(filledWords[f], string(f)))
	}
	return strings.Join(words, ", ")
}

// filledWords name the fields a check can fill in.
var filledWords = map[model.Field]string{
	model.FieldPhases: "phase", model.FieldStatus: "status", model.FieldStartDate: "start date", model.FieldPrimaryEnd: "primary completion date",
	model.FieldCompletion: "completion date", model.FieldFirstPosted: "first posted", model.FieldLastUpdate: "last update",
	model.FieldLastVerified: "last verified", model.FieldEnrollment: "enrollment", model.FieldSex: "sex", model.FieldAges: "ages",
	model.FieldSponsor: "sponsor", model.FieldInterventions: "interventions",
}

type registryChecker struct {
	t, rec *model.Trial
	source string
	result RegistryCheck
}

func (c *registryChecker) fill(f model.Field) {
	c.t.Note(f, c.source)
	c.result.Filled = append(c.result.Filled, f)
}

func (c *registryChecker) disagree(f model.Field, what, page, registry string) {
	msg := fmt.Sprintf("%s: the page says %s; the registry says %s%s.", what, page, registry, c.updated())
	c.t.Warn(f, msg)
	c.result.Disagreements = append(c.result.Disagreements, model.Warning{Field: f, Message: msg})
}

func (c *registryChecker) updated() string {
	if u := c.rec.Dates.LastUpdate; !u.IsZero() {
		return " (last updated " + u.ISO() + ")"
	}
	return ""
}

func (c *registryChecker) check() {
	t, rec := c.t, c.rec
	switch {
	case len(rec.Phases) == 0:
	case len(t.Phases) == 0:
		t.Phases = slices.Clone(rec.Phases)
		c.fill(model.FieldPhases)
	case !model.SamePhases(t.Phases, rec.Phases):
		c.disagree(model.FieldPhases, "Phase", model.PhaseLabel(t.Phases), model.PhaseLabel(rec.Phases))
	}
	switch {
	case rec.Status == "":
	case t.Status == "":
		t.Status = rec.Status
		c.fill(model.FieldStatus)
	case t.Status != rec.Status:
		c.disagree(model.FieldStatus, "Status", t.Status.Label(), rec.Status.Label())
	}
	for _, f := range model.DateFields {
		if mine, theirs := t.Dates.Of(f), rec.Dates.Of(f); mine.IsZero() && !theirs.IsZero() {
			*mine = *theirs
			c.fill(f)
		}
	}
	switch {
	case rec.Enrollment == 0:
	case t.Enrollment == 0:
		t.Enrollment, t.EnrollmentType = rec.Enrollment, rec.EnrollmentType
		c.fill(model.FieldEnrollment)
	case t.Enrollment != rec.Enrollment:
		c.disagree(model.FieldEnrollment, "Enrollment", fmt.Sprint(t.Enrollment), fmt.Sprint(rec.Enrollment))
	}
	switch {
	case rec.Sex == "":
	case t.Sex == "":
		t.Sex = rec.Sex
		c.fill(model.FieldSex)
	case t.Sex != rec.Sex:
		c.disagree(model.FieldSex, "Sex", t.Sex.Label(), rec.Sex.Label())
	}
	c.checkAges()
	switch {
	case rec.Sponsor == "":
	case t.Sponsor == "":
		t.Sponsor = rec.Sponsor
		c.fill(model.FieldSponsor)
	case !sameName(t.Sponsor, rec.Sponsor):
		c.disagree(model.FieldSponsor, "Sponsor", t.Sponsor, rec.Sponsor)
	}
	if len(t.Interventions) == 0 && len(rec.Interventions) > 0 {
		t.Interventions = slices.Clone(rec.Interventions)
		c.fill(model.FieldInterventions)
	}
}

// checkAges fills the age range when the page states no bound (and its age
// groups when it states none), and compares each bound both state.
func (c *registryChecker) checkAges() {
	t, rec := c.t, c.rec
	if !t.Ages.Stated() && len(t.AgeGroups) == 0 {
		if rec.Ages.Stated() || len(rec.AgeGroups) > 0 {
			t.Ages = rec.Ages
			t.AgeGroups = slices.Clone(rec.AgeGroups)
			c.fill(model.FieldAges)
		}
		return
	}
	if t.Ages.Min != nil && rec.Ages.Min != nil && !t.Ages.Min.SameAs(*rec.Ages.Min, false) {
		c.disagree(model.FieldAges, "Minimum age", t.Ages.Min.Describe(), rec.Ages.Min.Describe())
	}
	if t.Ages.Max != nil && rec.Ages.Max != nil && !t.Ages.Max.SameAs(*rec.Ages.Max, true) {
		c.disagree(model.FieldAges, "Maximum age", t.Ages.Max.Describe(), rec.Ages.Max.Describe())
	}
}

// sameName compares two names ignoring case, spaces and punctuation.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(nonLetters.ReplaceAllString(strings.ToLower(a), " ")), " "),
		strings.Join(strings.Fields(nonLetters.ReplaceAllString(strings.ToLower(b), " ")), " "))
}

// nonLetters matches what sameName ignores between letters.
var nonLetters = regexp.MustCompile(`[^a-z]+`)
