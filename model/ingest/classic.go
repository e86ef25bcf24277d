package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

var (
	classicTable = regexp.MustCompile(`(?i)^\s*Condition or disease\s*\|`)
	armTable     = regexp.MustCompile(`(?i)^\s*Arm\s*\|\s*Intervention/treatment`)
	tableRule    = regexp.MustCompile(`^\s*-{3,}\s*\|`)
	// siteStatuses are the statuses a "Facility | Status |" row ends with.
	siteStatuses = []string{"Recruiting", "Not yet recruiting", "Active, not recruiting", "Enrolling by invitation",
		"Completed", "Suspended", "Terminated", "Withdrawn", "Unknown status", "Available"}
	siteWithStatus  = regexp.MustCompile(`^\s*(.+?)\s*\|\s*(` + strings.Join(siteStatuses, "|") + `)\s*\|\s*$`)
	addressRow      = regexp.MustCompile(`^\s*([^|]+?)\s*\|\s*\|?\s*$`)
	outcomeHeading  = regexp.MustCompile(`(?i)^\s*(primary|secondary|other)\s+outcome\s+measures?\b`)
	outcomeListItem = regexp.MustCompile(`^\s*-\s+(.+)$`)
)

// isClassicRecord reports whether text is a classic ClinicalTrials.gov record
// page copied as text.
func isClassicRecord(text string) bool {
	return strings.Contains(text, "ClinicalTrials.gov Identifier") &&
		(strings.Contains(text, "Ages Eligible for Study") || strings.Contains(text, "Recruitment Status") || classicTableIn(text))
}

func classicTableIn(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		if classicTable.MatchString(l) {
			return true
		}
	}
	return false
}

// isClassicRow reports whether a line is a "Label : | value |" row.
func isClassicRow(row string) bool {
	_, _, ok := splitClassicRow(row)
	return ok
}

// classicRowValue is one "Label : | value |" row.
type classicRowValue struct{ label, value, line string }

// classicRows holds the rows in page order, each label lower-cased; the
// value of a label with nothing after it is the next line.
type classicRows []classicRowValue

func readClassicRows(lines []string) classicRows {
	var rows classicRows
	for i, l := range lines {
		// A label is the text before the first colon, short and without "|".
		if colon := strings.IndexByte(l, ':'); colon < 0 || colon > 100 {
			continue
		}
		head, value, ok := splitClassicRow(l)
		if !ok {
			continue
		}
		label := strings.ToLower(strings.Join(strings.Fields(head), " "))
		if value == "" && i+1 < len(lines) && !strings.Contains(lines[i+1], ":") {
			value = strings.Trim(strings.TrimSpace(lines[i+1]), "| ")
		}
		if value != "" {
			rows = append(rows, classicRowValue{label, value, strings.TrimSpace(l)})
		}
	}
	return rows
}

// find returns the value and line of the first label that contains any of
// the given words.
func (r classicRows) find(words ...string) (value, line string, ok bool) {
	for _, exact := range []bool{true, false} {
		for _, w := range words {
			for _, row := range r {
				if row.label == w || (!exact && strings.Contains(row.label, w)) {
					return row.value, row.line, true
				}
			}
		}
	}
	return "", "", false
}

