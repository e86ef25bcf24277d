package eligibility

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// notCond holds when its condition does not: "a negative pregnancy test".
type notCond struct{ c condition }

func (n notCond) eval(p *Profile, o *Ontology) (Truth, string) {
	t, f := n.c.eval(p, o)
	return t.not(), f
}

// readSyndromes reads predisposition syndromes: "Down syndrome", "Fanconi
// anemia", "known cancer predisposition syndrome".
func readSyndromes(c *clause) {
	v := c.o.syndromes
	for _, m := range c.freeMatches(v) {
		start, end := c.span(m)
		c.add(start, end, RequireSyndrome, ruleSyndrome, v.key(m.id)+" syndrome", syndromeCond{id: m.id})
	}
}

var (
	negativePregnancyTest = regexp.MustCompile(`(?i)\bnegative\s+(?:serum\s+|urine\s+|blood\s+|(?:beta|β)[- ]?h?CG\s+)*pregnancy\s+tests?\b|\bpregnancy\s+tests?\s+(?:must\s+be\s+|that\s+is\s+|which\s+is\s+)?negative\b`)
	positivePregnancyTest = regexp.MustCompile(`(?i)\bpositive\s+(?:serum\s+|urine\s+|blood\s+)*pregnancy\s+tests?\b`)
	pregnancyWord         = regexp.MustCompile(`(?i)\b(?:pregnant|pregnancy)\b`)
	breastfeedingWord     = regexp.MustCompile(`(?i)\b(?:breast[- ]?feeding|lactating|lactation|nursing)\b`)
	pregnancyTestAfter    = regexp.MustCompile(`(?i)^\s*tests?\b`)
)

// readPregnancy reads pregnancy and breastfeeding, and a negative
// pregnancy test (which asks the patient not to be pregnant).
func readPregnancy(c *clause) {
	pregnant := pregnancyCond{state: statePregnant}
	c.eachFree(negativePregnancyTest, func(m []int) {
		if c.list == listExclusion {
			// A negative test asked for among the exclusions rules out
			// a pregnancy.
			c.add(m[0], m[1], RequirePregnancy, ruleOther, "pregnant (a negative pregnancy test is required)", pregnant)
			return
		}
		c.add(m[0], m[1], RequirePregnancy, ruleOther, "not pregnant (negative pregnancy test)", notCond{c: pregnant})
	})
	c.eachFree(positivePregnancyTest, func(m []int) {
		c.add(m[0], m[1], RequirePregnancy, ruleOther, "pregnant", pregnant)
	})
	c.eachFree(pregnancyWord, func(m []int) {
		if pregnancyTestAfter.MatchString(c.text[m[1]:]) {
			return // a test to be done says nothing of the state
		}
		c.add(m[0], m[1], RequirePregnancy, ruleOther, "pregnant", pregnant)
	})
	c.eachFree(breastfeedingWord, func(m []int) {
		c.add(m[0], m[1], RequirePregnancy, ruleOther, "breastfeeding", pregnancyCond{state: stateBreastfeeding})
	})
}

var (
	// dxScopeBefore opens a sentence that speaks of one diagnosis only:
	// "For patients with AML:", "In subjects with neuroblastoma,".
	dxScopeBefore = regexp.MustCompile(`(?i)^\s*(?:(?:for|in|among|if)\s+)(?:(?:the\s+)?(?:patients?|participants?|subjects?|children|those)\s+)?(?:(?:with|diagnosed\s+with|who\s+have|having)\s+)?(?:(?:newly\s+diagnosed|relapsed|refractory|recurrent)\s+(?:or\s+(?:relapsed|refractory)\s+)?)?$`)
	// dxScopeSubject opens "Patients with ALL must …".
	dxScopeSubject = regexp.MustCompile(`(?i)^\s*(?:(?:patients?|participants?|subjects?|children)\s+(?:with|diagnosed\s+with)\s+)(?:(?:relapsed|refractory|recurrent)\s+)?$`)
	dxScopeVerb    = regexp.MustCompile(`(?i)^\s*(?:\([^)]{0,20}\)\s*)?(?:patients?\s+|participants?\s+)?(?:must|should|need\s+to|will\s+need|are\s+required|have\s+to|:)`)
	dxAbbrev       = regexp.MustCompile(`^\s*\(\s*([^()]{1,24})\s*\)`)
)

