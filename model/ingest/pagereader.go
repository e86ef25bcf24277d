package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

var (
	dateLine = regexp.MustCompile(`(?im)^\s*((?:actual |estimated |anticipated )?(?:study start(?: date)?|start date|primary completion(?: date)?|(?:study )?completion(?: date)?|first posted|last update posted|last updated|last verified))\s*:\s*(.+?)\s*$`)
	// statedAcronym is an acronym the text gives the study: "In the present
	// study (ReALL_CART)", "the BlinFant trial".
	statedAcronym = regexp.MustCompile(`\b(?:[Ii]n )?(?:[Tt]he|[Tt]his) (?:present )?(?:study|trial) \(([A-Z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)\)`)
	// unitWord finds a unit of age in a label's value.
	unitWord = regexp.MustCompile(`(?i)\b(?:years?|yrs?|months?|weeks?|days?)\b`)
	// trialCue marks text that describes a trial of its own: "This clinical
	// trial is studying", "The treatment being tested", "Primary Aims", an
	// abstract's "We evaluated the feasibility and efficacy of adding …".
	trialCue = regexp.MustCompile(`(?i)\b(?:clinical (?:trial|study) (?:is|will)|this (?:study|trial) (?:is|will|tests|compares)|(?:treatment|drug|medicine) being tested|primary (?:aims?|objectives?)|randomi[sz]ed to|we (?:hereby )?(?:evaluated|assessed|investigated|tested) (?:the )?(?:feasibility|efficacy|safety|activity))\b`)
	// notTitle marks a first line that is page furniture, not a title: a
	// site's links, contacts and hours, a sentence that says what the study
	// must or aims to do, an identifier's line ("IRB Study Number 18-337",
	// "Protocol: S1803"), a label glued to its value ("Trial Type:Outside
	// EU"), a listing's glued tags ("RECRUITINGPhase 1"), a sentence of
	// reported speech ("…, the company said.") or a dateline ("First Publish
	// Date - 2021-07-17").
	notTitle = regexp.MustCompile(`(?i)skip to|homepage|provider version|\bmenu\b|appointment|website|information|\bsearch\b|back to|\bhome\b|log ?in|cookie|share on|facebook|twitter|tell a friend|(?:print|e-?mail) this page|` +
		`principal investigator|enquir|coordinator|^updated\b|find an? (?:clinical )?(?:trial|study)|` +
		`\b(?:must|should|does|aims? to|purpose of|goal of)\b|` +
		`\b(?:number|no\.|id)\s*:?\s*\S+$|^protocol\s*:|^[\w' ]{2,100}:\S|^(?:location|institute|funding|funded)\b|business hours|\baward\b|^recruiting\S|,\s+(?:\S+\s+){0,4}(?:said|says|added|told\s+\S+)\.$|\bpublish(?:ed)?\s+(?:date|on)\b|\bfirst\s+published\b`)
)

// readPage is the general page reader: it reads a text page of no known
// layout with small field finders, each of which knows every form pages
// use for one kind of fact: labels, criteria lists, ages, sex, phases,
// dates and the NCT number. What it does not find is named in a warning. A
// page with no criteria-like content, age, phase or registry identifier is
// refused.
//
// A page that lists several trials in blocks of the same labels is read
// block by block.
func readPage(text string) ([]model.Trial, error) {
	// Digits of another script are read as ASCII digits: "१८ वर्ष".
	text = rules.FoldIndicDigits(text)
	text = headingRows(spacedItemNumbers(spacedDashes(joinedBareMarks(unspacedLayout(joinedFragments(tableCellLines(text)))))))
	if blocks := trialBlocks(strings.Split(text, "\n")); blocks != nil {
		return readBlocks(blocks)
	}
	t, err := readOnePage(text, true)
	if err != nil {
		return nil, err
	}
	return []model.Trial{t}, nil
}

