package model

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// RegistryCheck is what comparing a trial read from a page with its
// ClinicalTrials.gov record found.
type RegistryCheck struct {
	// Filled are the fields the page did not state and the record did,
	// now taken from the record.
	Filled []Field
	// Disagreements are the fields where both state different values,
	// each worded as it was added to the trial's warnings.
	Disagreements []Warning
}

// RegistrySource is the provenance of a value taken from a registry
// record: "ClinicalTrials.gov record, last updated 2022-09-27, fetched
// 2026-11-22".
func RegistrySource(record *Trial, fetched time.Time) string {
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
func CheckAgainstRegistry(page, record Trial, fetched time.Time) (Trial, RegistryCheck) {
	t := page
	t.Provenance = maps.Clone(page.Provenance)
	t.Warnings = slices.Clone(page.Warnings)
	c := registryChecker{t: &t, rec: &record, source: RegistrySource(&record, fetched)}
	c.check()
	if len(c.result.Filled) > 0 {
		words := make([]string, 0, len(c.result.Filled))
		for _, f := range c.result.Filled {
			words = append(words, filledWords[f])
		}
		t.RegistryNote = "Filled in from the " + c.source + ": " + strings.Join(words, ", ") + "."
	}
	return t, c.result
}

// filledWords name the fields a check can fill in.
var filledWords = map[Field]string{
	FieldPhases: "phase", FieldStatus: "status", FieldStartDate: "start date", FieldPrimaryEnd: "primary completion date",
	FieldCompletion: "completion date", FieldFirstPosted: "first posted", FieldLastUpdate: "last update",
	FieldLastVerified: "last verified", FieldEnrollment: "enrollment", FieldSex: "sex", FieldAges: "ages",
	FieldSponsor: "sponsor", FieldInterventions: "interventions",
}

type registryChecker struct {
	t, rec *Trial
	source string
	result RegistryCheck
}

func (c *registryChecker) fill(f Field) {
	c.t.Note(f, c.source)
	c.result.Filled = append(c.result.Filled, f)
}

func (c *registryChecker) disagree(f Field, what, page, registry string) {
	msg := fmt.Sprintf("%s: the page says %s; the registry says %s%s.", what, page, registry, c.updated())
	c.t.Warn(f, msg)
	c.result.Disagreements = append(c.result.Disagreements, Warning{Field: f, Message: msg})
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
		c.fill(FieldPhases)
	case !SamePhases(t.Phases, rec.Phases):
		c.disagree(FieldPhases, "Phase", PhaseLabel(t.Phases), PhaseLabel(rec.Phases))
	}
	switch {
	case rec.Status == "":
	case t.Status == "":
		t.Status = rec.Status
		c.fill(FieldStatus)
	case t.Status != rec.Status:
		c.disagree(FieldStatus, "Status", t.Status.Label(), rec.Status.Label())
	}
	for _, f := range DateFields {
		if mine, theirs := t.Dates.Of(f), rec.Dates.Of(f); mine.IsZero() && !theirs.IsZero() {
			*mine = *theirs
			c.fill(f)
		}
	}
	switch {
	case rec.Enrollment == 0:
	case t.Enrollment == 0:
		t.Enrollment, t.EnrollmentType = rec.Enrollment, rec.EnrollmentType
		c.fill(FieldEnrollment)
	case t.Enrollment != rec.Enrollment:
		c.disagree(FieldEnrollment, "Enrollment", fmt.Sprint(t.Enrollment), fmt.Sprint(rec.Enrollment))
	}
	switch {
	case rec.Sex == "":
	case t.Sex == "":
		t.Sex = rec.Sex
		c.fill(FieldSex)
	case t.Sex != rec.Sex:
		c.disagree(FieldSex, "Sex", t.Sex.Label(), rec.Sex.Label())
	}
	c.checkAges()
	switch {
	case rec.Sponsor == "":
	case t.Sponsor == "":
		t.Sponsor = rec.Sponsor
		c.fill(FieldSponsor)
	case !sameName(t.Sponsor, rec.Sponsor):
		c.disagree(FieldSponsor, "Sponsor", t.Sponsor, rec.Sponsor)
	}
	if len(t.Interventions) == 0 && len(rec.Interventions) > 0 {
		t.Interventions = slices.Clone(rec.Interventions)
		c.fill(FieldInterventions)
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
			c.fill(FieldAges)
		}
		return
	}
	if t.Ages.Min != nil && rec.Ages.Min != nil && !t.Ages.Min.sameAs(*rec.Ages.Min, false) {
		c.disagree(FieldAges, "Minimum age", t.Ages.Min.Describe(), rec.Ages.Min.Describe())
	}
	if t.Ages.Max != nil && rec.Ages.Max != nil && !t.Ages.Max.sameAs(*rec.Ages.Max, true) {
		c.disagree(FieldAges, "Maximum age", t.Ages.Max.Describe(), rec.Ages.Max.Describe())
	}
}

// Describe words a bound with whether it is inclusive, such as "18 years
// (inclusive)".
func (b AgeBound) Describe() string {
	if b.Inclusive {
		return b.Quantity() + " (inclusive)"
	}
	return b.Quantity() + " (exclusive)"
}

// sameName compares two names ignoring case, spaces and punctuation.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(nonLetters.ReplaceAllString(strings.ToLower(a), " ")), " "),
		strings.Join(strings.Fields(nonLetters.ReplaceAllString(strings.ToLower(b), " ")), " "))
}
