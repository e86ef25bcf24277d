package compare

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// Cell is one trial's value in one comparison row.
type Cell struct {
	// Text is the value as people read it, "not stated" when NotStated.
	Text      string
	NotStated bool
	// Items holds a list value's entries (targets, criteria) for renderers
	// that draw them one by one.
	Items []string
	// Source is the line or snippet the value was read from.
	Source string
	// Warnings are the disagreements found about this value.
	Warnings []string
	// Verdict is set in the fit row only.
	Verdict eligibility.Verdict
	// Stale is set in the status row when an open status has not been
	// verified for more than StaleAfter (see Trial.StatusStale).
	Stale bool
}

// Row is one field across the trials.
type Row struct {
	Field   model.Field
	Label   string
	Cells   []Cell
	Differs bool
}

// Comparison lines trials up field by field. It alone decides which rows
// exist, in what order, and how each value reads as text; the app, the
// workbook and the PDF render it.
type Comparison struct {
	Trials []model.Trial
	Rows   []Row
	// Patient is the patient screened in the fit row, if any, and Fits
	// how each trial fared, criterion by criterion.
	Patient *eligibility.Profile
	Fits    []eligibility.Fit
	// AsOf is the moment the comparison was made; a status is judged stale
	// against it.
	AsOf time.Time
	// Changes are, per trial, what changed since the board was saved, when
	// its trials were refreshed from ClinicalTrials.gov (see WithChanges).
	Changes []TrialChanges
}

// rowSpec describes a comparison row: its label and how a trial's value
// reads. A row without a value function builds its whole cell in
// datedCell: its text depends on the moment of the comparison or draws on
// several fields.
type rowSpec struct {
	field model.Field
	label string
	value func(t *model.Trial) (text string, items []string)
}

var rowSpecs = []rowSpec{
	{model.FieldNCTID, "NCT ID", func(t *model.Trial) (string, []string) { return t.NCTID, nil }},
	{model.FieldTitle, "Title", titleValue},
	{model.FieldNote, "Note", func(t *model.Trial) (string, []string) { return t.UserNote, nil }},
	{model.FieldPhases, "Phase", func(t *model.Trial) (string, []string) { return model.PhaseLabel(t.Phases), nil }},
	{model.FieldStatus, "Status", nil},
	{model.FieldDates, "Dates", nil},
	{model.FieldTargets, "Targets", func(t *model.Trial) (string, []string) { return strings.Join(t.Targets, ", "), t.Targets }},
	{model.FieldAges, "Age range", func(t *model.Trial) (string, []string) { return t.AgeText(), nil }},
	{model.FieldSex, "Sex", func(t *model.Trial) (string, []string) { return t.Sex.Label(), nil }},
	{model.FieldEnrollment, "Enrollment", enrollmentValue},
	{model.FieldConditions, "Conditions", func(t *model.Trial) (string, []string) { return strings.Join(t.Conditions, "\n"), t.Conditions }},
	{model.FieldInterventions, "Interventions", interventionsValue},
	{model.FieldSponsor, "Sponsor", func(t *model.Trial) (string, []string) { return t.Sponsor, nil }},
	{model.FieldInclusion, "Key inclusion", func(t *model.Trial) (string, []string) { return numbered(t.Inclusion), t.Inclusion }},
	{model.FieldExclusion, "Exclusion", exclusionValue},
	{model.FieldOutcomes, "Outcomes", outcomesValue},
	{model.FieldLocations, "Locations", locationsValue},
	{model.FieldDocument, "Source", func(t *model.Trial) (string, []string) {
		text := filepath.Base(t.Source.File) + "\n" + string(t.Source.Layout)
		if how := t.Provenance[model.FieldDocument]; how != "" {
			// How the document was read, such as "read from prose: no
			// labels or lists".
			text += "\n" + how
		}
		if t.RegistryNote != "" {
			text += "\n" + t.RegistryNote
		}
		return text, nil
	}},
	{model.FieldWarnings, "Warnings", warningsValue},
}

