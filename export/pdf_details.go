package export

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/model"
)

// The details' type styles.
var (
	detailHeadingStyle = style{bold: true, size: 10, color: accent}
	detailTitleStyle   = style{bold: true, size: 8.5, color: ink}
	detailLabelStyle   = style{bold: true, size: 8.5, color: accent}
	detailFactStyle    = style{bold: true, size: 8, color: ink}
	detailBodyStyle    = style{size: 8, color: ink}
	detailNoteStyle    = style{italic: true, size: 7.5, color: muted}
	detailWarnStyle    = style{size: 8, color: warningInk}
	// detailUserNoteStyle sets the user's note on a trial.
	detailUserNoteStyle = style{bold: true, size: 8, color: accent}
	continuedStyle      = style{bold: true, size: 8.5, color: accent}
)

// The details' indents, in millimetres.
const (
	factIndent   = 30.0
	numberIndent = 8.0
	maxSites     = 10
)

// detailBuilder sets each trial's block as units for the flow.
type detailBuilder struct {
	m        measurer
	cmp      compare.Comparison
	overview []compare.OverviewRow
	width    float64
	sections Sections
	units    []unit
}

// anchor names a place in a trial's details for page references.
func anchor(trial int, key compare.OverviewKey) string {
	return strconv.Itoa(trial) + ":" + string(key)
}

// detailUnits sets every trial's details block.
// overview holds every overview row, the source of the key facts.
func detailUnits(m measurer, cmp compare.Comparison, overview []compare.OverviewRow, width float64, sections Sections) []unit {
	b := &detailBuilder{m: m, cmp: cmp, overview: overview, width: width, sections: sections}
	for i := range cmp.Trials {
		b.trial(i)
	}
	return b.units
}

// trialHeading is the NCT number and acronym of a trial, or its file name.
func trialHeading(cmp compare.Comparison, i int) string { return cmp.ColumnTitle(i) }

func (b *detailBuilder) add(kind unitKind, trial int, section, anchorKey string, lines []line) {
	if len(lines) == 0 {
		return
	}
	b.units = append(b.units, unit{kind: kind, trial: trial, section: section, anchor: anchorKey, lines: lines})
}

func (b *detailBuilder) cell(key compare.OverviewKey, trial int) compare.Cell {
	for _, r := range b.overview {
		if r.Key == key {
			return r.Cells[trial]
		}
	}
	return compare.Cell{Text: model.NotStated, NotStated: true}
}

func (b *detailBuilder) trial(i int) {
	t := &b.cmp.Trials[i]
	b.add(unitSpace, i, "", "", []line{{h: 4}})
	head := []line{{h: 1}}
	head = append(head, b.m.textLines(trialHeading(b.cmp, i), detailHeadingStyle, 1.5, b.width-1.5)...)
	title := t.Title
	if title == "" {
		title = model.NotStated
	}
	head = append(head, b.m.textLines(title, detailTitleStyle, 1.5, b.width-1.5)...)
	head = append(head, line{h: 1.5})
	for j := range head {
		head[j].band = &headingFill
	}
	b.add(unitHeading, i, "", anchor(i, compare.OverviewPhase), head)
	b.add(unitSpace, i, "", "", []line{{h: 1.5}})
	if t.UserNote != "" {
		b.add(unitBody, i, "", "", b.m.hanging("Note", detailFactStyle, t.UserNote, detailUserNoteStyle, factIndent, b.width))
	}
	if b.cmp.Patient != nil {
		b.fit(i)
	}
	b.facts(i)
	b.criteria(i, "Inclusion criteria", eligibility.ListInclusion, t.Inclusion, compare.OverviewRules, t.StatesNone(model.FieldInclusion))
	b.criteria(i, "Exclusion criteria", eligibility.ListExclusion, t.Exclusion, compare.OverviewExclusions, t.StatesNone(model.FieldExclusion))
	b.interventions(i)
	b.outcomes(i)
	b.locations(i)
	b.warnings(i)
}

// fact sets "Label  value" with the value wrapped beside the label.
func (b *detailBuilder) fact(i int, label, value, anchorKey string, st style) {
	if strings.TrimSpace(value) == "" {
		value, st = model.NotStated, detailNoteStyle
	}
	b.add(unitBody, i, "", anchorKey, b.m.hanging(label, detailFactStyle, value, st, factIndent, b.width))
}