// readOnePage reads a page of one trial. A page with no title label takes
// one of its first lines as the title when firstLineTitle is true; a
// trial's block in a listing, all labelled lines, is given none.
func readOnePage(text string, firstLineTitle bool) (model.Trial, error) {
	lines := splitRunOnHeadings(strings.Split(text, "\n"))
	var t model.Trial
	criteria, inCriteria, headed := pageCriteria(lines)
	labels := findLabels(lines)
	for _, l := range labels {
		if !labelOfACriterion(l, lines, inCriteria) {
			applyLabel(&t, l)
		}
	}
	if ivs, from := gluedInterventions(lines); len(ivs) > 0 &&
		(len(t.Interventions) == 0 || len(t.Interventions) == 1 && t.Interventions[0].Name == from) {
		// An interventions label's value may be the first glued line itself.
		t.Interventions = ivs
		t.Note(model.FieldInterventions, "listed from: "+from)
	}
	for _, m := range dateLine.FindAllStringSubmatch(text, -1) {
		if f, kind, ok := dateLabel(m[1]); ok && t.Provenance[f] == "" {
			readDate(&t, f, m[2], kind, strings.TrimSpace(m[0]))
		}
	}
	if id, line, why := rules.OwnNCTID(lines); id != "" {
		t.NCTID = id
		if why != "" {
			line = why + ": " + line
		}
		t.Note(model.FieldNCTID, line)
	}
	if t.Title == "" && firstLineTitle {
		titleFromFirstLines(&t, lines, inCriteria)
	}
	acronymFromTitle(&t)
	if t.Acronym == "" {
		if m := statedAcronym.FindStringSubmatch(text); m != nil {
			t.Acronym = m[1]
			t.Note(model.FieldAcronym, "text: "+strings.TrimSpace(m[0]))
		}
	}
	if headed {
		readCriteria(&t, criteria)
	} else {
		// A list a trial finder shows without a heading, or none.
		readCriteriaFrom(&t, criteria, "listed without a heading", "listed without a heading")
		readSentenceCriteria(&t, text)
	}
	noteNoExclusions(&t, lines)
	t.Summary = outsideCriteria(lines, inCriteria, false)
	// Running text's ages and phase are the first listed trial's.
	running := firstListedTrial(t.Summary)
	findPageAges(&t, running)
	if t.Sex == "" {
		if sex, fields, ok := rules.AnsweredSex(text); ok {
			t.Sex = sex
			t.Note(model.FieldSex, fields)
		} else if sex, phrase, ok := rules.FindSex(text); ok {
			t.Sex = sex
			t.Note(model.FieldSex, "text: "+phrase)
		} else if phrase, ok := rules.LanguagesOf(text).FindBothSexes(text); ok {
			t.Sex = model.SexAll
			t.Note(model.FieldSex, "text: "+phrase)
		}
	}
	readListingTags(&t, lines)
	readGluedTags(&t, lines)
	if len(t.Phases) == 0 && !titleHasPhase(t) {
		findPagePhase(&t, running, outsideCriteria(lines, inCriteria, true))
	}
	if !trialLike(t, text, headed) && !testsATarget(t, text) {
		if trialWord.MatchString(text) || rules.LanguagesOf(text).NamesATrial(text) {
			return model.Trial{}, ErrStatesNothing
		}
		return model.Trial{}, ErrNotTrialLike
	}
	readProse(&t, text, lines, len(labels), headed)
	return t, nil
}

// labelOfACriterion reports whether a label was read from an item of a
// criteria list and names what an item there names of itself, not of the
// trial: "- Phase 1 (Closed):" heads the phase 1 part's criteria and
// "- Diagnosis: NF1" is a criterion, not the trial's conditions.
func labelOfACriterion(l labelled, lines []string, inCriteria []bool) bool {
	return (l.field == rules.LabelPhase || l.field == rules.LabelConditions) && inCriteria[l.at] && listLine.MatchString(strings.TrimSpace(lines[l.at]))
}

