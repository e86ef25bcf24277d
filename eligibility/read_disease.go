package eligibility

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// The sites of relapse of the profile.
const (
	siteMarrow     = "marrow"
	siteCNS        = "isolated-cns"
	siteTesticular = "isolated-testicular"
	siteCombined   = "combined"
	siteOtherEM    = "extramedullary"
)

var (
	// isolatedSites finds "isolated CNS relapse", "isolated CNS or
	// testicular relapse", "isolated extramedullary disease".
	isolatedSites = regexp.MustCompile(`(?i)\bisolated\s+((?:CNS|central\s+nerv(?:e|ous)\s+system|testicular|testis|testes|extra[- ]?medullary|EM|bone\s+marrow|marrow)(?:\s*(?:,|or|and/or|/|and)\s*(?:CNS|central\s+nerv(?:e|ous)\s+system|testicular|testis|testes|extra[- ]?medullary|EM))*)(?:\s+(?:relapses?|recurrences?|disease|involvement|leuka?emia))?\b`)
	// withMarrowDisease finds a relapse that involves the marrow: "CNS3
	// with marrow disease".
	withMarrowDisease = regexp.MustCompile(`(?i)\bwith\s+(?:concurrent\s+|concomitant\s+)?(?:bone\s+)?marrow\s+(?:disease|involvement|relapse)\b`)
	// sitesLimited finds a disease limited to a site: "limited to
	// isolated testicular disease", "confined to the CNS".
	sitesLimited = regexp.MustCompile(`(?i)\b(?:limited|confined|restricted)\s+to\s+(?:the\s+)?(?:isolated\s+)?((?:CNS|central\s+nerv(?:e|ous)\s+system|testicular|testis|testes|testicles?|extra[- ]?medullary)(?:\s*(?:,|or|and/or|/|and)\s*(?:the\s+)?(?:CNS|central\s+nerv(?:e|ous)\s+system|testicular|testis|testes|testicles?|extra[- ]?medullary))*)(?:\s+(?:sites?|relapses?|recurrences?|disease|involvement|leuka?emia))?\b`)
	// sitesAlone finds "testicular or CNS involvement alone".
	sitesAlone = regexp.MustCompile(`(?i)\b((?:CNS|central\s+nerv(?:e|ous)\s+system|testicular|testis|testes|extra[- ]?medullary)(?:\s*(?:,|or|and/or|/|and)\s*(?:CNS|central\s+nerv(?:e|ous)\s+system|testicular|testis|testes|extra[- ]?medullary))*)\s+(?:relapses?|involvement|disease|leuka?emia)\s+(?:alone|only)\b`)
	// siteRelapse finds "bone marrow relapse", "combined relapse", "CNS
	// relapse", "extramedullary relapse".
	siteRelapse = regexp.MustCompile(`(?i)\b(bone\s+marrow|marrow|BM|medullary|combined|CNS|central\s+nervous\s+system|testicular|extra[- ]?medullary)\s+(?:\([^)]{0,40}\)\s+)?(?:relapses?|recurrences?)\b`)
	// relapseOrdinal finds "first relapse", "second or greater relapse",
	// "first or second relapse", "≥ 2nd relapse".
	relapseOrdinal = regexp.MustCompile(`(?i)\b(?:(≥|>=|=>)\s*)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)(\s*\+|\s+or\s+(?:greater|higher|later|subsequent|more|further|beyond|above|second|2nd|third|3rd)|\s+and\s+(?:greater|subsequent|later|beyond|higher))?\s+(?:or\s+(?:greater|higher|later|subsequent)\s+)?((?:bone\s+)?marrow\s+(?:\([^)]{0,10}\)\s+)?|BM\s+)?(?:relapses?|recurrences?|relapsed)\b`)
	// ordinalSiteRelapse finds a relapse's number and site together:
	// "first isolated initial CNS relapse", "second isolated testicular
	// relapse", "initial CNS relapse".
	ordinalSiteRelapse = regexp.MustCompile(`(?i)\b((?:(?:first|1st|initial|second|2nd|third|3rd)\s+)(?:(?:isolated|first|1st|initial)\s+){0,2})(CNS|central\s+nervous\s+system|testicular|extra[- ]?medullary|bone\s+marrow|marrow)\s+(?:relapses?|recurrences?)\b`)
	// marrowRemission finds the marrow in a numbered remission: "in first
	// bone marrow remission (M1)".
	marrowRemission = regexp.MustCompile(`(?i)\b(first|1st|second|2nd|third|3rd)\s+(?:bone\s+)?marrow\s+(?:complete\s+)?remission(?:\s*\(M1\))?`)
	// relapseCount finds "≥ 2 relapses", "two or more relapses",
	// "multiply relapsed".
	relapseCount = regexp.MustCompile(`(?i)\b(?:(?:≥|>=|=>|at\s+least)\s*(\d|one|two|three)|(?:>|more\s+than)\s*(\d|one|two)|(two|three|2|3)\s+or\s+more|(multiple|multiply))\s+(?:prior\s+)?(?:relapses|relapsed)\b`)
)

