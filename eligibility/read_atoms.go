package eligibility

import "regexp"

// readAtoms finds the requirements a sentence states. Readers run in
// order, each taking its words, so that "isolated CNS relapse" is a site of
// relapse before "CNS" can be a CNS status, "CD19-directed therapy" a
// therapy before "CD19" can be a marker, and "myeloid leukemia of Down
// syndrome" a diagnosis before "Down syndrome" can be a syndrome.
func readAtoms(c *clause) {
	readFillerPhrases(c)
	readPerformance(c)
	readLabs(c)
	readMRD(c)
	readRelapse(c)
	readStatus(c)
	readCNS(c)
	readTherapies(c)
	readOtherMalignancy(c)
	readDiagnoses(c)
	readGenetics(c)
	readMarkers(c)
	readSyndromes(c)
	readPregnancy(c)
	readLineage(c)
	readAge(c)
	readOrganFunction(c)
}

// fillerPhrases are phrases that qualify a therapy without naming
// another requirement: "alone or in combination with chemotherapy", "with
// or without radiotherapy".
var fillerPhrases = regexp.MustCompile(`(?i)\b(?:either\s+)?(?:alone|as\s+(?:a\s+)?single[- ]agents?|as\s+monotherapy)\s+or\s+(?:as\s+part\s+of\s+a\s+combination|in\s+combination)(?:\s+with\s+[^,;.)]*)?|\bwith\s+or\s+without\s+[^,;.)]*|\bexpressing\s+or\s+not\s+expressing\s+[^,;.)]*|\bpositive\s+or\s+negative\b|\bregardless\s+of\s+[^,;.)]*|\b(?:as|because|since)\s+[^.;]*\b(?:has|have)\s+been\s+(?:reported|shown|observed|described)\b[^.;]*|\bdue\s+to\s+(?:the\s+)?(?:potential|possible|increased|known)?\s*risks?\s+of\b[^.;]*|\bfrom\s+any\s+(?:type\s+of\s+)?donor(?:\s+(?:source|type))?\b|\b(?:using|with|from)\s+(?:any\s+)?(?:stem\s+cell\s+source\s*[:(]?\s*)?(?:(?:bone\s+marrow|peripheral\s+blood(?:\s+stem\s+cells)?|PBSCs?|(?:umbilical\s+)?cord\s+blood)(?:\s*[,/]?\s*(?:(?:or|and|and/or)\s+)?)){2,}|\b(?:(?:recipients|patients|participants|subjects)\s+(?:of|receiving|who\s+(?:have\s+)?received|treated\s+with)\s+)?(?:any\s+|both\s+|either\s+)?(?:(?:non-?myeloablative|myeloablative|reduced[- ]intensity|RIC|MAC|matched|mismatched|related|unrelated|sibling|haplo-?identical|cord\s+blood)\s*(?:,|and/or|and|or|/)?\s*)+(?:conditioning\s+regimens?|conditioning|donors?|donor\s+(?:types?|sources?)|grafts?|transplants?)\s+(?:are|is)\s+(?:also\s+)?(?:eligible|allowed|permitted|acceptable)\b|\b(?:other\s+)?protocol[- ]defined\s+(?:inclusion|exclusion)[\w/ ]*?(?:criteria\s+)?(?:may|will|could)\s+apply\b`)

// readFillerPhrases takes the words of such phrases, so that no
// requirement is read in them.
func readFillerPhrases(c *clause) {
	for _, re := range fillerBranches() {
		if !mayMatch(re, c.lowerText()) {
			continue
		}
		for _, m := range re.FindAllStringIndex(c.text, -1) {
			c.claim(m[0], m[1])
		}
	}
}

// eachFree calls fn for each match of re whose words are free.
func (c *clause) eachFree(re *regexp.Regexp, fn func(m []int)) {
	if !mayMatch(re, c.lowerText()) {
		return
	}
	for _, m := range re.FindAllStringSubmatchIndex(c.text, -1) {
		if c.free(m[0], m[1]) {
			fn(m)
		}
	}
}

// findAll returns the matches of an expression in the clause, after the
// prefilter.
func (c *clause) findAll(re *regexp.Regexp) [][]int {
	if !mayMatch(re, c.lowerText()) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(c.text, -1)
}

// group returns the text of a submatch, or "".
func group(text string, m []int, n int) string {
	if 2*n+1 >= len(m) || m[2*n] < 0 {
		return ""
	}
	return text[m[2*n]:m[2*n+1]]
}

// freeMatches returns the names of a vocabulary found in a clause whose
// tokens are all free.
func (c *clause) freeMatches(v *vocabulary) []nameMatch {
	var out []nameMatch
	for _, m := range v.names.find(c.text, c.toks) {
		free := true
		for i := m.from; i < m.to; i++ {
			free = free && !c.used[i]
		}
		if free {
			out = append(out, m)
		}
	}
	return out
}

// span returns the bytes a name match covers.
func (c *clause) span(m nameMatch) (int, int) { return c.toks[m.from].start, c.toks[m.to-1].end }

// skipWords are words a reader may step over between a name and its value:
// "bilirubin level of ≤ 1.5", "ANC must be ≥ 750".
var skipWords = regexp.MustCompile(`(?i)^\s*(?:(?:level|levels|value|values|count|counts|concentration|serum|plasma|total|must|should|shall|will|be|is|are|of|for\s+age|measured|by|estimated|calculated|score|scores|status|result|results|rate|percentage|fraction)\b|\(\s*[\w/ -]{1,12}\)|[:(),-])`)

// valueAfter looks for a bound within a few words after byte from, and
// returns it with the byte where it ends.
func (c *clause) valueAfter(from, reach int) (cmp comparison, q quantity, end int, ok bool) {
	limit := min(len(c.text), from+reach)
	p := from
	for p < limit {
		if cmp, q, n, found := measure(c.text[p:]); found {
			return cmp, q, p + n, true
		}
		loc := skipWords.FindStringIndex(c.text[p:limit])
		if loc == nil || loc[1] == 0 {
			return cmpNone, quantity{}, 0, false
		}
		p += loc[1]
	}
	return cmpNone, quantity{}, 0, false
}

// joinedBy reports whether the text between two names only joins them:
// "ALT/AST", "AST and ALT", "SGOT or SGPT", "(ALT)".
var joiner = regexp.MustCompile(`(?i)^[\s,/()]*(?:and/or|and|or|&)?[\s,/()]*$`)