// applyLabel reads one labelled value into its field; the first value a
// field is given wins.
func applyLabel(t *model.Trial, l labelled) {
	switch l.field {
	case rules.LabelTitle:
		if t.Title == "" {
			t.Title = l.value
			t.Note(model.FieldTitle, l.line)
		}
	case rules.LabelAcronym:
		if t.Acronym == "" && !noValue(l.value) {
			t.Acronym = l.value
			t.Note(model.FieldAcronym, l.line)
		}
	case rules.LabelStatus:
		if t.Status == "" {
			readStatusText(t, l.value, l.line)
		}
	case rules.LabelSponsor:
		if t.Sponsor == "" {
			t.Sponsor = l.value
			t.Note(model.FieldSponsor, l.line)
		}
	case rules.LabelPhase:
		if len(t.Phases) > 0 {
			return
		}
		l.value = rules.LatinNumerals(l.value)
		if _, ok := rules.ParsePhases("Phase " + l.value); ok {
			// A phase label's value may open with the bare numeral: "Phase
			// | I |", "PHASE1/PHASE2".
			readPhaseText(t, "Phase "+l.value, l.line)
		} else if _, ok := rules.ParsePhases(l.value); ok {
			readPhaseText(t, l.value, l.line)
		} else {
			readLanguagePhaseLabel(t, l)
		}
	case rules.LabelAges, rules.LabelMinAge, rules.LabelMaxAge:
		readLabelledAge(t, l)
	case rules.LabelAgeGroups:
		readLabelledAgeGroups(t, l)
	case rules.LabelSex:
		if sex, ok := rules.ParseSex(l.value); ok && t.Sex == "" {
			t.Sex = sex
			t.Note(model.FieldSex, l.line)
		}
	case rules.LabelEnrollment:
		if n, ok := parseInteger(l.value); ok && t.Enrollment == 0 {
			t.Enrollment = n
			t.Note(model.FieldEnrollment, l.line)
		}
	case rules.LabelConditions:
		if len(t.Conditions) == 0 {
			t.Conditions = splitList(l.value, ",;|")
			t.Note(model.FieldConditions, l.line)
		}
	case rules.LabelInterventions:
		if len(t.Interventions) == 0 {
			for _, name := range splitList(l.value, ",;|") {
				t.Interventions = append(t.Interventions, model.Intervention{Name: name})
			}
			t.Note(model.FieldInterventions, l.line)
		}
	}
}

func noValue(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "nil", "na", "n/a", "none", "-", "null":
		return true
	}
	return false
}

// readLabelledAge reads an age range ("1 Year to 90 Years") or one bound
// under a minimum or maximum label ("1 Year", "N/A").
func readLabelledAge(t *model.Trial, l labelled) {
	// "1.00 Year(s)", as some registries write a bound; "bis 18" as a German
	// page does.
	raw := strings.ReplaceAll(l.value, "(s)", "s")
	l.value = englishAgeValue(raw)
	var dst **model.AgeBound
	switch l.field {
	case rules.LabelMinAge:
		dst = &t.Ages.Min
	case rules.LabelMaxAge:
		dst = &t.Ages.Max
	}
	if dst != nil {
		if b, ok := rules.ParseAgeBound(l.value); ok {
			if b != nil && *dst == nil {
				*dst = b
				t.Note(model.FieldAges, l.line)
			}
			return
		}
	}
	if r, ok := namedAgeGroups(raw, l.value); ok && dst == nil {
		// "Adults (18-65 years), Elderly (over 65 years)": the groups
		// together.
		if !t.Ages.Stated() {
			t.Ages = r
			t.Note(model.FieldAges, l.line)
		}
		return
	}
	if r, ok := rules.ParseAgeBuckets(l.value); ok && dst == nil {
		// "Ages: 0–9, 10–17, 18–26": the buckets together.
		if !t.Ages.Stated() {
			t.Ages = r
			t.Note(model.FieldAges, l.line)
		}
		return
	}
	a, ok := rules.ParseAge(l.value)
	if !ok && !unitWord.MatchString(l.value) {
		// An age label's value with no unit is in years: "Alter: bis 18",
		// "Age: 1 - 21", "Age: 18 and over", "Ages: Up to 18 (Child)".
		a, ok = rules.ParseAge(withYears(l.value))
	}
	if !ok || t.Ages.Stated() && dst == nil {
		return
	}
	switch {
	case dst == nil:
		t.Ages = a.Range
	case l.field == rules.LabelMinAge && a.Range.Min != nil:
		*dst = a.Range.Min
	case l.field == rules.LabelMaxAge && a.Range.Max != nil:
		*dst = a.Range.Max
	default:
		return
	}
	t.Note(model.FieldAges, l.line)
	warnLostSign(t, a, l.line)
}