// geneAfter follows a disease's name that names a gene: "(RB1) gene
// mutation", "gene".
var geneAfter = regexp.MustCompile(`(?i)^\s*(?:\(\s*[A-Z0-9-]{2,10}\s*\)\s*)?(?:gene|genes)\b`)

// readDiagnoses reads diagnoses, their exceptions ("AML other than APL")
// and a diagnosis a sentence is limited to ("For patients with AML: …").
func readDiagnoses(c *clause) {
	v := c.o.diagnoses
	ms := c.freeMatches(v)
	root := v.id("malignancy")
	others := c.list == listExclusion || excludingPhrase.MatchString(c.text)
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		start, end := c.span(m)
		if m.id == root && m.from > 0 && unknownWord(c, m.from-1) {
			// "pancreatic cancer": a cancer the vocabulary does not know,
			// not any cancer.
			continue
		}
		if geneAfter.MatchString(c.text[end:]) {
			// "retinoblastoma (RB1) gene mutation": a gene named after a
			// disease.
			continue
		}
		// "Acute Lymphoblastic Leukemia (ALL)": the abbreviation is the
		// same diagnosis.
		if a := dxAbbrev.FindStringIndex(c.text[end:]); a != nil && i+1 < len(ms) {
			ns, ne := c.span(ms[i+1])
			if ns >= end+a[0] && ne <= end+a[1] && (v.isA(m.id, ms[i+1].id) || v.isA(ms[i+1].id, m.id)) {
				end += a[1]
				i++
			}
		}
		cond := diagnosisCond{ids: []int{m.id}, others: others}
		detail := v.key(m.id)
		if ids, gradeStart := gradesBefore(c, m.id, start); len(ids) > 0 {
			// "grade 1, 2, or 3a follicular lymphoma".
			cond.ids, start = ids, gradeStart
			detail = gradeNames(v, ids)
		} else if ids, gradeEnd := gradesAfter(c, m.id, end); len(ids) > 0 {
			// "follicular lymphoma, WHO classification, grade 1, 2, or
			// 3a": the grades named.
			cond.ids, end = ids, gradeEnd
			detail = gradeNames(v, ids)
		}
		if loc := exceptionAfter.FindStringIndex(c.text[end:]); loc != nil && i+1 < len(ms) {
			if ns, ne := c.span(ms[i+1]); ns == end+loc[1] {
				cond.except = append(cond.except, ms[i+1].id)
				detail += " other than " + v.key(ms[i+1].id)
				end = ne
				if strings.HasPrefix(strings.TrimSpace(c.text[end:]), ")") {
					end += strings.Index(c.text[end:], ")") + 1
				}
				i++
			}
		}
		before := c.text[:start]
		scoped := dxScopeBefore.MatchString(before) && c.startsSentence(before) ||
			dxScopeSubject.MatchString(before) && dxScopeVerb.MatchString(c.text[end:])
		if scoped && c.scope == nil && c.free(start, end) {
			scopeStart := start
			if l := dxScopeBefore.FindStringIndex(before); l != nil {
				scopeStart = l[0]
			} else if l := dxScopeSubject.FindStringIndex(before); l != nil {
				scopeStart = l[0]
			}
			c.claim(scopeStart, end)
			c.scope = &atom{start: scopeStart, end: end, req: Requirement{Kind: RequireDiagnosis, Text: strings.TrimSpace(c.text[scopeStart:end]),
				Detail: "applies to " + detail + " only", Rule: ruleDiagnosis, cond: cond}}
			continue
		}
		c.add(start, end, RequireDiagnosis, ruleDiagnosis, detail, cond)
	}
}

// unknownWord reports whether token i is a word of no family, free.
func unknownWord(c *clause, i int) bool {
	if c.used[i] || c.context[c.toks[i].lower] {
		return false
	}
	_, classed := wordClasses[c.toks[i].lower]
	return !classed && !isDigits(c.toks[i].lower) && c.toks[i].end+1 >= c.toks[i+1].start
}

// startsSentence reports whether only a scope's words come before a
// diagnosis.
func (c *clause) startsSentence(before string) bool {
	return !strings.ContainsAny(before, ".;")
}