var ordinals = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
	"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3,
}

// sitesOf reads the sites a list names: "CNS or testicular".
func sitesOf(list string) []string {
	var out []string
	l := strings.NewReplacer("extra-medullary", "extramedullary", "extra medullary", "extramedullary").Replace(strings.ToLower(list))
	add := func(s string) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if strings.Contains(l, "cns") || strings.Contains(l, "nerv") {
		add(siteCNS)
	}
	if strings.Contains(l, "testi") {
		add(siteTesticular)
	}
	if strings.Contains(l, "extramedullary") || strings.Contains(l, "em") && !strings.Contains(l, "system") {
		add(siteCNS)
		add(siteTesticular)
		add(siteOtherEM)
	}
	if strings.Contains(l, "marrow") {
		add(siteMarrow)
	}
	return out
}

// readRelapse reads the site and the number of relapses.
func readRelapse(c *clause) {
	site := func(m []int, sites, maybe []string) {
		detail := "relapse site " + strings.Join(sites, " or ")
		c.add(m[0], m[1], RequireRelapse, ruleDiseaseStatus, detail, relapseSiteCond{sites: sites, maybe: maybe})
	}
	c.eachFree(ordinalSiteRelapse, func(m []int) {
		words := strings.ToLower(group(c.text, m, 1))
		n := 1
		for w, k := range ordinals {
			if k > 1 && strings.Contains(words, w) && len(w) > 1 {
				n = k
			}
		}
		sites, maybe := sitesOf(group(c.text, m, 2)), []string(nil)
		if !strings.Contains(words, "isolated") && !slices.Contains(sites, siteMarrow) {
			maybe = []string{siteCombined}
		}
		if slices.Contains(sites, siteMarrow) {
			sites = append(sites, siteCombined)
		}
		detail := fmt.Sprintf("relapse number %d, relapse site %s", n, strings.Join(sites, " or "))
		c.add(m[0], m[1], RequireRelapse, ruleDiseaseStatus, detail,
			allCond{conds: []condition{relapseCountCond{min: n, max: n}, relapseSiteCond{sites: sites, maybe: maybe}}})
	})
	c.eachFree(marrowRemission, func(m []int) {
		n := ordinals[strings.ToLower(group(c.text, m, 1))]
		c.add(m[0], m[1], RequireRelapse, ruleDiseaseStatus, fmt.Sprintf("marrow in remission %d", n), marrowRemissionCond{n: n})
	})
	c.eachFree(withMarrowDisease, func(m []int) {
		site(m, []string{siteMarrow, siteCombined}, nil)
	})
	c.eachFree(sitesLimited, func(m []int) { site(m, sitesOf(group(c.text, m, 1)), nil) })
	c.eachFree(isolatedSites, func(m []int) { site(m, sitesOf(group(c.text, m, 1)), nil) })
	c.eachFree(sitesAlone, func(m []int) { site(m, sitesOf(group(c.text, m, 1)), nil) })
	c.eachFree(relapseOrdinal, func(m []int) {
		n := ordinals[strings.ToLower(group(c.text, m, 2))]
		lo, hi := n, n
		more := strings.ToLower(strings.TrimSpace(group(c.text, m, 3)))
		switch {
		case group(c.text, m, 1) != "":
			hi = -1
		case more == "":
		case strings.Contains(more, "second") || strings.Contains(more, "2nd"):
			hi = 2
		case strings.Contains(more, "third") || strings.Contains(more, "3rd"):
			hi = 3
		default:
			hi = -1
		}
		var cond condition = relapseCountCond{min: lo, max: hi}
		detail := relapseCountDetail(lo, hi)
		if group(c.text, m, 4) != "" {
			// "2nd or greater bone marrow relapse": the number and the
			// site.
			cond = allCond{conds: []condition{cond, relapseSiteCond{sites: []string{siteMarrow, siteCombined}}}}
			detail += ", in the marrow"
		}
		c.add(m[0], m[1], RequireRelapse, ruleDiseaseStatus, detail, cond)
	})
	c.eachFree(relapseCount, func(m []int) {
		lo := 2
		switch {
		case group(c.text, m, 1) != "":
			lo = ordinals[strings.ToLower(group(c.text, m, 1))]
		case group(c.text, m, 2) != "":
			lo = ordinals[strings.ToLower(group(c.text, m, 2))] + 1
		case group(c.text, m, 3) != "":
			lo = ordinals[strings.ToLower(group(c.text, m, 3))]
		}
		c.add(m[0], m[1], RequireRelapse, ruleDiseaseStatus, relapseCountDetail(lo, -1), relapseCountCond{min: lo, max: -1})
	})
	c.eachFree(siteRelapse, func(m []int) {
		switch w := strings.ToLower(group(c.text, m, 1)); {
		case strings.Contains(w, "marrow") || w == "medullary" || w == "bm":
			site(m, []string{siteMarrow, siteCombined}, nil)
		case w == "combined":
			site(m, []string{siteCombined}, nil)
		case w == "extramedullary":
			site(m, []string{siteCNS, siteTesticular, siteOtherEM}, []string{siteCombined})
		case w == "testicular":
			site(m, []string{siteTesticular}, []string{siteCombined})
		default:
			site(m, []string{siteCNS}, []string{siteCombined})
		}
	})
}