// readClassicRecord reads the classic record page: `Label : | value |` rows,
// the Condition | Intervention | Phase table, the arm table, outcomes,
// eligibility and sites.
func readClassicRecord(text string) ([]model.Trial, error) {
	lines := strings.Split(text, "\n")
	rows := readClassicRows(lines)
	var t model.Trial
	if idx := nonEmptyLines(lines, 0); len(idx) > 0 {
		t.Title = strings.Trim(strings.TrimSpace(lines[idx[0]]), "| ")
		t.Note(model.FieldTitle, "first line: "+t.Title)
	}
	if v, line, ok := rows.find("clinicaltrials.gov identifier"); ok {
		t.NCTID = nctPattern.FindString(v)
		t.Note(model.FieldNCTID, line)
	}
	if v, _, ok := rows.find("official title"); ok {
		t.OfficialTitle = v
	}
	if v, line, ok := rows.find("acronym"); ok {
		t.Acronym = v
		t.Note(model.FieldAcronym, line)
	}
	acronymFromTitle(&t)
	if v, line, ok := rows.find("recruitment status", "overall status"); ok {
		if !readStatusText(&t, v, line) {
			t.Warn(model.FieldStatus, fmt.Sprintf("Unknown status %q.", v))
		}
	}
	if v, line, ok := rows.find("enrollment"); ok {
		if n, ok := parseInteger(v); ok {
			t.Enrollment = n
			readEnrollmentType(&t, classicEnrollmentType(line, v))
			t.Note(model.FieldEnrollment, line)
		}
	}
	if v, line, ok := rows.find("sponsor", "lead sponsor"); ok {
		t.Sponsor = v
		t.Note(model.FieldSponsor, line)
	} else if v, line, ok := rows.find("responsible party"); ok {
		t.Sponsor = v
		t.Note(model.FieldSponsor, line)
	}
	readClassicDates(&t, rows)
	if v, line, ok := rows.find("ages eligible for study"); ok {
		readStatedAges(&t, v, line)
	}
	if v, line, ok := rows.find("sexes eligible for study", "genders eligible for study"); ok {
		if sex, ok := rules.ParseSex(v); ok {
			t.Sex = sex
			t.Note(model.FieldSex, line)
		}
	}
	readClassicTable(&t, lines)
	if v, line, ok := rows.find("phase", "study phase"); ok && len(t.Phases) == 0 {
		readPhaseText(&t, v, line)
	}
	readArmTable(&t, lines)
	readClassicOutcomes(&t, lines)
	criteria, _, _ := pageCriteria(lines)
	readCriteria(&t, criteria)
	readClassicSites(&t, lines)
	return []model.Trial{t}, nil
}

// readClassicDates reads the date rows, such as "Actual Study Start Date :
// | October 14, 2019 |" or "Last Verified: | September 2022 |". The first
// row for each date wins: the page repeats some of them, once followed by
// the text of its "Key Record Dates" link.
func readClassicDates(t *model.Trial, rows classicRows) {
	for _, row := range rows {
		f, kind, ok := dateLabel(row.label)
		if !ok || !t.Dates.Of(f).IsZero() || t.Provenance[f] != "" {
			continue
		}
		readDate(t, f, strings.TrimSuffix(row.value, "Key Record Dates"), kind, row.line)
	}
}

// classicEnrollmentType finds the type of an enrollment row: the word its
// label starts with ("Estimated Enrollment") or a word in brackets after
// the count ("10 (Anticipated)").
func classicEnrollmentType(line, value string) string {
	if word, _, ok := strings.Cut(strings.TrimSpace(line), " "); ok {
		if _, known := rules.ParseEnrollmentType(word); known {
			return word
		}
	}
	if open := strings.IndexByte(value, '('); open >= 0 {
		return strings.Trim(value[open:], "() ")
	}
	return ""
}

// readClassicTable reads the Condition | Intervention | Phase table.
func readClassicTable(t *model.Trial, lines []string) {
	for i, l := range lines {
		if !classicTable.MatchString(l) {
			continue
		}
		for _, row := range lines[i+1:] {
			if tableRule.MatchString(row) {
				continue
			}
			cells := strings.Split(row, "|")
			if len(cells) < 3 || strings.TrimSpace(row) == "" || isClassicRow(row) {
				return
			}
			if c := strings.TrimSpace(cells[0]); c != "" {
				t.Conditions = append(t.Conditions, c)
				t.Note(model.FieldConditions, strings.TrimSpace(row))
			}
			for _, iv := range splitInterventions(cells[1]) {
				t.Interventions = append(t.Interventions, model.Intervention{Name: iv})
			}
			if len(t.Interventions) > 0 {
				t.Note(model.FieldInterventions, strings.TrimSpace(row))
			}
			if p := strings.TrimSpace(cells[2]); p != "" && len(t.Phases) == 0 {
				readPhaseText(t, p, strings.TrimSpace(row))
			}
		}
		return
	}
}