var (
	lineagePair = regexp.MustCompile(`\b(?:of\s+)?([BT])[-‐ ]?(?:cell|lineage|precursor)?\s*(?:or|and|/)\s*([BT])[-‐ ](?:cell|lineage)\s+(?:origin|lineage|phenotype|immunophenotype)\b`)
	lineageOne  = regexp.MustCompile(`\b(?:of\s+)?([BT])[-‐ ](?:cell|lineage|precursor)\s+(?:origin|lineage|phenotype|immunophenotype)\b|\b([BT])[-‐]lineage\b`)
)

// readLineage reads a lineage named alone: "of B-cell origin", "T- or
// B-lineage".
func readLineage(c *clause) {
	c.eachFree(lineagePair, func(m []int) {
		a, b := group(c.text, m, 1), group(c.text, m, 2)
		c.add(m[0], m[1], RequireLineage, ruleDiagnosis, a+" or "+b+" lineage",
			anyCond{conds: []condition{lineageCond{lineage: a}, lineageCond{lineage: b}}})
	})
	c.eachFree(lineageOne, func(m []int) {
		l := group(c.text, m, 1) + group(c.text, m, 2)
		c.add(m[0], m[1], RequireLineage, ruleDiagnosis, l+" lineage", lineageCond{lineage: l})
	})
}

// ageRunWords are the words an age phrase is made of.
var ageRunWords = map[string]bool{
	"age": true, "aged": true, "ages": true, "years": true, "year": true, "yrs": true, "yr": true, "y": true, "months": true,
	"month": true, "mos": true, "days": true, "day": true, "weeks": true, "week": true, "old": true, "of": true, "to": true,
	"and": true, "or": true, "between": true, "from": true, "through": true, "thru": true, "up": true, "older": true,
	"younger": true, "inclusive": true, "less": true, "than": true, "greater": true, "equal": true, "at": true,
	"least": true, "under": true, "over": true, "above": true, "below": true, "must": true, "be": true, "is": true,
	"are": true, "the": true, "time": true, "enrollment": true, "enrolment": true, "consent": true, "registration": true,
	"study": true, "entry": true, "signing": true, "informed": true, "patients": true, "patient": true,
	"participants": true, "subjects": true, "more": true, "no": true, "not": true, "exceed": true, "exceeding": true,
}

var ageUnitWords = map[string]bool{"years": true, "year": true, "yrs": true, "yr": true, "y": true, "months": true, "month": true,
	"mos": true, "days": true, "day": true, "weeks": true, "week": true, "old": true, "age": true}

// readAge reads an inclusion's age range: "Age ≥ 12 months and < 30
// years at the time of consent", "Aged 3 to 18 years (inclusive)".
func readAge(c *clause) {
	if c.list != listInclusion {
		return
	}
	r, _, ok := rules.AgeFromCriteria([]string{c.text})
	if !ok || !r.Stated() {
		readAgeInHours(c)
		readAgePhrase(c)
		return
	}
	runs := c.ageRuns()
	var own [][2]int
	for _, run := range runs {
		if w, _ := c.behind(c.symbolBefore(run[0])); ageScopeBefore.MatchString(w) {
			// "use Karnofsky for patients > 16 years of age": whom a
			// rule applies to, not a bound.
			c.claim(c.symbolBefore(run[0]), c.toks[run[1]].end)
			continue
		}
		own = append(own, run)
	}
	runs = own
	if len(runs) == 0 {
		return
	}
	first, last := runs[0][0], runs[0][1]
	end := c.toks[last].end
	if strings.HasPrefix(c.text[end:], ")") {
		end++
	}
	// "Children < 1 year with INSS stage 4 disease and …": an age that
	// picks out some patients is no bound of the trial's.
	item := !agePicksOut.MatchString(c.text[end:])
	if !c.add(c.symbolBefore(first), end, RequireAge, ruleAge, r.Label(), ageCond{ages: r, item: item}) {
		return
	}
	// "≥ 1 year of age (and at least 15 kg) and ≤ 30 years of age": the
	// other bound belongs to the same range.
	for _, run := range runs[1:] {
		c.claim(c.symbolBefore(run[0]), c.toks[run[1]].end)
	}
}