// relapseCountDetail renders a number of relapses: "first relapse",
// "relapse 2 or more".
func relapseCountDetail(lo, hi int) string {
	switch {
	case hi < 0:
		return fmt.Sprintf("%d or more relapses", lo)
	case lo == hi:
		return fmt.Sprintf("relapse number %d", lo)
	}
	return fmt.Sprintf("relapse number %d to %d", lo, hi)
}

var (
	statusEitherForm     = regexp.MustCompile(`(?i)\b(?:relapsed\s*(?:/|or|and/or|,|and)\s*(?:or\s+)?(?:primary\s+)?refractory|refractory\s*(?:/|or|and/or|,)\s*relapsed|recurrent\s*(?:/|or|and/or|,)\s*refractory|refractory\s*(?:/|or|and/or)\s*recurrent|relapsing\s*(?:/|or)\s*refractory)\b|\b(?:R/R|r/r|RR)\b`)
	statusRefractoryForm = regexp.MustCompile(`(?i)\b(?:primary\s+|primarily\s+|chemo-?)?refractory\b(?:\s+(?:disease|leuka?emia))?|\b(?:primary\s+)?induction\s+failure\b`)
	statusRelapsedForm   = regexp.MustCompile(`(?i)\b(?:relapsed|relapsing|relapses?|recurrent|recurrence|recurred)\b`)
	statusNewlyForm      = regexp.MustCompile(`(?i)\b(?:newly[- ]diagnosed|new(?:ly)?\s+diagnosis|previously\s+untreated|treatment[- ]na[iï]ve|de\s+novo\s+untreated)\b`)
	statusRemissionForm  = regexp.MustCompile(`(?i)\b(?:in\s+)?(?:(first|1st|second|2nd|third|3rd)\s+(?:or\s+(?:subsequent|later|greater)\s+)?(?:complete\s+)?(?:remission|CR)\b|CR\s*([1-3])\b|(?:morphologic(?:al)?\s+)?complete\s+(?:morphologic(?:al)?\s+)?(?:remission|response)\b|in\s+remission\b|in\s+CR\b)`)
	// timeOfRelapse marks "relapse" as a time, not a state: "at relapse",
	// "risk of relapse", "relapse-free".
	timeOfRelapse = regexp.MustCompile(`(?i)(?:\b(?:at|by|before|until|(?:risk|time|prevention|probability|incidence|rate|prophylaxis)\s+of|prevent\w*)\s+(?:the\s+)?(?:time\s+of\s+)?(?:first\s+|initial\s+)?)$`)
	relapseFree   = regexp.MustCompile(`(?i)^[-\s]*free\b`)
)