// readArmTable reads the Arm | Intervention/treatment table: arm cells
// become arms and intervention cells describe the interventions.
func readArmTable(t *model.Trial, lines []string) {
	start := -1
	for i, l := range lines {
		if armTable.MatchString(l) {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return
	}
	var body []string
	for _, l := range lines[start:] {
		if strings.TrimSpace(l) == "" || outcomeListItem.MatchString(l) || outcomeHeading.MatchString(l) {
			break
		}
		if !tableRule.MatchString(l) {
			body = append(body, l)
		}
	}
	cells := strings.Split(strings.Join(body, "\n"), "|")
	for i := 0; i+1 < len(cells); i += 2 {
		if arm := strings.Join(strings.Fields(cells[i]), " "); arm != "" {
			t.Arms = append(t.Arms, arm)
		}
		describeInterventions(t, cells[i+1])
	}
}

// describeInterventions attaches the text after each known intervention
// name in an arm table cell as that intervention's description.
func describeInterventions(t *model.Trial, cell string) {
	for _, part := range splitInterventions(cell) {
		for k := range t.Interventions {
			iv := &t.Interventions[k]
			if strings.HasPrefix(part, iv.Name) && iv.Description == "" {
				iv.Description = strings.TrimSpace(strings.TrimPrefix(part, iv.Name))
				break
			}
		}
	}
}

// mayOpenOutcomeHeading reports whether a line, without its leading
// spaces, may open with outcomeHeading's "primary", "secondary" or "other"
// (a rune outside ASCII may be the long s).
func mayOpenOutcomeHeading(lead string) bool {
	c := lead[0] | 0x20
	return c == 'p' || c == 's' || c == 'o' || lead[0] >= utf8.RuneSelf
}

// outcomeItem returns what outcomeListItem's group holds in l, a "- "
// item, and lead, l without its leading spaces: the text after the dash
// and its spaces. An item that would be only spaces, or a text with a line
// end, is left to the pattern.
func outcomeItem(lead, l string) (string, bool) {
	if lead[0] != '-' {
		return "", false
	}
	after := lead[1:]
	rest := strings.TrimLeft(after, regexpSpace)
	switch {
	case len(rest) == len(after):
		return "", false
	case rest == "" || strings.IndexByte(rest, '\n') >= 0:
		if m := outcomeListItem.FindStringSubmatch(l); m != nil {
			return m[1], true
		}
		return "", false
	}
	return rest, true
}

// readClassicOutcomes reads the "- measure [ Time Frame: … ]" items. They
// are primary or secondary only where a heading says so.
func readClassicOutcomes(t *model.Trial, lines []string) {
	kind := model.OutcomeUnlabeled
	for _, l := range lines {
		// Both patterns are tried only where the first byte after the
		// spaces can begin them.
		lead := strings.TrimLeft(l, regexpSpace)
		if lead == "" {
			continue
		}
		if mayOpenOutcomeHeading(lead) {
			if m := outcomeHeading.FindStringSubmatch(l); m != nil {
				kind = map[string]model.OutcomeKind{"primary": model.OutcomePrimary, "secondary": model.OutcomeSecondary}[strings.ToLower(m[1])]
				continue
			}
		}
		if mayOpenCriteria(l) && criteriaStart.MatchString(l) {
			return
		}
		if item, ok := outcomeItem(lead, l); ok && strings.Contains(item, "Time Frame") {
			t.Outcomes = append(t.Outcomes, model.Outcome{Kind: kind, Measure: strings.TrimSpace(item)})
		}
	}
	if len(t.Outcomes) > 0 {
		t.Note(model.FieldOutcomes, model.Count(len(t.Outcomes), "\"Time Frame\" item"))
	}
}

// endsWithSiteStatus reports whether a line ends with a status and a "|",
// which every "Facility | Status |" row does: a cheap test before the
// pattern.
func endsWithSiteStatus(l string) bool {
	rest, ok := strings.CutSuffix(strings.TrimRight(l, regexpSpace), "|")
	rest = strings.TrimRight(rest, regexpSpace)
	return ok && slices.ContainsFunc(siteStatuses, func(s string) bool { return strings.HasSuffix(rest, s) })
}

// readClassicSites reads "Facility | Status |" rows and the address row
// after each.
func readClassicSites(t *model.Trial, lines []string) {
	for i, l := range lines {
		if strings.Count(l, "|") < 2 || !endsWithSiteStatus(l) {
			continue
		}
		m := matchSiteWithStatus(l)
		if m == nil || i+1 >= len(lines) {
			continue
		}
		loc := model.Location{Facility: m[1], Status: m[2]}
		if a := matchAddressRow(lines[i+1]); a != nil {
			parts := splitList(a[1], ",")
			if len(parts) > 0 {
				loc.City = parts[0]
			}
			for j := len(parts) - 1; j > 0; j-- {
				if !strings.ContainsAny(parts[j], "0123456789") {
					loc.Country = parts[j]
					break
				}
			}
		}
		t.Locations = append(t.Locations, loc)
	}
	if n := len(t.Locations); n > 0 {
		t.Note(model.FieldLocations, fmt.Sprintf("%d \"Facility | Status |\" rows", n))
	}
}
