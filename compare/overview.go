package compare

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// OverviewKey names a row of the one-page overview.
type OverviewKey string

// The overview rows, in the order the overview shows them.
const (
	OverviewFit        OverviewKey = "fit"
	OverviewPhase      OverviewKey = "phase"
	OverviewStatus     OverviewKey = "status"
	OverviewTargets    OverviewKey = "targets"
	OverviewAges       OverviewKey = "ages"
	OverviewSex        OverviewKey = "sex"
	OverviewDiagnosis  OverviewKey = "diagnosis"
	OverviewRules      OverviewKey = "rules"
	OverviewExclusions OverviewKey = "exclusions"
	OverviewEnrollment OverviewKey = "enrollment"
	OverviewSponsor    OverviewKey = "sponsor"
	OverviewSites      OverviewKey = "sites"
)

// overviewSpecs are the rows a user can choose, in display order, with
// their labels and how a trial's value reads. The fit row is not among
// them: it leads whenever a patient is set.
var overviewSpecs = []struct {
	key   OverviewKey
	label string
	value func(c *Comparison, t *model.Trial) Cell
}{
	{OverviewPhase, "Phase", func(_ *Comparison, t *model.Trial) Cell { return textCell(model.PhaseLabel(t.Phases)) }},
	{OverviewStatus, "Status", overviewStatusCell},
	{OverviewTargets, "Targets · agent", targetsCell},
	{OverviewAges, "Age range", func(_ *Comparison, t *model.Trial) Cell { return textCell(t.Ages.Label()) }},
	{OverviewSex, "Sex", func(_ *Comparison, t *model.Trial) Cell { return textCell(t.Sex.Label()) }},
	{OverviewDiagnosis, "Diagnosis", func(_ *Comparison, t *model.Trial) Cell { return textCell(strings.Join(rules.TrialDiagnoses(t), ", ")) }},
	{OverviewRules, "Required markers, prior therapy", rulesCell},
	{OverviewExclusions, "Exclusions", func(*Comparison, *model.Trial) Cell { return Cell{} }},
	{OverviewEnrollment, "Enrollment", enrollmentCell},
	{OverviewSponsor, "Sponsor", func(_ *Comparison, t *model.Trial) Cell { return textCell(t.Sponsor) }},
	{OverviewSites, "Sites", sitesCell},
}

// OverviewKeys returns the rows the overview shows by default, in order.
func OverviewKeys() []OverviewKey {
	out := make([]OverviewKey, 0, len(overviewSpecs))
	for _, s := range overviewSpecs {
		out = append(out, s.key)
	}
	return out
}

// OverviewLabel is a row's label for people, such as "Age range".
func OverviewLabel(k OverviewKey) string {
	for _, s := range overviewSpecs {
		if s.key == k {
			return s.label
		}
	}
	return string(k)
}