// readStatus reads the state of the disease: relapsed, refractory, newly
// diagnosed, in remission.
func readStatus(c *clause) {
	c.eachFree(statusList, func(m []int) {
		// "recurrent, progressive, or refractory": one of them, each a
		// state the patient may be in.
		var conds []condition
		detail := strings.ToLower(strings.Join(strings.Fields(c.text[m[0]:m[1]]), " "))
		for _, w := range statusWord.FindAllString(c.text[m[0]:m[1]], -1) {
			switch strings.ToLower(w)[:3] {
			case "rel", "rec":
				conds = append(conds, statusCond{status: statusRelapsed})
			case "ref", "res":
				conds = append(conds, statusCond{status: statusRefractory})
			default:
				conds = append(conds, unknownCond{})
			}
		}
		c.add(m[0], m[1], RequireDiseaseStatus, ruleDiseaseStatus, detail, anyCond{conds: conds})
	})
	c.eachFree(statusEitherForm, func(m []int) {
		c.add(m[0], m[1], RequireDiseaseStatus, ruleDiseaseStatus, "relapsed or refractory",
			anyCond{conds: []condition{statusCond{status: statusRelapsed}, statusCond{status: statusRefractory}}})
	})
	c.eachFree(firstLineForm, func(m []int) {
		c.add(m[0], m[1], RequireDiseaseStatus, ruleDiseaseStatus, "on first-line treatment, never relapsed", firstLineCond{})
	})
	c.eachFree(statusInductionFailureForm, func(m []int) {
		c.add(m[0], m[1], RequireDiseaseStatus, ruleDiseaseStatus, "primary induction failure", statusCond{status: statusInductionFailure})
	})
	c.eachFree(statusRefractoryForm, func(m []int) {
		if strings.HasPrefix(strings.TrimSpace(strings.ToLower(c.text[m[1]:])), "to ") {
			return // "refractory to blinatumomab" speaks of a therapy
		}
		c.add(m[0], m[1], RequireDiseaseStatus, ruleDiseaseStatus, "refractory", statusCond{status: statusRefractory})
	})
	c.eachFree(statusNewlyForm, func(m []int) {
		c.add(m[0], m[1], RequireDiseaseStatus, ruleDiseaseStatus, "newly diagnosed", statusCond{status: statusNew})
	})
	c.eachFree(statusRemissionForm, func(m []int) {
		n := ordinals[strings.ToLower(group(c.text, m, 1))]
		if g := group(c.text, m, 2); g != "" {
			n = ordinals[g]
		}
		if strings.Contains(strings.ToLower(c.text[m[0]:m[1]]), "or ") {
			n = 0 // "second or subsequent remission"
		}
		detail := "in remission"
		if n > 0 {
			detail = fmt.Sprintf("in remission %d (CR%d)", n, n)
		}
		c.add(m[0], m[1], RequireDiseaseStatus, ruleDiseaseStatus, detail, statusCond{status: statusRemission, remission: n})
	})
	c.eachFree(statusRelapsedForm, func(m []int) {
		if w, _ := c.behind(m[0]); timeOfRelapse.MatchString(w) || relapseFree.MatchString(c.text[m[1]:]) {
			return
		}
		c.add(m[0], m[1], RequireDiseaseStatus, ruleDiseaseStatus, "relapsed", statusCond{status: statusRelapsed})
	})
}

