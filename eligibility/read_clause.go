package eligibility

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// listKind is the list a criterion belongs to.
type listKind uint8

// The lists.
const (
	listInclusion listKind = iota
	listExclusion
)

// clause is one sentence of a criterion as it is read: its tokens, the
// requirements found in it, and which tokens they took.
type clause struct {
	o    *Ontology
	list listKind
	text string
	toks []token
	used []bool
	// atoms are the requirements found, with the bytes each spans.
	atoms []atom
	// scope, when set, is a diagnosis the sentence applies to ("For
	// patients with AML: …").
	scope *atom
	// population holds the requirements of diagnoses the sentence's main
	// part states plainly.
	population []int
	// lower is the text in lower case, for the prefilters; "" until
	// asked for.
	lower string
	// context holds the words of the trial's conditions and title: they
	// name the trial's own population, and are filler in its criteria
	// ("… gene therapy study for LINCL").
	context map[string]bool
}

// atom is a requirement found in a clause.
type atom struct {
	start, end int
	req        Requirement
}

func newClause(o *Ontology, list listKind, text string) *clause {
	toks := tokenize(text)
	return &clause{o: o, list: list, text: text, toks: toks, used: make([]bool, len(toks))}
}

// lowerText returns the clause's text in lower case.
func (c *clause) lowerText() string {
	if c.lower == "" && c.text != "" {
		c.lower = strings.ToLower(c.text)
	}
	return c.lower
}

// behind returns the words right before byte at, up to a bounded length,
// and where they start: the regular expressions that look behind a word
// read them, not the whole text before it, so that a long criterion is
// read in linear time.
func (c *clause) behind(at int) (string, int) {
	from := max(0, at-160)
	for from < at && !utf8.RuneStart(c.text[from]) {
		from++
	}
	return c.text[from:at], from
}

// free reports whether no token between the bytes start and end is taken.
func (c *clause) free(start, end int) bool {
	for i, t := range c.toks {
		if t.end > start && t.start < end && c.used[i] {
			return false
		}
	}
	return true
}

// claim takes the tokens between the bytes start and end.
func (c *clause) claim(start, end int) {
	for i, t := range c.toks {
		if t.end > start && t.start < end {
			c.used[i] = true
		}
	}
}

// add records a requirement that spans the bytes start to end, when they
// are free; it reports whether it did.
func (c *clause) add(start, end int, kind RequirementKind, rule, detail string, cond condition) bool {
	if start >= end || !c.free(start, end) {
		return false
	}
	c.claim(start, end)
	c.atoms = append(c.atoms, atom{start: start, end: end, req: Requirement{
		Kind: kind, Text: strings.TrimSpace(c.text[start:end]), Detail: detail, Rule: rule, cond: cond,
	}})
	return true
}

// tokenIndex returns the first token that ends after byte at.
func (c *clause) tokenIndex(at int) int {
	return sort.Search(len(c.toks), func(i int) bool { return c.toks[i].end > at })
}

// mark is a word or phrase between requirements, classed.
type mark struct {
	class      wordClass
	start, end int
	text       string
	// depth is how many brackets it stands inside.
	depth int
}

// item is an atom or a mark, in the order of the text.
type item struct {
	atom int // -1 for a mark
	mark mark
	pos  int
}

// items reads the text between the atoms into marks and returns them with
// the atoms, in order.
func (c *clause) items() []item {
	sort.Slice(c.atoms, func(i, j int) bool { return c.atoms[i].start < c.atoms[j].start })
	var out []item
	depthAt := c.depths()
	from := 0
	for i, a := range c.atoms {
		out = append(out, c.gapMarks(from, a.start, depthAt)...)
		out = append(out, item{atom: i, pos: a.start})
		from = max(from, a.end)
	}
	out = append(out, c.gapMarks(from, len(c.text), depthAt)...)
	c.labelsDefinedInBrackets(out)
	c.abbreviationsAfterAtoms(out)
	c.definitionsInBrackets(out)
	c.qualifiersInBrackets(out)
	return out
}

// bracketAfter finds a bracket right after an atom.
var bracketAfter = regexp.MustCompile(`^\s*\([^()]*\)`)

// qualifiersInBrackets reads a bracket after a requirement, with no
// requirement of its own, as qualifying it: "allogeneic SCT (myeloablative
// or non-myeloablative)", "4 months from transplant (6 months at
// infusion)". Its joining words join nothing, and its other words narrow
// the requirement.
func (c *clause) qualifiersInBrackets(items []item) {
	for _, a := range c.atoms {
		loc := bracketAfter.FindStringIndex(c.text[a.end:])
		if loc == nil {
			continue
		}
		from, to := a.end, a.end+loc[1]
		inside := false
		for k := range items {
			if items[k].atom >= 0 && c.atoms[items[k].atom].start >= from && c.atoms[items[k].atom].start < to {
				inside = true
			}
		}
		if inside {
			continue
		}
		// A bracket that lists kinds ("myeloablative or
		// non-myeloablative") names them all: filler.
		enumeration := strings.Contains(strings.ToLower(c.text[from:to]), " or ")
		for k := range items {
			m := &items[k].mark
			if items[k].atom >= 0 || m.start < from || m.end > to {
				continue
			}
			switch {
			case enumeration:
				m.class = wcFiller
			case m.class == wcOr || m.class == wcAnd || m.class == wcAndOr || m.class == wcList || m.class == wcNeg || m.class == wcColon:
				m.class = wcFiller
			case m.class == wcChanger || m.class == wcUnknown || m.class == wcOther || m.class == wcCurrent || m.class == wcTherapyCue:
				m.class = wcRestrict
			}
		}
	}
}

