package eligibility

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/rules"
)

var (
	// capitalHeading is a heading in capitals on a line of its own, as
	// older records write them: "DISEASE CHARACTERISTICS:", "PRIOR
	// CONCURRENT THERAPY:".
	capitalHeading = regexp.MustCompile(`^\s*(?:[-*•]\s*)?([A-Z][A-Z0-9 /&,()'-]{3,60}[A-Z)])\s*:\s*(.*)$`)
	// subHeading is a sub-heading on a line of its own: "Age:",
	// "Performance status:", "Hepatic:".
	subHeading = regexp.MustCompile(`^\s*(?:[-*•]\s*)?([A-Z][A-Za-z0-9 /&,()'-]{1,40}?)\s*:\s*$`)
	// inlineCapitalHeading finds a capital heading inside a paragraph.
	inlineCapitalHeading = regexp.MustCompile(`(?:^|\s)([A-Z][A-Z /&-]{5,}[A-Z]):\s`)
	// inlineSubHeading finds the sub-headings older records use inside a
	// paragraph: "… Age: 1 to 21 Performance status: …".
	inlineSubHeading = regexp.MustCompile(`(?:^|\s)((?:Age|Sex|Performance status|Life expectancy|Hematopoietic|Hematologic|Haematologic|Hepatic|Renal|Cardiovascular|Cardiac|Pulmonary|Neurologic|Other|Biologic therapy|Chemotherapy|Endocrine therapy|Radiotherapy|Surgery|Immunotherapy|Prior therapy|Concurrent therapy|Menopausal status)):\s`)
	// notSpecified is an item that states nothing.
	notSpecified = regexp.MustCompile(`(?i)^\s*(?:not\s+specified|see\s+disease\s+characteristics|n/?a|none)\s*\.?\s*$`)
)

// SplitEligibility splits an eligibility text into inclusion and
// exclusion criteria, also where rules.SplitCriteria finds no inclusion
// or exclusion heading: older records list every requirement under
// headings in capitals ("DISEASE CHARACTERISTICS:", "PATIENT
// CHARACTERISTICS:", "PRIOR CONCURRENT THERAPY:") and sub-headings ("Age:",
// "Hepatic:"), all of them to be met; each item then leads with its
// sub-heading ("Hepatic: Bilirubin less than 1.5 mg/dL"). Items that are
// paragraphs holding such headings are split at them (see ResplitItems).
func SplitEligibility(text string) (inclusion, exclusion []string) {
	c := rules.SplitCriteria(text)
	inc, exc, headed := splitAtHeadingLines(text)
	if headed && (nonInclusionHeading.MatchString(text) || len(inc)+len(exc) > len(c.Inclusion)+len(c.Exclusion)+1) {
		// rules.SplitCriteria left items out (a list before a sentence it
		// took for a heading) or took "Non-inclusion criteria" for no
		// heading at all.
		return ResplitItems(inc), ResplitItems(exc)
	}
	if c.Split {
		return ResplitItems(c.Inclusion), ResplitItems(c.Exclusion)
	}
	if hasCapitalHeadings(text) {
		return splitByHeadings(text), nil
	}
	return ResplitItems(rules.CriteriaItems(text)), nil
}

// hasCapitalHeadings reports whether a text has a capital heading on a
// line of its own or inside a paragraph.
func hasCapitalHeadings(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		if m := capitalHeading.FindStringSubmatch(l); m != nil && isCapitalHeading(m[1]) {
			return true
		}
	}
	return inlineCapitalHeading.MatchString(text)
}