var (
	// firstLineForm is a patient on the first treatment of the disease:
	// "who received first-line treatment", "during frontline therapy".
	firstLineForm = regexp.MustCompile(`(?i)\b(?:who\s+(?:have\s+)?(?:received|are\s+receiving)|receiving|received|on|during|undergoing|treated\s+(?:with|on))\s+(?:standard\s+)?(?:first[- ]line|front[- ]?line|up[- ]?front)\s+(?:treatment|therapy|chemotherapy|protocol)\b`)
	// statusInductionFailureForm is a disease that never reached a first
	// remission: "failed primary induction chemotherapy", "primary
	// induction failure", "never attained a complete remission".
	statusInductionFailureForm = regexp.MustCompile(`(?i)\b(?:(?:have\s+|has\s+)?failed\s+(?:primary\s+|initial\s+|first[- ]line\s+|front[- ]line\s+)?induction(?:\s+(?:chemotherapy|therapy|treatment))?|(?:primary\s+)?induction\s+failure|primary\s+(?:refractory|induction\s+failure|resistant)(?:\s+disease)?|refractory\s+to\s+(?:the\s+)?(?:initial\s+|primary\s+|first\s+|first[- ]line\s+)?(?:remission\s+)?induction(?:\s+(?:chemotherapy|therapy|treatment))?|never\s+(?:attained|achieved|reached)\s+(?:a\s+)?(?:first\s+)?(?:complete\s+)?(?:remission|CR))\b`)
	// statusList is three or more states joined by commas or "or":
	// "recurrent, progressive, or refractory".
	statusList = regexp.MustCompile(`(?i)\b(?:relapsed|recurrent|refractory|progressive|progressing|persistent|resistant)(?:\s*(?:,|/)\s*(?:or\s+|and/or\s+)?(?:relapsed|recurrent|refractory|progressive|progressing|persistent|resistant)){1,}(?:\s*,?\s*(?:or|and/or)\s+(?:relapsed|recurrent|refractory|progressive|progressing|persistent|resistant))?\b`)
	statusWord = regexp.MustCompile(`(?i)relapsed|recurrent|refractory|progressive|progressing|persistent|resistant`)
)

// allCond holds when all its conditions do.
type allCond struct{ conds []condition }

func (a allCond) eval(p *Profile, o *Ontology) (Truth, string) {
	truths := make([]Truth, len(a.conds))
	var facts []string
	for i, c := range a.conds {
		var f string
		truths[i], f = c.eval(p, o)
		if f != "" && !containsString(facts, f) {
			facts = append(facts, f)
		}
	}
	return andTruth(truths...), strings.Join(facts, ", ")
}

// unknownCond is a state the profile cannot tell ("progressive").
type unknownCond struct{}

func (unknownCond) eval(*Profile, *Ontology) (Truth, string) { return Unknown, "" }

// anyCond holds when one of its conditions does: "relapsed or
// refractory".
type anyCond struct{ conds []condition }

func (a anyCond) eval(p *Profile, o *Ontology) (Truth, string) {
	truths := make([]Truth, len(a.conds))
	fact := ""
	for i, c := range a.conds {
		var f string
		truths[i], f = c.eval(p, o)
		if fact == "" {
			fact = f
		}
	}
	return orTruth(truths...), fact
}

