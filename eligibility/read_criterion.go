package eligibility

import (
	"regexp"
	"strconv"
	"strings"
)

// criterionBuilder gathers the requirements of one criterion as its
// sentences are read.
type criterionBuilder struct {
	o       *Ontology
	list    listKind
	reqs    []Requirement
	context map[string]bool
	// marks are the list marks of the whole criterion ("B", "C" in "…
	// for age C. AST ≤ 5 × ULN"), to tell a list mark in one of its
	// sub-items from an initial.
	marks map[string]bool
}

// addReq adds a requirement and returns its number.
func (r *criterionBuilder) addReq(q Requirement) int {
	r.reqs = append(r.reqs, q)
	return len(r.reqs) - 1
}

// byHand records wording the screening did not read, once per sentence.
func (r *criterionBuilder) byHand(text string, unknown bool) {
	text = strings.TrimSpace(text)
	if !unknown || text == "" {
		return
	}
	for _, q := range r.reqs {
		if q.Kind == RequireByHand && q.Text == text {
			return
		}
	}
	r.addReq(Requirement{Kind: RequireByHand, Text: text, Detail: "wording to read by hand", Rule: ruleOther})
}

// readCriterion reads a criterion's requirements and the logic that joins
// them. For an inclusion the logic says what the patient must meet; for an
// exclusion, what rules the patient out.
func readCriterion(o *Ontology, list listKind, text string, context map[string]bool) ([]Requirement, *expr) {
	text = withoutNotes(text)
	reqs, logic := readCriterionLogic(o, list, text, context)
	if logic != nil && judgement.MatchString(text) {
		// "… may disqualify the patient … Each case will be individually
		// reviewed": a committee decides, the words only guide it.
		fav := True
		if list == listExclusion {
			fav = False
		}
		logic = guard(logic, fav)
	}
	return reqs, logic
}

// criterionNote is a note in brackets that remarks on a criterion and asks
// for nothing: "[Note: lymphomas will be graded by the local pathologist]".
var criterionNote = regexp.MustCompile(`(?i)\[\s*note\b[^\]]*\]|\(\s*note\b[^)]*\)`)

// withoutNotes returns a criterion without its notes in brackets.
func withoutNotes(text string) string {
	if !strings.Contains(text, "ote") {
		return text
	}
	return strings.TrimSpace(criterionNote.ReplaceAllString(text, ""))
}

// judgement marks a criterion whose requirements a person weighs case by
// case: "may disqualify", "each case will be individually reviewed".
var judgement = regexp.MustCompile(`(?i)\bmay\s+(?:disqualify|exclude)\b|\b(?:each|every)\s+case\s+will\s+be\s+(?:individually\s+)?(?:reviewed|assessed|evaluated|considered)\b|\bindividually\s+reviewed\b|\bcase[- ]by[- ]case\b`)

