package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/rules"
)

var (
	// listLine opens a list item: a bullet or a number.
	listLine = regexp.MustCompile(`^(?:[` + rules.Bullets + `]|[-–—*+](?:\s|$)|\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]\s)`)
	// doubleBullet is "- - Item" or "- • 1. Item": one item with two marks.
	doubleBullet = regexp.MustCompile(`^(\s*)[-*•]\s+(?:[-*•]\s+)+(?:\d{1,2}\.\s+)?`)
	// loneBullet is a line that holds only bullets, before a numbered sub-item.
	loneBullet = regexp.MustCompile(`^\s*(?:[-*•]\s*)+$`)
	numbered   = regexp.MustCompile(`^\s*\d{1,2}[.)]\s`)
)

// criteriaSection is one list a page gives under a criteria heading.
type criteriaSection struct {
	kind  rules.CriteriaKind
	lines []string
	// from and to are the lines the heading and list take.
	from, to int
}

// pageCriteria finds a page's criteria lists under headings in any wording
// and returns them as text model.SplitCriteria reads, with plain
// "Inclusion Criteria:" and "Exclusion Criteria:" headings; skip marks the
// lines the lists took. found is true when the page has a criteria heading,
// even over an empty list. A bulleted or numbered eligibility list is the
// inclusion list; prose under an eligibility heading is not a list and
// stays in the page's text.
func pageCriteria(lines []string) (text string, skip []bool, found bool) {
	lines = unglueRowNumbers(lines)
	skip = make([]bool, len(lines))
	var sections []criteriaSection
	for i := 0; i < len(lines); i++ {
		kind, rest, ok := rules.CriteriaHeadingOf(lines[i])
		if !ok {
			continue
		}
		if k, r, sub := rules.CriteriaHeadingOf(rest); sub && rest != "" {
			// A heading over both lists that names the first after it:
			// "Key inclusion/exclusion criteria: Inclusion:".
			kind, rest = k, r
		}
		found = true
		body := []string{}
		if rest != "" {
			body = append(body, rest)
		}
		first := i + 1
		if rest == "" {
			first = pastColumnHeader(lines, first)
		}
		end := sectionEnd(lines, first, rest != "")
		if tableOfContents(lines, i, end) {
			// "4. Criterios de exclusión" / "5. Pruebas iniciales": the
			// headings of a document's contents, with no items.
			i = end - 1
			continue
		}
		body = append(body, lines[first:end]...)
		sections = append(sections, criteriaSection{kind: kind, lines: body, from: i, to: end})
		i = end - 1
	}
	if len(sections) == 0 {
		if from, to, ok := unheadedEligibility(lines); ok {
			sections = append(sections, criteriaSection{kind: rules.KindInclusion, lines: lines[from:to], from: from, to: to})
		} else if at, ok := unheadedRequirements(lines); ok {
			sections = append(sections, criteriaSection{kind: rules.KindEligibility, lines: lines[at : at+1], from: at, to: at + 1})
		}
	}
	sections = withoutIntroSections(splitBothKinds(sections))
	var b strings.Builder
	writeSections(&b, sections, skip)
	if b.Len() == 0 && len(sections) > 0 {
		// The page's headings held prose, no list ("Czy mogę wziąć udział
		// w badaniu?" over a paragraph): its list may stand below without
		// a heading of its own.
		if from, to, ok := unheadedEligibility(lines); ok {
			writeSections(&b, []criteriaSection{{kind: rules.KindInclusion, lines: lines[from:to], from: from, to: to}}, skip)
		}
	}
	return b.String(), skip, found
}

// writeSections writes the lists of the sections to b, under plain
// "Inclusion Criteria:" and "Exclusion Criteria:" headings, and marks the
// lines they took in skip. An eligibility section of prose with no list is
// left out.
func writeSections(b *strings.Builder, sections []criteriaSection, skip []bool) {
	for _, s := range sections {
		if s.kind == rules.KindEligibility {
			s.lines = eligibilityList(s.lines)
		}
		body := listBody(s.lines)
		if s.kind == rules.KindEligibility && !listLine.MatchString(strings.TrimSpace(body)) {
			items := paragraphItems(s.lines)
			if items == nil {
				continue
			}
			body = listBody(items)
		}
		for j := s.from; j < s.to; j++ {
			skip[j] = true
		}
		if strings.TrimSpace(body) == "" {
			continue
		}
		if s.kind == rules.KindExclusion {
			b.WriteString("Exclusion Criteria:\n")
		} else {
			b.WriteString("Inclusion Criteria:\n")
		}
		b.WriteString(body)
		b.WriteString("\n")
	}
}