var (
	cnsGrade       = regexp.MustCompile(`(?i)\bCNS\s*[-‐–]?\s*(?:status\s*|grade\s*|stage\s*)?([123]|III|II|I)[abc]?\b`)
	cnsMoreGrade   = regexp.MustCompile(`(?i)^\s*(?:,|/|\bor\b|\band\b|&|-|–|\bto\b)\s*(?:CNS\s*[-‐–]?\s*)?([123]|III|II|I)[abc]?\b`)
	cnsNotGrade    = regexp.MustCompile(`(?i)^\s*(?:days?|weeks?|months?|years?|hours?|%|mg)\b`)
	cnsProgressive = regexp.MustCompile(`(?i)^\s*(?:disease\s+)?(?:that\s+(?:is|has\s+been)\s+|which\s+is\s+)?(?:progressive|progressing|refractory)(?:\s+(?:on|despite|to)\s+(?:intrathecal\s+|current\s+|prior\s+)?(?:therapy|treatment|chemotherapy))?`)
	cnsTail        = regexp.MustCompile(`(?i)^\s*(?:disease|status|involvement|leuka?emia)\b`)
	cnsDisease     = regexp.MustCompile(`(?i)\b(?:(?:CNS|central\s+nervous\s+system(?:\s*\(CNS\))?|leptomeningeal|meningeal)\s+(?:disease|involvement|leuka?emia|infiltration|relapse|positivity|manifestations?|spread|dissemination|localization)|CNS[- ]positive|(?:involvement|infiltration)\s+of\s+(?:the\s+)?(?:CNS|central\s+nervous\s+system))\b`)
	cnsMetastasis  = regexp.MustCompile(`(?i)\b(?:(?:CNS|brain|central\s+nervous\s+system|intracranial|parenchymal\s+brain)\s+(?:metastas[ie]s|metastatic\s+disease|lesions?|tumou?r\s+involvement)|metastas[ie]s\s+(?:to|in)\s+(?:the\s+)?(?:CNS|brain|central\s+nervous\s+system)|leptomeningeal\s+metastas[ie]s)\b`)
)

// readCNS reads CNS grades ("CNS-1 or CNS-2", "CNS3 disease") and CNS
// disease named without a grade ("CNS involvement", "brain metastases").
func readCNS(c *clause) {
	for _, m := range c.findAll(cnsGrade) {
		if !c.free(m[0], m[1]) || cnsNotGrade.MatchString(c.text[m[1]:]) {
			continue
		}
		grades := []int{gradeOf(group(c.text, m, 1))}
		end := m[1]
		for {
			n := cnsMoreGrade.FindStringSubmatchIndex(c.text[end:])
			if n == nil || cnsNotGrade.MatchString(c.text[end+n[1]:]) {
				break
			}
			next := gradeOf(group(c.text[end:], n, 1))
			joiner := strings.TrimSpace(strings.ToLower(c.text[end : end+n[2]]))
			if prev := grades[len(grades)-1]; (strings.HasPrefix(joiner, "-") || strings.HasPrefix(joiner, "–") || strings.HasPrefix(joiner, "to")) && next > prev {
				for g := prev + 1; g < next; g++ {
					grades = append(grades, g)
				}
			}
			if !slices.Contains(grades, next) {
				grades = append(grades, next)
			}
			end += n[1]
		}
		if t := cnsTail.FindStringIndex(c.text[end:]); t != nil {
			end += t[1]
		}
		labels := make([]string, len(grades))
		for i, g := range grades {
			labels[i] = fmt.Sprintf("CNS-%d", g)
		}
		cond := cnsCond{grades: grades}
		detail := strings.Join(labels, " or ")
		if p := cnsProgressive.FindStringIndex(c.text[end:]); p != nil {
			// "CNS3 disease that is progressive on therapy".
			cond.progressing = true
			detail += ", progressive on therapy"
			end += p[1]
		}
		c.add(m[0], end, RequireCNS, ruleCNS, detail, cond)
	}
	c.eachFree(cnsDisease, func(m []int) {
		c.add(m[0], m[1], RequireCNS, ruleCNS, "CNS disease (no grade named)", cnsCond{ungraded: "disease"})
	})
	c.eachFree(cnsMetastasis, func(m []int) {
		c.add(m[0], m[1], RequireCNS, ruleCNS, "CNS metastases", cnsCond{ungraded: "metastasis"})
	})
}