func (b *detailBuilder) fit(i int) {
	c := b.cell(compare.OverviewFit, i)
	st := style{bold: true, size: 8, color: ink}
	if c.Verdict == eligibility.VerdictExcluded {
		st.color = excludedInk
	}
	verdict, rest, _ := strings.Cut(c.Text, "\n")
	lines := b.m.hanging("Patient fit", detailFactStyle, verdict, st, factIndent, b.width)
	lines = append(lines, b.m.textLines(rest, detailBodyStyle, factIndent, b.width)...)
	lines = append(lines, b.m.textLines("A screening aid for "+b.cmp.Patient.Describe()+", not an eligibility decision. Criteria below: "+compare.CriteriaLegend+".", detailNoteStyle, factIndent, b.width)...)
	b.add(unitBody, i, "", anchor(i, compare.OverviewFit), lines)
}

func (b *detailBuilder) facts(i int) {
	t := &b.cmp.Trials[i]
	value := func(key compare.OverviewKey) string {
		c := b.cell(key, i)
		if c.NotStated {
			return ""
		}
		return c.Text
	}
	b.fact(i, "Phase", value(compare.OverviewPhase), "", detailBodyStyle)
	status := b.cell(compare.OverviewStatus, i)
	statusStyle := detailBodyStyle
	if status.Stale {
		statusStyle.color = warningInk
	}
	b.fact(i, "Status", value(compare.OverviewStatus), "", statusStyle)
	b.fact(i, "Targets · agent", value(compare.OverviewTargets), "", detailBodyStyle)
	ages := t.Ages.Label()
	if ages != "" {
		ages += " (" + t.Ages.Describe() + ")"
	}
	b.fact(i, "Age range", ages, "", detailBodyStyle)
	b.fact(i, "Sex", value(compare.OverviewSex), "", detailBodyStyle)
	b.fact(i, "Diagnosis", value(compare.OverviewDiagnosis), "", detailBodyStyle)
	b.fact(i, "Conditions", strings.Join(t.Conditions, "; "), "", detailBodyStyle)
	b.fact(i, "Entry rules", strings.Join(b.cell(compare.OverviewRules, i).Items, "; "), "", detailBodyStyle)
	b.fact(i, "Enrollment", value(compare.OverviewEnrollment), "", detailBodyStyle)
	b.fact(i, "Sponsor", value(compare.OverviewSponsor), "", detailBodyStyle)
	source := filepath.Base(t.Source.File) + " (" + string(t.Source.Layout) + ")"
	if how := t.Provenance[model.FieldDocument]; how != "" {
		source += "; " + how
	}
	b.fact(i, "Source", source, "", detailBodyStyle)
	if dates := dateLines(t.Dates); dates != "" {
		b.fact(i, "Dates", dates, "", detailBodyStyle)
	}
	if b.sections == SectionsAll && t.Summary != "" {
		b.fact(i, "Summary", t.Summary, "", detailBodyStyle)
	}
	if b.sections == SectionsAll && len(t.Arms) > 0 {
		b.fact(i, "Arms", strings.Join(t.Arms, "\n"), "", detailBodyStyle)
	}
}

// dateLines lists the dates a document states, one a line.
func dateLines(d model.Dates) string {
	var out []string
	for _, x := range []struct {
		label string
		date  model.Date
	}{{"Start", d.Start}, {"Primary completion", d.PrimaryCompletion}, {"Completion", d.Completion},
		{"First posted", d.FirstPosted}, {"Last update", d.LastUpdate}, {"Last verified", d.LastVerified}} {
		if !x.date.IsZero() {
			out = append(out, x.label+": "+x.date.Label())
		}
	}
	return strings.Join(out, "\n")
}

// label sets a section's label.
func (b *detailBuilder) label(i int, text, anchorKey string) {
	b.add(unitSpace, i, "", "", []line{{h: 1.5}})
	b.add(unitLabel, i, text, anchorKey, b.m.textLines(text, detailLabelStyle, 0, b.width))
}

// criteria sets a list numbered as the document numbers it, one unit per
// criterion; with a patient, each number carries the criterion's mark (×
// rules out, in red; ? to check; √ met). list is the criteria's list as
// the screening names it; none is set when the document says the list is
// empty.
func (b *detailBuilder) criteria(i int, heading, list string, items []string, key compare.OverviewKey, none bool) {
	b.label(i, fmt.Sprintf("%s (%d)", heading, len(items)), anchor(i, key))
	if len(items) == 0 {
		text := model.NotStated
		if none {
			text = "None: " + model.NoneStated + "."
		}
		b.add(unitBody, i, heading, "", b.m.textLines(text, detailNoteStyle, numberIndent, b.width))
		return
	}
	for n, item := range items {
		number, st := strconv.Itoa(n+1)+".", detailBodyStyle
		if o := b.cmp.CriterionOutcome(i, list, n+1); o != "" {
			number = compare.OutcomeMark(o) + " " + number
			if o == eligibility.RulesOut {
				st.color = excludedInk
			}
		}
		b.add(unitBody, i, fmt.Sprintf("%s (%d)", heading, len(items)), "", b.m.hanging(number, detailFactStyle, item, st, numberIndent, b.width))
	}
}