// withoutIntroSections drops a section of prose with no list under a
// heading that a heading of the same kind follows at once, the list's own:
// "Who can participate?" / "Participating in research is a personal
// decision. …" / "You may be able to participate if:" / "- …". The prose
// introduces the list; it is no criterion.
func withoutIntroSections(sections []criteriaSection) []criteriaSection {
	out := sections[:0]
	for i, s := range sections {
		if i+1 < len(sections) && sections[i+1].kind == s.kind && sections[i+1].from == s.to && firstMark(s.lines) == 0 && firstMark(sections[i+1].lines) != 0 {
			continue
		}
		out = append(out, s)
	}
	return out
}

// mustWord is the word of a clause that states a requirement.
var mustWord = regexp.MustCompile(`(?i)\bmust\b`)

// unheadedRequirements finds, on a page with no criteria heading, a
// paragraph that runs the patient's requirements together with semicolons,
// most of its clauses saying what the patient must or must not have
// ("Participant must have bone metastasis …; Participants must not have a
// history of …"): a hospital's trial page that gives its criteria without
// a heading. It returns the paragraph's line.
func unheadedRequirements(lines []string) (int, bool) {
	for i, l := range lines {
		if strings.Count(l, "; ") < minParagraphItems-1 {
			continue
		}
		clauses := strings.Split(l, ";")
		must := 0
		for _, c := range clauses {
			if mustWord.MatchString(c) {
				must++
			}
		}
		if must >= minParagraphItems-1 && 2*must >= len(clauses) {
			return i, true
		}
	}
	return 0, false
}

// unheadedEligibility finds, on a page with no criteria heading, the
// bulleted or numbered list one of whose items states the patient's age
// ("• Age 1-17 years.", "2. 年龄≥18 岁"): the eligibility list a trial
// finder shows without a heading. It returns the list's first line and the
// line after it. A list with no such item (outcomes, a treatment plan) is
// no criteria list, nor is a list of labelled facts.
func unheadedEligibility(lines []string) (from, to int, ok bool) {
	for i := 0; i < len(lines); {
		if !listLine.MatchString(strings.TrimSpace(lines[i])) {
			i++
			continue
		}
		end := i
		var items []string
		number := 0
		for j := i; j < len(lines); j++ {
			l := strings.TrimSpace(lines[j])
			if l == "" {
				continue
			}
			loc := listLine.FindStringIndex(l)
			if loc == nil {
				// Unmarked lines inside an item ("For myeloma patients,
				// also:" / "a) …") go on until the next number.
				if next := nextNumbered(lines, j, number+1); number > 0 && next > j {
					j = next - 1
					continue
				}
				break
			}
			if n := leadingNumber(l); n > 0 {
				if n == 1 && number > 1 {
					// The numbering starts again: another list.
					break
				}
				number = n
			}
			items = append(items, strings.TrimSpace(l[loc[1]:]))
			end = j + 1
		}
		if _, _, aged := rules.AgeFromCriteriaInLanguages(items); aged && !mostlyLabelled(items) {
			return i, end, true
		}
		i = end
	}
	return 0, 0, false
}

// A paragraph of prose is at least minProseWords words and proseBytes
// bytes; an item line shorter than shortItemBytes was not wrapped.
const (
	proseBytes     = 60
	shortItemBytes = 60
)