func gradeOf(s string) int {
	switch strings.ToUpper(s) {
	case "I", "1":
		return 1
	case "II", "2":
		return 2
	}
	return 3
}

var (
	presentAfter = regexp.MustCompile(`(?i)^\s*[-‐]?\s*(?:\+(?:\s|$|[,;.)])|\+$|positive\b|positivity\b|pos\b|rearranged\b|rearrangements?\b|amplified\b|amplification\b|mutated\b|mutations?\b|mutant\b|fusions?\b|translocations?\b|deleted\b|deletions?\b|altered\b|alterations?\b|aberrations?\b|detected\b|(?:promoter\s+)?methylated\b|(?:promoter\s+)?methylation(?:\s+positive)?\b|insertions?\b)`)
	absentAfter  = regexp.MustCompile(`(?i)^\s*(?:(?:status\s+)?(?:was|were|is|are|be|been)\s+)?(?:[-‐]?\s*(?:negative|neg\b|wild[- ]?type|wt\b|non[- ]?amplified|not\s+amplified|unmutated|(?:promoter\s+)?unmethylated|not\s+methylated|methylation\s+negative|not\s+detected|undetected|not\s+found|absent)|[−](?:\s|$|[,;.)])|-(?:\s|$|[,;.)]))`)
	absentBefore = regexp.MustCompile(`(?i)(?:\bnon[- ]?|\bnegative\s+for\s+|\bwild[- ]type\s+|\bunmethylated\s+)$`)
)

// readGenetics reads genetic findings: "Ph+", "KMT2A-rearranged",
// "FLT3-ITD", "non-amplified MYCN", "BCR-ABL1 negative".
func readGenetics(c *clause) {
	v := c.o.genetics
	for _, m := range c.freeMatches(v) {
		start, end := c.span(m)
		present := true
		rest := c.text[end:]
		if l := absentAfter.FindStringIndex(rest); l != nil {
			present, end = false, end+l[1]
		} else if l := presentAfter.FindStringIndex(rest); l != nil {
			end += l[1]
		}
		if w, off := c.behind(start); absentBefore.MatchString(w) {
			present, start = false, off+absentBefore.FindStringIndex(w)[0]
		}
		detail := v.key(m.id)
		if !present {
			detail = "no " + detail
		}
		c.add(start, end, RequireCytogenetics, ruleCytogenetics, detail, geneticCond{id: m.id, present: present})
	}
}

var (
	markerEither       = regexp.MustCompile(`^\s*(?:\+\s*/\s*[-−]|[-−]\s*/\s*\+|±)`)
	markerPresent      = regexp.MustCompile(`(?i)^\s*\)?\s*(?:\(\+\)|\+|[-‐]\s*(?:sero)?positive\b|(?:(?:antigen|diagnostic|status|protein|IHC|IgG|serology)\s+)?(?:sero)?positive\b|[-‐]\s*positivity\b|(?:sero)?positivity\b|(?:antigen\s+|protein\s+|surface\s+)?expression\b|expressing\b|expressed\b|pos\b|[-‐]\s*expressing\b|bright\b)`)
	markerAbsent       = regexp.MustCompile(`(?i)^\s*\)?\s*(?:[-‐]\s*(?:sero)?negative\b|(?:(?:antigen|diagnostic|status|protein|IHC|IgG|serology)\s+)?(?:sero)?negative\b|(?:sero)?negativity\b|[−](?:\s|$|[,;.)])|-(?:\s|$|[,;.)]))`)
	markerAbsentBefore = regexp.MustCompile(`(?i)(?:\babsence\s+of|\bnegative\s+for|\black\s+of|\bloss\s+of|\bno\s+expression\s+of)\s+(?:the\s+)?$`)
	markerCueBefore    = regexp.MustCompile(`(?i)(?:\bexpressing|\bexpression\s+of|\bpositive\s+for|\bpositivity\s+for|\bexpress(?:es)?|\bpositive)\s+(?:the\s+)?$`)
	markerShare        = regexp.MustCompile(`(?i)^[^.;]{0,40}?(?:≥|>=|=>|>|at\s+least|more\s+than|greater\s+than|in\s+at\s+least)\s*(\d+(?:\.\d+)?)\s*%`)
	markerAsTherapy    = regexp.MustCompile(`(?i)^\s*[-‐]?\s*(?:directed|targeted|targeting|specific|redirected|CAR|antibod|bispecific|therap|ADC|immunotoxin)`)
	antiBefore         = regexp.MustCompile(`(?i)\banti[-‐ ]?$`)
)