// isCapitalHeading reports whether words in capitals are a heading rather
// than an abbreviation ("CNS", "ALT").
func isCapitalHeading(h string) bool {
	letters := 0
	for _, r := range h {
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 6 && strings.Contains(strings.TrimSpace(h), " ") || letters >= 10
}

// splitByHeadings reads a text whose sections open with capital headings,
// each item led by its sub-heading.
func splitByHeadings(text string) []string {
	var out []string
	var block []string
	sub := ""
	flush := func() {
		if len(block) == 0 {
			return
		}
		for _, it := range bulletItems(block) {
			if notSpecified.MatchString(it) {
				continue
			}
			if sub != "" {
				it = sub + ": " + it
			}
			out = append(out, it)
		}
		block = nil
	}
	for _, l := range strings.Split(splitInlineHeadings(text), "\n") {
		if m := capitalHeading.FindStringSubmatch(l); m != nil && isCapitalHeading(m[1]) {
			flush()
			sub = ""
			if rest := strings.TrimSpace(m[2]); rest != "" {
				block = append(block, rest)
			}
			continue
		}
		if m := subHeading.FindStringSubmatch(l); m != nil && len(strings.Fields(m[1])) <= 4 {
			flush()
			sub = strings.TrimSpace(m[1])
			continue
		}
		block = append(block, l)
	}
	flush()
	return out
}

// bulletMark opens an item of a list: "-  Age: …", "* Hepatic", "• …".
var bulletMark = regexp.MustCompile(`^\s*(?:[-*•]|\d{1,2}[.)])\s+`)

// runOnConjunction ends an item that runs on into the next: "ECOG 0-2
// OR" before "Karnofsky 70-100%".
var runOnConjunction = regexp.MustCompile(`(?i)\s(?:or|and|and/or)\s*$`)

// bulletItems reads the lines of a section as items: where they carry
// list marks, each mark at the outer indentation opens an item, a deeper
// mark opens a sub-item of it ("\n  • ") and other lines continue it; an
// item "Performance status: Older than 10 years" heads nothing, and an
// item ending in "OR" runs on into the next. Lines without marks are read
// by rules.CriteriaItems.
func bulletItems(lines []string) []string {
	outer := -1
	for _, l := range lines {
		if loc := bulletMark.FindStringIndex(l); loc != nil {
			in := len(l) - len(strings.TrimLeft(l, " \t"))
			if outer < 0 || in < outer {
				outer = in
			}
		}
	}
	if outer < 0 {
		return rules.CriteriaItems(strings.Join(lines, "\n"))
	}
	var out []string
	runOn := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		loc := bulletMark.FindStringIndex(l)
		switch {
		case loc == nil && len(out) > 0:
			out[len(out)-1] += " " + t
		case loc == nil:
			out = append(out, t)
		case len(out) > 0 && (runOn || len(l)-len(strings.TrimLeft(l, " \t")) > outer):
			sep := "\n  • "
			if runOn {
				sep = " "
			}
			out[len(out)-1] += sep + strings.TrimSpace(l[loc[1]:])
		default:
			out = append(out, strings.TrimSpace(l[loc[1]:]))
		}
		runOn = len(out) > 0 && runOnConjunction.MatchString(out[len(out)-1])
	}
	var items []string
	for _, it := range out {
		if strings.Trim(it, " -*•") != "" {
			items = append(items, it)
		}
	}
	return items
}

// splitInlineHeadings puts each capital heading and known sub-heading of
// a paragraph on a line of its own.
func splitInlineHeadings(text string) string {
	text = inlineCapitalHeading.ReplaceAllStringFunc(text, func(s string) string {
		m := inlineCapitalHeading.FindStringSubmatch(s)
		if !isCapitalHeading(m[1]) {
			return s
		}
		return "\n" + m[1] + ":\n"
	})
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if subHeading.MatchString(l) {
			continue // a sub-heading already on a line of its own
		}
		if loc := bulletMark.FindStringIndex(l); loc != nil {
			// "-  Age: Over 6 months …": an item led by its sub-heading
			// stays one item; later sub-headings in it split it.
			head := l[:loc[1]]
			if m := inlineSubHeading.FindStringSubmatchIndex(" " + l[loc[1]:]); m != nil && m[0] == 0 {
				head = l[:loc[1]+m[1]-1]
			}
			lines[i] = head + inlineSubHeading.ReplaceAllString(l[len(head):], "\n$1:\n")
			continue
		}
		lines[i] = inlineSubHeading.ReplaceAllString(l, "\n$1:\n")
	}
	return strings.Join(lines, "\n")
}

// trailingSubsection is the heading of a sub-section at the end of an
// item: "… Inclusion criteria specific for the epratuzumab
// randomization".
var trailingSubsection = regexp.MustCompile(`(?i)\s+((?:inclusion|exclusion|eligibility)\s+criteria\s+(?:specific\s+)?(?:for|of|to)\s+[^.;:]{3,80}?)\s*:?\s*$`)