// namedAgeGroups reads an age value that names groups of patients with
// their ages in brackets, as it stands or with its age words put into
// English: "Adultos (18-64 años), Personas de edad avanzada (>=65 años)"
// is kept as it stands when its first range reads in English, and only
// its English form reads every group.
func namedAgeGroups(raw, value string) (model.AgeRange, bool) {
	if r, ok := rules.ParseNamedAgeGroups(value); ok {
		return r, true
	}
	return rules.ParseNamedAgeGroups(rules.AllLanguages().EnglishAgeWords(raw))
}

// withYears puts the unit years after the last number of an age value
// that names none: "18 and over" is "18 years and over".
func withYears(value string) string {
	end := strings.LastIndexFunc(value, unicode.IsDigit)
	if end < 0 {
		return value + " years"
	}
	return value[:end+1] + " years" + value[end+1:]
}

// readLabelledAgeGroups reads the value of an age-group label: the
// registry's age groups ("Child, Adult"), or an age range ("22 Years and
// under") as an age label's. Any other value ("Both") states neither.
func readLabelledAgeGroups(t *model.Trial, l labelled) {
	groups, unknown := rules.ParseAgeGroups(l.value)
	if len(groups) == 0 || len(unknown) > 0 {
		l.field = rules.LabelAges
		readLabelledAge(t, l)
		return
	}
	if len(t.AgeGroups) == 0 {
		t.AgeGroups = groups
		t.Note(model.FieldAgeGroups, l.line)
	}
}

func warnLostSign(t *model.Trial, a rules.AgeReading, where string) {
	if a.SignLost {
		t.Warn(model.FieldAges, fmt.Sprintf("Age range: %q has \"=\" where the page lost a \"≥\" or \"≤\"; the bound is read as inclusive — check it against the full protocol.", where))
	}
}

// findPageAges reads the age limits from running text when no label and
// no inclusion criterion states them. A page whose criteria list has no
// heading states them in a list item, which wins over a label as a
// criterion does.
func findPageAges(t *model.Trial, text string) {
	if _, _, ok := rules.AgeFromCriteriaInLanguages(t.Inclusion); ok {
		return
	}
	if len(t.Inclusion) == 0 {
		if r, item, ok := rules.AgeFromCriteria(listItems(text)); ok {
			if t.Ages.Stated() && r.Label() != t.Ages.Label() {
				t.Warn(model.FieldAges, fmt.Sprintf("Age range: the page says %q but a listed criterion says %q; the criterion is used.", t.Ages.Label(), item))
			}
			if r.Min == nil {
				r.Min = t.Ages.Min
			}
			if r.Max == nil {
				r.Max = t.Ages.Max
			}
			t.Ages = r
			t.Note(model.FieldAges, "listed criterion: "+item)
			return
		}
	}
	if t.Ages.Stated() {
		return
	}
	// Failing all else, a sentence of the criteria may state the limit in
	// running words: "We are looking for patients who are 18 years old and
	// younger who have been diagnosed with cancer."
	for _, s := range []string{text, strings.Join(t.Inclusion, "\n")} {
		a, sentence, ok := rules.FindAgeLimit(s)
		if !ok {
			a, sentence, ok = languageAgeLimit(s)
		}
		if ok {
			t.Ages = a.Range
			t.Note(model.FieldAges, "text: "+sentence)
			warnLostSign(t, a, sentence)
			return
		}
	}
}

