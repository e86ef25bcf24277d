package app

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/compare"

	"github.com/trialcompare/trialcompare/model"
)

// inspectRecord is one object of `inspect --json`.
type inspectRecord struct {
	File          string     `json:"file"`
	Layout        string     `json:"layout"`
	Error         string     `json:"error"`
	NCTID         string     `json:"nct_id"`
	RegistryIDs   []string   `json:"registry_ids"`
	Title         string     `json:"title"`
	Acronym       string     `json:"acronym"`
	Phases        []string   `json:"phases"`
	Status        string     `json:"status"`
	Sponsor       string     `json:"sponsor"`
	Conditions    []string   `json:"conditions"`
	Interventions []string   `json:"interventions"`
	Targets       []string   `json:"targets"`
	MinAge        *jsonBound `json:"min_age"`
	MaxAge        *jsonBound `json:"max_age"`
	AgeGroups     []string   `json:"age_groups"`
	Sex           string     `json:"sex"`
	Enrollment    int        `json:"enrollment"`
	// EnrollmentType is "actual", "estimated" or "".
	EnrollmentType string    `json:"enrollment_type"`
	Dates          jsonDates `json:"dates"`
	// StatusStale is true when an open status has not been verified for
	// more than two years.
	StatusStale bool     `json:"status_stale"`
	Inclusion   []string `json:"inclusion"`
	Exclusion   []string `json:"exclusion"`
	Warnings    []string `json:"warnings"`
	// ExclusionThemes maps a theme key to the 1-based exclusion items in it.
	ExclusionThemes map[model.ThemeKey][]int `json:"exclusion_themes"`
	// Provenance maps a field to the lines it was read from; "document"
	// says how the document was read ("read from prose: no labels or lists").
	Provenance map[model.Field]string `json:"provenance"`
}

// jsonDates are a trial's dates, each "YYYY-MM-DD" or "YYYY-MM" as stated,
// or "".
type jsonDates struct {
	Start             string `json:"start"`
	PrimaryCompletion string `json:"primary_completion"`
	Completion        string `json:"completion"`
	FirstPosted       string `json:"first_posted"`
	LastUpdate        string `json:"last_update"`
	LastVerified      string `json:"last_verified"`
}

func datesJSON(d model.Dates) jsonDates {
	return jsonDates{
		Start: d.Start.ISO(), PrimaryCompletion: d.PrimaryCompletion.ISO(), Completion: d.Completion.ISO(),
		FirstPosted: d.FirstPosted.ISO(), LastUpdate: d.LastUpdate.ISO(), LastVerified: d.LastVerified.ISO(),
	}
}

type jsonBound struct {
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	Inclusive bool    `json:"inclusive"`
}

func boundJSON(b *model.AgeBound) *jsonBound {
	if b == nil {
		return nil
	}
	return &jsonBound{Value: b.Value, Unit: string(b.Unit), Inclusive: b.Inclusive}
}

func ageGroupsJSON(groups []model.AgeGroup) []string {
	out := make([]string, 0, len(groups))
	for _, g := range groups {
		out = append(out, string(g))
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func recordOf(file string, t model.Trial, now time.Time) inspectRecord {
	phases := make([]string, 0, len(t.Phases))
	for _, p := range t.Phases {
		phases = append(phases, string(p))
	}
	warnings := make([]string, 0, len(t.Warnings))
	for _, w := range t.Warnings {
		warnings = append(warnings, w.Message)
	}
	return inspectRecord{
		File: file, Layout: string(t.Source.Layout), NCTID: t.NCTID, RegistryIDs: registryIDsJSON(t.RegistryIDs),
		Title: t.Title, Acronym: t.Acronym,
		Phases: phases, Status: string(t.Status), Sponsor: t.Sponsor,
		Conditions: nonNil(t.Conditions), Interventions: nonNil(t.InterventionNames()), Targets: nonNil(t.Targets),
		MinAge: boundJSON(t.Ages.Min), MaxAge: boundJSON(t.Ages.Max), AgeGroups: ageGroupsJSON(t.AgeGroups),
		Sex: string(t.Sex), Enrollment: t.Enrollment,
		EnrollmentType: string(t.EnrollmentType), Dates: datesJSON(t.Dates), StatusStale: t.StatusStale(now),
		Inclusion: nonNil(t.Inclusion), Exclusion: nonNil(t.Exclusion), Warnings: warnings,
		ExclusionThemes: t.ExclusionThemes, Provenance: nonNilMap(t.Provenance),
	}
}

func nonNilMap(m map[model.Field]string) map[model.Field]string {
	if m == nil {
		return map[model.Field]string{}
	}
	return m
}

// registryIDsJSON lists a trial's identifiers as the document writes them.
func registryIDsJSON(ids []model.RegistryID) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		out = append(out, id.ID)
	}
	return out
}

// registryIDsText lists a trial's identifiers with their registries.
func registryIDsText(ids []model.RegistryID) string {
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		parts = append(parts, id.ID+" ("+id.Registry+")")
	}
	return strings.Join(parts, ", ")
}

