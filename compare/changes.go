package compare

import (
	"fmt"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// ChangeKind says how a value changed between two versions of a trial.
type ChangeKind string

// The kinds of change.
const (
	ChangeChanged  ChangeKind = "changed"
	ChangeAdded    ChangeKind = "added"
	ChangeRemoved  ChangeKind = "removed"
	ChangeReworded ChangeKind = "reworded"
	// ChangeClosed is a site that took patients and no longer does.
	ChangeClosed ChangeKind = "closed"
)

// Change is one difference between an older and a newer version of a
// trial's registry record.
type Change struct {
	// Field is the trial field that changed: status, a date, ages, age
	// groups, sex, phases, enrollment, locations, inclusion or exclusion.
	Field model.Field
	Kind  ChangeKind
	// What names the value: "Status", "Minimum age", "Site",
	// "Inclusion criterion 3" (numbered as the newer version numbers it,
	// or the older one for a criterion removed).
	What string
	// Subject is what a site's change is about: the site, without its
	// status; "" otherwise.
	Subject string
	// Old and New are the values as people read them; Old is "" for a
	// value added and New for one removed.
	Old, New string
	// Diff is a reworded criterion's word diff.
	Diff []DiffPart
	// Closes marks the change that matters most to a board: the trial
	// took, or was about to take, patients and no longer does.
	Closes bool
}

// Text words a change on one line, such as "Status: Recruiting → Active,
// not recruiting", "Site closed: St. Jude, Memphis (Recruiting →
// Completed)" or "Inclusion criterion 3 reworded: within [-12
// months-]{+1 year+}".
func (c Change) Text() string {
	switch c.Kind {
	case ChangeAdded:
		return c.What + " added: " + c.New
	case ChangeRemoved:
		return c.What + " removed: " + c.Old
	case ChangeReworded:
		return c.What + " reworded: " + FormatWordDiff(c.Diff)
	case ChangeClosed:
		return c.What + " closed: " + c.Subject + " (" + c.Old + " → " + c.New + ")"
	}
	if c.Subject != "" {
		return c.What + ": " + c.Subject + ": " + c.Old + " → " + c.New
	}
	return c.What + ": " + c.Old + " → " + c.New
}

// TrialChanges is what changed in one trial between the version a board
// kept and a newer one.
type TrialChanges struct {
	// Compared is set when the trial was compared with a newer version:
	// with no Changes, it did not change. A trial that could not be
	// fetched again, or that the board knew no registry version of, is not
	// compared.
	Compared bool
	// Since is when the older version was fetched, or the board saved;
	// zero when neither is known.
	Since   time.Time
	Changes []Change
}

// SinceLabel words the older version's date, "25 Nov 2026", or "the
// board was saved" when it is not known, to follow "since".
func (tc TrialChanges) SinceLabel() string {
	if tc.Since.IsZero() {
		return "the board was saved"
	}
	return tc.Since.Format("2 Jan 2006")
}

// Closes says whether a change closes the trial to patients.
func (tc TrialChanges) Closes() bool {
	for _, c := range tc.Changes {
		if c.Closes {
			return true
		}
	}
	return false
}

// takesPatients are the statuses of a trial that takes, or is about to
// take, patients.
var takesPatients = map[model.Status]bool{
	model.StatusRecruiting: true, model.StatusNotYetRecruiting: true, model.StatusEnrollingByInvite: true,
}

// datesCompared are the dates whose changes are listed, with their names.
var datesCompared = []struct {
	field model.Field
	what  string
}{
	{model.FieldStartDate, "Start date"},
	{model.FieldPrimaryEnd, "Primary completion date"},
	{model.FieldCompletion, "Completion date"},
}

// ChangesBetween lists what changed from an older to a newer version of a
// trial, most important first: the status (marked when the trial no
// longer takes patients), the start and completion dates, the age bounds
// (or age groups when neither states a bound), sex, phase, enrollment,
// the sites added, closed or removed, and the inclusion and exclusion
// criteria added, removed or reworded. Two bounds that admit the same
// ages, or phases listed in another order, are no change.
func ChangesBetween(old, new model.Trial) []Change {
	var out []Change
	changed := func(f model.Field, what, before, after string) {
		out = append(out, Change{Field: f, Kind: ChangeChanged, What: what, Old: orNotStated(before), New: orNotStated(after)})
	}
	if old.Status != new.Status {
		changed(model.FieldStatus, "Status", old.Status.Label(), new.Status.Label())
		out[len(out)-1].Closes = takesPatients[old.Status] && new.Status != "" && !takesPatients[new.Status]
	}
	for _, d := range datesCompared {
		before, after := *old.Dates.Of(d.field), *new.Dates.Of(d.field)
		if before != after {
			changed(d.field, d.what, dateText(before), dateText(after))
		}
	}
	if !sameBound(old.Ages.Min, new.Ages.Min, false) {
		changed(model.FieldAges, "Minimum age", boundText(old.Ages.Min), boundText(new.Ages.Min))
	}
	if !sameBound(old.Ages.Max, new.Ages.Max, true) {
		changed(model.FieldAges, "Maximum age", boundText(old.Ages.Max), boundText(new.Ages.Max))
	}
	if before, after := model.AgeGroupsLabel(old.AgeGroups), model.AgeGroupsLabel(new.AgeGroups); !old.Ages.Stated() && !new.Ages.Stated() && before != after {
		changed(model.FieldAgeGroups, "Age groups", before, after)
	}
	if old.Sex != new.Sex {
		changed(model.FieldSex, "Sex", old.Sex.Label(), new.Sex.Label())
	}
	if !model.SamePhases(old.Phases, new.Phases) {
		changed(model.FieldPhases, "Phase", model.PhaseLabel(old.Phases), model.PhaseLabel(new.Phases))
	}
	if old.Enrollment != new.Enrollment || old.EnrollmentType != new.EnrollmentType {
		before, _ := enrollmentValue(&old)
		after, _ := enrollmentValue(&new)
		changed(model.FieldEnrollment, "Enrollment", before, after)
	}
	out = append(out, siteChanges(old.Locations, new.Locations)...)
	out = append(out, criteriaChanges(model.FieldInclusion, "Inclusion criterion", old.Inclusion, new.Inclusion)...)
	out = append(out, criteriaChanges(model.FieldExclusion, "Exclusion criterion", old.Exclusion, new.Exclusion)...)
	return out
}

func orNotStated(s string) string {
	if s == "" {
		return model.NotStated
	}
	return s
}

// dateText words a date with whether it is estimated or actual.
func dateText(d model.Date) string {
	if d.Actual {
		return d.Label() + " (actual)"
	}
	return d.Label()
}

func boundText(b *model.AgeBound) string {
	if b == nil {
		return ""
	}
	return b.Describe()
}

func sameBound(a, b *model.AgeBound, upper bool) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.SameAs(*b, upper)
}

// ChangeNote words a change as the comparison marks the changed value:
// "Changed since 25 Nov 2026: Status: Recruiting → Active, not
// recruiting".
func ChangeNote(c Change, since string) string {
	return fmt.Sprintf("Changed since %s: %s", since, c.Text())
}