func (b *detailBuilder) interventions(i int) {
	t := &b.cmp.Trials[i]
	if len(t.Interventions) == 0 {
		return
	}
	names := make([]string, 0, len(t.Interventions))
	for _, iv := range t.Interventions {
		names = append(names, iv.Label())
	}
	section := fmt.Sprintf("Interventions (%d)", len(names))
	b.label(i, section, "")
	b.add(unitBody, i, section, "", b.m.textLines(strings.Join(names, "; "), detailBodyStyle, 0, b.width))
}

func (b *detailBuilder) outcomes(i int) {
	t := &b.cmp.Trials[i]
	if len(t.Outcomes) == 0 {
		return
	}
	section := fmt.Sprintf("Outcomes (%d)", len(t.Outcomes))
	b.label(i, section, "")
	hidden := 0
	for _, o := range t.Outcomes {
		kind := "Outcome"
		switch o.Kind {
		case model.OutcomePrimary:
			kind = "Primary"
		case model.OutcomeSecondary:
			if b.sections != SectionsAll {
				hidden++
				continue
			}
			kind = "Secondary"
		}
		b.add(unitBody, i, section, "", b.m.hanging(kind+":", detailFactStyle, o.Measure, detailBodyStyle, 18, b.width))
	}
	if hidden > 0 {
		b.add(unitBody, i, section, "", b.m.textLines(fmt.Sprintf("and %d secondary outcomes, printed when everything is exported (--sections all)", hidden), detailNoteStyle, 18, b.width))
	}
}

func (b *detailBuilder) locations(i int) {
	t := &b.cmp.Trials[i]
	if len(t.Locations) == 0 {
		return
	}
	section := "Locations"
	b.label(i, section, anchor(i, compare.OverviewSites))
	// The count and the first sites stay together; every site is a unit of
	// its own when all are printed.
	lines := b.m.textLines(strings.ReplaceAll(compare.SitesLabel(t), "\n", " · "), detailFactStyle, 0, b.width)
	shown := t.Locations
	if b.sections != SectionsAll && len(shown) > maxSites {
		shown = shown[:maxSites]
	}
	for _, l := range shown {
		lines = append(lines, b.m.hanging("•", detailBodyStyle, l.Label(), detailBodyStyle, 4, b.width)...)
		if b.sections == SectionsAll {
			b.add(unitBody, i, section, "", lines)
			lines = nil
		}
	}
	b.add(unitBody, i, section, "", lines)
	if more := len(t.Locations) - len(shown); more > 0 {
		b.add(unitBody, i, section, "", b.m.textLines(fmt.Sprintf("and %d more", more), detailNoteStyle, 4, b.width))
	}
}

func (b *detailBuilder) warnings(i int) {
	t := &b.cmp.Trials[i]
	if len(t.Warnings) == 0 {
		return
	}
	section := fmt.Sprintf("Warnings (%d)", len(t.Warnings))
	b.label(i, section, "")
	for _, w := range t.Warnings {
		b.add(unitBody, i, section, "", b.m.hanging("•", detailWarnStyle, w.Message, detailWarnStyle, 4, b.width))
	}
}

// continuedLines repeat a trial's heading at the top of a column that
// continues it.
func continuedLines(m measurer, cmp compare.Comparison, width float64) func(int) []line {
	return func(i int) []line {
		lines := []line{{h: 0.8}}
		lines = append(lines, m.textLines(trialHeading(cmp, i)+" (continued)", continuedStyle, 1.5, width-1.5)...)
		lines = append(lines, line{h: 0.8})
		for j := range lines {
			lines[j].band = &headingFill
		}
		return append(lines, line{h: 1.5})
	}
}

// labelContinuedLines repeat a section's label in a column that continues
// it.
func labelContinuedLines(m measurer, width float64) func(int, string) []line {
	return func(_ int, section string) []line {
		return m.textLines(section+" (continued)", detailLabelStyle, 0, width)
	}
}