func errorRecord(file string, err error) inspectRecord {
	return inspectRecord{
		File: file, Error: err.Error(), RegistryIDs: []string{}, Phases: []string{}, Conditions: []string{}, Interventions: []string{},
		Targets: []string{}, AgeGroups: []string{}, Inclusion: []string{}, Exclusion: []string{}, Warnings: []string{},
		ExclusionThemes: map[model.ThemeKey][]int{}, Provenance: map[model.Field]string{},
	}
}

// inspect prints what was read from each file, as text or as JSON, judging
// stale statuses as of now. The files are read on all cores and printed in
// the order given, a folder's files in name order. A file that cannot be
// read does not stop the others; it makes the exit status 1.
func inspect(args []string, stdout, stderr io.Writer) int {
	return inspectAsOf(args, time.Now(), stdout, stderr)
}

// inspectAsOf is inspect, judging stale statuses as of now.
func inspectAsOf(args []string, now time.Time, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("inspect", flag.ContinueOnError)
	flags.SetOutput(stderr)
	asJSON := flags.Bool("json", false, "print a JSON array, one object per trial")
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	if flags.NArg() == 0 {
		fmt.Fprint(stderr, "inspect: name at least one file\n"+usage)
		return exitBadUsage
	}
	status := exitOK
	list := newJSONList(stdout)
	readInOrder(context.Background(), expandPaths(flags.Args()), func(fr fileResults) bool {
		for _, res := range fr.results {
			if res.Err != nil {
				status = exitFailed
				if *asJSON {
					list.add(errorRecord(res.File, res.Err))
				} else {
					say(stdout, "%s\n  error: %v\n\n", res.File, res.Err)
				}
				continue
			}
			for _, t := range res.Trials {
				if *asJSON {
					list.add(recordOf(res.File, t, now))
				} else {
					writeSummary(stdout, res.File, t, now)
				}
			}
		}
		return true
	})
	if *asJSON {
		return max(status, closeJSONList(list, stderr, "inspect"))
	}
	return status
}

// closeJSONList ends a list printed as JSON and says on stderr if it could
// not be printed whole.
func closeJSONList(list *jsonList, stderr io.Writer, command string) int {
	if err := list.close(); err != nil {
		say(stderr, "%s: writing JSON: %v\n", command, err)
		return exitFailed
	}
	return exitOK
}

// writeJSON prints v as indented JSON, keeping "<" and "≥" as they are.
func writeJSON(stdout, stderr io.Writer, command string, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		say(stderr, "%s: writing JSON: %v\n", command, err)
		return exitFailed
	}
	return exitOK
}

// writeSummary prints one trial as a readable block. The status (with the
// date it was checked, and whether it is stale as of now) and the
// enrollment read as they do in the comparison.
func writeSummary(w io.Writer, file string, t model.Trial, now time.Time) {
	cells := map[model.Field]compare.Cell{}
	for _, r := range compare.NewComparisonAsOf([]model.Trial{t}, now).Rows {
		if !r.Cells[0].NotStated {
			cells[r.Field] = r.Cells[0]
		}
	}
	say(w, "%s  [%s]\n", file, string(t.Source.Layout))
	row := func(label, value string) {
		if value == "" {
			value = model.NotStated
		}
		say(w, "  %-13s %s\n", label, value)
	}
	row("NCT ID", t.NCTID)
	row("Registry IDs", registryIDsText(t.RegistryIDs))
	row("Title", t.Title)
	if t.UserNote != "" {
		note := strings.Split(t.UserNote, "\n")
		row("Note", note[0])
		for _, line := range note[1:] {
			say(w, "  %-13s %s\n", "", line)
		}
	}
	row("Acronym", t.Acronym)
	row("Phase", model.PhaseLabel(t.Phases))
	row("Status", strings.ReplaceAll(cells[model.FieldStatus].Text, "\n", "; "))
	for _, d := range []struct {
		label string
		date  model.Date
	}{
		{"Start", t.Dates.Start}, {"Primary end", t.Dates.PrimaryCompletion}, {"Completion", t.Dates.Completion},
		{"First posted", t.Dates.FirstPosted}, {"Last update", t.Dates.LastUpdate}, {"Last verified", t.Dates.LastVerified},
	} {
		row(d.label, dateLabel(d.date))
	}
	row("Sponsor", t.Sponsor)
	row("Targets", strings.Join(t.Targets, ", "))
	row("Ages", t.AgeText())
	row("Sex", t.Sex.Label())
	row("Enrollment", cells[model.FieldEnrollment].Text)
	row("Conditions", strings.Join(t.Conditions, "; "))
	row("Interventions", strings.Join(t.InterventionNames(), "; "))
	for _, list := range []struct {
		label string
		items []string
	}{{"Inclusion", t.Inclusion}, {"Exclusion", t.Exclusion}} {
		row(list.label, model.Count(len(list.items), "item"))
		for i, item := range list.items {
			lines := strings.Split(item, "\n")
			say(w, "    %2d. %s\n", i+1, lines[0])
			for _, line := range lines[1:] {
				say(w, "        %s\n", line)
			}
		}
	}
	for _, warn := range t.Warnings {
		say(w, "  warning: %s\n", warn.Message)
	}
	fmt.Fprintln(w)
}

// dateLabel renders a date as stated, such as "31 Jul 2023 (estimated)" or
// "14 Oct 2019 (actual)".
func dateLabel(d model.Date) string {
	if d.Actual {
		return d.Label() + " (actual)"
	}
	return d.Label()
}