// symbolBefore returns where a token starts, with a comparator symbol
// right before it ("≥ 1 year").
func (c *clause) symbolBefore(i int) int {
	from := 0
	if i > 0 {
		from = c.toks[i-1].end
	}
	gap := c.text[from:c.toks[i].start]
	trimmed := strings.TrimRight(gap, " ")
	for _, sym := range []string{">=", "<=", "=>", "=<", "≥", "≤", ">", "<"} {
		if strings.HasSuffix(trimmed, sym) {
			return from + len(trimmed) - len(sym)
		}
	}
	return c.toks[i].start
}

// ageScopeBefore ends the words before an age that says whom a rule
// applies to: "for patients", "in children".
var ageScopeBefore = regexp.MustCompile(`(?i)\b(?:for|in)\s+(?:all\s+)?(?:patients|participants|subjects|children|those|individuals|adolescents|adults|infants)(?:\s+(?:who\s+are|aged?|of\s+age))?\s*$`)

// agePicksOut follows an age that picks out some patients: "… with INSS
// stage 4 disease", "… who have …".
var agePicksOut = regexp.MustCompile(`(?i)^\s*(?:of\s+age\s+|old\s+)?(?:with|who|whose|having)\b`)

// ageLeadWords are the words of a comparator before an age: "greater than
// or equal to", "at least".
var ageLeadWords = map[string]bool{
	"greater": true, "less": true, "more": true, "than": true, "or": true, "equal": true, "to": true, "at": true,
	"least": true, "over": true, "under": true, "older": true, "younger": true, "between": true, "from": true,
	"≥": true, "≤": true, ">": true, "<": true, "=": true, "and": true,
}

// ageRuns finds the free runs of an age phrase's words that hold a number
// and a unit, each with the comparator before it, as token ranges.
func (c *clause) ageRuns() [][2]int {
	var runs [][2]int
	for i := 0; i < len(c.toks); {
		t := c.toks[i]
		if c.used[i] || !(t.lower == "age" || t.lower == "aged" || t.lower == "ages" || isDigits(t.lower)) {
			i++
			continue
		}
		first, last := i, -1
		hasNumber, hasUnit := false, false
		j := i
		for ; j < len(c.toks) && !c.used[j]; j++ {
			w := c.toks[j].lower
			isNum := isDigits(w)
			if j > i && !ageRunWords[w] && !isNum {
				break
			}
			hasNumber = hasNumber || isNum
			if ageUnitWords[w] || w == "inclusive" || w == "older" || w == "younger" {
				hasUnit = hasUnit || ageUnitWords[w]
				last = j
			}
			if isNum {
				last = max(last, j)
			}
		}
		if last < first || !hasNumber || !hasUnit {
			i = j + 1
			continue
		}
		for first > 0 && !c.used[first-1] && ageLeadWords[c.toks[first-1].lower] && (len(runs) > 0 || c.toks[first-1].lower != "and") {
			first--
		}
		runs = append(runs, [2]int{first, last})
		i = last + 1
	}
	return runs
}

// adequateOrgans finds organ function asked for in general: "adequate
// renal, hepatic and cardiac function".
var adequateOrgans = regexp.MustCompile(`(?i)\b(?:adequate|normal|sufficient|acceptable|satisfactory|suitable)\s+(?:(?:renal|hepatic|liver|kidney|cardiac|heart|pulmonary|lung|bone\s+marrow|marrow|hematologic(?:al)?|haematologic(?:al)?|organ|end[- ]organ|respiratory|neurologic(?:al)?|major\s+organ)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)?)+\s*(?:function|reserve|functions)\b`)

// readOrganFunction reads organ function asked for in general; the values
// that define it, when stated, are read as lab thresholds.
func readOrganFunction(c *clause) {
	c.eachFree(adequateOrgans, func(m []int) {
		c.add(m[0], m[1], RequireOrganFunction, ruleOrgan, strings.ToLower(c.text[m[0]:m[1]]), nil)
	})
}

// otherMalignancy finds a malignancy besides the trial's own: "history of
// other malignancy", "previous or concurrent malignancies", "a second
// primary cancer".
var otherMalignancy = regexp.MustCompile(`(?i)\b(?:(?:a\s+|any\s+)?(?:(?:known\s+)?history\s+of|prior|previous|past|concurrent|concomitant|current|active|another|other|second(?:ary)?|additional|coexisting|co-existing)\s+(?:(?:or|and|and/or|/)\s+(?:concurrent|concomitant|current|active|prior|previous|other|second)\s+)?)+(?:(?:primary|invasive|active|known|systemic)\s+)*(?:malignanc(?:y|ies)|cancers?|neoplasms?|neoplastic\s+diseases?)\b`)

