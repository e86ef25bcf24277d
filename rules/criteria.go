package rules

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
)

// Bullets are the marks, other than a dash, a star or a plus, that open a
// list item: the round and square bullets, the arrows and checks, and the
// triangles, diamonds and middle dot that Korean and Japanese pages set
// before their items ("▲만 20~70세", "・18歳以上").
const Bullets = "•·◦▪●○■□‣⁃►➢✓▲△▶▷◆◇◎・"

var (
	eligibilityHeading = regexp.MustCompile(`(?i)^\s*eligibility(?:\s+criteria)?\s*:?\s*$`)
	criteriaHeading    = regexp.MustCompile(`(?i)^\s*(?:key\s+|main\s+|major\s+|general\s+)?(inclusion|exclusion)\s+criteri(?:a|on)\b[^.]{0,60}?:?\s*$`)
	// itemMarker matches a bullet or a number that opens a list item.
	itemMarker     = regexp.MustCompile(`^(?:[` + Bullets + `]\s*|[*+]\s+|[-–—]\s*(?:\S)|(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s+|\(\s*(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\s*\)\s*)`)
	markdownEscape = regexp.MustCompile(`\\([\\<>\[\]*_#()~` + "`" + `|.+!{}-])`)
	// boilerplate holds the start of page furniture that ends a criteria list.
	boilerplate = []string{
		"the above information is not intended",
		"potential participation in a clinical trial",
		"clear my responses",
		"how to participate",
		"sign up as volunteer",
		"sign up for patient notification",
		"yes no not sure",
		"to learn more about this study",
		"study details",
		"step 1 ",
		"add a private note",
		"powered by ai",
		"similar trials to consider",
		"contacts and locations",
		"choosing to participate in a study",
		"phase 1 trials conducted solely on adults",
		"researchers use many other factors to decide",
		// A pointer to the protocol's full list, and a list that says it
		// is empty, hold no criterion.
		"see protocol",
		"see the protocol",
		"refer to the protocol",
		"please refer to the protocol",
		"there are no exclusion criteria",
		"there are no inclusion criteria",
		"there are no additional exclusion criteria",
	}
)

// Unescape removes markdown escapes such as `\<`, `\>` and `\[`.
func Unescape(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	return markdownEscape.ReplaceAllString(s, "$1")
}

// IsBoilerplate reports whether a line is page furniture, not trial text.
func IsBoilerplate(line string) bool {
	l := strings.TrimSpace(line)
	if l == "" {
		return false
	}
	for _, b := range boilerplateByLetter[l[0]|0x20] {
		if len(l) >= len(b) && strings.EqualFold(l[:len(b)], b) {
			return true
		}
	}
	return false
}

// boilerplateByLetter files the boilerplate by its first letter.
var boilerplateByLetter = func() map[byte][]string {
	m := map[byte][]string{}
	for _, b := range boilerplate {
		m[b[0]] = append(m[b[0]], b)
	}
	return m
}()

// Criteria is an eligibility text split into inclusion and exclusion items.
type Criteria struct {
	Inclusion []string
	Exclusion []string
	// Split is false when the text has no inclusion or exclusion heading.
	Split bool
}

// SplitCriteria splits an eligibility text at its "Inclusion Criteria" and
// "Exclusion Criteria" headings and reads each section's items with
// CriteriaItems. Text before the first heading is ignored. A sub-section
// whose title ends in its kind ("Eligibility criteria for the secondary
// randomisation … Inclusion criteria") keeps that kind, and its title leads
// its items as one ending in ":" in each list it adds to.
func SplitCriteria(text string) Criteria {
	var c Criteria
	lines := strings.Split(text, "\n")
	starts := lineStarts(lines)
	headings := headingsOf(lines)
	var current *[]string
	start := 0
	if !slices.ContainsFunc(headings, func(h heading) bool { return h.inclusion }) {
		// With only an exclusion heading, what comes before it is what the
		// patient must meet: "Eligibility criteria: … Exclusion criteria: …".
		current = &c.Inclusion
	}
	flush := func(end int) {
		if current != nil {
			*current = append(*current, CriteriaItems(lineSpan(text, starts, start, end))...)
		}
	}
	title := ""
	for _, h := range headings {
		flush(max(h.from, start))
		c.Split = true
		if h.title != "" {
			title = h.title
		}
		current = &c.Exclusion
		if h.inclusion {
			current = &c.Inclusion
		}
		if title != "" {
			*current = append(*current, title+":")
		}
		start = h.line + 1
	}
	flush(len(lines))
	return c
}

