package eligibility

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// The lists a criterion comes from, as reasons and `fit --json` name them.
const (
	ListInclusion  = "inclusion"
	ListExclusion  = "exclusion"
	ListConditions = "conditions"
	ListAges       = "ages"
	ListSex        = "sex"
)

// criterionReading is one criterion read into requirements and logic.
type criterionReading struct {
	list   string
	number int
	text   string
	reqs   []Requirement
	logic  *expr
	// excluding is set where the logic states what rules the patient out
	// (an exclusion); otherwise what the patient must meet.
	excluding bool
	// sectioned is set for a criterion under the heading of one part of
	// the trial ("(C) INCLUSION CRITERIA - STRATUM C PARTICIPANTS ONLY:").
	sectioned bool
}

// TrialRequirements is a trial read once into requirements, to screen any
// number of patients against it.
type TrialRequirements struct {
	NCTID    string
	o        *Ontology
	criteria []criterionReading
	// stated is set when the trial states ages, age groups or
	// conditions: something a patient can be compared with.
	stated bool
}

// ParseRequirements reads a trial's ages, sex, conditions and criteria
// into requirements.
func ParseRequirements(o *Ontology, t *model.Trial) *TrialRequirements {
	tr := &TrialRequirements{NCTID: t.NCTID, o: o}
	tr.stated = t.Ages.Stated() || len(t.AgeGroups) > 0 || len(t.Conditions) > 0
	switch {
	case t.Ages.Stated():
		tr.addPseudo(ListAges, "Ages: "+t.Ages.Label(), Requirement{Kind: RequireAge, Text: t.Ages.Label(), Detail: t.Ages.Label(), Rule: ruleAge, cond: ageCond{ages: t.Ages}})
	case len(t.AgeGroups) > 0:
		label := model.AgeGroupsLabel(t.AgeGroups) + ", " + model.AgeGroupsSpan(t.AgeGroups)
		tr.addPseudo(ListAges, "Age groups: "+label, Requirement{Kind: RequireAge, Text: label, Detail: "the age groups " + label, Rule: ruleAge, cond: ageGroupsCond{groups: t.AgeGroups}})
	}
	if t.Sex == model.SexFemale || t.Sex == model.SexMale {
		sex := strings.ToLower(string(t.Sex))
		tr.addPseudo(ListSex, "Sex: "+sex, Requirement{Kind: RequireSex, Text: string(t.Sex), Detail: sex + " patients only", Rule: ruleSex, cond: sexCond{sex: t.Sex}})
	}
	context := trialWords(t)
	var inclusion []criterionReading
	for n, c := range t.Inclusion {
		reqs, logic := readCriterion(o, listInclusion, c, context)
		inclusion = append(inclusion, criterionReading{list: ListInclusion, number: n + 1, text: c, reqs: reqs, logic: logic})
	}
	inclusion = mergeArms(o, inclusion, context)
	guardSections(inclusion, True)
	linkAlternativeBounds(inclusion)
	if t.Ages.Min != nil {
		linkLooseLowerAge(inclusion, t.Ages)
	}
	tr.linkRecordAges(inclusion)
	if cond := readConditions(o, t, inclusion); cond != nil {
		tr.criteria = append(tr.criteria, *cond)
	}
	tr.criteria = append(tr.criteria, inclusion...)
	var exclusion []criterionReading
	for n, c := range t.Exclusion {
		reqs, logic := readCriterion(o, listExclusion, c, context)
		exclusion = append(exclusion, criterionReading{list: ListExclusion, number: n + 1, text: c, reqs: reqs, logic: logic, excluding: true})
	}
	guardSections(exclusion, False)
	tr.criteria = append(tr.criteria, exclusion...)
	return tr
}