// readCriterionLogic reads a criterion as readCriterion does, before a
// judgement is weighed.
func readCriterionLogic(o *Ontology, list listKind, text string, context map[string]bool) ([]Requirement, *expr) {
	lead, subs := splitSubItems(text)
	if len(subs) > 0 && danglingConjunction.MatchString(lead) {
		// "… will be eligible if they meet all other criteria and: • Have
		// no active GVHD • Are more than 4 months from transplant": the
		// items end the lead's sentence.
		return readCriterion(o, list, strings.TrimRight(strings.TrimSpace(lead), ":")+" "+strings.Join(subs, " and "), context)
	}
	if list == listInclusion && len(subs) > 0 && exclusionLead.MatchString(lead) {
		// "Transplant Exclusion: • Heart surgery < 4 wks …" in the
		// inclusions: a heading over items that rule out.
		r := &criterionBuilder{o: o, list: listExclusion, context: context, marks: listMarksOf(text)}
		var parts []*expr
		for _, s := range subs {
			if e := r.finish(r.readPiece(s)); e != nil {
				parts = append(parts, e)
			}
		}
		if len(parts) == 0 {
			r.byHand(text, true)
			return r.reqs, nil
		}
		return r.reqs, notExpr(joinExpr(exOr, parts...))
	}
	r := &criterionBuilder{o: o, list: list, context: context, marks: listMarksOf(text)}
	defer func() {
		if len(r.reqs) == 0 {
			r.byHand(text, true)
		}
	}()
	leadReading := r.readPiece(lead)
	if len(subs) == 0 {
		e := r.finish(leadReading)
		return r.reqs, e
	}
	readings := make([]pieceReading, len(subs))
	var portions []*expr
	for i, s := range subs {
		readings[i] = r.readPiece(s)
		if readings[i].portion != nil {
			portions = append(portions, readings[i].portion)
		}
	}
	byParts := len(portions) > 1 && r.list == listInclusion && !anyOfLead.MatchString(lead)
	for _, s := range subs {
		byParts = byParts && !endsWithOr.MatchString(s)
	}
	subExprs := make([]*expr, len(subs))
	for i, pr := range readings {
		if byParts {
			pr.portion = nil // joined below
		}
		subExprs[i] = r.finish(pr)
	}
	join := r.subJoin(lead, subs)
	subsExpr := joinExpr(join, subExprs...)
	if byParts {
		// "• Phase 1: Documented R/R acute leukemia • Arm A: … • Stem
		// Cell Infusion: At least 60 days …", "• In the phase 1
		// portion, subject must be in first or greater relapse … • For
		// the phase 2 portion, …": the patient enters one of the parts
		// and meets the other items.
		subsExpr = joinExpr(exAnd, append(subExprs[:len(subExprs):len(subExprs)], joinExpr(exOr, portions...))...)
	} else if join == exOr && r.orOnlyBetweenSome(lead, subs) {
		// "• GFR ≥ 70 mL/min/1.73 m² or • A serum creatinine based on
		// age …" among items that all hold: "or" joins its two items.
		subsExpr = joinSubsPairwise(subs, subExprs, r.subJoinWithoutOr(subs))
	}
	if leadReading.dangling {
		// "Prior CAR-T, unless:" followed by the conditions.
		return r.reqs, r.finish(pieceReading{main: leadReading.main, allowed: subsExpr})
	}
	// A lead with a requirement of its own ("Relapsed B-ALL, defined
	// as:") holds together with its items; one that states nothing
	// readable ("In receipt of medication contraindicated by ART:") only
	// introduces them.
	leadExpr := r.finish(leadReading)
	if !hasAtom(leadExpr) {
		return r.reqs, subsExpr
	}
	if examplesLead.MatchString(lead) {
		// "… cancer, including the following tumor types:": the items
		// are examples, not a closed list.
		return r.reqs, joinExpr(exOr, leadExpr, subsExpr)
	}
	return r.reqs, joinExpr(exAnd, leadExpr, subsExpr)
}

// hasAtom reports whether an expression holds a requirement that can
// decide.
func hasAtom(e *expr) bool {
	if e == nil {
		return false
	}
	if e.kind == exAtom {
		return true
	}
	for _, k := range e.kids {
		if hasAtom(k) {
			return true
		}
	}
	return false
}

// splitSubItems parts a criterion into its lead and the items indented
// under it (the "  • " lines CriteriaItems writes).
func splitSubItems(text string) (string, []string) {
	lines := strings.Split(text, "\n")
	lead := []string{}
	var subs []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if rest, ok := strings.CutPrefix(t, "• "); ok {
			subs = append(subs, rest)
			continue
		}
		if len(subs) > 0 {
			subs[len(subs)-1] += " " + t
			continue
		}
		lead = append(lead, t)
	}
	return strings.Join(lead, " "), subs
}