// ParseOverviewKeys reads a comma-separated list of row names such as
// "phase,status,ages". An unknown name is an error that lists the valid
// ones.
func ParseOverviewKeys(list string) ([]OverviewKey, error) {
	valid := OverviewKeys()
	var out []OverviewKey
	for _, name := range strings.Split(list, ",") {
		k := OverviewKey(strings.ToLower(strings.TrimSpace(name)))
		if k == "" {
			continue
		}
		if !slices.Contains(valid, k) {
			return nil, fmt.Errorf("unknown row %q: use any of %s", strings.TrimSpace(name), JoinOverviewKeys(valid))
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no rows named: use any of %s", JoinOverviewKeys(valid))
	}
	return out, nil
}

// JoinOverviewKeys writes row names as ParseOverviewKeys reads them.
func JoinOverviewKeys(keys []OverviewKey) string {
	names := make([]string, len(keys))
	for i, k := range keys {
		names[i] = string(k)
	}
	return strings.Join(names, ",")
}

// OverviewRow is one row of the overview: a cell per trial. The exclusions
// row carries its grid in Themes instead: a row per theme that at least one
// trial excludes.
type OverviewRow struct {
	Key     OverviewKey
	Label   string
	Cells   []Cell
	Differs bool
	Themes  []Row
}

// Overview returns the overview's rows in the standard order, keeping those
// in keys (all when keys is empty). With a patient set, a Fit row leads.
func (c Comparison) Overview(keys []OverviewKey) []OverviewRow {
	var out []OverviewRow
	if c.Patient != nil {
		row := OverviewRow{Key: OverviewFit, Label: "Fit", Cells: make([]Cell, len(c.Trials))}
		for i := range c.Trials {
			row.Cells[i] = fitCell(c.Fits[i])
		}
		row.Differs = differs(row.Cells)
		out = append(out, row)
	}
	for _, spec := range overviewSpecs {
		if len(keys) > 0 && !slices.Contains(keys, spec.key) {
			continue
		}
		row := OverviewRow{Key: spec.key, Label: spec.label, Cells: make([]Cell, len(c.Trials))}
		if spec.key == OverviewExclusions {
			row.Themes = c.ExclusionGrid()
			for _, th := range row.Themes {
				row.Differs = row.Differs || th.Differs
			}
			out = append(out, row)
			continue
		}
		for i := range c.Trials {
			row.Cells[i] = spec.value(&c, &c.Trials[i])
		}
		row.Differs = differs(row.Cells)
		out = append(out, row)
	}
	return out
}

// CellsDiffer reports whether cells do not all read the same, the rule of
// a row's Differs; renderers use it for the trials on one page.
func CellsDiffer(cells []Cell) bool { return differs(cells) }

// ExclusionGrid is the exclusions matrix cut to the themes at least one
// trial excludes.
func (c Comparison) ExclusionGrid() []Row {
	var out []Row
	for _, r := range c.ExclusionRows() {
		if slices.ContainsFunc(r.Cells, func(cell Cell) bool { return len(cell.Items) > 0 }) {
			out = append(out, r)
		}
	}
	return out
}

// textCell is a cell of plain text, "not stated" when empty.
func textCell(text string) Cell {
	if strings.TrimSpace(text) == "" {
		return Cell{Text: model.NotStated, NotStated: true}
	}
	return Cell{Text: text}
}

// overviewStatusCell is the comparison's status cell: the status with the
// date it was last checked, or the stale mark.
func overviewStatusCell(c *Comparison, t *model.Trial) Cell {
	cell := statusCell(t, c.AsOf)
	if cell.Text == "" {
		cell.Text, cell.NotStated = model.NotStated, true
	}
	return cell
}

// targetsCell gives the targets, then the agent: "CD22 · UCART22,
// allogeneic CAR-T". Items holds the targets.
func targetsCell(_ *Comparison, t *model.Trial) Cell {
	parts := []string{}
	if len(t.Targets) > 0 {
		parts = append(parts, strings.Join(t.Targets, ", "))
	}
	if agent := AgentLabel(t); agent != "" {
		parts = append(parts, agent)
	}
	if len(parts) == 0 {
		return Cell{Text: model.NotStated, NotStated: true}
	}
	return Cell{Text: strings.Join(parts, " · "), Items: t.Targets}
}

var interventionType = regexp.MustCompile(`^(?:Biological|Drug|Device|Procedure|Other|Radiation|Genetic|Behavioral|Dietary Supplement|Diagnostic Test|Combination Product):\s*`)

// AgentLabel names a trial's agent and its kind as the document states
// them, such as "UCART22, allogeneic CAR-T": the non-supportive
// interventions that name one of the trial's targets (or all of them when
// there are at most three), then the kind from the modality vocabulary.
func AgentLabel(t *model.Trial) string {
	var named, all []string
	seen := map[string]bool{}
	for _, iv := range t.Interventions {
		if iv.Supportive {
			continue
		}
		name := interventionType.ReplaceAllString(strings.TrimSpace(iv.Name), "")
		first, _, _ := strings.Cut(strings.ToLower(name), " ")
		if name == "" || seen[first] {
			continue
		}
		seen[first] = true
		all = append(all, name)
		if rules.NamesAnyTarget(name+" "+iv.Description, t.Targets) {
			named = append(named, name)
		}
	}
	agents := named
	if len(agents) == 0 && len(all) <= 3 {
		agents = all
	}
	parts := append([]string(nil), agents...)
	if kind := Modality(t); kind != "" && !slices.ContainsFunc(agents, func(a string) bool { return strings.EqualFold(a, kind) }) {
		parts = append(parts, kind)
	}
	return strings.Join(parts, ", ")
}

// Modality returns the kind of agent the document states, such as
// "allogeneic CAR-T" or "monoclonal antibody", or "" when it states none.
// It reads the titles, summary, arms and non-supportive interventions.
func Modality(t *model.Trial) string {
	texts := []string{t.Title, t.OfficialTitle, t.Summary, strings.Join(t.Arms, "\n")}
	for _, iv := range t.Interventions {
		if !iv.Supportive {
			texts = append(texts, iv.Name, iv.Description)
		}
	}
	text := strings.Join(texts, "\n")
	lower := strings.ToLower(text)
	var sources, kinds []string
	for _, m := range modalities() {
		if m.source && !strings.Contains(lower, m.word) || !m.pattern.MatchString(text) {
			continue
		}
		if m.source {
			sources = append(sources, m.word)
		} else {
			kinds = append(kinds, m.word)
		}
	}
	if len(kinds) == 0 {
		return ""
	}
	kind := strings.Join(kinds, ", ")
	if len(sources) > 0 {
		kind = strings.Join(sources, "/") + " " + kind
	}
	return kind
}

// EntryRules lists the required markers and the prior-therapy rules found in
// the inclusion criteria, each with the numbers of the criteria that state
// it: "CD22+ (incl. 2)", "relapsed/refractory (incl. 1, 3)".
func EntryRules(t *model.Trial) []string {
	var out []string
	for _, m := range rules.RequiredMarkers(t.Inclusion) {
		label := m.Target + "+"
		if m.MinPercent > 0 {
			label = fmt.Sprintf("%s ≥%g%%", m.Target, m.MinPercent)
		}
		out = append(out, fmt.Sprintf("%s (incl. %d)", label, m.Number))
	}
	var labels []string
	numbers := map[string][]string{}
	for _, r := range entryRules() {
		for n, c := range t.Inclusion {
			m := r.pattern.FindStringSubmatchIndex(c)
			if m == nil {
				continue
			}
			label := string(r.pattern.ExpandString(nil, r.label, c, m))
			if _, ok := numbers[label]; !ok {
				labels = append(labels, label)
			}
			numbers[label] = append(numbers[label], strconv.Itoa(n+1))
		}
	}
	for _, l := range labels {
		out = append(out, fmt.Sprintf("%s (incl. %s)", l, strings.Join(numbers[l], ", ")))
	}
	return out
}

func rulesCell(_ *Comparison, t *model.Trial) Cell {
	rules := EntryRules(t)
	if len(rules) == 0 {
		return Cell{Text: "none found", NotStated: len(t.Inclusion) == 0}
	}
	return Cell{Text: strings.Join(rules, "\n"), Items: rules}
}

func enrollmentCell(_ *Comparison, t *model.Trial) Cell {
	cell := textCell(model.EnrollmentLabel(t.Enrollment))
	if !cell.NotStated && t.EnrollmentType != "" {
		cell.Text += " (" + string(t.EnrollmentType) + ")"
	}
	return cell
}

// SitesLabel gives the number of sites and their countries in order of
// first appearance, such as "12 sites\nSpain, France"; "" when none.
func SitesLabel(t *model.Trial) string {
	if len(t.Locations) == 0 {
		return ""
	}
	var countries []string
	for _, l := range t.Locations {
		if l.Country != "" && !slices.Contains(countries, l.Country) {
			countries = append(countries, l.Country)
		}
	}
	text := groupThousands(len(t.Locations)) + " site"
	if len(t.Locations) != 1 {
		text += "s"
	}
	if len(countries) > 0 {
		text += "\n" + strings.Join(countries, ", ")
	}
	return text
}

func sitesCell(_ *Comparison, t *model.Trial) Cell { return textCell(SitesLabel(t)) }

// groupThousands writes 1218 as "1,218".
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// fitCell gives the verdict and its summary: the criteria that rule out,
// or how many are met and the first to check.
func fitCell(f eligibility.Fit) Cell {
	cell := Cell{Verdict: f.Verdict}
	verdict, detail, _ := strings.Cut(f.Summary, ": ")
	cell.Text = verdict
	if detail != "" {
		cell.Text += "\n" + detail
	}
	cell.Items = append(append([]string(nil), f.Reasons...), f.Review...)
	return cell
}