// readMarkers reads markers the disease must have or lack: "CD19+",
// "CD22 expression ≥ 20%", "blasts expressing CD22", "CD19 or CD22
// positive", "CD19-negative". "CD19+/-" asks nothing.
func readMarkers(c *clause) {
	v := c.o.targets
	matches := c.freeMatches(v)
	type mention struct {
		m          nameMatch
		start, end int
		// cueStart is where a cue before the marker begins ("absence
		// of HER2"), taken with it.
		cueStart int
		present  int // 1 present, -1 absent, 0 no cue
		either   bool
	}
	var ms []mention
	for _, m := range matches {
		if kind := v.attr(m.id, "kind"); kind != "antigen" && kind != "serology" {
			continue
		}
		start, end := c.span(m)
		rest := c.text[end:]
		w, off := c.behind(start)
		if markerAsTherapy.MatchString(rest) || antiBefore.MatchString(w) {
			continue
		}
		x := mention{m: m, start: start, end: end, cueStart: start}
		switch {
		case markerAbsentBefore.MatchString(w):
			x.present = -1
			x.cueStart = off + markerAbsentBefore.FindStringIndex(w)[0]
		case markerEither.MatchString(rest):
			x.either = true
			x.end += markerEither.FindStringIndex(rest)[1]
		case markerAbsent.MatchString(rest):
			x.present = -1
			x.end += markerAbsent.FindStringIndex(rest)[1]
		case markerPresent.MatchString(rest):
			x.present = 1
			x.end += markerPresent.FindStringIndex(rest)[1]
		case markerCueBefore.MatchString(w):
			x.present = 1
		}
		ms = append(ms, x)
	}
	// Markers joined by "or", "and", "/" share a cue: "CD19 or CD22
	// expression".
	for i := len(ms) - 2; i >= 0; i-- {
		if ms[i].present == 0 && !ms[i].either && joiner.MatchString(c.text[ms[i].end:ms[i+1].start]) {
			ms[i].present = ms[i+1].present
		}
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].present == 0 && !ms[i].either && joiner.MatchString(c.text[ms[i-1].end:ms[i].start]) {
			ms[i].present = ms[i-1].present
		}
	}
	for _, x := range ms {
		key := v.key(x.m.id)
		switch {
		case x.either:
			c.claim(x.start, x.end)
		case x.present == 1:
			atLeast := -1.0
			end := x.end
			if l := markerShare.FindStringSubmatchIndex(c.text[x.end:]); l != nil {
				fmt.Sscanf(group(c.text[x.end:], l, 1), "%g", &atLeast)
				end = x.end + l[1]
			}
			detail := key + "+"
			if atLeast >= 0 {
				detail = fmt.Sprintf("%s on ≥ %g%%", key, atLeast)
			}
			if !c.add(x.start, end, RequireMarker, ruleMarker, detail, markerCond{target: key, present: true, atLeast: atLeast}) {
				c.add(x.start, x.end, RequireMarker, ruleMarker, key+"+", markerCond{target: key, present: true, atLeast: -1})
			}
		case x.present == -1:
			c.add(x.cueStart, x.end, RequireMarker, ruleMarker, key+"−", markerCond{target: key, present: false, atLeast: -1})
		}
	}
}