var (
	anyOfLead           = regexp.MustCompile(`(?i)\b(?:one|any|either|at\s+least\s+one)\s+of\b|\bone\s+or\s+more\b|\b(?:any|either)\b.*:\s*$`)
	allOfLead           = regexp.MustCompile(`(?i)\b(?:all|each|both)\s+of\b|\bthe\s+following\s+(?:criteria\s+)?(?:must|are\s+required)|\bmust\s+(?:meet|have|fulfil+)\s+(?:all|the\s+following)`)
	exclusionLead       = regexp.MustCompile(`(?i)\bexclusions?\b|\bexclusion\s+criteria\b|\bnot\s+eligible\b|\bexcluded\b|\bineligible\b`)
	danglingConjunction = regexp.MustCompile(`(?i)\b(?:and|if|provided(?:\s+that)?|unless)\s*:?\s*$`)
	examplesLead        = regexp.MustCompile(`(?i)\b(?:including|includes|include|such\s+as|e\.g\.?|for\s+example|for\s+instance)\b\s*(?:(?:but\s+not\s+limited\s+to|the\s+following|these|any\s+of|one\s+of)\b[^:]{0,30})?:?\s*$`)
	headingLead         = regexp.MustCompile(`^\s*[A-Z][\w /&,()'-]{0,60}:?\s*$`)
	alternativeLead     = regexp.MustCompile(`(?i)\b(?:one|any|either|following|defined|definition|meet|meeting|must|should|have|has|are|is|be|or)\b`)
	definitionLead      = regexp.MustCompile(`(?i)\b(?:defined\s+(?:as|by)|as\s+follows|(?:organ|marrow|renal|hepatic|cardiac|pulmonary)\s+function)\b[^.]*:?\s*$`)
	endsWithOr          = regexp.MustCompile(`(?i)[;,]?\s*\bor\s*$`)
	endsWithAnd         = regexp.MustCompile(`(?i)[;,]?\s*\band\s*$`)
	mustItem            = regexp.MustCompile(`(?i)\b(?:must|should|required|need to|have to)\b`)
)

// subJoin says how the items under a lead combine: as its wording says
// ("one of the following", "all of", items ending in "or"), or else all of
// them for an inclusion whose items each say "must" or are all
// measurements, any of them otherwise.
// partLabel leads an item that speaks of one part of the trial: "Arm A:",
// "Cohort 2B:", "Phase 1:".
var partLabel = regexp.MustCompile(`(?i)^\s*(?:phase|arm|cohort|part|stratum|group|dose\s+level|step|sub-?study)\s*[\w.-]{0,4}\s*:`)

// orOnlyBetweenSome reports whether "or" ends some items but not all
// that come before the last, with no lead saying how the items join.
func (r *criterionBuilder) orOnlyBetweenSome(lead string, subs []string) bool {
	if anyOfLead.MatchString(lead) || len(subs) < 3 {
		return false
	}
	ors := 0
	for _, s := range subs[:len(subs)-1] {
		if endsWithOr.MatchString(s) {
			ors++
		}
	}
	return ors > 0 && ors < len(subs)-1
}

// subJoinWithoutOr is how items join apart from an "or" that ends some.
func (r *criterionBuilder) subJoinWithoutOr(subs []string) exprKind {
	if r.list == listExclusion {
		return exOr
	}
	return exAnd
}

// joinSubsPairwise joins items with join, but an item ending in "or"
// with the next one by "or".
func joinSubsPairwise(subs []string, exprs []*expr, join exprKind) *expr {
	var parts []*expr
	var run []*expr
	for i, e := range exprs {
		run = append(run, e)
		if endsWithOr.MatchString(subs[i]) && i+1 < len(exprs) {
			continue
		}
		if len(run) > 1 {
			for k := range run {
				if run[k] == nil {
					run[k] = unknownExpr(-1) // an alternative not read
				}
			}
		}
		parts = append(parts, joinExpr(exOr, run...))
		run = nil
	}
	return joinExpr(join, parts...)
}

func (r *criterionBuilder) subJoin(lead string, subs []string) exprKind {
	switch {
	case anyOfLead.MatchString(lead):
		return exOr
	case allOfLead.MatchString(lead):
		return exAnd
	case r.list == listInclusion && (headingLead.MatchString(lead) && !alternativeLead.MatchString(lead) || definitionLead.MatchString(lead)):
		// "Prior Treatment", "Documentation of Disease:", "Adequate organ
		// function defined as:": a heading over requirements that all
		// hold.
		return exAnd
	}
	ors, ands, musts := 0, 0, 0
	for _, s := range subs {
		switch {
		case endsWithOr.MatchString(s):
			ors++
		case endsWithAnd.MatchString(s):
			ands++
		}
		if mustItem.MatchString(s) {
			musts++
		}
	}
	switch {
	case ors > 0 && ands == 0:
		return exOr
	case ands > 0 && ors == 0:
		return exAnd
	case r.list == listExclusion:
		return exOr
	case 2*musts >= len(subs):
		return exAnd
	}
	return exOr
}

