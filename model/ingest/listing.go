package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

var (
	listingDate = regexp.MustCompile(`^\d{1,2} [A-Z][a-z]+ \d{4}$`)
)

// isTrialFinder reports whether text is a trial-finder listing page: its
// sections are "Overview", "Eligibility" and "Study details".
func isTrialFinder(text string) bool {
	if !strings.Contains(text, "Study details") || !strings.Contains(text, "Eligibility") {
		// Both sections are lines of their own; most pages hold neither.
		return false
	}
	found := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		if name, ok := listingSectionName(l); ok {
			found[name] = true
		}
	}
	return found["Eligibility"] && found["Study details"] && (found["Overview"] || found["Description"])
}

// readTrialFinder reads a listing page: the title (shown twice), a header
// block of status, ages, sex and phase, the Overview, Description and
// Eligibility sections, and "Study details" with conditions, the NCT number,
// the sponsor and a date.
func readTrialFinder(text string) ([]model.Trial, error) {
	lines := strings.Split(text, "\n")
	var t model.Trial
	idx := nonEmptyLines(lines, 0)
	k := 0
	if k < len(idx) && strings.EqualFold(strings.TrimSpace(lines[idx[k]]), "Image") {
		k++
	}
	if k < len(idx) {
		t.Title = strings.TrimSpace(lines[idx[k]])
		t.Note(model.FieldTitle, "first line: "+t.Title)
		k++
		if k < len(idx) && strings.TrimSpace(lines[idx[k]]) == t.Title {
			k++
		}
	}
	if k < len(idx) {
		readListingHeader(&t, lines, idx[k])
	}
	sections := listingSections(lines)
	t.Summary = strings.TrimSpace(strings.Join(sections["Overview"], "\n") + "\n\n" + strings.Join(sections["Description"], "\n"))
	t.Note(model.FieldSummary, "Overview and Description sections")
	// The criteria's reader changes the lines it is given.
	criteria, _, _ := pageCriteria(slices.Clone(sections["Eligibility"]))
	readCriteria(&t, criteria)
	readStudyDetails(&t, sections["Study details"])
	return []model.Trial{t}, nil
}

// readListingHeader reads the lines after the title up to a blank line; each
// is a status, an age range, a sex or a phase.
func readListingHeader(t *model.Trial, lines []string, from int) {
	for _, raw := range lines[from:] {
		l := strings.TrimSpace(raw)
		if _, section := listingSectionName(l); l == "" || section {
			return
		}
		label := "header: " + l
		if readStatusText(t, l, label) {
			continue
		}
		if sex, ok := rules.ParseSex(l); ok {
			t.Sex = sex
			t.Note(model.FieldSex, label)
			continue
		}
		if phases, ok := rules.ParsePhases(l); ok {
			t.Phases = phases
			t.Note(model.FieldPhases, label)
			continue
		}
		if r, ok := rules.ParseAgeRange(l); ok {
			t.Ages = r
			t.Note(model.FieldAges, label)
		}
	}
}

// listingSectionName returns the section heading a line is, as
// listingSection finds it in the trimmed line: the trimmed line is one of
// the headings.
func listingSectionName(l string) (string, bool) {
	switch name := strings.TrimSpace(l); name {
	case "Overview", "Description", "Eligibility", "Study details":
		return name, true
	}
	return "", false
}

// listingSections returns each section's lines, keyed by its heading.
func listingSections(lines []string) map[string][]string {
	sections := map[string][]string{}
	name, start := "", 0
	flush := func(end int) {
		if name != "" {
			sections[name] = lines[start:end]
		}
	}
	for i, l := range lines {
		if section, ok := listingSectionName(l); ok {
			if _, seen := sections[section]; !seen {
				flush(i)
				name, start = section, i+1
			}
		}
	}
	flush(len(lines))
	return sections
}

// readStudyDetails reads the indented condition lines, then the NCT number,
// the sponsor on the line after it and the date. The page gives that date
// no label; it stands where such pages put the date the listing was last
// updated, and is read as the last update.
func readStudyDetails(t *model.Trial, lines []string) {
	i := 0
	for ; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "" {
			if len(t.Conditions) > 0 {
				break
			}
			continue
		}
		if !strings.HasPrefix(l, " ") && !strings.HasPrefix(l, "\t") {
			break
		}
		t.Conditions = append(t.Conditions, strings.TrimSpace(l))
	}
	if len(t.Conditions) > 0 {
		t.Note(model.FieldConditions, "Study details: "+strings.Join(t.Conditions, "; "))
	}
	rest := nonEmptyLines(lines, i)
	for j, n := range rest {
		l := strings.TrimSpace(lines[n])
		if rules.IsBoilerplate(l) {
			return
		}
		if listingDate.MatchString(l) && t.NCTID != "" && t.Provenance[model.FieldLastUpdate] == "" {
			readDate(t, model.FieldLastUpdate, l, "", "Study details, the unlabelled date after the NCT number and sponsor, read as the page's last update: "+l)
			continue
		}
		if nct := nctPattern.FindString(l); nct != "" && l == nct && t.NCTID == "" {
			t.NCTID = nct
			t.Note(model.FieldNCTID, "Study details: "+l)
			if j+1 < len(rest) {
				next := strings.TrimSpace(lines[rest[j+1]])
				if !listingDate.MatchString(next) && !rules.IsBoilerplate(next) {
					t.Sponsor = next
					t.Note(model.FieldSponsor, fmt.Sprintf("Study details, the line after %s: %s", nct, next))
				}
			}
		}
	}
}