// listItems returns the items of the bulleted and numbered lists of a
// text, without their marks.
func listItems(text string) []string {
	var items []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if loc := listLine.FindStringIndex(l); loc != nil {
			items = append(items, strings.TrimSpace(l[loc[1]:]))
		}
	}
	return items
}

// maxTagWords is the most words a listing's tag line holds.
const maxTagWords = 6

// readListingTags reads the ages and the sex a trial finder's listing gives
// as bare tags: an age tag line with the sex after a comma ("31 Days - 99
// Years, Male and Female") or on a line of its own beside it ("22 years and
// younger" / "All"), or with the registry's age groups after it ("18 Years
// and older (Adult, Older Adult)"). A bare age line with nothing of the
// kind beside it states nothing: it may be a row of a table by age. A
// label read before wins.
func readListingTags(t *model.Trial, lines []string) {
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if a, ok := ageWithGroups(l); ok {
			applyTags(t, a, "", l)
			return
		}
		if agePart, sexPart, comma := cutLast(l, ", "); comma && len(strings.Fields(agePart)) <= maxTagWords {
			if sex, ok := rules.ParseSex(sexPart); ok {
				if a, ok := ageTag(agePart); ok {
					applyTags(t, a, sex, l)
					return
				}
			}
		}
		if len(strings.Fields(l)) > 3 {
			continue
		}
		sex, ok := rules.ParseSex(l)
		if !ok {
			continue
		}
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(lines) {
				continue
			}
			tag := strings.TrimSpace(lines[j])
			if a, ok := ageTag(tag); ok {
				applyTags(t, a, sex, tag+" / "+l)
				return
			}
		}
	}
}

// ageWithGroups reads an age tag followed by the registry's age groups in
// parentheses: "18 Years and older (Adult, Older Adult)", "Up to 21 Years
// (Child, Adult)".
func ageWithGroups(line string) (rules.AgeReading, bool) {
	open := strings.LastIndexByte(line, '(')
	if open <= 0 || !strings.HasSuffix(line, ")") {
		return rules.AgeReading{}, false
	}
	groups, unknown := rules.ParseAgeGroups(line[open+1 : len(line)-1])
	if len(groups) == 0 || len(unknown) > 0 {
		return rules.AgeReading{}, false
	}
	return ageTag(strings.TrimSpace(line[:open]))
}

// ageTag reads a short line that is an age range and nothing more.
func ageTag(line string) (rules.AgeReading, bool) {
	if len(strings.Fields(line)) > maxTagWords {
		return rules.AgeReading{}, false
	}
	return rules.ParseAge(line)
}

func applyTags(t *model.Trial, a rules.AgeReading, sex model.Sex, line string) {
	if !t.Ages.Stated() {
		t.Ages = a.Range
		t.Note(model.FieldAges, "listing tag: "+line)
	}
	if t.Sex == "" && sex != "" {
		t.Sex = sex
		t.Note(model.FieldSex, "listing tag beside the ages: "+line)
	}
}

// cutLast cuts s around the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// findPagePhase reads the first phase the page states for the trial, from
// its text outside the criteria, or failing that from the criteria's own
// words ("Phase I: the patient must meet …").
func findPagePhase(t *model.Trial, summary, text string) {
	for _, s := range []string{summary, text} {
		if phases, line, ok := rules.FindTrialPhase(s); ok {
			t.Phases = phases
			t.Note(model.FieldPhases, "text: "+line)
			return
		}
	}
	findLanguagePhase(t, summary, text)
}