// identityFields are the rows that name a trial or its document, or hold
// the user's note, rather than describe it: they never count as differing.
var identityFields = map[model.Field]bool{model.FieldNCTID: true, model.FieldTitle: true, model.FieldNote: true, model.FieldDocument: true, model.FieldWarnings: true}

// hasNotes says whether any trial carries a user's note: the Note row is
// shown only then.
func hasNotes(trials []model.Trial) bool {
	for i := range trials {
		if trials[i].UserNote != "" {
			return true
		}
	}
	return false
}

// NewComparison builds the rows for trials, in their order, as of now.
func NewComparison(trials []model.Trial) Comparison { return NewComparisonAsOf(trials, time.Now()) }

// NewComparisonAsOf builds the rows for trials, in their order, judging
// stale statuses against asOf.
func NewComparisonAsOf(trials []model.Trial, asOf time.Time) Comparison {
	c := Comparison{Trials: trials, Rows: make([]Row, 0, len(rowSpecs)), AsOf: asOf}
	notes := hasNotes(trials)
	for _, spec := range rowSpecs {
		if spec.field == model.FieldNote && !notes {
			continue
		}
		row := Row{Field: spec.field, Label: spec.label, Cells: make([]Cell, len(trials))}
		for i := range trials {
			t := &trials[i]
			var cell Cell
			if spec.value == nil {
				cell = datedCell(spec.field, t, asOf)
			} else {
				text, items := spec.value(t)
				cell = Cell{Text: text, Items: items, Source: t.Provenance[spec.field], Warnings: t.WarningsFor(spec.field)}
			}
			if spec.field == model.FieldAges {
				cell.Source = t.AgeSource()
			}
			if strings.TrimSpace(cell.Text) == "" && spec.field != model.FieldNote {
				cell.Text, cell.NotStated = model.NotStated, true
			}
			row.Cells[i] = cell
		}
		row.Differs = !identityFields[spec.field] && differs(row.Cells)
		if spec.field == model.FieldStatus {
			row.Differs = statusDiffers(row.Cells)
		}
		c.Rows = append(c.Rows, row)
	}
	return c
}

// DifferingRows returns the rows whose values are not the same for every
// trial.
func (c Comparison) DifferingRows() []Row {
	var out []Row
	for _, r := range c.Rows {
		if r.Differs {
			out = append(out, r)
		}
	}
	return out
}

// ColumnTitle is the heading of a trial's column: its NCT number (or file
// name) and acronym.
func (c Comparison) ColumnTitle(i int) string {
	t := c.Trials[i]
	head := t.NCTID
	if head == "" {
		head = filepath.Base(t.Source.File)
	}
	if t.Acronym != "" {
		head += " · " + t.Acronym
	}
	return head
}

func differs(cells []Cell) bool {
	for _, c := range cells[min(1, len(cells)):] {
		if normalized(c.Text) != normalized(cells[0].Text) {
			return true
		}
	}
	return false
}

func normalized(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func titleValue(t *model.Trial) (string, []string) {
	if t.Acronym != "" && !strings.Contains(t.Title, t.Acronym) && t.Title != "" {
		return t.Title + " (" + t.Acronym + ")", nil
	}
	return t.Title, nil
}

func enrollmentValue(t *model.Trial) (string, []string) {
	n := model.EnrollmentLabel(t.Enrollment)
	if n != "" && t.EnrollmentType != "" {
		n += " (" + string(t.EnrollmentType) + ")"
	}
	return n, nil
}

func interventionsValue(t *model.Trial) (string, []string) {
	items := make([]string, 0, len(t.Interventions))
	for _, iv := range t.Interventions {
		items = append(items, iv.Label())
	}
	return strings.Join(items, "\n"), items
}

func outcomesValue(t *model.Trial) (string, []string) {
	items := make([]string, 0, len(t.Outcomes))
	for _, o := range t.Outcomes {
		switch o.Kind {
		case model.OutcomePrimary:
			items = append(items, "Primary: "+o.Measure)
		case model.OutcomeSecondary:
			items = append(items, "Secondary: "+o.Measure)
		default:
			items = append(items, o.Measure)
		}
	}
	return strings.Join(items, "\n"), items
}

func locationsValue(t *model.Trial) (string, []string) {
	items := make([]string, 0, len(t.Locations))
	for _, l := range t.Locations {
		items = append(items, l.Label())
	}
	if len(items) == 0 {
		return "", nil
	}
	return model.Count(len(items), "site") + "\n" + strings.Join(items, "\n"), items
}

func warningsValue(t *model.Trial) (string, []string) {
	items := make([]string, 0, len(t.Warnings))
	for _, w := range t.Warnings {
		items = append(items, w.Message)
	}
	if len(items) == 0 {
		return "none", nil
	}
	return strings.Join(items, "\n"), items
}

// exclusionValue numbers a trial's exclusion criteria, or says "None" when
// the document says it has none.
func exclusionValue(t *model.Trial) (string, []string) {
	if len(t.Exclusion) == 0 && t.StatesNone(model.FieldExclusion) {
		return "None", nil
	}
	return numbered(t.Exclusion), t.Exclusion
}

// numbered renders items as "1. …" lines.
func numbered(items []string) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%d. %s", i+1, it)
	}
	return b.String()
}