// ageAtDiagnosis finds an age a criterion states at diagnosis, not now:
// "age 21 at the time of initial diagnosis".
var ageAtDiagnosis = regexp.MustCompile(`(?i)\bage[sd]?\b[^.;]{0,60}\bat\s+(?:the\s+)?(?:time\s+of\s+)?(?:initial\s+|original\s+|first\s+)?diagnosis\b`)

// linkRecordAges makes the record's ages an alternative of the ages the
// inclusions state: where an inclusion admits the patient (at a
// collaborating site, in another stratum) the record's bound alone does
// not rule out; where an inclusion counts the age at diagnosis, the
// record's bound may count it too.
func (tr *TrialRequirements) linkRecordAges(inclusion []criterionReading) {
	if len(tr.criteria) == 0 || tr.criteria[0].list != ListAges {
		return
	}
	ages := &tr.criteria[0]
	var others []condition
	for _, c := range inclusion {
		if ageAtDiagnosis.MatchString(c.text) {
			ages.logic = guard(ages.logic, True)
		}
		if !agesCriterion(c) {
			continue
		}
		for _, q := range c.reqs {
			if ac, ok := unwrapAlternative(q.cond).(ageCond); ok && ac.item {
				others = append(others, ac)
			}
		}
	}
	if len(others) > 0 {
		ages.reqs[0].cond = alternativeCond{own: ages.reqs[0].cond, others: others}
	}
}

// agesCriterion reports whether a criterion states the trial's ages: its
// requirements are ages and wording read by hand, outside the section of
// one part of the trial; "Age > 18 months with unfavorable pathology"
// among the stages of a diagnosis picks out some patients, and an
// exception for one diagnosis holds only for it.
func agesCriterion(c criterionReading) bool {
	if otherPerson.MatchString(c.text) || c.sectioned {
		return false // "Potential donor is at least 18 years of age"
	}
	for _, q := range c.reqs {
		if q.Kind != RequireAge && q.Kind != RequireByHand && q.Kind != RequireLab {
			return false
		}
	}
	return true
}

// otherPerson names someone other than the patient.
var otherPerson = regexp.MustCompile(`(?i)\b(?:donors?|parents?|guardians?|siblings?|caregivers?|mothers?|fathers?|partners?|spouses?)\b`)

// addPseudo adds a criterion of one requirement read from a field of the
// record.
func (tr *TrialRequirements) addPseudo(list, text string, q Requirement) {
	tr.criteria = append(tr.criteria, criterionReading{list: list, text: text, reqs: []Requirement{q}, logic: atomExpr(0)})
}

// conditionModifiers are the words a condition may hold besides a
// diagnosis without naming a population of its own: "Relapsed", "Childhood",
// "Minimal Residual Disease".
var conditionModifiers = map[string]bool{
	"relapsed": true, "refractory": true, "recurrent": true, "relapse": true, "recurrence": true, "childhood": true,
	"pediatric": true, "paediatric": true, "adolescent": true, "adolescents": true, "young": true, "adult": true, "adults": true,
	"infant": true, "infants": true, "children": true, "child": true, "high": true, "risk": true, "minimal": true,
	"measurable": true, "residual": true, "disease": true, "mrd": true, "positive": true, "negative": true, "and": true,
	"or": true, "of": true, "the": true, "in": true, "with": true, "newly": true, "diagnosed": true, "untreated": true,
	"progressive": true, "persistent": true, "advanced": true, "metastatic": true, "stage": true, "grade": true,
	"secondary": true, "primary": true, "resistant": true, "remission": true, "first": true, "second": true,
}