// titleFromFirstLines takes as the title the first of a page's first six
// lines outside its criteria that reads like one: four words or more, not a label, heading,
// question, prose of several sentences, page furniture or a line about a
// phase that is not a trial's.
func titleFromFirstLines(t *model.Trial, lines []string, inCriteria []bool) {
	seen := 0
	for i, raw := range lines {
		l := strings.TrimSpace(strings.TrimLeft(raw, "#> "))
		if l == "" || inCriteria[i] {
			continue
		}
		if seen++; seen > 6 {
			return
		}
		words := titleWords(l)
		if words < 2 || words < 4 && !namesADrugOrTarget(l) || words > 40 || len(l) > 300 || strings.HasSuffix(l, ":") || strings.HasSuffix(l, "?") ||
			holdsSentenceEnd(l) || notTitle.MatchString(l) || aboutResearch(l) || listLine.MatchString(l) && !opensWithOrdinalPhase(l) || strings.Contains(l, "|") || phaseOfNoTrial(l) ||
			isDateline(l, words) || labelsANumber(l) {
			continue
		}
		if _, _, ok := rules.CriteriaHeadingOf(l); ok {
			continue
		}
		if _, _, _, ok := rules.SplitSpacedLabel(l); ok {
			continue
		}
		if label, _, ok := strings.Cut(l, ":"); ok {
			if _, known := rules.FieldOfLabel(label); known {
				continue
			}
		}
		t.Title = l
		t.Note(model.FieldTitle, "first line: "+l)
		return
	}
}

// researchWord opens a word about research: "Research output", "research
// updates", "Cancer Research", "RESEARCH最新の研究内容".
var researchWord = regexp.MustCompile(`(?i)\bresearch`)

// aboutResearch reports whether a line speaks of research and names no
// trial or study: a site's section, a portal's record type or a society's
// name, not a trial's title ("A Research Study of Blinatumomab in Children"
// is one).
func aboutResearch(l string) bool {
	return researchWord.MatchString(l) && !trialWord.MatchString(l)
}

// ordinalLead is a line's opening ordinal number, which a list item's
// number looks like: "2. fāzes klīniskais pētījums", "3. Phase-Studie".
var ordinalLead = regexp.MustCompile(`^\d{1,2}\.\s`)

// opensWithOrdinalPhase reports whether a line opens with a phase written
// as an ordinal in its language ("2. fāzes …", "3. fázisú …"), a title's
// opening rather than a list item's number.
func opensWithOrdinalPhase(l string) bool {
	if !ordinalLead.MatchString(l) {
		return false
	}
	// A letter cut at the end is dropped.
	head := strings.ToValidUTF8(l[:min(len(l), maxOrdinalPhaseLead)], "")
	_, _, ok := rules.LanguagesOf(head).FindPhase(head)
	return ok
}

// maxOrdinalPhaseLead is how many bytes of a line's opening are read for
// an ordinal phase.
const maxOrdinalPhaseLead = 40

// clockTime is a time of day: "08:09", "14.30 Uhr" is not one.
var clockTime = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// maxDatelineWords is the most words of a dateline.
const maxDatelineWords = 6

// isDateline reports whether a short line of words states when a page was
// published, by the time of day it holds: "Julkaistu 22.10. klo 08:09",
// "Veröffentlicht am 3. März 2021, 10:15".
func isDateline(l string, words int) bool {
	return words <= maxDatelineWords && clockTime.MatchString(l)
}

// labelsANumber reports whether a line is a label and a number, in any
// language: what follows its last colon holds a digit and no letter
// ("رقم المشاركة : ( 1 )", a forum post's number).
func labelsANumber(l string) bool {
	i := strings.LastIndexByte(l, ':')
	if i <= 0 {
		return false
	}
	value := l[i+1:]
	return strings.ContainsAny(value, "0123456789") && !strings.ContainsFunc(value, unicode.IsLetter)
}

// holdsSentenceEnd reports whether a line holds a full stop that ends a
// sentence before its end: ". " other than an ordinal's dot, which follows
// a number or a roman numeral and comes before a small letter ("II. fázisú
// vizsgálat", as Hungarian writes phase II).
func holdsSentenceEnd(l string) bool {
	for i := strings.Index(l, ". "); i >= 0; {
		if !ordinalDot(l, i) {
			return true
		}
		next := strings.Index(l[i+2:], ". ")
		if next < 0 {
			return false
		}
		i += 2 + next
	}
	return false
}