// WithPatient screens a patient against every trial and puts the verdicts
// in a "Fit" row at the top. screener reads each trial's requirements once
// across screenings; nil reads them anew.
func (c Comparison) WithPatient(p eligibility.Profile, screener *eligibility.Screener) Comparison {
	row := Row{Field: model.FieldFit, Label: "Fit", Cells: make([]Cell, len(c.Trials))}
	fits := make([]eligibility.Fit, len(c.Trials))
	for i := range c.Trials {
		f := screener.Assess(p, &c.Trials[i])
		fits[i] = f
		cell := Cell{Verdict: f.Verdict, Items: append(append([]string(nil), f.Reasons...), f.Review...)}
		switch f.Verdict {
		case eligibility.VerdictExcluded:
			cell.Text = "Excluded\n" + strings.Join(f.Reasons, "\n")
		case eligibility.VerdictPossible:
			// The same words as the board sheet's Fit row.
			cell.Text = strings.Replace(f.Summary, ": ", "\n", 1)
		}
		cell.Source = "Patient: " + p.Describe() + "\n" + f.Summary
		if lines := CriteriaLines(f); len(lines) > 0 {
			cell.Source += "\n\n" + CriteriaLegend + "\n" + strings.Join(lines, "\n")
		}
		row.Cells[i] = cell
	}
	row.Differs = differs(row.Cells)
	out := c
	out.Patient, out.Fits = &p, fits
	out.Rows = append([]Row{row}, c.Rows...)
	return out
}

// NoExclusionsRead reports whether no exclusion criterion of a trial was
// read and its document does not say it has none: nothing is known of any
// exclusion theme.
func NoExclusionsRead(t *model.Trial) bool {
	return len(t.Exclusion) == 0 && !t.StatesNone(model.FieldExclusion)
}

// ExclusionRows is the exclusions matrix: a row per theme, a cell per trial
// with the numbers of its exclusion criteria in that theme ("none" when it
// has none, "not stated" when no exclusion criterion was read), and the
// criteria's text as the cell's source.
func (c Comparison) ExclusionRows() []Row {
	all := rules.Themes()
	rows := make([]Row, 0, len(all))
	for _, th := range all {
		row := Row{Field: model.Field("theme:" + string(th.Key)), Label: th.Label, Cells: make([]Cell, len(c.Trials))}
		for i, t := range c.Trials {
			items := t.ExclusionThemes[th.Key]
			switch {
			case NoExclusionsRead(&t):
				row.Cells[i] = Cell{Text: model.NotStated, NotStated: true}
				continue
			case len(items) == 0:
				row.Cells[i] = Cell{Text: "none"}
				continue
			}
			var numbers, texts []string
			for _, n := range items {
				numbers = append(numbers, strconv.Itoa(n))
				texts = append(texts, fmt.Sprintf("Exclusion %d: %s", n, t.Exclusion[n-1]))
			}
			row.Cells[i] = Cell{Text: "● " + strings.Join(numbers, ", "), Items: texts, Source: strings.Join(texts, "\n")}
		}
		row.Differs = differs(row.Cells)
		rows = append(rows, row)
	}
	return rows
}
