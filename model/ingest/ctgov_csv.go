package ingest

import (
	"encoding/csv"
	"fmt"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// isCTGovCSV reports whether text is a ClinicalTrials.gov "Download CSV"
// export: its header row starts with or holds "NCT Number".
func isCTGovCSV(text string) bool {
	header := firstLine(strings.TrimPrefix(text, "\ufeff"))
	return strings.Contains(header, "NCT Number") && strings.Count(header, ",") >= 2
}

// csvDateColumns are the export's date columns. The export does not say
// whether a date is actual or estimated.
var csvDateColumns = []struct {
	column string
	field  model.Field
}{
	{"Start Date", model.FieldStartDate},
	{"Primary Completion Date", model.FieldPrimaryEnd},
	{"Completion Date", model.FieldCompletion},
	{"First Posted", model.FieldFirstPosted},
	{"Last Update Posted", model.FieldLastUpdate},
}

// readCTGovCSV reads every row of a ClinicalTrials.gov CSV export. Its Age
// column holds age groups, not bounds: the bounds stay unstated.
func readCTGovCSV(text string) ([]model.Trial, error) {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\ufeff")))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	records, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("reading the CSV: %w", err)
	}
	if len(records) < 2 {
		return nil, fmt.Errorf("the CSV has a header but no study rows")
	}
	col := map[string]int{}
	for i, name := range records[0] {
		col[strings.TrimSpace(name)] = i
	}
	trials := make([]model.Trial, 0, len(records)-1)
	for n, rec := range records[1:] {
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		var t model.Trial
		row := n + 2
		note := func(f model.Field, column, value string) {
			if value != "" {
				t.Note(f, fmt.Sprintf("row %d, %s: %s", row, column, value))
			}
		}
		t.NCTID = get("NCT Number")
		note(model.FieldNCTID, "NCT Number", t.NCTID)
		t.Title = get("Study Title")
		note(model.FieldTitle, "Study Title", t.Title)
		t.Acronym = get("Acronym")
		note(model.FieldAcronym, "Acronym", t.Acronym)
		if st := get("Study Status"); st != "" {
			if !readStatusText(&t, st, fmt.Sprintf("row %d, Study Status: %s", row, st)) {
				t.Warn(model.FieldStatus, fmt.Sprintf("Unknown status %q.", st))
			}
		}
		t.Summary = model.Unescape(get("Brief Summary"))
		t.Conditions = splitList(get("Conditions"), "|")
		note(model.FieldConditions, "Conditions", get("Conditions"))
		for _, iv := range splitList(get("Interventions"), "|") {
			kind, name, found := strings.Cut(iv, ": ")
			if !found {
				name, kind = kind, ""
			}
			t.Interventions = append(t.Interventions, model.Intervention{Name: interventionLabel(kind, name)})
		}
		note(model.FieldInterventions, "Interventions", get("Interventions"))
		for _, o := range splitList(get("Primary Outcome Measures"), "|") {
			t.Outcomes = append(t.Outcomes, model.Outcome{Kind: model.OutcomePrimary, Measure: model.Unescape(o)})
		}
		for _, o := range splitList(get("Secondary Outcome Measures"), "|") {
			t.Outcomes = append(t.Outcomes, model.Outcome{Kind: model.OutcomeSecondary, Measure: model.Unescape(o)})
		}
		t.Sponsor = get("Sponsor")
		note(model.FieldSponsor, "Sponsor", t.Sponsor)
		if sex, ok := model.ParseSex(get("Sex")); ok {
			t.Sex = sex
			note(model.FieldSex, "Sex", get("Sex"))
		}
		readAgeGroups(&t, get("Age"), fmt.Sprintf("row %d, Age", row))
		if ph := get("Phases"); ph != "" {
			phases, _ := model.ParsePhaseCodes([]string{ph})
			t.Phases = phases
			note(model.FieldPhases, "Phases", ph)
		}
		if n, ok := parseInteger(get("Enrollment")); ok {
			t.Enrollment = n
			note(model.FieldEnrollment, "Enrollment", get("Enrollment"))
		}
		for _, d := range csvDateColumns {
			if v := get(d.column); v != "" {
				readDate(&t, d.field, v, "", fmt.Sprintf("row %d, %s: %s", row, d.column, v))
			}
		}
		for _, site := range splitList(get("Locations"), "|") {
			parts := splitList(site, ",")
			loc := model.Location{Facility: parts[0]}
			if len(parts) > 1 {
				loc.City = parts[1]
				loc.Country = parts[len(parts)-1]
			}
			t.Locations = append(t.Locations, loc)
		}
		trials = append(trials, t)
	}
	return trials, nil
}