// ResplitItems splits criteria that are paragraphs holding capital
// headings ("… PATIENT CHARACTERISTICS: Age: …") at them, and parts the
// heading of a sub-section an item ran into from it; other items stay
// as they are, their sentences read together, so that an exception in a
// later sentence keeps its place.
func ResplitItems(items []string) []string {
	var out []string
	for _, it := range items {
		// "… except trials for primary ALL Inclusion criteria specific for
		// the epratuzumab randomization": a heading the list ran into.
		if loc := trailingSubsection.FindStringSubmatchIndex(it); loc != nil && !strings.Contains(it, "\n") {
			out = append(out, strings.TrimSpace(it[:loc[0]]), strings.TrimSpace(it[loc[2]:loc[3]])+":")
			continue
		}
		if !inlineCapitalHeading.MatchString(it) || strings.Contains(it, "\n  • ") {
			out = append(out, it)
			continue
		}
		out = append(out, splitByHeadings(it)...)
	}
	return out
}

var (
	// nonInclusionHeading opens the exclusions in French style:
	// "Non-inclusion criteria:".
	nonInclusionHeading = regexp.MustCompile(`(?im)^\s*(?:[-*•]\s*)?(?:non[- ]?inclusion\s+criteri(?:a|on)|criteri(?:a|on)\s+(?:of|for)\s+non[- ]?inclusion)\s*:?\s*$`)
	// followingCriteria opens the inclusions with a sentence: "For
	// inclusion in the study subjects should fulfill the following
	// criteria:".
	followingCriteria = regexp.MustCompile(`(?i)\b(?:inclusion|includ\w*|eligib\w*|fulfil+|meet|satisfy)\b.*\bfollowing\s+criteri(?:a|on)\s*:\s*$`)
	// criterionReference names a criterion by its number: "Inclusion
	// criteria 13 is only for …" is no heading.
	criterionReference = regexp.MustCompile(`(?i)\bcriteri(?:a|on)\s*(?:#|no\.?\s*)?\d`)
	// longHeading is a heading with a long title: "(A) INCLUSION CRITERIA
	// - STRATUM A PARTICIPANTS ONLY:", "INCLUSION CRITERIA - OVERALL STUDY
	// - ALL PARTICIPANTS:".
	longHeading = regexp.MustCompile(`(?i)^\s*(?:\(\w{1,3}\)\s*)?(?:[\w/-]+\s+){0,4}(inclusion|exclusion)\s+criteri(?:a|on)\b([^.:]{0,80}?)(?::\s*(.*))?$`)
	// partOfTrial names a part of the trial in a heading: "stratum A",
	// "cohort 2", "arm B".
	partOfTrial = regexp.MustCompile(`(?i)\b(?:strat(?:um|a)|cohorts?|arms?|parts?|groups?|phases?|sub[- ]?stud(?:y|ies)|steps?|randomi[sz]ation|dose[- ](?:escalation|expansion))\b`)
)

// splitAtHeadingLines splits a text at every line that is a criteria
// heading (rules.CriteriaHeadingOf, "Non-inclusion criteria:", "… the
// following criteria:"); what comes before the first heading is read as
// inclusions. headed reports whether it found a heading.
func splitAtHeadingLines(text string) (inclusion, exclusion []string, headed bool) {
	current := &inclusion
	var block []string
	flush := func() {
		*current = append(*current, rules.CriteriaItems(strings.Join(block, "\n"))...)
		block = nil
	}
	for _, l := range strings.Split(text, "\n") {
		kind, rest, ok := headingOf(l)
		if !ok {
			block = append(block, l)
			continue
		}
		flush()
		headed = true
		current = &inclusion
		if kind == rules.KindExclusion {
			current = &exclusion
		}
		if title := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l), rest)); partOfTrial.MatchString(title) {
			// The heading of one stratum or cohort leads its items, so
			// that they are read as that part's only.
			*current = append(*current, strings.TrimRight(title, ": ")+":")
		}
		if rest != "" {
			block = append(block, rest)
		}
	}
	flush()
	return inclusion, exclusion, headed
}

// headingOf reads a line as a criteria heading.
func headingOf(line string) (rules.CriteriaKind, string, bool) {
	switch {
	case criterionReference.MatchString(line):
		return "", "", false
	case nonInclusionHeading.MatchString(line):
		return rules.KindExclusion, "", true
	case followingCriteria.MatchString(line) && len(line) < 160:
		return rules.KindInclusion, "", true
	}
	if m := longHeading.FindStringSubmatch(line); m != nil && (m[3] != "" || !strings.Contains(m[2], " ") || strings.HasSuffix(strings.TrimSpace(line), ":") || len(m[2]) < 40) {
		kind := rules.KindInclusion
		if strings.EqualFold(m[1], "exclusion") {
			kind = rules.KindExclusion
		}
		return kind, strings.TrimSpace(m[3]), true
	}
	return rules.CriteriaHeadingOf(line)
}