// bracketedDefinition is a bracket that defines what comes before it
// with a number: "plasma cell leukemia (> 2000 circulating plasma
// cells/uL)".
var bracketedDefinition = regexp.MustCompile(`^\s*\([^()]*\d[^()]*\)`)

// definitionsInBrackets turns the words of a bracket that defines a
// diagnosis or a state of the disease into filler.
func (c *clause) definitionsInBrackets(items []item) {
	for _, a := range c.atoms {
		if a.req.Kind != RequireDiagnosis && a.req.Kind != RequireDiseaseStatus && a.req.Kind != RequireRelapse {
			continue
		}
		loc := bracketedDefinition.FindStringIndex(c.text[a.end:])
		if loc == nil {
			continue
		}
		for k := range items {
			if items[k].atom >= 0 && c.atoms[items[k].atom].start >= a.end && c.atoms[items[k].atom].start < a.end+loc[1] {
				return // a requirement of its own in the bracket
			}
		}
		for k := range items {
			m := &items[k].mark
			if items[k].atom < 0 && m.start >= a.end && m.end <= a.end+loc[1] {
				m.class = wcFiller
			}
		}
	}
}

// bracketedAbbreviation is an abbreviation in brackets: "(EGFR)",
// "(HSCT)".
var bracketedAbbreviation = regexp.MustCompile(`^\s*\(\s*[A-Za-z][A-Za-z0-9/-]{1,11}\s*\)`)

// abbreviationsAfterAtoms turns the abbreviation in brackets that follows
// a requirement into filler: it only names it again.
func (c *clause) abbreviationsAfterAtoms(items []item) {
	for _, a := range c.atoms {
		loc := bracketedAbbreviation.FindStringIndex(c.text[a.end:])
		if loc == nil {
			continue
		}
		for k := range items {
			m := &items[k].mark
			if items[k].atom < 0 && m.start >= a.end && m.end <= a.end+loc[1] && (m.class == wcUnknown || m.class == wcRestrict || m.class == wcChanger) {
				m.class = wcFiller
			}
		}
	}
}

// labelsDefinedInBrackets turns the words a bracketed requirement defines
// into filler: in "renal failure (creatinine > 2 mg/dL)" the words
// "renal failure" name what the bracket states.
func (c *clause) labelsDefinedInBrackets(items []item) {
	for i, it := range items {
		if it.atom < 0 || !strings.HasSuffix(strings.TrimRight(c.text[:it.pos], " "), "(") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			m := &items[j].mark
			if items[j].atom >= 0 {
				break
			}
			switch m.class {
			case wcUnknown, wcRestrict, wcFiller, wcChanger, wcTherapyCue, wcOther:
				m.class = wcFiller
				continue
			}
			break
		}
	}
}

// depths returns the bracket depth at each byte.
func (c *clause) depths() []int {
	d := make([]int, len(c.text)+1)
	depth := 0
	for i := 0; i < len(c.text); i++ {
		switch c.text[i] {
		case '(', '[':
			d[i] = depth
			depth++
			continue
		case ')', ']':
			depth = max(depth-1, 0)
		}
		d[i] = depth
	}
	d[len(c.text)] = depth
	return d
}