// lineStarts returns where each line of a text split at "\n" begins in
// it, and one more: where a line after the last would begin.
func lineStarts(lines []string) []int {
	starts := make([]int, len(lines)+1)
	for i, l := range lines {
		starts[i+1] = starts[i] + len(l) + 1
	}
	return starts
}

// lineSpan returns the lines from i up to j of a text split at "\n",
// joined as they stood: a part of the text, not a copy.
func lineSpan(text string, starts []int, i, j int) string {
	if i >= j {
		return ""
	}
	return text[starts[i] : starts[j]-1]
}

var (
	// subsectionHeading is a line that ends a sub-section's title with its
	// kind: "lamivudine+abacavir Inclusion criteria".
	subsectionHeading = regexp.MustCompile(`(?i)^\s*(\S.*?)\s+(inclusion|exclusion)\s+criteri(?:a|on)\s*:?\s*$`)
	// sentenceTitle ends a title that is a sentence about the criteria,
	// "Patients must meet all of the", not a sub-section's name.
	sentenceTitle = regexp.MustCompile(`(?i)\b(?:the|these|those|following|all|any|of|with|by|meets?|met|and|or)\s*$`)
)

// heading is a criteria heading found at a line.
type heading struct {
	inclusion bool
	// from is the first line of the heading: a sub-section's title may run
	// over the lines before the one that names the kind.
	from int
	// title is a sub-section's title, "" for a plain heading.
	title string
	// line is the line that names the kind.
	line int
}

// headingAt reports whether line i is a criteria heading: a plain one
// ("Exclusion Criteria:") or one that ends a sub-section's title. A title
// is a paragraph of its own, of at most three lines, none a list item; it
// begins after a blank line or another heading.
func headingAt(lines []string, i int) (heading, bool) {
	if !containsFold(lines[i], "criteri") {
		// Both kinds of heading name "criteria"; most lines do not.
		return heading{}, false
	}
	if m := findCriteriaHeading(lines[i]); m != nil {
		return heading{inclusion: strings.EqualFold(m[1], "inclusion"), from: i, line: i}, true
	}
	var m []string
	if endsWithCriteriaWord(lines[i]) {
		m = subsectionHeading.FindStringSubmatch(lines[i])
	}
	if m == nil || hasItemMarker(strings.TrimSpace(lines[i])) {
		return heading{}, false
	}
	from := i
	for from > 0 && strings.TrimSpace(lines[from-1]) != "" && !criteriaHeading.MatchString(lines[from-1]) && !(endsWithCriteriaWord(lines[from-1]) && subsectionHeading.MatchString(lines[from-1])) {
		from--
		if i-from > 2 || hasItemMarker(strings.TrimSpace(lines[from])) {
			return heading{}, false
		}
	}
	parts := make([]string, 0, i-from+1)
	for _, l := range lines[from:i] {
		parts = append(parts, strings.TrimSpace(l))
	}
	title := strings.TrimRight(strings.Join(append(parts, m[1]), " "), " :")
	if sentenceTitle.MatchString(title) {
		return heading{}, false
	}
	return heading{inclusion: strings.EqualFold(m[2], "inclusion"), from: from, title: Unescape(title), line: i}, true
}

// headingsOf returns the criteria headings of lines, in order.
func headingsOf(lines []string) []heading {
	var out []heading
	for i := range lines {
		if h, ok := headingAt(lines, i); ok {
			out = append(out, h)
		}
	}
	return out
}

type listItem struct {
	text string
	subs []string
}