// pieceReading is what a lead or an item states, sentence by sentence
// combined.
type pieceReading struct {
	main    *expr
	allowed *expr
	// portion is what the piece asks of the patients of one part of the
	// trial ("In the phase 1 portion, subjects must be in first or
	// greater relapse"), apart from main; nil when none.
	portion *expr
	// dangling is set when the piece ends with "unless:" or "except:".
	dangling bool
}

// readPiece reads the sentences of a lead or an item and combines them:
// for an inclusion all of its requirements, for an exclusion its first
// excluding condition or any later one; what a sentence allows is kept
// apart.
func (r *criterionBuilder) readPiece(text string) pieceReading {
	var reqs, allows, portions []*expr
	var p pieceReading
	sentences := splitAtConditionalPart(splitSentencesMarked(text, r.marks))
	if r.list == listInclusion {
		sentences = splitAllowedButNot(sentences)
	}
	for i, s := range sentences {
		// "Patients must have been off chemotherapy for 2 weeks" in an
		// exclusion states a requirement: what it rules out is its
		// opposite.
		list, flip := r.list, r.list == listExclusion && statesRequirement(s)
		if flip {
			list = listInclusion
		}
		if i > 0 && onStudyEvent.MatchString(s) {
			// "Note: participants who become pregnant during the study
			// may continue": what happens after enrollment does not
			// screen.
			continue
		}
		c := newClause(r.o, list, s)
		c.context = r.context
		readAtoms(c)
		sr := c.read(r)
		if flip {
			if e := joinExpr(exOr, sr.main, sr.allowed); e != nil && sr.subject == nil {
				reqs = append(reqs, notExpr(e))
			}
			continue
		}
		if sr.dangling && i == len(sentences)-1 {
			p.dangling = true
		}
		main := sr.main
		if i > 0 && exampleSentence.MatchString(s) && r.list == listInclusion && main != nil {
			// "This will include patients with medulloblastoma, …":
			// examples widen what the criterion admits.
			allows = append(allows, main)
			continue
		}
		if sr.excluding && r.list == listInclusion && main != nil {
			main = notExpr(main)
		}
		if !sr.excluding && !sr.scoped && sr.subject == nil && r.list == listInclusion {
			for _, id := range c.population {
				r.reqs[id].population = true
			}
		}
		if sr.allowed != nil && main == nil && sr.subject != nil && r.list == listInclusion && i > 0 && r.onlyTherapies(sr.allowed) {
			// "Treatment with previous CART CD19 therapy is permitted":
			// a therapy that does not keep the patient out, no other
			// way in.
			continue
		}
		if sr.allowed != nil && main == nil && sr.subject != nil {
			// "Prior CAR-T is allowed if ≥ 30 days from infusion": for an
			// inclusion, not the subject or the condition; for an
			// exclusion, the subject without the condition.
			if r.list == listInclusion {
				main = joinExpr(exOr, notExpr(sr.subject), sr.allowed)
			} else {
				main = joinExpr(exAnd, sr.subject, notExpr(sr.allowed))
			}
			if len(sentences) > 1 && i > 0 && !sr.conditional {
				allows = append(allows, sr.allowed)
				continue
			}
		} else if sr.allowed != nil && main != nil && sr.subject == nil && len(sentences) > 1 {
			// "…; DLCO > 40% if PFTs are clinically appropriate": the
			// condition widens its own sentence, not the others.
			if r.list == listInclusion {
				main = joinExpr(exOr, main, sr.allowed)
			} else {
				main = joinExpr(exAnd, main, notExpr(sr.allowed))
			}
		} else if sr.allowed != nil {
			allows = append(allows, sr.allowed)
		}
		if main == nil {
			continue
		}
		if sr.scoped {
			if r.list == listInclusion && !sr.excluding && (modalVerb.MatchString(s) || partLabel.MatchString(s)) {
				portions = append(portions, main)
				continue
			}
			main = guard(main, r.favourable())
		}
		reqs = append(reqs, main)
	}
	switch {
	case len(portions) > 1:
		// "Patients to be enrolled in the dose-escalation portion must
		// have … Patients to be enrolled in the cohort expansion portion
		// must have …": the patient enters one of the parts.
		reqs = append(reqs, joinExpr(exOr, portions...))
	case len(portions) == 1:
		p.portion = portions[0]
	}
	switch {
	case len(reqs) == 0:
	case r.list == listInclusion:
		p.main = joinExpr(exAnd, reqs...)
	default:
		p.main = reqs[0]
		for _, e := range reqs[1:] {
			p.main = joinExpr(exOr, p.main, e)
		}
	}
	if len(allows) > 0 {
		p.allowed = joinExpr(exOr, allows...)
	}
	return p
}