// opensProse reports whether an unmarked line right below a list item
// opens a paragraph of prose after the list ("- No prior systemic
// therapy" / "The trial was designed to enroll 600 patients …"), not the
// rest of a wrapped item or a note to it: the item's line is short, so it
// was not wrapped, and ends with no punctuation, as a phrase does ("7.
// M1 marrow after induction." / "If the blood shows …" is a note), and the
// line is a long sentence that opens with a capital.
func opensProse(previous, line string) bool {
	if len(line) < proseBytes {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(line); !unicode.IsUpper(r) {
		return false
	}
	previous = strings.TrimSpace(previous)
	return previous != "" && len(previous) < shortItemBytes && !strings.ContainsAny(previous[len(previous)-1:], ".;:,!?") &&
		listLine.MatchString(previous) && len(strings.Fields(line)) >= minProseWords
}

// isItemNote reports whether a paragraph is a note on the item above it,
// in square brackets or led by "Note": "[Note: Lymphomas will be
// categorized …]". The list goes on below it.
func isItemNote(l string) bool {
	return strings.HasPrefix(l, "[") || len(l) > 5 && strings.EqualFold(l[:5], "note:") || len(l) > 6 && strings.EqualFold(l[:6], "(note ")
}

// maxCapsHeading is the most words a heading in capitals holds.
const maxCapsHeading = 4

// isCapsHeading reports whether a line is a section heading written in
// capitals: "PROTOCOL", "CURRENT STATUS". A word of three letters or fewer
// ("ALL", "AND") may be an item's text.
func isCapsHeading(l string) bool {
	if len(l) < 4 {
		return false
	}
	for _, r := range l {
		if r != ' ' && !unicode.IsUpper(r) {
			return false
		}
	}
	return len(strings.Fields(l)) <= maxCapsHeading
}

// eligibilityList returns the list under an eligibility heading without
// what a page puts above it: labelled facts ("Age: up to 17 months"),
// which the page's labels state, and one line that sums up who may take
// part ("Participants that are ≤8 years old with NF1"). Neither is an item
// of the list. Lines with no list right below them are returned as they
// are.
func eligibilityList(lines []string) []string {
	summary := -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case listLine.MatchString(t):
			if summary >= 0 {
				return lines[summary+1:]
			}
			return lines[i:]
		case summary < 0 && labelledItem.MatchString(t):
		case summary < 0:
			summary = i
		default:
			return lines
		}
	}
	return lines
}

// tableOfContents reports whether the heading at lines[i], numbered as a
// document's section ("4. Exclusion criteria"), stands in a table of
// contents: the lines after it, up to end, go on with the sections'
// numbers ("5. Initial tests", "5.1. …").
func tableOfContents(lines []string, i, end int) bool {
	n := leadingNumber(strings.TrimSpace(lines[i]))
	next := nextNonBlank(lines, i+1)
	if n == 0 || next < 0 || next >= end {
		return false
	}
	return leadingNumber(strings.TrimSpace(lines[next])) == n+1
}

// maxUnmarkedRun is the most lines an unheaded list's item runs on for
// without a mark before the list's next number.
const maxUnmarkedRun = 30

// nextNumbered returns the line, within maxUnmarkedRun lines after from,
// that opens with the number want ("4. ECOG …"), or -1.
func nextNumbered(lines []string, from, want int) int {
	for j := from; j < len(lines) && j <= from+maxUnmarkedRun; j++ {
		if leadingNumber(strings.TrimSpace(lines[j])) == want {
			return j
		}
	}
	return -1
}

// leadingNumber returns the number a list item opens with ("4. ", "4) "),
// or 0.
func leadingNumber(l string) int {
	n := 0
	for _, c := range []byte(itemDigits(l)) {
		n = n*10 + int(c-'0')
	}
	return n
}

// itemDigits returns the digits of the number a line opens with as a list
// item's, one or two followed by "." or ")" and a space ("4. ", "12) "),
// or "".
func itemDigits(l string) string {
	i := 0
	for i < len(l) && i < 2 && isDigitByte(l[i]) {
		i++
	}
	if i == 0 || i+1 >= len(l) || l[i] != '.' && l[i] != ')' || !unicode.IsSpace(rune(l[i+1])) {
		return ""
	}
	return l[:i]
}

// labelledItem is a list item that opens with a short label: "Length:
// Regular check-ups for up to 5 years".
var labelledItem = regexp.MustCompile(`^\p{Lu}[\p{L} ]{0,20}:\s`)

// mostlyLabelled reports whether half or more of a list's items open with
// a label: a summary of a study's facts ("Length: …", "Visits: …",
// "Eligibility: under 22 years old"), not a list of criteria.
func mostlyLabelled(items []string) bool {
	n := 0
	for _, it := range items {
		if labelledItem.MatchString(it) {
			n++
		}
	}
	return len(items) > 1 && 2*n >= len(items)
}