// readOtherMalignancy reads a malignancy besides the trial's own, with
// the ones it excepts ("other than non-melanoma skin cancer").
func readOtherMalignancy(c *clause) {
	v := c.o.diagnoses
	c.eachFree(otherMalignancy, func(m []int) {
		end := m[1]
		var except []int
		if loc := exceptionAfter.FindStringIndex(c.text[end:]); loc != nil {
			rest := c.text[end+loc[1]:]
			stop := len(rest)
			if i := strings.IndexAny(rest, ";.)"); i >= 0 {
				stop = i
			}
			for _, x := range v.names.find(rest[:stop], tokenize(rest[:stop])) {
				except = append(except, x.id)
			}
			if len(except) > 0 {
				end += loc[1] + stop
			}
		}
		detail := "another malignancy"
		if len(except) > 0 {
			names := make([]string, len(except))
			for i, e := range except {
				names[i] = v.key(e)
			}
			detail += " other than " + strings.Join(names, ", ")
		}
		c.add(m[0], end, RequireDiagnosis, ruleOther, detail, otherMalignancyCond{except: except})
	})
}

// ageInHours finds an age bound in hours, as neonatal trials state it:
// "> 48 hours of age and < 120 hours old".
var ageInHours = regexp.MustCompile(`(?i)(≥|>=|=>|>|≤|<=|=<|<|more\s+than|less\s+than|at\s+least|older\s+than|younger\s+than|under|over)\s*(\d+)\s*(?:hours?|hrs?)\s+(?:of\s+age|old|of\s+life)`)

// readAgeInHours reads an inclusion's age bounds in hours.
func readAgeInHours(c *clause) {
	var r model.AgeRange
	start, end := -1, -1
	for _, m := range c.findAll(ageInHours) {
		if !c.free(m[0], m[1]) {
			continue
		}
		cmp, _ := comparatorAt(group(c.text, m, 1))
		if cmp == cmpNone {
			switch strings.ToLower(group(c.text, m, 1)) {
			case "older than", "over":
				cmp = cmpGT
			case "younger than", "under":
				cmp = cmpLT
			}
		}
		var h float64
		fmt.Sscanf(group(c.text, m, 2), "%g", &h)
		b := &model.AgeBound{Value: h / 24, Unit: model.Days, Inclusive: cmp == cmpGE || cmp == cmpLE}
		switch cmp {
		case cmpGT, cmpGE:
			r.Min = b
		case cmpLT, cmpLE:
			r.Max = b
		default:
			continue
		}
		if start < 0 {
			start = m[0]
		}
		end = m[1]
	}
	if start < 0 {
		return
	}
	c.add(start, end, RequireAge, ruleAge, r.Label(), ageCond{ages: r})
}

// gradeList finds the grades a sentence names after a diagnosis: "grade 1,
// 2, or 3a", "grades I-II".
var gradeList = regexp.MustCompile(`(?i)^[^.;]{0,80}?\bgrades?\s+((?:[123][ab]?|I{1,3}[ab]?)(?:(?:\s*(?:,|or|and|-|–|to|/))+\s*(?:[123][ab]?|I{1,3}[ab]?))*)\b`)

// gradeListBefore finds the grades named right before a diagnosis.
var gradeListBefore = regexp.MustCompile(`(?i)\bgrades?\s+((?:[123][ab]?|I{1,3}[ab]?)(?:(?:\s*(?:,|or|and|-|–|to|/))+\s*(?:[123][ab]?|I{1,3}[ab]?))*)\s+$`)

// gradesBefore returns the graded children of a diagnosis named right
// before it, and where they start.
func gradesBefore(c *clause, id, at int) ([]int, int) {
	w, off := c.behind(at)
	m := gradeListBefore.FindStringSubmatchIndex(w)
	if m == nil || !c.free(off+m[0], at) {
		return nil, at
	}
	return gradeChildren(c.o.diagnoses, id, w[m[2]:m[3]]), off + m[0]
}

// gradeNames joins the names of diagnoses.
func gradeNames(v *vocabulary, ids []int) string {
	names := make([]string, len(ids))
	for k, id := range ids {
		names[k] = v.key(id)
	}
	return strings.Join(names, " or ")
}