// gapMarks classes the words and punctuation between two atoms.
func (c *clause) gapMarks(from, to int, depthAt []int) []item {
	if from >= to {
		return nil
	}
	gap := c.text[from:to]
	lowerGap := strings.ToLower(gap)
	taken := make([]bool, len(gap))
	var marks []mark
	for _, pc := range phraseClasses {
		if from > 0 && strings.HasPrefix(pc.re.String(), "^") || from > 0 && strings.HasPrefix(pc.re.String(), "(?i)^") || !mayMatch(pc.re, lowerGap) {
			continue
		}
		for _, loc := range pc.re.FindAllStringIndex(gap, -1) {
			if anyTaken(taken[loc[0]:loc[1]]) {
				continue
			}
			for k := loc[0]; k < loc[1]; k++ {
				taken[k] = true
			}
			marks = append(marks, mark{class: pc.class, start: from + loc[0], end: from + loc[1], text: gap[loc[0]:loc[1]]})
		}
	}
	for i := c.tokenIndex(from); i < len(c.toks) && c.toks[i].start < to; i++ {
		t := c.toks[i]
		if t.start < from || anyTaken(taken[t.start-from:t.end-from]) || c.used[i] {
			continue
		}
		class, ok := wordClasses[t.lower]
		switch {
		case ok:
		case c.context[t.lower]:
			class = wcFiller
		case isDigits(t.lower):
			class = wcChanger
		default:
			class = wcUnknown
		}
		marks = append(marks, mark{class: class, start: t.start, end: t.end, text: c.text[t.start:t.end]})
	}
	for k := 0; k < len(gap); k++ {
		if taken[k] {
			continue
		}
		switch gap[k] {
		case ',', ';':
			marks = append(marks, mark{class: wcList, start: from + k, end: from + k + 1, text: gap[k : k+1]})
		case '/':
			// A slash joins two requirements ("ALT/AST") only when it
			// stands alone between them; "cells/uL" is a unit.
			if strings.TrimSpace(gap) == "/" {
				marks = append(marks, mark{class: wcAndOr, start: from + k, end: from + k + 1, text: "/"})
			}
		case ':':
			marks = append(marks, mark{class: wcColon, start: from + k, end: from + k + 1, text: ":"})
		}
	}
	for i := range marks {
		// "… carcinoma which can be endometrioid, serous …" describes, it
		// offers no alternative.
		if w, _ := c.behind(marks[i].start); marks[i].class == wcEscape && relativeBeforeEscape.MatchString(w) {
			marks[i].class = wcFiller
		}
		// "(for Gilbert's syndrome subjects bilirubin < 4 mg/dL)": a
		// bracket for some patients offers them another bound.
		if strings.EqualFold(marks[i].text, "for") || strings.EqualFold(marks[i].text, "in") {
			if w, _ := c.behind(marks[i].start); !bracketScope.MatchString(w) {
				continue
			}
			marks[i].class = wcEscape
		}
	}
	out := make([]item, len(marks))
	for i, m := range marks {
		m.depth = depthAt[m.start]
		out[i] = item{atom: -1, mark: m, pos: m.start}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}

func anyTaken(b []bool) bool {
	for _, t := range b {
		if t {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Escape words fall into three kinds.
const (
	escapeException = iota // "unless", "except", "other than"
	escapeAllowance        // "allowed", "eligible", "may"
	escapeCondition        // "if", "provided", "as long as"
)

// escapeKind says which kind of escape a mark opens.
func escapeKind(text string) int {
	w := strings.ToLower(strings.Fields(text)[0])
	if strings.Contains(strings.ToLower(text), "excluded") {
		return escapeAllowance // "will not be excluded"
	}
	switch w {
	case "allowed", "allow", "allows", "permitted", "permit", "permits", "permissible", "acceptable", "accepted",
		"eligible", "can", "may", "might", "okay", "ok", "waived", "considered":
		return escapeAllowance
	case "if", "provided", "providing", "as", "so", "only", "even":
		return escapeCondition
	}
	return escapeException
}

// unit is a run of atoms not split by "and", "or" or a comma, with what the
// words around them do to them.
type unit struct {
	atoms    []int
	neg      bool
	changer  bool
	restrict bool
	// unknown is set for a word of no family (restrict is set too);
	// negUnknown for one between a negation and the first requirement.
	unknown, negUnknown bool
	cue                 bool
	other               bool
	current             bool
	escaped             bool
	// words holds the unknown words, for a requirement read by hand.
	words []string
}

// sentenceReading is what one sentence states: a requirement (for an
// inclusion) or an excluding condition (for an exclusion), and what it
// allows.
type sentenceReading struct {
	// main is what the sentence requires or excludes; nil when it only
	// allows.
	main *expr
	// allowed is what the sentence allows despite the rest ("unless …",
	// "CNS-2 is allowed"); nil when nothing.
	allowed *expr
	// subject is what an allowance speaks of ("prior CAR-T is allowed
	// if …"): the criterion then asks "not the subject, or the
	// condition".
	subject *expr
	// excluding is set for a sentence that states what rules the patient
	// out inside an inclusion ("Patients with T-ALL are not eligible").
	excluding bool
	// scoped is set for a sentence that applies to an arm or cohort only.
	scoped bool
	// dangling is set when the sentence ends with an escape word whose
	// condition follows in sub-items ("unless:").
	dangling     bool
	danglingKind int
	// conditional is set for a requirement under a condition that
	// follows it, both unread ("DLCO > 40% if PFTs are clinically
	// appropriate"): it speaks of itself, not of the sentences before.
	conditional bool
}

// read builds a sentence's logic, adding its requirements to r. A
// sentence limited to one diagnosis ("For patients with AML: …") holds
// for the others: an inclusion is met, an exclusion does not apply.
func (c *clause) read(r *criterionBuilder) sentenceReading {
	s := c.readSentence(r)
	if c.scope == nil {
		return s
	}
	scope := atomExpr(r.addReq(c.scope.req))
	wrap := func(e *expr) *expr {
		if e == nil {
			return nil
		}
		if c.list == listInclusion {
			return joinExpr(exOr, notExpr(scope), e)
		}
		return joinExpr(exAnd, scope, e)
	}
	s.main, s.subject = wrap(s.main), wrap(s.subject)
	return s
}

// readSentence builds a sentence's logic, scope aside.
func (c *clause) readSentence(r *criterionBuilder) sentenceReading {
	items := c.items()
	var s sentenceReading
	for _, it := range items {
		if it.atom >= 0 {
			continue
		}
		switch it.mark.class {
		case wcScope:
			if m := forSubjectLead.FindStringIndex(c.text); m != nil && it.mark.start < m[1] && !partOfTrialWord.MatchString(c.text[:m[1]]) {
				continue // "For patients with prior HSCT, …": a condition
			}
			s.scoped = true
		case wcExcluding:
			// "(and therefore not eligible for radiation)" in brackets
			// explains; it does not turn the sentence.
			s.excluding = s.excluding || it.mark.depth == 0
		}
	}
	ids := make([]int, len(c.atoms))
	for i, a := range c.atoms {
		ids[i] = r.addReq(a.req)
	}
	escapeAt := -1
	lastKind := RequirementKind("")
	for i, it := range items {
		if it.atom >= 0 {
			lastKind = c.atoms[it.atom].req.Kind
			continue
		}
		if strings.EqualFold(it.mark.text, "defined") && (lastKind == RequireCNS || lastKind == RequireRelapse || lastKind == RequireDiseaseStatus) {
			break // the definition of a state, exceptions and all
		}
		if it.mark.class == wcEscape && it.mark.depth == 0 {
			escapeAt = i
			break
		}
	}
	mainItems, escItems := items, []item(nil)
	if escapeAt >= 0 {
		mainItems, escItems = items[:escapeAt], items[escapeAt:]
	}
	main, unknownMain := c.buildMain(r, ids, mainItems)
	if escapeAt < 0 {
		s.main = main
		r.byHand(c.text, unknownMain)
		return s
	}
	kind := escapeKind(items[escapeAt].mark.text)
	// Skip the escape words themselves ("allowed if", "are eligible
	// provided that").
	k := 0
	for k < len(escItems) && escItems[k].atom < 0 && (escItems[k].mark.class == wcEscape || escItems[k].mark.class == wcFiller) {
		k++
	}
	cond, unknownEsc := c.build(r, ids, escItems[k:], True, false)
	r.byHand(c.text, unknownMain || unknownEsc)
	switch {
	case cond == nil && k == len(escItems) && kind != escapeAllowance:
		s.dangling, s.danglingKind = true, kind
		s.main = main
		return s
	case cond == nil && kind == escapeAllowance:
		cond = nil // a plain allowance: nothing more is asked
	case cond == nil:
		cond = unknownExpr(-1)
	}
	if kind == escapeAllowance || kind == escapeCondition && !hasAtoms(mainItems) {
		s.conditional = kind == escapeCondition && escapeAt > 0
		s.subject = main
		if cond == nil {
			s.allowed = main
		} else {
			s.allowed = joinExpr(exAnd, main, cond)
		}
		return s
	}
	s.main = main
	s.allowed = cond
	return s
}

var (
	// subjectStart opens a sentence whose subject limits whom it speaks
	// of: "Patients with brain metastases …", "Patients not in remission
	// …".
	subjectStart = regexp.MustCompile(`(?i)^\s*(?:(?:all\s+|any\s+)?(?:patients?|participants?|subjects?|children|adolescents|those|females?|males?|women|men|girls|boys|individuals)\s+(?:with|who|in|not\s+in|that|having|whose|of|diagnosed|receiving|treated|on|undergoing|aged?|previously|already|currently)\b|(?:[\w.]+\s+){1,3}(?:patients|participants|subjects)\s+(?:must|should|are\s+required)\b)`)
	// modalVerb says what such a subject must meet.
	modalVerb = regexp.MustCompile(`(?i)\b(?:must|should|shall|need\s+to|needs\s+to|are\s+required\s+to|is\s+required\s+to|will\s+need\s+to|have\s+to|has\s+to)\b`)
	// relativeBefore precedes a modal that belongs to the subject's own
	// clause: "Patients who must take anticoagulants".
	relativeBefore = regexp.MustCompile(`(?i)\b(?:who|that|which)\s+$`)
)

// headingBeforeColon is a short heading in title case ending a sentence's
// first words: "Stem Cell Infusion:", "Prior Therapy:".
var headingBeforeColon = regexp.MustCompile(`^\s*[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}\s*:$`)

// bracketScope is an opening bracket right before a word.
var bracketScope = regexp.MustCompile(`\(\s*$`)

// relativeBeforeEscape precedes a "can" or "may" that describes: "which
// can be", "that may include".
var relativeBeforeEscape = regexp.MustCompile(`(?i)\b(?:which|that)\s+$`)

// partOfTrialWord names a part of the trial.
var partOfTrialWord = regexp.MustCompile(`(?i)\b(?:arms?|cohorts?|strat(?:um|a)|parts?|phases?|portions?|groups?|escalation|expansion)\b`)

// forSubjectLead opens a sentence with the patients it speaks of, up to
// its comma: "For subject undergoing HSCT,", "In patients with prior
// CAR-T,".
var forSubjectLead = regexp.MustCompile(`(?i)^\s*(?:for|in)\s+(?:a\s+|the\s+|any\s+|all\s+)?(?:patients?|participants?|subjects?|those|children|individuals)\b[^,;:.]{3,120},`)

// conditionalModal returns where the modal of a sentence such as
// "Patients with brain metastases must have completed treatment" stands,
// or -1: the subject is then a condition, what follows the requirement.
func conditionalModal(text string) int {
	if !subjectStart.MatchString(text) {
		return -1
	}
	loc := modalVerb.FindStringIndex(text)
	if loc == nil || relativeBefore.MatchString(text[:loc[0]]) {
		return -1
	}
	return loc[0]
}

// buildMain builds a sentence's main part. When its subject limits whom
// it speaks of, the requirement holds for those only: an inclusion is met
// by the others, an exclusion does not apply to them.
func (c *clause) buildMain(r *criterionBuilder, ids []int, items []item) (*expr, bool) {
	at := conditionalModal(c.text)
	if m := forSubjectLead.FindStringIndex(c.text); m != nil {
		// "For subject undergoing HSCT, at least 90 days must have
		// elapsed since HSCT": the words before the comma are the
		// condition.
		at = m[1]
	}
	if at > 0 {
		var subject, rest []item
		for _, it := range items {
			if it.pos < at {
				subject = append(subject, it)
			} else {
				rest = append(rest, it)
			}
		}
		if hasAtoms(subject) {
			scope, u1 := c.build(r, ids, subject, True, false)
			req, u2 := c.build(r, ids, rest, c.favourable(), true)
			if req == nil {
				req, u2 = unknownExpr(-1), true
			}
			if c.list == listInclusion {
				return joinExpr(exOr, notExpr(scope), req), u1 || u2
			}
			return joinExpr(exAnd, scope, req), u1 || u2
		}
	}
	return c.build(r, ids, items, c.favourable(), true)
}

func hasAtoms(items []item) bool {
	for _, it := range items {
		if it.atom >= 0 {
			return true
		}
	}
	return false
}

// favourable is the truth that keeps the patient in the trial: an
// inclusion met, an exclusion not met.
func (c *clause) favourable() Truth {
	if c.list == listExclusion {
		return False
	}
	return True
}

// build turns a run of items into logic: units joined by "and", "or" and
// commas, "and" binding tighter. unknown reports words it could not read.
// For the main part of a sentence it notes the diagnoses stated plainly.
func (c *clause) build(r *criterionBuilder, ids []int, items []item, fav Truth, main bool) (*expr, bool) {
	var units []unit
	var joins []wordClass
	negAll := false
	cur := unit{}
	pending := wcUnknown // the connective seen since the last unit closed
	skipDepth := -1
	closeUnit := func() {
		if len(cur.atoms) > 0 || cur.changer || cur.restrict || len(cur.words) > 0 || cur.other || cur.current {
			if len(units) > 0 {
				joins = append(joins, pending)
			}
			units = append(units, cur)
		}
		cur = unit{}
		pending = wcUnknown
	}
	stronger := func(a, b wordClass) wordClass {
		rank := map[wordClass]int{wcUnknown: 0, wcList: 1, wcAndOr: 2, wcAnd: 3, wcOr: 4}
		if rank[b] > rank[a] {
			return b
		}
		return a
	}
	skipExamples := -1 // the depth of examples being skipped, or -1
	for _, it := range items {
		if skipExamples >= 0 {
			if it.atom < 0 && it.mark.depth == skipExamples && (it.mark.text == "," || it.mark.text == ";") {
				skipExamples = -1
			} else {
				continue
			}
		}
		if it.atom < 0 && it.mark.class == wcOr && examplesWord.MatchString(it.mark.text) && c.examplesBeforeComma(it.mark) &&
			(len(cur.atoms) > 0 && !cur.neg && c.isTherapy(cur.atoms[len(cur.atoms)-1]) ||
				len(cur.atoms) == 0 && len(units) > 0 && len(units[len(units)-1].atoms) > 0 && !cur.restrict && !cur.changer &&
					c.isTherapy(units[len(units)-1].atoms[len(units[len(units)-1].atoms)-1])) {
			// "prior immunotherapy, including tumor vaccines and
			// checkpoint inhibitors, and at least 21 days since …": the
			// examples between commas are of the requirement before.
			skipExamples = it.mark.depth
			continue
		}
		if skipDepth >= 0 {
			if it.atom < 0 && it.mark.depth > skipDepth || it.atom >= 0 && c.depthOf(c.atoms[it.atom].start) > skipDepth {
				continue
			}
			skipDepth = -1
		}
		if it.atom >= 0 {
			if n := len(cur.atoms); n > 0 && c.abbreviationOf(cur.atoms[n-1], it.atom) {
				continue // "donor lymphocyte infusion (DLI)"
			}
			if n := len(cur.atoms); n > 0 && c.bracketedTherapyAfter(cur.atoms[n-1], it.atom) {
				// "chemotherapy within 4 weeks (6 weeks for nitrosoureas)":
				// therapies in brackets are more of them.
				closeUnit()
				pending = wcOr
			}
			cur.atoms = append(cur.atoms, it.atom)
			continue
		}
		m := it.mark
		if m.depth > 0 && (len(cur.atoms) > 0 || len(units) > 0 && len(units[len(units)-1].atoms) > 0) && c.restatesBefore(m) {
			// "failed primary induction chemotherapy (ie, never attained
			// a complete remission …)": the bracket says again what its
			// requirement says.
			skipDepth = m.depth - 1
			continue
		}
		if strings.EqualFold(m.text, "defined") && c.definesState(cur, units) {
			// "CNS 2, defined as presence of < 5/uL WBCs in CSF …": the
			// definition of a named state says again what the name says.
			break
		}
		if len(cur.atoms) > 0 && relativePronoun[strings.ToLower(m.text)] {
			// "CNS3 with marrow disease who has failed salvage …": the
			// relative clause adds a requirement of its own.
			closeUnit()
			pending = wcAnd
			continue
		}
		switch m.class {
		case wcOr, wcAnd, wcAndOr, wcList:
			// Words that are not adjectives of the requirement to come
			// ("cannot comply with …, or becoming pregnant") end a unit of
			// their own.
			if len(cur.atoms) > 0 || cur.unknown || cur.changer || cur.cue && m.class == wcList {
				if len(cur.atoms) == 0 && cur.cue {
					// "Previously treated, …": a requirement of its own,
					// not read.
					cur.words = append(cur.words, "treated")
				}
				closeUnit()
				pending = m.class
			} else {
				pending = stronger(pending, m.class)
			}
		case wcColon:
			// What a colon ends is a lead-in: kept when it holds a
			// requirement, dropped when it is only a heading ("Stem Cell
			// Infusion: At least 60 days …").
			if len(cur.atoms) > 0 && len(units) == 0 && headingBeforeColon.MatchString(c.text[:m.start+1]) {
				cur = unit{}
				pending = wcUnknown
			} else if len(cur.atoms) > 0 {
				closeUnit()
				pending = wcAnd
			} else {
				cur = unit{neg: cur.neg}
			}
		case wcNeg:
			switch {
			case strings.EqualFold(m.text, "non") && len(cur.atoms) == 0:
				// "non-pregnant": the prefix negates its own word only.
				cur.neg = true
			case len(units) == 0 && len(cur.atoms) == 0:
				negAll = true
			case len(cur.atoms) > 0:
				closeUnit()
				pending = wcAnd
				cur.neg = true
			default:
				cur.neg = true
			}
		case wcEscape:
			if !main && m.depth == 0 && escapeKind(m.text) == escapeCondition {
				// "eligible if at least 100 days post-transplant, if
				// there is no GVHD": conditions that all hold.
				if len(cur.atoms) > 0 || cur.unknown || cur.changer {
					closeUnit()
				}
				pending = wcAnd
				continue
			}
			// An exception qualifies the unit before it; one in brackets
			// ends with its bracket.
			if len(cur.atoms) > 0 {
				cur.escaped = true
			} else if len(units) > 0 {
				units[len(units)-1].escaped = true
			}
			if m.depth > 0 {
				skipDepth = m.depth - 1
			}
		case wcChanger:
			cur.changer = true
			cur.words = append(cur.words, m.text)
		case wcRestrict, wcUnknown:
			cur.restrict = true
			cur.unknown = cur.unknown || m.class == wcUnknown
			cur.negUnknown = cur.negUnknown || m.class == wcUnknown && cur.neg && len(cur.atoms) == 0
			cur.words = append(cur.words, m.text)
		case wcTherapyCue:
			cur.cue = true
		case wcOther:
			cur.other = true
		case wcCurrent:
			cur.current = true
		case wcScope, wcExcluding, wcFiller:
		}
	}
	closeUnit()
	for i := 0; i+1 < len(units); i++ {
		// "late isolated or late/early combined BCP BM relapse": the
		// adjectives before "or" qualify the same requirements.
		u := &units[i]
		if len(u.atoms) == 0 && u.restrict && !u.neg && !u.changer && !u.other && !u.cue && joins[i] == wcOr && len(units[i+1].atoms) > 0 && !units[i+1].neg {
			u.atoms = append([]int(nil), units[i+1].atoms...)
		}
	}
	unknown := false
	exprs := make([]*expr, len(units))
	for i, u := range units {
		e, unk := c.unitExpr(r, ids, u, fav)
		exprs[i] = e
		unknown = unknown || unk
	}
	units, exprs, joins = c.distributeStatus(r, ids, units, exprs, joins, fav)
	e := combineUnits(c, units, exprs, joins)
	if negAll && e != nil {
		e = notExpr(e)
	}
	if main && !negAll {
		for _, u := range units {
			if u.neg || u.escaped || u.changer {
				continue
			}
			for _, a := range u.atoms {
				if c.atoms[a].req.Kind == RequireDiagnosis {
					c.population = append(c.population, ids[a])
				}
			}
		}
	}
	return e, unknown
}

// definesState reports whether the requirement before "defined" is a
// named state (a CNS status, a relapse, a disease status, a diagnosis)
// with nothing after it in its unit, so that its definition restates it.
func (c *clause) definesState(cur unit, units []unit) bool {
	u := cur
	if len(u.atoms) == 0 {
		if len(units) == 0 || cur.restrict || cur.changer {
			return false
		}
		u = units[len(units)-1]
	}
	if len(u.atoms) != 1 || u.neg {
		return false
	}
	switch c.atoms[u.atoms[0]].req.Kind {
	case RequireCNS, RequireRelapse, RequireDiseaseStatus:
		return true
	}
	return false
}

// relativePronoun opens a relative clause.
var relativePronoun = map[string]bool{"who": true, "whose": true}

// restatement opens a bracket that says again what comes before it: "(ie,
// …)", "(i.e. …)", "(that is …)", "(namely …)"; or one that says when a
// test counts: "(after previous B cell directed cell therapy, if
// applicable)".
var restatement = regexp.MustCompile(`(?i)^\(\s*(?:(?:i\.?\s?e\.?|that\s+is|namely)[\s,:]|(?:after|following|since)\b[^()]*\b(?:if|when|where|as)\s+applicable\s*\)|(?:eligible\s+)?(?:until|up\s+to|through|before)\s+(?:the\s+|their\s+|his/her\s+)?\d+(?:st|nd|rd|th)\s+birthday\s*\))`)

// restatesBefore reports whether a mark opens a restating bracket.
func (c *clause) restatesBefore(m mark) bool {
	open := strings.LastIndex(c.text[:m.start], "(")
	return open >= 0 && strings.TrimSpace(c.text[open+1:m.start]) == "" && restatement.MatchString(c.text[open:])
}

// distributeStatus reads "T-cell ALL or T-cell lymphoblastic lymphoma in
// first relapse" as both diagnoses in first relapse: a relapse or
// disease status after the last of a list of diagnoses qualifies them
// all.
func (c *clause) distributeStatus(r *criterionBuilder, ids []int, units []unit, exprs []*expr, joins []wordClass, fav Truth) ([]unit, []*expr, []wordClass) {
	plainDiagnosis := func(u unit) bool {
		return !u.neg && !u.escaped && !u.changer && !u.restrict && !u.other && len(u.atoms) >= 1 &&
			c.atoms[u.atoms[0]].req.Kind == RequireDiagnosis
	}
	for j := 1; j < len(units); j++ {
		last := units[j]
		if !plainDiagnosis(last) || len(last.atoms) < 2 || joins[j-1] != wcOr {
			continue
		}
		qualifiers := true
		for _, a := range last.atoms[1:] {
			k := c.atoms[a].req.Kind
			qualifiers = qualifiers && (k == RequireRelapse || k == RequireDiseaseStatus)
		}
		if !qualifiers {
			continue
		}
		i := j
		for i > 0 && plainDiagnosis(units[i-1]) && len(units[i-1].atoms) == 1 && (joins[i-1] == wcOr || joins[i-1] == wcList) {
			i--
		}
		if i == j {
			continue
		}
		diag := last
		diag.atoms = last.atoms[:1]
		qual := last
		qual.atoms = last.atoms[1:]
		de, _ := c.unitExpr(r, ids, diag, fav)
		qe, _ := c.unitExpr(r, ids, qual, fav)
		alts := append(append([]*expr(nil), exprs[i:j]...), de)
		merged := joinExpr(exAnd, joinExpr(exOr, alts...), qe)
		units = append(append(units[:i:i], diag), units[j+1:]...)
		exprs = append(append(exprs[:i:i], merged), exprs[j+1:]...)
		joins = append(joins[:i:i], joins[j:]...)
		j = i
	}
	// "B-ALL, or previously diagnosed B-LL, with ≥ 5% bone marrow
	// blasts": what follows ", with" qualifies every diagnosis before.
	for j := 1; j < len(units); j++ {
		q := units[j]
		if joins[j-1] != wcList || q.neg || q.changer || len(q.atoms) == 0 || len(units[j-1].atoms) == 0 {
			continue
		}
		qualifiers := true
		for _, a := range q.atoms {
			switch c.atoms[a].req.Kind {
			case RequireLab, RequireRelapse, RequireDiseaseStatus, RequireMRD, RequireCNS, RequireMarker, RequireCytogenetics:
			default:
				qualifiers = false
			}
		}
		prev := units[j-1].atoms[len(units[j-1].atoms)-1]
		if !qualifiers || !commaWith.MatchString(c.text[c.atoms[prev].end:c.atoms[q.atoms[0]].start]) {
			continue
		}
		i, ors := j, 0
		for i > 0 && plainDiagnosis(units[i-1]) && len(units[i-1].atoms) == 1 && (i == j || joins[i-1] == wcOr || joins[i-1] == wcList) {
			if i < j && joins[i-1] == wcOr {
				ors++
			}
			i--
		}
		if j-i < 2 || ors == 0 {
			continue
		}
		merged := joinExpr(exAnd, joinExpr(exOr, exprs[i:j]...), exprs[j])
		units = append(append(units[:i:i], units[j-1]), units[j+1:]...)
		exprs = append(append(exprs[:i:i], merged), exprs[j+1:]...)
		joins = append(joins[:i:i], joins[j:]...)
		j = i
	}
	return units, exprs, joins
}

// commaWith joins a qualifier to a list: ", with".
var commaWith = regexp.MustCompile(`(?i)^[^,]*,\s*(?:and\s+)?(?:with|having|who\s+have)\b`)

// isTherapy reports whether an atom is about a therapy given.
func (c *clause) isTherapy(a int) bool {
	k := c.atoms[a].req.Kind
	return k == RequirePriorTherapy || k == RequireTimeSince
}

// examplesWord opens examples: "including", "such as", "e.g.".
var examplesWord = regexp.MustCompile(`(?i)^(?:including|includes|include|incl|such\s+as|e\.\s?g\.?|for\s+(?:example|instance))$`)

// examplesBeforeComma reports whether the examples a mark opens end with a
// comma before the sentence does, the rest of the sentence going on.
func (c *clause) examplesBeforeComma(m mark) bool {
	rest := c.text[m.end:]
	i := strings.IndexAny(rest, ",;")
	return i > 0 && strings.TrimSpace(rest[i+1:]) != "" && !strings.ContainsAny(rest[:i], ".:")
}

// abbreviationOf reports whether atom b is atom a's abbreviation in
// brackets right after it: "donor lymphocyte infusion (DLI)".
func (c *clause) abbreviationOf(a, b int) bool {
	x, y := c.atoms[a], c.atoms[b]
	if x.req.Kind != y.req.Kind || x.end > y.start {
		return false
	}
	between := strings.TrimSpace(c.text[x.end:y.start])
	return between == "(" && strings.HasPrefix(strings.TrimSpace(c.text[y.end:]), ")")
}

// bracketedTherapyAfter reports whether atom b is a therapy that opens a
// bracket after therapy a.
func (c *clause) bracketedTherapyAfter(a, b int) bool {
	isTherapy := func(k RequirementKind) bool { return k == RequirePriorTherapy || k == RequireTimeSince }
	return isTherapy(c.atoms[a].req.Kind) && isTherapy(c.atoms[b].req.Kind) && c.atoms[a].end <= c.atoms[b].start &&
		strings.Contains(c.text[c.atoms[a].end:c.atoms[b].start], "(")
}

// depthOf returns the bracket depth at byte at.
func (c *clause) depthOf(at int) int {
	depth := 0
	for i := 0; i < at && i < len(c.text); i++ {
		switch c.text[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(depth-1, 0)
		}
	}
	return depth
}

// unitExpr turns one unit into logic. Unknown words narrow it; a word that
// changes its meaning leaves it to check; a bracketed exception keeps it
// from ruling out.
func (c *clause) unitExpr(r *criterionBuilder, ids []int, u unit, fav Truth) (*expr, bool) {
	if u.neg {
		fav = fav.not()
	}
	if len(u.atoms) == 0 {
		return unknownExpr(-1), true
	}
	parts := make([]*expr, 0, len(u.atoms)+1)
	courseOfDisease, therapy, state := false, false, false
	for _, a := range u.atoms {
		parts = append(parts, atomExpr(ids[a]))
		switch c.atoms[a].req.Kind {
		case RequirePriorTherapy, RequireTimeSince:
			courseOfDisease, therapy = true, true
		case RequireDiseaseStatus, RequireRelapse:
			courseOfDisease, state = true, true
		case RequireCNS, RequireMRD:
			state = true
		}
	}
	if u.current && !state {
		if c.mainDiagnoses(r, ids, u) && !u.neg {
			// "Active diagnosis of acute promyelocytic leukemia": the
			// diagnosis, with disease present.
			parts = append(parts, atomExpr(r.addReq(Requirement{Kind: RequireDiseaseStatus, Text: "active", Rule: ruleDiseaseStatus,
				Detail: "active disease", cond: activeDiseaseCond{}})))
		} else {
			u.restrict = true
		}
	}
	// A negation before words of no family may negate them, not the
	// requirement: "cannot comply with … becoming pregnant".
	changer := u.changer || u.cue && !courseOfDisease || u.other && !therapy || u.neg && u.negUnknown
	var e *expr
	switch {
	case changer:
		e = unknownExpr(ids[u.atoms[0]])
	case u.restrict:
		e = joinExpr(exAnd, append(parts, unknownExpr(-1))...)
	default:
		e = joinExpr(exAnd, parts...)
	}
	if u.escaped {
		e = guard(e, fav)
	}
	if u.neg {
		e = notExpr(e)
	}
	return e, changer || u.restrict
}

// mainDiagnoses reports whether a unit names diagnoses only among its
// requirements of that kind, and makes them speak of the patient's main
// diagnosis only: "active" disease is the one the patient has now, not a
// history of another.
func (c *clause) mainDiagnoses(r *criterionBuilder, ids []int, u unit) bool {
	found := false
	for _, a := range u.atoms {
		if c.atoms[a].req.Kind != RequireDiagnosis {
			continue
		}
		if _, ok := r.reqs[ids[a]].cond.(diagnosisCond); !ok {
			return false
		}
		found = true
	}
	if !found {
		return false
	}
	for _, a := range u.atoms {
		if dc, ok := r.reqs[ids[a]].cond.(diagnosisCond); ok {
			dc.others = false
			r.reqs[ids[a]].cond = dc
		}
	}
	return true
}

// guard keeps an expression from going against the patient: it may still
// come out favourable, never the other way.
func guard(e *expr, fav Truth) *expr {
	if fav == True {
		return joinExpr(exOr, e, unknownExpr(-1))
	}
	return joinExpr(exAnd, e, unknownExpr(-1))
}

// sameFamilyList reports whether two units are single requirements of a
// kind whose lists are alternatives ("B-ALL, T-ALL or AML").
func sameFamilyList(c *clause, a, b unit) bool {
	if len(a.atoms) != 1 || len(b.atoms) != 1 {
		return false
	}
	ka, kb := c.atoms[a.atoms[0]].req.Kind, c.atoms[b.atoms[0]].req.Kind
	if ka != kb {
		return false
	}
	switch ka {
	case RequireDiagnosis, RequireDiseaseStatus, RequireRelapse, RequireCNS, RequireSyndrome, RequireLineage, RequireCytogenetics:
		return true
	}
	return false
}

// diagnosisPair reports whether two units are single diagnoses, which a
// patient does not have both of.
func diagnosisPair(c *clause, a, b unit) bool {
	return len(a.atoms) > 0 && len(b.atoms) == 1 && !a.neg && !b.neg &&
		c.atoms[a.atoms[len(a.atoms)-1]].req.Kind == RequireDiagnosis && c.atoms[b.atoms[0]].req.Kind == RequireDiagnosis &&
		c.list == listInclusion
}

// sincePair reports whether two units of an inclusion are single times
// since a therapy, which must all have passed.
func sincePair(c *clause, a, b unit) bool {
	if c.list != listInclusion || len(a.atoms) != 1 || len(b.atoms) != 1 || a.neg || b.neg {
		return false
	}
	since := func(u unit) bool {
		tc, ok := c.atoms[u.atoms[0]].req.cond.(therapyCond)
		return ok && tc.mode == modeSince
	}
	return since(a) && since(b)
}

// therapyPair reports whether two units are single therapies: "/"
// between them names either.
func therapyPair(c *clause, a, b unit) bool {
	if len(a.atoms) != 1 || len(b.atoms) != 1 {
		return false
	}
	ka, kb := c.atoms[a.atoms[0]].req.Kind, c.atoms[b.atoms[0]].req.Kind
	return (ka == RequirePriorTherapy || ka == RequireTimeSince) && (kb == RequirePriorTherapy || kb == RequireTimeSince)
}

// combineUnits joins units: commas take the sentence's "or" or "and";
// "or" splits first, so that "and" binds tighter.
func combineUnits(c *clause, units []unit, exprs []*expr, joins []wordClass) *expr {
	if len(units) == 0 {
		return nil
	}
	hasOr, hasAnd := false, false
	for _, j := range joins {
		hasOr = hasOr || j == wcOr
		hasAnd = hasAnd || j == wcAnd
	}
	resolved := make([]wordClass, len(joins))
	for i, j := range joins {
		switch {
		case j == wcAndOr && (sameFamilyList(c, units[i], units[i+1]) || therapyPair(c, units[i], units[i+1])):
			resolved[i] = wcOr // "MDS/AML", "HGF/MET targeting therapeutics"
		case j == wcOr && sincePair(c, units[i], units[i+1]):
			resolved[i] = wcAnd // "at least 21 days since CAR-T or other modified T cell therapy": since each
		case j == wcAnd && diagnosisPair(c, units[i], units[i+1]):
			resolved[i] = wcOr // "B-cell ALL and lymphoblastic lymphoma": one of them
		case j != wcList && j != wcUnknown:
			resolved[i] = j
		case j == wcUnknown:
			resolved[i] = wcAnd // "relapsed B-ALL": side by side
		case sameFamilyList(c, units[i], units[i+1]):
			resolved[i] = wcOr
		case hasOr && !hasAnd:
			resolved[i] = wcOr
		case hasAnd && !hasOr:
			resolved[i] = wcAnd
		case c.list == listExclusion:
			resolved[i] = wcOr
		default:
			resolved[i] = wcAnd
		}
	}
	var groups []*expr
	var chain []*expr // the current run joined by "and"
	var agree []*expr // the current run joined by "and/or"
	flushAgree := func() {
		if len(agree) > 0 {
			chain = append(chain, joinExpr(exAgree, agree...))
			agree = nil
		}
	}
	agree = []*expr{exprs[0]}
	for i, j := range resolved {
		next := exprs[i+1]
		switch j {
		case wcAndOr:
			agree = append(agree, next)
		case wcAnd:
			flushAgree()
			agree = []*expr{next}
		case wcOr:
			flushAgree()
			groups = append(groups, joinExpr(exAnd, chain...))
			chain = nil
			agree = []*expr{next}
		}
	}
	flushAgree()
	groups = append(groups, joinExpr(exAnd, chain...))
	return joinExpr(exOr, groups...)
}