// ordinalDot reports whether the dot at l[dot], followed by a space, is an
// ordinal's: a word of digits or of the roman numerals I, V and X stands
// before it, and a small letter after it.
func ordinalDot(l string, dot int) bool {
	start := dot
	for start > 0 && strings.IndexByte("0123456789IVX", l[start-1]) >= 0 {
		start--
	}
	if before, _ := utf8.DecodeLastRuneInString(l[:start]); start == dot || unicode.IsLetter(before) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l[dot+2:])
	return unicode.IsLower(r)
}

// titleWords counts a line's words for the title rule. Chinese and
// Japanese set no spaces between words: two of their characters count as a
// word, so that "小児白血病に対する新薬の第II相試験" reads as a title.
func titleWords(l string) int {
	return len(strings.Fields(l)) + rules.UnspacedRunes(l)/2
}

// namesADrugOrTarget reports whether a short line names a drug or a target,
// as a short title does ("Lorlatinib for Neuroblastoma"); other short lines
// are headings ("Trial Summary").
func namesADrugOrTarget(line string) bool {
	return len(rules.FindTargets(line)) > 0
}

func titleHasPhase(t model.Trial) bool {
	_, _, ok := rules.FindTrialPhase(t.Title)
	return ok
}

// phaseOfNoTrial reports whether a line names a phase that is not a
// trial's, such as "the recommended phase 2 dose".
func phaseOfNoTrial(line string) bool {
	_, named := rules.ParsePhases(line)
	_, _, trial := rules.FindTrialPhase(line)
	return named && !trial
}

// outsideCriteria returns the page's lines that are not in its criteria
// lists: the text read for targets, ages and phases.
func outsideCriteria(lines []string, inCriteria []bool, in bool) string {
	var b strings.Builder
	for i, l := range lines {
		if inCriteria[i] == in {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// trialLike reports whether a page holds anything of a trial: criteria or
// a criteria heading, an age, a phase, or a registry identifier.
func trialLike(t model.Trial, text string, headed bool) bool {
	return headed || len(t.Inclusion) > 0 || len(t.Exclusion) > 0 || t.Ages.Stated() ||
		len(t.Phases) > 0 || titleHasPhase(t) || t.NCTID != "" || rules.HasRegistryID(text)
}

// testsATarget reports whether a page that states no ID, phase, age or
// criteria still describes a trial of its own and names the target it
// tests, as a patient-facing summary of a trial may: "The treatment being
// tested is naxitamab", "A new trial offers a therapy that targets GD2".
func testsATarget(t model.Trial, text string) bool {
	return trialCue.MatchString(text) && len(rules.FindTargetsBesidesPriorTherapy(t.Title+"\n"+t.Summary)) > 0 || namesATrialsTarget(t)
}

// notFoundWarning says the layout was not recognised and names what the
// general reader did not find. It is asked once the trial is resolved, so
// that an NCT ID from a labelled line, a phase from the title and ages from
// the criteria count as found.
func notFoundWarning(t model.Trial) string {
	var missing []string
	if t.NCTID == "" {
		missing = append(missing, "NCT number")
	}
	if len(t.Phases) == 0 {
		missing = append(missing, "phase")
	}
	if !t.Ages.Stated() {
		missing = append(missing, "age range")
	}
	if t.Sex == "" {
		missing = append(missing, "sex")
	}
	if len(t.Inclusion) == 0 {
		missing = append(missing, "inclusion criteria")
	}
	if len(t.Exclusion) == 0 && !t.StatesNone(model.FieldExclusion) {
		missing = append(missing, "exclusion criteria")
	}
	w := "The layout was not recognised; the general page reader read what it could."
	if len(missing) > 0 {
		w += " Not found: " + strings.Join(missing, ", ") + "."
	}
	return w
}