var (
	// requirementStart opens a sentence that states what the patient must
	// meet: "Patients must have …", "Must not have …".
	requirementStart = regexp.MustCompile(`(?i)^\s*(?:(?:all\s+)?(?:patients?|participants?|subjects?|children|they)\s+)?(?:must|should|shall)\b`)
	// onStudyEvent speaks of what happens once the patient is on the
	// trial.
	onStudyEvent = regexp.MustCompile(`(?i)\b(?:during\s+the\s+(?:study|trial|treatment\s+period)|while\s+on\s+(?:the\s+)?(?:study|trial|treatment)|on[- ]study|becomes?\s+pregnant|after\s+(?:enrol+ment|registration|randomi[sz]ation|receiving\s+(?:at\s+least\s+)?(?:one|1|the\s+first)\s+dose))\b`)
	// exampleSentence gives examples of what the sentence before it
	// states: "This will include …", "Examples include …".
	exampleSentence = regexp.MustCompile(`(?i)^\s*(?:(?:this|these|that|examples?)\s+(?:will\s+|may\s+|would\s+|can\s+|could\s+)?(?:also\s+)?(?:includ\w*|consist\w*)|e\.?g\.?|for\s+(?:example|instance)|such\s+as|including)\b`)
)

// onlyTherapies reports whether the requirements of an expression are
// all therapies given (and wording not read).
func (r *criterionBuilder) onlyTherapies(e *expr) bool {
	found := false
	var walk func(*expr) bool
	walk = func(e *expr) bool {
		switch e.kind {
		case exAtom:
			k := r.reqs[e.req].Kind
			found = found || k == RequirePriorTherapy || k == RequireTimeSince
			return k == RequirePriorTherapy || k == RequireTimeSince
		case exUnknown:
			return true
		}
		for _, k := range e.kids {
			if !walk(k) {
				return false
			}
		}
		return true
	}
	return walk(e) && found
}

// statesRequirement reports whether a sentence states what the patient
// must meet rather than what rules the patient out.
func statesRequirement(s string) bool {
	return requirementStart.MatchString(s) || conditionalModal(s) > 0
}

// favourable is the truth that keeps the patient in.
func (r *criterionBuilder) favourable() Truth {
	if r.list == listExclusion {
		return False
	}
	return True
}

// finish folds what a piece allows into its logic: an inclusion is met by
// its requirements or by what it allows; an exclusion rules out only what
// it does not allow.
func (r *criterionBuilder) finish(p pieceReading) *expr {
	if p.portion != nil {
		p.main = joinExpr(exAnd, p.main, guard(p.portion, True))
		p.portion = nil
	}
	switch {
	case p.main == nil:
		return nil
	case p.allowed == nil:
		return p.main
	case r.list == listInclusion:
		return joinExpr(exOr, p.main, p.allowed)
	}
	if p.main.kind == exOr && r.otherSyndromes(p.main.kids, p.allowed) {
		// "… such as Fanconi anemia, Kostmann syndrome … Patients with
		// Down Syndrome will not be excluded": the allowance takes Down
		// syndrome out of the class, not out of Fanconi anemia.
		var kept, guarded []*expr
		for _, k := range p.main.kids {
			if r.otherSyndromes([]*expr{k}, p.allowed) {
				kept = append(kept, k)
			} else {
				guarded = append(guarded, k)
			}
		}
		return joinExpr(exOr, append(kept, joinExpr(exAnd, joinExpr(exOr, guarded...), notExpr(p.allowed)))...)
	}
	return joinExpr(exAnd, p.main, notExpr(p.allowed))
}

// otherSyndromes reports whether some of the parts are syndromes that are
// neither the allowed one nor a class of it.
func (r *criterionBuilder) otherSyndromes(parts []*expr, allowed *expr) bool {
	if allowed.kind != exAtom {
		return false
	}
	a, ok := r.reqs[allowed.req].cond.(syndromeCond)
	if !ok {
		return false
	}
	v := r.o.syndromes
	for _, k := range parts {
		if k.kind != exAtom {
			continue
		}
		if s, ok := r.reqs[k.req].cond.(syndromeCond); ok && !v.isA(s.id, a.id) && !v.isA(a.id, s.id) {
			return true
		}
	}
	return false
}