// CriteriaItems reads a list of criteria. Bullets, numbers and markdown
// escapes are removed; an item indented under another stays inside it as a
// "  • " line; a line with no marker continues the item above it, unless no
// line has a marker, when each line is an item. The list ends at the first
// line of page boilerplate.
func CriteriaItems(block string) []string {
	lines := strings.Split(block, "\n")
	marked := false
	for _, l := range lines {
		if hasItemMarker(strings.TrimSpace(l)) {
			marked = true
			break
		}
	}
	items := make([]listItem, 0, len(lines))
	topIndent := -1
	afterBlank := false
	// topKind is the kind of mark the top-level items open with; options
	// is set after a top-level item that asks for one of the items below
	// it, up to a blank line.
	topKind, options := bulletMark, false
	for _, raw := range lines {
		if strings.TrimSpace(raw) == "" {
			afterBlank, options = true, false
			continue
		}
		if IsBoilerplate(raw) || mayBeCriteriaHeading(raw) && criteriaHeading.MatchString(raw) {
			break
		}
		if mayBeEligibilityHeading(raw) && eligibilityHeading.MatchString(raw) {
			continue
		}
		indent := indentOf(raw)
		line := strings.TrimSpace(raw)
		loc := itemMarkerIndex(line)
		subHeading := afterBlank && loc == nil && marked && strings.HasSuffix(line, ":")
		afterBlank = false
		switch {
		case loc != nil:
			text := cleanItem(line, loc)
			if text == "" {
				continue
			}
			kind := kindOfMarker(line)
			if indent > topIndent {
				// The page indents the options itself.
				options = false
			}
			if len(items) == 0 || indent <= topIndent && !isOption(items[len(items)-1], topKind, kind, options, text) {
				items = append(items, listItem{text: text})
				topIndent, topKind = indent, kind
				options = AsksForOneOf(text)
			} else {
				// Options go on as they began: "3. Consent" after "a. AML",
				// "b. MDS" is the next criterion.
				options = options && kind == topKind
				last := &items[len(items)-1]
				last.subs = append(last.subs, text)
			}
		case !marked || len(items) == 0 || subHeading:
			items = append(items, listItem{text: Unescape(line)})
			if topIndent < 0 || !marked {
				topIndent = indent
			}
		default:
			last := &items[len(items)-1]
			if n := len(last.subs); n > 0 {
				last.subs[n-1] += " " + Unescape(line)
			} else {
				last.text += " " + Unescape(line)
			}
		}
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		if len(it.subs) == 0 && statesNoCriterion(it.text) {
			continue
		}
		s := it.text
		for _, sub := range it.subs {
			s += "\n  • " + sub
		}
		out = append(out, s)
	}
	return out
}

// cleanItem removes the marker at loc and markdown escapes.
func cleanItem(line string, loc []int) string {
	end := loc[1]
	// A dash marker's pattern also takes the first letter of the item.
	head := line[:end]
	first, _ := utf8.DecodeRuneInString(head)
	last, size := utf8.DecodeLastRuneInString(head)
	if head != "" && (first == '-' || first == '–' || first == '—') && !unicode.IsSpace(last) {
		end -= size
	}
	return strings.TrimSpace(Unescape(line[end:]))
}

