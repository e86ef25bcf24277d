package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

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

// readCTGovCSV reads every row of a ClinicalTrials.gov CSV export, one row
// at a time, up to MaxTrials rows. Its Age column holds age groups, not
// bounds, so ages stay unstated.
func readCTGovCSV(text string) ([]model.Trial, error) {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\ufeff")))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return nil, csvProblem(err)
	}
	col := map[string]int{}
	for i, name := range header {
		col[strings.TrimSpace(name)] = i
	}
	var trials []model.Trial
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvProblem(err)
		}
		if len(trials) == MaxTrials {
			return nil, ErrTooManyStudies
		}
		// Row 1 is the header, as in a spreadsheet.
		trials = append(trials, csvTrial(rec, col, len(trials)+2))
	}
	if len(trials) == 0 {
		return nil, errors.New("the CSV has a header but no study rows; export the search again with its results")
	}
	return trials, nil
}

// csvProblem words an encoding/csv error for the reader.
func csvProblem(err error) error {
	var parse *csv.ParseError
	if errors.As(err, &parse) {
		return fmt.Errorf("the CSV is broken on line %d, column %d (%v); export the search again from ClinicalTrials.gov", parse.Line, parse.Column, parse.Err)
	}
	return fmt.Errorf("reading the CSV: %w", err)
}

// csvTrial reads one row of the export; col maps the header's column
// names to their positions.
func csvTrial(rec []string, col map[string]int, row int) model.Trial {
	get := func(name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	var t model.Trial
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
	// Other IDs lists the sponsor's protocol number first, then the other
	// identifiers, between "|".
	if other := strings.Split(get("Other IDs"), "|"); other[0] != "" {
		from := fmt.Sprintf("row %d, Other IDs", row)
		rules.AddRecordIDs(&t, other[:1], true, from)
		rules.AddRecordIDs(&t, other[1:], false, from)
	}
	if st := get("Study Status"); st != "" {
		if !readStatusText(&t, st, fmt.Sprintf("row %d, Study Status: %s", row, st)) {
			t.Warn(model.FieldStatus, fmt.Sprintf("Unknown status %q.", st))
		}
	}
	t.Summary = rules.Unescape(get("Brief Summary"))
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
		t.Outcomes = append(t.Outcomes, model.Outcome{Kind: model.OutcomePrimary, Measure: rules.Unescape(o)})
	}
	for _, o := range splitList(get("Secondary Outcome Measures"), "|") {
		t.Outcomes = append(t.Outcomes, model.Outcome{Kind: model.OutcomeSecondary, Measure: rules.Unescape(o)})
	}
	t.Sponsor = get("Sponsor")
	note(model.FieldSponsor, "Sponsor", t.Sponsor)
	if sex, ok := rules.ParseSex(get("Sex")); ok {
		t.Sex = sex
		note(model.FieldSex, "Sex", get("Sex"))
	}
	readAgeGroups(&t, get("Age"), fmt.Sprintf("row %d, Age", row))
	if ph := get("Phases"); ph != "" {
		phases, _ := rules.ParsePhaseCodes([]string{ph})
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
		if len(parts) == 0 {
			continue
		}
		loc := model.Location{Facility: parts[0]}
		if len(parts) > 1 {
			loc.City = parts[1]
			loc.Country = parts[len(parts)-1]
		}
		t.Locations = append(t.Locations, loc)
	}
	return t
}