// sentenceEnd finds where a sentence ends: a stop before a capital, a
// digit or a bracket.
var sentenceEnd = regexp.MustCompile(`[.!?]\s+[A-Z0-9(\[]|\n+`)

// abbreviations end with a stop that does not end a sentence.
var abbreviations = []string{"e.g", "i.e", "etc", "vs", "approx", "no", "dr", "st", "fig", "ref", "incl", "resp", "min", "max", "inc", "co", "al"}

// listMark is the mark of a list item a sentence ran into: "… on room
// air F. Adequate cardiac function", "… for age C. AST ≤ 5 × ULN".
var listMark = regexp.MustCompile(`([A-Za-z]+|[0-9%)]|×\s*ULN)\s+([A-Z]|\d{1,2})\.\s+`)

// mayHoldListMark reports whether a text has " X. " or " 12. " in it,
// the shape of a list mark, before the expression looks.
func mayHoldListMark(text string) bool {
	for i := strings.Index(text, ". "); i >= 0; {
		j := i - 1
		for j >= 0 && i-j <= 2 && (text[j] >= '0' && text[j] <= '9' || i-j == 1 && text[j] >= 'A' && text[j] <= 'Z') {
			j--
		}
		if j >= 0 && j < i-1 && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n') {
			return true
		}
		next := strings.Index(text[i+2:], ". ")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return false
}

// listMarksOf returns the list marks a text holds.
func listMarksOf(text string) map[string]bool {
	marks := map[string]bool{}
	if !mayHoldListMark(text) {
		return marks
	}
	for _, m := range listMark.FindAllStringSubmatchIndex(text, -1) {
		if !markNamed(text[m[2]:m[3]]) {
			marks[text[m[4]:m[5]]] = true
		}
	}
	return marks
}

// markNamed reports whether the word before a letter or number names it
// rather than ending a sentence: "hepatitis B.", "grade 2.", "type 1.".
func markNamed(word string) bool {
	w := strings.ToLower(word)
	return countingWord[w] || letterNameWord[w]
}

// letterNameWord is a word a letter follows as its name.
var letterNameWord = map[string]bool{
	"hepatitis": true, "vitamin": true, "factor": true, "protein": true, "complement": true, "schedule": true,
	"category": true, "subtype": true, "influenza": true, "hemophilia": true, "haemophilia": true, "lambda": true,
	"kappa": true, "immunoglobulin": true, "ig": true, "b": true, "t": true, "and": true, "or": true,
}

// lonelyNumberMark reports whether a number alone is the mark of the next
// item a criterion ran into ("… anti-CD19 therapy 9. Treatment with …"):
// not after a word that counts or names ("14 days 2.", "grade 3.").
func lonelyNumberMark(before, mark string) bool {
	n, err := strconv.Atoi(mark)
	if err != nil || n < 2 || n > 40 {
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.Trim(f[len(f)-1], ".,;:()"))
	return !countingWord[w] && !strings.HasSuffix(w, "s") || w == "therapies"
}

// countingWord is a word a number follows as its count or name.
var countingWord = map[string]bool{
	"grade": true, "stage": true, "type": true, "level": true, "version": true, "phase": true, "arm": true, "cohort": true,
	"part": true, "step": true, "group": true, "day": true, "week": true, "month": true, "year": true, "cycle": true,
	"dose": true, "line": true, "cns": true, "m": true, "cr": true, "figure": true, "table": true, "section": true,
	"criterion": true, "criteria": true, "item": true, "appendix": true, "stratum": true, "tier": true, "class": true,
	"trisomy": true, "chromosome": true, "mll": true, "ecog": true, "lansky": true, "karnofsky": true, "who": true,
}