// sectionEnd returns the line after a criteria list that starts at from:
// the next heading, a registry's next numbered section, page boilerplate, a question ("What will happen?"),
// a listing's bare tag below the list ("Phase III", "NCT02176967"), a
// section heading in capitals below it ("PROTOCOL"), a paragraph of prose
// right below a short item (opensProse),
// a labelled value below a list whose text stood on its heading's line,
// prose after a blank line below a bulleted list (unless it opens as the
// line that asked for one of the options above does), or a line of one or
// two words below an unbulleted one, unless it opens the list ("Your
// child:").
func sectionEnd(lines []string, from int, started bool) int {
	marked, blank := false, false
	// rowText is set when the heading's line held the list's text, as a
	// table's row does.
	rowText := started
	// leadIn is the last unmarked line that asked for one of the options
	// below it: a paragraph that opens as it does is the list's next item.
	leadIn := ""
	for i := from; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			blank = true
			continue
		}
		if _, _, ok := rules.CriteriaHeadingOf(l); ok || rules.IsBoilerplate(l) || rules.IsRegistrySection(l) {
			return i
		}
		if isWidgetSign(l) {
			continue
		}
		item := listLine.MatchString(l)
		if !item && rules.AsksForOneOf(l) {
			leadIn = l
		}
		switch {
		case strings.HasSuffix(l, "?"), marked && (rules.IsTagLine(l) || isCapsHeading(l)):
			return i
		case rowText && !marked && isLabelRow(l):
			// The next row of a table copied as text: "Minimum age 1
			// Year" below "Key inclusion criteria Relapsed B-ALL; …".
			return i
		case started && marked && blank && !item && !strings.HasSuffix(l, ":") && !continuesOptionsList(leadIn, l) && !isItemNote(l):
			return i
		case !marked && !item && titleWords(l) < 3 && !endsAsItem(l) && !opensItems(lines, i) && !rules.ContinuesItem(lines[i-1], l):
			return i
		case marked && !blank && !item && opensProse(lines[i-1], l):
			return i
		}
		marked = marked || item
		started, blank = true, false
	}
	return len(lines)
}

// endsAsItem reports whether a short unmarked line ends as a list's item
// does, with a full stop or a semicolon ("Pregnancy.", "Relapsed B-ALL;"),
// which a heading does not: the list goes on.
func endsAsItem(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(l)
	return strings.ContainsRune(".;。；", r)
}

// listBody tidies a list for model.CriteriaItems: markdown escapes and a
// table row's bars go,
// doubled bullets become one, "--" marks a sub-item, a lone bullet before a numbered line makes
// that line a sub-item, and so does a bulleted item ending with ":" for the
// numbered lines below it, and each marked line under an unmarked line
// that asks for one of them (nestedOptions), a lead-in paragraph above the
// items goes, and
// inline items go on lines of their own, whether numbered or run together
// with "; " or " - " or each opening with "Must", and a line that continues
// an item's sentence joins it.
func listBody(lines []string) string {
	lines = nestedOptions(lines)
	var out []string
	// underLeadIn is true after a bulleted item that ends with ":", whose
	// numbered lines are its sub-items, up to the next bulleted item.
	underLeadIn := false
	dotted := firstMark(lines) == '•'
	for i := 0; i < len(lines); i++ {
		l := rules.Unescape(tableRow(lines[i]))
		if t := strings.TrimSpace(l); dotted && t != "" && strings.ContainsRune(subBullets, firstRune(t)) {
			// Under "•" items, "‣" and "⁃" mark their sub-items.
			out = append(out, "   "+t)
			continue
		}
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "-- ") {
			// Under "-" items, "--" marks their sub-items.
			out = append(out, "   - "+strings.TrimSpace(t[3:]))
			continue
		}
		if !startsWithBullet(l) {
			if isWidgetSign(l) {
				continue
			}
			if underLeadIn && numbered.MatchString(l) {
				l = "   " + strings.TrimSpace(l)
			}
			out = append(out, l)
			continue
		}
		underLeadIn = strings.HasSuffix(strings.TrimSpace(l), ":")
		if loneBullet.MatchString(l) {
			if i+1 < len(lines) && numbered.MatchString(lines[i+1]) {
				lines[i+1] = "   " + strings.TrimSpace(lines[i+1])
			}
			continue
		}
		if mayHaveDoubleBullet(l) {
			l = doubleBullet.ReplaceAllString(l, "$1- ")
		}
		out = append(out, l)
	}
	for len(out) > 1 && strings.TrimSpace(out[0]) == "" {
		out = out[1:]
	}
	body := rules.JoinContinuedItems(strings.Join(withoutLeadIn(out), "\n"))
	return rules.SplitRunOnItems(rules.SplitInlineItems(rules.SplitSeparatedItems(body)))
}

// subBullets are the marks that, in a list of "•" items, mark sub-items:
// "• One of the following:" / "‣ Relapse after HSCT" / "⁃ Refractory".
const subBullets = "‣⁃∙◦"

// firstMark returns the mark of a list's first item, 0 when it has none.
func firstMark(lines []string) rune {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t != "" && listLine.MatchString(t) {
			return firstRune(t)
		}
	}
	return 0
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// leadInWords mark a paragraph that introduces a list: "The patient must
// meet the following criteria", "… children and young adults who:",
// "Adult men and women who are", "以下のすべてに該当する方" (all of the
// following).
var leadInWords = regexp.MustCompile(`(?i)\b(?:criteria|following|must meet)\b|:\s*$|\bwho(?:\s+(?:are|have|must|can))?\s*$|^(?:以下の|下列)`)