func indentOf(line string) int {
	n := 0
	for _, r := range line {
		switch r {
		case ' ', '\u00a0':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

var (
	// patientCompared opens an item that compares the patient with an age:
	// "Patient ≥ 18 years and < 70 years at the time of consent".
	patientCompared = regexp.MustCompile(`(?i)^(?:patients?|participants?|subjects?)\s*(?:[≥≤<>]=?|=[<>])\s*\d+(?:[.,]\d+)?\s*(?:years?|months?|yrs?)\b`)
	ageItem         = regexp.MustCompile(`(?i)^(?:\S+\s+){0,6}?(?:age|aged|ages)\b|\b(?:days|weeks|months|years|yrs)\s+(?:of\s+age|old)\b|^(?:\S+\s+){0,3}?\d+(?:\.\d+)?\s*(?:years?|months?)\s+(?:and|or)\s+older\b`)
	notAgeItem      = regexp.MustCompile(`(?i)\b(?:lansky|karnofsky|performance|ecog)\b|^(?:for|if)\s`)
	sentenceEnd     = regexp.MustCompile(`[.;]\s+[A-Z]`)
	// ageClause is a clause after a comma that states the patient's age
	// with a comparator: ", ≤ 30.99 years of age".
	// otherTestCue marks an age clause that belongs to another test than
	// the patient's age: a pregnancy test, a performance scale, a donor,
	// consent.
	otherTestCue = regexp.MustCompile(`(?i)\b(?:pregnan\w*|child-?bearing|menarche|menses|period|lansky|karnofsky|performance|donors?|consent|assent|guardians?)\b`)
	ageClause    = regexp.MustCompile(`,\s*(?:<=?|>=?|≤|≥)\s*\d+(?:\.\d+)?\s*(?:years?|months?)\s+(?:of\s+age|old)\b`)
)

// AgeFromCriteria finds the first inclusion item that states the patient's
// age and reads its first sentence as an age range. When that item states
// only one bound, one of the next two items may state the other: "< 365
// days of age at diagnosis" and "> 28 days of age at the start of
// treatment". When the item states one group of patients ("Group A: …"),
// the range covers the groups listed after it too (unionOfGroups); when it
// leads in to options or ends with "or", the range covers each alternative
// (ageOfOptions, unionOfAlternatives).
func AgeFromCriteria(items []string) (r model.AgeRange, item string, ok bool) {
	for i, it := range items {
		if r, found := ageOfOptions(it); found {
			return r, it, true
		}
		first, found := ageOfItem(it)
		if !found {
			continue
		}
		if endsWithOr(it) {
			r, _ := unionOfAlternatives(alternativesFrom(items, i))
			return r, it, true
		}
		if opensWithGroup(it) {
			return unionOfGroups(first, items[i+1:]), it, true
		}
		if first.Min == nil || first.Max == nil {
			for _, later := range items[i+1 : min(i+3, len(items))] {
				if other, ok := ageOfItem(later); ok {
					if first.Min == nil && other.Min != nil && other.Max == nil {
						first.Min = other.Min
					}
					if first.Max == nil && other.Max != nil && other.Min == nil {
						first.Max = other.Max
					}
				}
			}
		}
		return first, it, true
	}
	return model.AgeRange{}, "", false
}

// ageOfItem reads the age range an inclusion item states about the
// patient's age, from its first sentence.
func ageOfItem(it string) (model.AgeRange, bool) {
	first, _, _ := strings.Cut(it, "\n")
	first = prefix(first, 160)
	aged := (containsFold(first, "age") || containsFold(first, "old")) && mayBeAgeItem(first) && ageItem.MatchString(first) ||
		containsFold(first, "diagnos") && diagnosisAge.MatchString(first) || isBareAge(first) || patientCompared.MatchString(first)
	if !aged || mayNotBeAgeItem(it) && notAgeItem.MatchString(it) {
		return model.AgeRange{}, false
	}
	if strings.ContainsAny(first, ".;") {
		if loc := sentenceEnd.FindStringIndex(first); loc != nil {
			first = first[:loc[0]+1]
		}
	}
	// The item is about the patient's age when an age phrase opens it,
	// within its first 60 bytes, or when a clause of its own states the
	// patient's age with a comparator: "… neuroblastoma, ≤ 30.99 years of
	// age and classified as high risk".
	a, at, ok := parseAge(first, false)
	if at >= 60 {
		if loc := ageClause.FindStringIndex(first); loc != nil && !otherTestCue.MatchString(first[max(0, loc[0]-40):min(len(first), loc[1]+40)]) {
			a, ok = ParseAge(first[loc[0]:loc[1]])
			return a.Range, ok
		}
	}
	if at < 0 || at >= 60 {
		return model.AgeRange{}, false
	}
	if a.phrases < 2 {
		// Alternatives that each bound an age hold two phrases at least.
		return a.Range, ok
	}
	return widenedByOr(first, a.Range), ok
}

// notAgeWords are the words one of which notAgeItem needs, unless the
// item opens with "for" or "if".
var notAgeWords = []string{"lansky", "karnofsky", "performance", "ecog"}

// mayNotBeAgeItem is a quick test before notAgeItem: an item that holds
// none of its words, in any ASCII case, and does not open with "for" or
// "if" cannot match it, unless a rune folds into an ASCII letter.
func mayNotBeAgeItem(it string) bool {
	return hasPrefixFold(it, "for") || hasPrefixFold(it, "if") || foldsIntoASCII(it) ||
		slices.ContainsFunc(notAgeWords, func(w string) bool { return indexFold(it, w) >= 0 })
}

// prefix returns at most n bytes of s, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// suffix returns at most the last n bytes of s, starting at a rune.
func suffix(s string, n int) string {
	from := max(0, len(s)-n)
	for from < len(s) && !utf8.RuneStart(s[from]) {
		from++
	}
	return s[from:]
}

// containsFold reports whether s holds word, an ASCII lower-case word, in
// any ASCII case, without allocating.
func containsFold(s, word string) bool { return indexFold(s, word) >= 0 }