// breakAtListMarks puts a line break at each list mark that follows or
// precedes the mark before or after it among marks ("B. … C. …"; in a
// list of three marks or more, one may be missing), so
// that each item is a sentence of its own; "hepatitis B. Patients …" has
// no list.
func breakAtListMarks(text string, marks map[string]bool) string {
	if len(marks) == 0 && !mayHoldListMark(text) {
		return text
	}
	ms := listMark.FindAllStringSubmatchIndex(text, -1)
	if len(ms) == 0 {
		return text
	}
	near := func(mark string, d int) bool {
		if n, err := strconv.Atoi(mark); err == nil {
			return marks[strconv.Itoa(n+d)]
		}
		return marks[string(rune(int(mark[0])+d))]
	}
	var b strings.Builder
	from := 0
	for _, m := range ms {
		mark := text[m[4]:m[5]]
		if markNamed(text[m[2]:m[3]]) || !near(mark, -1) && !near(mark, 1) && (len(marks) < 3 || !near(mark, -2) && !near(mark, 2)) && !lonelyNumberMark(text[:m[4]], mark) {
			continue
		}
		b.WriteString(text[from:m[3]])
		b.WriteString("\n")
		from = m[1]
	}
	b.WriteString(text[from:])
	return b.String()
}

// conditionalPart is a part of a sentence after a semicolon that holds
// its own condition: "…; DLCO > 40% if PFTs are clinically appropriate".
var (
	conditionalPart = regexp.MustCompile(`(?i)^[^;]*\w[^;]*\b(?:if|unless|provided|except)\b[^;]*$`)
	escapeWord      = regexp.MustCompile(`(?i)\b(?:if|unless|provided|except|allowed|permitted|eligible|may)\b`)
)

// splitAtConditionalPart parts a sentence at its last semicolon when the
// part after it has a condition of its own and the part before none, so
// that the condition does not reach back.
func splitAtConditionalPart(sentences []string) []string {
	var out []string
	for _, s := range sentences {
		i := strings.LastIndex(s, "; ")
		if i < 0 || !conditionalPart.MatchString(s[i+2:]) || escapeWord.MatchString(s[:i]) || escapeWord.MatchString(strings.Fields(s[i+2:])[0]) {
			out = append(out, s)
			continue
		}
		out = append(out, strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+2:]))
	}
	return out
}

// allowedButNot is an allowance with what it leaves out: "Patients may
// have CNS 1 or CNS 2 disease but not CNS 3".
var allowedButNot = regexp.MustCompile(`(?i)\b(?:may|can|are\s+allowed\s+to|are\s+permitted\s+to)\b[^.;]*?(,?\s+but\s+)(not\s+[^.;]+)`)

// splitAllowedButNot parts an inclusion's allowance from what it leaves
// out, which is then required: not CNS 3.
func splitAllowedButNot(sentences []string) []string {
	var out []string
	for _, s := range sentences {
		m := allowedButNot.FindStringSubmatchIndex(s)
		if m == nil {
			out = append(out, s)
			continue
		}
		out = append(out, strings.TrimSpace(s[:m[2]]), strings.TrimSpace(s[m[4]:]))
	}
	return out
}

// splitSentences parts a text into its sentences.
func splitSentences(text string) []string {
	return splitSentencesMarked(text, listMarksOf(text))
}

// splitSentencesMarked parts a text into its sentences, also at the list
// marks it shares with the criterion it belongs to.
func splitSentencesMarked(text string, marks map[string]bool) []string {
	text = breakAtListMarks(text, marks)
	var out []string
	from := 0
	for _, loc := range sentenceEnd.FindAllStringIndex(text, -1) {
		end := loc[0] + 1
		if text[loc[0]] == '\n' {
			end = loc[0]
		} else if endsWithAbbreviation(text[from:loc[0]]) {
			continue
		}
		if s := strings.TrimSpace(text[from:end]); s != "" {
			out = append(out, s)
		}
		from = end
	}
	if s := strings.TrimSpace(text[from:]); s != "" {
		out = append(out, s)
	}
	return out
}

// endsWithAbbreviation reports whether a text ends with an abbreviation
// or an initial.
func endsWithAbbreviation(s string) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return r == ' ' || r == '(' || r == '\n' })
	word := strings.ToLower(s[i+1:])
	for _, a := range abbreviations {
		if word == a {
			return true
		}
	}
	if len(word) != 1 || word[0] >= '0' && word[0] <= '9' {
		return false // "grade 2."
	}
	// "hepatitis B." names a letter; "J. Smith" is an initial.
	before := strings.Fields(s[:i+1])
	return len(before) == 0 || !letterNameWord[strings.ToLower(before[len(before)-1])]
}