// allOfTheItems is a lead-in that asks for every item below it.
var allOfTheItems = regexp.MustCompile(`(?i)\ball (?:of )?(?:the following|these)\b`)

// withoutLeadIn drops the unbulleted paragraph that introduces a bulleted
// or numbered list, when its last line reads as one that does.
func withoutLeadIn(lines []string) []string {
	first := -1
	for i, l := range lines {
		if listLine.MatchString(strings.TrimSpace(l)) {
			first = i
			break
		}
	}
	if first <= 0 || nonBlankLines(lines[:first]) > maxLeadInLines {
		return lines
	}
	// The paragraph opens the list when its last line does, or when it is
	// one hard-wrapped sentence that does; lines above a last line that
	// does not are items of their own. Paragraphs apart (a blank line
	// between them) open it only when the last asks for all of the items
	// ("All of the following must also apply:").
	last := first - 1
	for last > 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	if leadInWords.MatchString(lines[last]) && (first <= maxLeadInLines || allOfTheItems.MatchString(lines[last])) {
		return lines[first:]
	}
	oneSentence, leadIn := true, false
	for i, l := range lines[:last+1] {
		t := strings.TrimSpace(l)
		leadIn = leadIn || leadInWords.MatchString(t)
		if r, _ := utf8.DecodeRuneInString(t); i > 0 && t != "" && !unicode.IsLower(r) {
			oneSentence = false
		}
	}
	if oneSentence && leadIn {
		return lines[first:]
	}
	return lines
}

// isLabelRow reports whether a line is a labelled value, as a table's
// row copied as text is: "Minimum age 1 Year", "Sex: Both", "Can healthy
// volunteers participate? No".
func isLabelRow(l string) bool {
	if _, _, _, ok := rules.SplitSpacedLabel(l); ok {
		return true
	}
	return opensWithLabel(l) || strings.HasSuffix(l, "? No") || strings.HasSuffix(l, "? Yes")
}

// opensItems reports whether line i ends with a colon and the items of a
// list follow it at once: "Your child:" / "- Is 18 years old or younger".
func opensItems(lines []string, i int) bool {
	return strings.HasSuffix(strings.TrimSpace(lines[i]), ":") && i+1 < len(lines) && listLine.MatchString(strings.TrimSpace(lines[i+1]))
}

// maxLeadInLines is the most lines, blank lines not counted, a lead-in
// above a list's items takes.
const maxLeadInLines = 3

// nonBlankLines counts the lines that hold text.
func nonBlankLines(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}

// startsWithBullet reports whether a line opens with "-", "*" or "•", the
// marks that may be doubled or stand alone.
func startsWithBullet(l string) bool {
	t := strings.TrimLeft(l, " \t")
	return strings.HasPrefix(t, "-") || strings.HasPrefix(t, "*") || strings.HasPrefix(t, "•")
}

// mayHaveDoubleBullet reports whether doubleBullet may match a line: past
// the spaces \s matches, a bullet, a space, and a second bullet. Most
// items have one, and are not run through the pattern.
func mayHaveDoubleBullet(l string) bool {
	rest := strings.TrimLeft(l, regexpSpace)
	first, size := utf8.DecodeRuneInString(rest)
	after := rest[size:]
	second := strings.TrimLeft(after, regexpSpace)
	if !isDoubleBulletMark(first) || len(second) == len(after) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(second)
	return isDoubleBulletMark(r)
}

// isDoubleBulletMark reports whether r is one of the marks doubleBullet
// reads.
func isDoubleBulletMark(r rune) bool { return r == '-' || r == '*' || r == '•' }

// tableRow returns a line of a table's cell without the bars around it,
// keeping its indent: "| 2. Relapsed ALL |" is "2. Relapsed ALL".
func tableRow(line string) string {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "|") && !strings.HasSuffix(t, "|") {
		return line
	}
	return line[:len(line)-len(strings.TrimLeft(line, " \t"))] + strings.TrimSpace(strings.Trim(t, "|"))
}

// isWidgetSign reports whether a line holds only the sign of a page's
// widget, set between a heading and its list or between items (">>>",
// "▼"): no letter, no digit and no list mark. It ends no list and is no
// item.
func isWidgetSign(l string) bool {
	t := strings.TrimSpace(l)
	return t != "" && !listLine.MatchString(t) && !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}