// readConditions reads the trial's population: the diagnoses of its
// conditions, with those its title and its inclusion criteria add; a
// condition whose lineage the title names narrows to it ("ALL" with a
// title on "B-cell ALL"); markers the conditions or title require ("CD19+
// Acute Leukemia"). A condition the ontology does not know leaves the
// diagnosis to check. nil when the trial names no diagnosis.
func readConditions(o *Ontology, t *model.Trial, inclusion []criterionReading) *criterionReading {
	v := o.diagnoses
	var ids []int
	unknown := false
	addID := func(id int) {
		if !containsInt(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, cond := range t.Conditions {
		found := v.names.find(cond, tokenize(cond))
		for _, m := range found {
			addID(m.id)
		}
		if len(found) == 0 && !ignorableCondition(o, cond) {
			unknown = true
		}
	}
	title := strings.TrimSpace(t.Title + "\n" + t.OfficialTitle)
	var titleIDs []int
	for _, m := range v.names.find(title, tokenize(title)) {
		titleIDs = append(titleIDs, m.id)
	}
	if len(t.Conditions) == 0 && len(titleIDs) == 0 {
		return nil
	}
	ids, narrowed := narrowByLineage(o, ids, titleIDs)
	broaden := func(id int) {
		if !coveredBy(o, id, ids) && !containsInt(narrowed, id) {
			addID(id)
		}
	}
	for _, id := range titleIDs {
		broaden(id)
	}
	for _, c := range inclusion {
		for _, q := range c.reqs {
			if dc, ok := q.cond.(diagnosisCond); ok && q.Kind == RequireDiagnosis && q.population {
				for _, id := range dc.ids {
					broaden(id)
				}
			}
		}
	}
	text := "Conditions: " + strings.Join(t.Conditions, "; ")
	if len(t.Conditions) == 0 {
		text = "Title: " + strings.ReplaceAll(title, "\n", " — ")
	}
	var reqs []Requirement
	var parts []*expr
	if len(ids) > 0 {
		keys := make([]string, len(ids))
		for i, id := range ids {
			keys[i] = v.key(id)
		}
		reqs = append(reqs, Requirement{Kind: RequireDiagnosis, Text: strings.Join(t.Conditions, "; "), Detail: "one of " + strings.Join(keys, ", "),
			Rule: ruleDiagnosis, cond: diagnosisCond{ids: ids}})
		dx := atomExpr(0)
		if unknown {
			dx = joinExpr(exOr, dx, unknownExpr(-1))
		}
		parts = append(parts, dx)
	} else if unknown {
		reqs = append(reqs, Requirement{Kind: RequireByHand, Text: strings.Join(t.Conditions, "; "), Detail: "conditions the screening does not know", Rule: ruleDiagnosis})
		parts = append(parts, unknownExpr(0))
	}
	for _, a := range populationMarkers(o, t) {
		if !containsMarker(reqs, a.req.cond.(markerCond).target) {
			reqs = append(reqs, a.req)
			parts = append(parts, atomExpr(len(reqs)-1))
		}
	}
	if len(parts) == 0 {
		return nil
	}
	logic := joinExpr(exAnd, parts...)
	for _, c := range inclusion {
		if caseByCase.MatchString(c.text) {
			// A program that takes patients case by case states no
			// population it holds to.
			logic = guard(logic, True)
			break
		}
	}
	return &criterionReading{list: ListConditions, text: text, reqs: reqs, logic: logic}
}

func containsMarker(reqs []Requirement, target string) bool {
	for _, q := range reqs {
		if mc, ok := q.cond.(markerCond); ok && mc.target == target {
			return true
		}
	}
	return false
}

// ignorableCondition reports whether a condition names no population: a
// therapy ("CAR-T"), a marker, a genetic finding, or words such as
// "Relapse" and "Minimal Residual Disease".
func ignorableCondition(o *Ontology, cond string) bool {
	toks := tokenize(cond)
	if len(toks) == 0 {
		return true
	}
	covered := make([]bool, len(toks))
	for _, v := range []*vocabulary{o.therapies, o.targets, o.genetics} {
		for _, m := range v.names.find(cond, toks) {
			for i := m.from; i < m.to; i++ {
				covered[i] = true
			}
		}
	}
	for i, t := range toks {
		if !covered[i] && !conditionModifiers[t.lower] {
			return false
		}
	}
	return true
}

// narrowByLineage replaces a condition by its children of one lineage
// when the title names them: "ALL" with "B-cell ALL" in the title is
// B-ALL. It returns the conditions and those it narrowed.
func narrowByLineage(o *Ontology, ids, named []int) (out, narrowed []int) {
	v := o.diagnoses
	for _, id := range ids {
		var children []int
		for _, n := range named {
			if n != id && v.attr(n, "lineage") != "" && v.attr(id, "lineage") == "" && containsString(v.entries[n].Parents, v.key(id)) {
				children = append(children, n)
			}
		}
		if len(children) == 0 {
			out = append(out, id)
			continue
		}
		narrowed = append(narrowed, id)
		for _, c := range children {
			if !containsInt(out, c) {
				out = append(out, c)
			}
		}
	}
	return out, narrowed
}

// coveredBy reports whether a diagnosis falls under one of some.
func coveredBy(o *Ontology, id int, ids []int) bool {
	for _, other := range ids {
		if o.diagnoses.isA(id, other) {
			return true
		}
	}
	return false
}

// alternativeCond is a bound that another inclusion states differently
// for the same value ("ANC ≥ 1,500/µL", and in a later note "patients with
// marrow involvement … must have ANC ≥ 1,000/µL"): it rules out only when
// the patient fails every one of them.
type alternativeCond struct {
	own    condition
	others []condition
}

func (a alternativeCond) eval(p *Profile, o *Ontology) (Truth, string) {
	t, fact := a.own.eval(p, o)
	if t != False {
		return t, fact
	}
	for _, c := range a.others {
		if other, _ := c.eval(p, o); other != False {
			return Unknown, fact
		}
	}
	return False, fact
}

// linkAlternativeBounds makes the lab bounds and performance scores that
// several inclusions state for the same value alternatives of one another.
func linkAlternativeBounds(inclusion []criterionReading) {
	type place struct{ criterion, req int }
	byValue := map[string][]place{}
	for ci, c := range inclusion {
		for qi, q := range c.reqs {
			switch cond := q.cond.(type) {
			case labCond:
				byValue["lab "+cond.analyte] = append(byValue["lab "+cond.analyte], place{ci, qi})
			case performanceCond:
				for _, b := range cond.bounds {
					byValue["score "+b.scale] = append(byValue["score "+b.scale], place{ci, qi})
				}
			case ageCond:
				if cond.item && agesCriterion(c) {
					byValue["age"] = append(byValue["age"], place{ci, qi})
				}
			}
		}
	}
	for _, places := range byValue {
		criteria := map[int]bool{}
		for _, pl := range places {
			criteria[pl.criterion] = true
		}
		if len(criteria) < 2 {
			continue
		}
		for _, pl := range places {
			q := &inclusion[pl.criterion].reqs[pl.req]
			if _, done := q.cond.(alternativeCond); done {
				continue
			}
			alt := alternativeCond{own: q.cond}
			for _, other := range places {
				if other.criterion != pl.criterion {
					alt.others = append(alt.others, unwrapAlternative(inclusion[other.criterion].reqs[other.req].cond))
				}
			}
			q.cond = alt
		}
	}
}

func unwrapAlternative(c condition) condition {
	if a, ok := c.(alternativeCond); ok {
		return a.own
	}
	return c
}

// markerBeforeDiagnosis is the text a marker of a population may stand
// in before its diagnosis: "CD22+ B-cell ALL", "CD19-positive relapsed
// leukemia".
var markerBeforeDiagnosis = regexp.MustCompile(`(?i)^[\s,/-]*(?:(?:relapsed|refractory|recurrent|or|and|/|r/r|childhood|pediatric|acute|chronic|B-cell|T-cell|precursor|advanced|metastatic)[\s,/-]+){0,4}$`)

// populationMarkers returns the markers the whole population must carry:
// one each condition that names a diagnosis states ("HER2-positive Breast
// Cancer" and "HER2-positive Carcinoma", not with a third condition
// "Neoplasm Metastasis"), or one the title states right before its
// diagnosis ("Relapsed or Refractory CD22+ B-cell Acute Lymphoblastic
// Leukemia").
func populationMarkers(o *Ontology, t *model.Trial) []atom {
	markersOf := func(text string) []atom {
		c := newClause(o, listInclusion, text)
		readMarkers(c)
		var out []atom
		for _, a := range c.atoms {
			if mc, ok := a.req.cond.(markerCond); ok && mc.present {
				out = append(out, a)
			}
		}
		return out
	}
	var out []atom
	shared := map[string]int{}
	withDx := 0
	for _, cond := range t.Conditions {
		if len(o.diagnoses.names.find(cond, tokenize(cond))) == 0 {
			continue
		}
		withDx++
		for _, a := range markersOf(cond) {
			key := a.req.cond.(markerCond).target
			if shared[key] == withDx-1 {
				shared[key] = withDx
				if withDx == 1 {
					out = append(out, a)
				}
			}
		}
	}
	kept := out[:0]
	for _, a := range out {
		if shared[a.req.cond.(markerCond).target] == withDx {
			kept = append(kept, a)
		}
	}
	out = kept
	for _, title := range []string{t.Title, t.OfficialTitle} {
		dx := o.diagnoses.names.find(title, tokenize(title))
		toks := tokenize(title)
		for _, a := range markersOf(title) {
			for _, m := range dx {
				if start := toks[m.from].start; start >= a.end && markerBeforeDiagnosis.MatchString(title[a.end:start]) {
					out = append(out, a)
					break
				}
			}
		}
	}
	return out
}

// caseByCase marks a program that takes patients one by one, whatever its
// conditions say: "requests on a case-by-case basis … for patients not
// otherwise eligible".
var caseByCase = regexp.MustCompile(`(?i)\bcase[- ]by[- ]case\b|\bnot\s+otherwise\s+eligible\b|\bindividually[- ]approved\b`)

// linkLooseLowerAge makes a criterion's strict lower age bound ("> 18
// years of age") an alternative of the record's inclusive one ("18
// Years"): which of them the trial means is for a human to say.
func linkLooseLowerAge(inclusion []criterionReading, ages model.AgeRange) {
	for ci := range inclusion {
		for qi := range inclusion[ci].reqs {
			q := &inclusion[ci].reqs[qi]
			ac, ok := q.cond.(ageCond)
			if !ok || ac.ages.Min == nil || ac.ages.Min.Inclusive || !ages.Min.Inclusive || ac.ages.Min.InDays() != ages.Min.InDays() {
				continue
			}
			q.cond = alternativeCond{own: ac, others: []condition{ageCond{ages: ages}}}
		}
	}
}

// sectionHeading is a criterion that opens a part of the list for one
// cohort, arm or randomisation: "Eligibility criteria for the secondary
// randomisation to …:", "Cohort B:", "For patients enrolled on Part 2:".
var sectionHeading = regexp.MustCompile(`(?i)(?:\b(?:randomi[sz]ation|randomi[sz]ed|cohorts?|arms?|parts?|strat(?:um|a)|groups?|phases?|sub[- ]?stud(?:y|ies)|steps?|registration|expansion|escalation|portion|donors?|for\s+(?:patients|participants|subjects|those))\b.*|\b(?:also\s+)?eligible\s+(?:with|if|when)\b[^.]*):\s*$`)

// allGroups marks a heading that speaks to every part of the trial.
var allGroups = regexp.MustCompile(`(?i)\ball\s+(?:groups|arms|cohorts|parts|strata|patients|participants|subjects)\b`)

// guardSections keeps the criteria under a heading of one cohort, arm or
// randomisation from ruling out: another part of the trial may take the
// patient. The criteria before the first such heading are the trial's own.
func guardSections(list []criterionReading, fav Truth) {
	inSection := false
	for i := range list {
		c := &list[i]
		if strings.HasSuffix(strings.TrimSpace(c.text), ":") && sectionHeading.MatchString(c.text) && !runsOn.MatchString(c.text) {
			// "Additional criteria for all groups:" speaks to everyone.
			inSection = !allGroups.MatchString(c.text)
			continue
		}
		if inSection && i > 0 && topicHeading.MatchString(strings.SplitN(c.text, "\n", 2)[0]) && !sectionHeading.MatchString(list[i-1].text) {
			// "Myelosuppressive chemotherapy: • …" after the items of
			// "Patients with Down syndrome are also eligible with:": a
			// heading of another topic ends the section.
			inSection = false
		}
		if inSection && c.logic != nil {
			c.logic = guard(c.logic, fav)
			c.sectioned = true
		}
	}
}

// armItem leads an inclusion that speaks of one part of the trial and
// states what it takes: "ARM A: CD19+/- CD22+ B-ALL with relapsed …",
// "Cohort 2: T-ALL …".
var armItem = regexp.MustCompile(`(?i)^\s*(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:arm|cohort|stratum|group|part)\s*[A-Z0-9]{1,3}\s*[:.)-]\s*\S`)

// mergeArms reads consecutive inclusions that each state one arm's
// patients as one criterion whose arms are alternatives: the patient
// enters one arm, and is ruled out only when every arm rules out.
func mergeArms(o *Ontology, inclusion []criterionReading, context map[string]bool) []criterionReading {
	var out []criterionReading
	for i := 0; i < len(inclusion); {
		j := i
		for j < len(inclusion) && armItem.MatchString(inclusion[j].text) && inclusion[j].logic != nil && !armScopedOnly(inclusion[j].text) {
			j++
		}
		if j-i < 2 {
			out = append(out, inclusion[i])
			i++
			continue
		}
		merged := inclusion[i]
		var texts []string
		for _, c := range inclusion[i:j] {
			texts = append(texts, strings.ReplaceAll(c.text, "\n", " "))
		}
		merged.text = strings.Join(texts, "\n")
		merged.reqs, merged.logic = readCriterion(o, listInclusion, "Arms:\n  • "+strings.Join(texts, "\n  • "), context)
		out = append(out, merged)
		i = j
	}
	return out
}

// armScopedOnly reports whether an arm's item adds to what the arm asks
// rather than stating its patients: "For ARM B there must be a suitable
// donor".
func armScopedOnly(text string) bool {
	return regexp.MustCompile(`(?i)^\s*(?:for|in)\s`).MatchString(text)
}

// runsOn ends an item that runs on into the next: "…, OR:".
var runsOn = regexp.MustCompile(`(?i)\b(?:or|and|and/or)\s*:\s*$`)

// topicHeading is a short heading that leads a criterion's items:
// "Myelosuppressive chemotherapy:", "Organ function:".
var topicHeading = regexp.MustCompile(`^\s*[A-Z][\w /&,()'-]{2,50}:\s*$`)

// trialWords returns the words of a trial's conditions and titles that
// carry no class of their own: the names of its population ("LINCL",
// "Batten").
func trialWords(t *model.Trial) map[string]bool {
	out := map[string]bool{}
	for _, text := range append(append([]string{}, t.Conditions...), t.Title, t.OfficialTitle, t.Acronym) {
		toks := tokenize(text)
		for _, tok := range toks {
			if _, classed := wordClasses[tok.lower]; !classed && len(tok.lower) > 2 {
				out[tok.lower] = true
			}
		}
	}
	for _, cond := range t.Conditions {
		// "Late Infantile Neuronal Ceroid Lipofuscinosis" is also
		// "LINCL".
		var initials strings.Builder
		for _, tok := range tokenize(cond) {
			initials.WriteByte(tok.lower[0])
		}
		if initials.Len() >= 3 {
			out[initials.String()] = true
		}
	}
	return out
}