// gradesAfter returns the graded children of a diagnosis ("follicular
// lymphoma grade 3a") that the words after it name, and where they end.
func gradesAfter(c *clause, id, from int) ([]int, int) {
	v := c.o.diagnoses
	m := gradeList.FindStringSubmatchIndex(c.text[from:])
	if m == nil || !c.free(from, from+m[1]) {
		return nil, from
	}
	return gradeChildren(v, id, c.text[from+m[2]:from+m[3]]), from + m[1]
}

// gradeToken finds one grade in a list of grades.
var gradeToken = regexp.MustCompile(`[123][ab]?|I{1,3}[ab]?`)

// gradeChildren returns the children of a diagnosis whose grades a list
// names: "1, 2, or 3a".
func gradeChildren(v *vocabulary, id int, list string) []int {
	prefix := v.key(id) + " grade "
	var children []int
	for cid, e := range v.entries {
		if strings.HasPrefix(e.Key, prefix) {
			children = append(children, cid)
		}
	}
	roman := strings.NewReplacer("III", "3", "II", "2", "I", "1")
	var out []int
	for _, g := range gradeToken.FindAllString(list, -1) {
		g = strings.ToLower(roman.Replace(strings.ToUpper(g[:len(strings.TrimRight(g, "abAB"))])) + g[len(strings.TrimRight(g, "abAB")):])
		for _, cid := range children {
			grade := strings.TrimPrefix(v.key(cid), prefix)
			if (grade == g || strings.Contains(grade, "-") && strings.Contains(grade, g) || g == "3" && strings.HasPrefix(grade, "3")) && !containsInt(out, cid) {
				out = append(out, cid)
			}
		}
	}
	return out
}

// agePhrase finds an age bound inside a sentence: "must be ≤ 24 years
// old", "between 2 and 21 years of age".
var agePhrase = regexp.MustCompile(`(?i)(?:(?:≥|>=|=>|>|≤|<=|=<|<|under|over|between|from|aged?|less\s+than|more\s+than|at\s+least|younger\s+than|older\s+than)\s*)?\d+(?:\.\d+)?(?:\s*(?:years?|months?))?(?:\s*(?:-|–|to|and|through)\s*(?:≤|<|<=|less\s+than)?\s*\d+(?:\.\d+)?)?\s*(?:years?|months?|yrs?)\s+(?:old|of\s+age)\b`)

var (
	// ageEligibility marks a sentence that states whom an age admits.
	ageEligibility = regexp.MustCompile(`(?i)\b(?:must\s+be|are\s+eligible|is\s+eligible|be\s+eligible|may\s+be\s+enrolled|aged?)\b`)
	// ageAdmits marks the words before an age bound that make it the
	// trial's own ages: "Patients treated at collaborating sites must be ≤
	// 24 years old".
	ageAdmits = regexp.MustCompile(`(?i)\b(?:must\s+be|are\s+eligible|is\s+eligible|be\s+eligible|may\s+be\s+enrolled)\s*(?:between\s*|aged?\s*)?$`)
	// scopedLead marks a sentence about some patients only: "For
	// adolescents under 18 years of age, …".
	scopedLead = regexp.MustCompile(`(?i)^\s*(?:for|if|in|when)\b`)
	// boneAge is an age of the skeleton, not of the patient.
	boneAge = regexp.MustCompile(`(?i)\bbone\s+age\b`)
)

// readAgePhrase reads an age bound a sentence states about the patient
// outside an age item.
func readAgePhrase(c *clause) {
	if !ageEligibility.MatchString(c.text) || boneAge.MatchString(c.text) {
		return
	}
	c.eachFree(agePhrase, func(m []int) {
		if w, _ := c.behind(m[0]); ageScopeBefore.MatchString(w) {
			c.claim(m[0], m[1])
			return
		}
		if r, ok := rules.ParseAgeRange(c.text[m[0]:m[1]]); ok && r.Stated() {
			w, _ := c.behind(m[0])
			item := ageAdmits.MatchString(w) && !scopedLead.MatchString(c.text)
			c.add(m[0], m[1], RequireAge, ruleAge, r.Label(), ageCond{ages: r, item: item})
		}
	})
}
