package eligibility

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/rules"
)

// scaleMention finds a performance scale's name.
var scaleMention = regexp.MustCompile(`(?i)\b(?:(lansky)(?:\s+play)?(?:[- ]performance)?(?:\s+(?:status|score|scale))?|(karnofsky)(?:\s+performance)?(?:\s+(?:status|score|scale))?|(ecog|zubrod|eastern\s+cooperative\s+oncology\s+group)(?:\s*\(ecog\))?(?:\s+performance)?(?:\s+(?:status|score|scale))?(?:\s*\(?ps\)?)?|(who)\s+performance\s+(?:status|score)|(lps)|(kps)|(performance\s+(?:status|score|level))(?:\s*\(ps\))?)\b`)

// ageScope finds the ages a scale applies to: "(age < 16 years)", "for
// patients ≥ 16 years of age", "16 years and older".
var ageScope = regexp.MustCompile(`(?i)\(?\s*(?:for\s+|in\s+|if\s+|when\s+)?(?:patients?\s+|participants?\s+|subjects?\s+|children\s+|those\s+)?(?:(?:age[sd]?|who\s+are)\s*:?\s*)?(?:(≥|>=|=>|>|≤|<=|=<|<|over|under|older\s+than|younger\s+than|above|below|less\s+than|greater\s+than)\s*(\d+)\s*(?:years?|yrs?|y\b)(?:\s+(?:of\s+age|old))?|(\d+)\s*(?:years?|yrs?)(?:\s+(?:of\s+age|old))?\s+(?:and|or)\s+(older|over|above|younger|under|below))\s*\)?`)

// scoreRange finds "50-100", "0-2", "0, 1 or 2", "0 to 2".
var scoreRange = regexp.MustCompile(`(?i)^\s*(?:of\s+|:\s*|=\s*)?(\d{1,3})\s*%?\s*(?:-|–|to|,\s*\d\s*,?\s*(?:or|and)|,?\s*(?:or|and))\s*(\d{1,3})\s*%?`)

// scaleScore is a scale found in a sentence, with what follows it.
type scaleScore struct {
	scale      string
	start, end int
	cmp        comparison
	value      float64
	hasValue   bool
	scoped     bool
	bound      scaleBound
}

// readPerformance reads performance scores: "Lansky ≥ 50", "Karnofsky
// (age ≥ 16 years) ≥ 70 or Lansky (< 16 years) ≥ 50", "ECOG 0-2". Lansky
// and Karnofsky named together without ages apply as their scales are
// meant: Lansky below 16 years, Karnofsky from 16.
func readPerformance(c *clause) {
	var found []scaleScore
	for _, m := range c.findAll(scaleMention) {
		if !c.free(m[0], m[1]) {
			continue
		}
		s := scaleScore{start: m[0], end: m[1], bound: scaleBound{fromDays: -1, belowDays: -1}}
		switch {
		case m[2] >= 0 || m[10] >= 0:
			s.scale = scaleLansky
		case m[4] >= 0 || m[12] >= 0:
			s.scale = scaleKarnofsky
		case m[6] >= 0 || m[8] >= 0:
			s.scale = scaleECOG
		default:
			s.scale = ""
		}
		found = append(found, s)
	}
	if len(found) == 0 {
		return
	}
	for i := range found {
		limit := len(c.text)
		if i+1 < len(found) {
			limit = found[i+1].start
		}
		limit = min(limit, found[i].end+90)
		readScoreAfter(c, &found[i], limit)
	}
	// A scale with no score of its own shares the next one's: "Lansky or
	// Karnofsky ≥ 50".
	for i := len(found) - 2; i >= 0; i-- {
		if !found[i].hasValue && found[i+1].hasValue {
			found[i].cmp, found[i].value, found[i].hasValue = found[i+1].cmp, found[i+1].value, true
		}
	}
	var bounds []scaleBound
	var equivalents []string
	start, end := found[0].start, 0
	anyScope := false
	for _, s := range found {
		if !s.hasValue {
			// "ECOG 0, 1, or 2; use Karnofsky for patients > 16 years of
			// age and Lansky for …": a scale named without a score
			// stands for the bound on the other.
			if s.scale != "" && !slices.Contains(equivalents, s.scale) {
				equivalents = append(equivalents, s.scale)
			}
			continue
		}
		anyScope = anyScope || s.scoped
		end = max(end, s.end)
		b := s.bound
		b.scale, b.cmp, b.value = s.scale, s.cmp, s.value
		if b.scale == "" {
			b.scale = scaleECOG
			if b.value > 5 {
				b.scale = ""
			}
		}
		if !slices.Contains(bounds, b) {
			bounds = append(bounds, b) // "ECOG scores of 0, 1, or 2"
		}
	}
	if len(bounds) == 0 {
		return
	}
	bounds = expandGeneric(bounds)
	if !anyScope && hasScale(bounds, scaleLansky) && hasScale(bounds, scaleKarnofsky) {
		for i := range bounds {
			switch bounds[i].scale {
			case scaleLansky:
				bounds[i].belowDays = 16 * 365.25
			case scaleKarnofsky:
				bounds[i].fromDays, bounds[i].fromIncl = 16*365.25, true
			}
		}
	}
	if len(equivalents) > 0 {
		for _, s := range found {
			if !s.hasValue {
				end = max(end, s.end)
			}
		}
	}
	c.add(start, end, RequirePerformance, rulePerformance, performanceDetail(bounds), performanceCond{bounds: bounds, equivalents: equivalents})
}

// expandGeneric turns a score with no scale ("performance status ≥ 50")
// into Lansky below 16 years and Karnofsky from 16, the two 0–100 scales.
func expandGeneric(bounds []scaleBound) []scaleBound {
	var out []scaleBound
	for _, b := range bounds {
		if b.scale != "" {
			out = append(out, b)
			continue
		}
		l, k := b, b
		l.scale, k.scale = scaleLansky, scaleKarnofsky
		out = append(out, l, k)
	}
	return out
}

func hasScale(bounds []scaleBound, scale string) bool {
	for _, b := range bounds {
		if b.scale == scale {
			return true
		}
	}
	return false
}

// readScoreAfter reads the score and the ages that follow a scale's name,
// up to byte limit.
func readScoreAfter(c *clause, s *scaleScore, limit int) {
	p := s.end
	for p < limit {
		rest := c.text[p:limit]
		if loc := ageScope.FindStringSubmatchIndex(rest); loc != nil && loc[0] <= 3 && !s.scoped {
			setScope(&s.bound, rest, loc)
			s.scoped = true
			p += loc[1]
			s.end = max(s.end, p)
			continue
		}
		if s.hasValue {
			return
		}
		if m := scoreRange.FindStringSubmatchIndex(rest); m != nil {
			lo, _ := strconv.ParseFloat(group(rest, m, 1), 64)
			hi, _ := strconv.ParseFloat(group(rest, m, 2), 64)
			s.cmp, s.value = cmpGE, lo
			if lo == 0 && hi <= 5 {
				s.cmp, s.value = cmpLE, hi
			}
			s.hasValue = true
			p += m[1]
			s.end = p
			continue
		}
		if cmp, q, n, ok := measure(rest); ok && q.value <= 100 && (q.unit == unitNone || q.unit == unitPercent) {
			s.cmp, s.value, s.hasValue = cmp, q.value, true
			p += n
			s.end = p
			continue
		}
		loc := skipWords.FindStringIndex(rest)
		if loc == nil || loc[1] == 0 {
			return
		}
		p += loc[1]
	}
}

// setScope reads an age scope into a bound.
func setScope(b *scaleBound, text string, m []int) {
	var cmp string
	var years float64
	if n := group(text, m, 2); n != "" {
		cmp = strings.ToLower(group(text, m, 1))
		years, _ = strconv.ParseFloat(n, 64)
	} else {
		years, _ = strconv.ParseFloat(group(text, m, 3), 64)
		switch strings.ToLower(group(text, m, 4)) {
		case "older", "over", "above":
			cmp = "≥"
		default:
			cmp = "≤"
		}
	}
	days := years * 365.25
	switch cmp {
	case "≥", ">=", "=>":
		b.fromDays, b.fromIncl = days, true
	case ">", "over", "older than", "above", "greater than":
		b.fromDays = days
	case "≤", "<=", "=<":
		// "≤ 16 years" takes the whole sixteenth year.
		b.belowDays, b.belowIncl = days+365.25, false
	default:
		b.belowDays = days
	}
}

// performanceDetail renders the scores asked: "Lansky ≥ 50 (< 16 years)
// or Karnofsky ≥ 50 (≥ 16 years)".
func performanceDetail(bounds []scaleBound) string {
	parts := make([]string, len(bounds))
	for i, b := range bounds {
		s := fmt.Sprintf("%s %s %g", scaleLabel(b.scale), b.cmp.symbol(), b.value)
		switch {
		case b.fromDays >= 0 && b.belowDays >= 0:
			s += fmt.Sprintf(" (%g–%g years)", b.fromDays/365.25, b.belowDays/365.25)
		case b.fromDays >= 0:
			s += fmt.Sprintf(" (%s %g years)", map[bool]string{true: "≥", false: ">"}[b.fromIncl], math.Round(b.fromDays/365.25))
		case b.belowDays >= 0:
			s += fmt.Sprintf(" (< %g years)", math.Round(b.belowDays/365.25))
		}
		parts[i] = s
	}
	return strings.Join(parts, " or ")
}

// blastsBefore finds a share of blasts written before the word: "≥ 5%
// blasts", "more than 25% lymphoblasts".
var blastsBefore = regexp.MustCompile(`(?i)(?:(≥|>=|=>|>|≤|<=|=<|<|at\s+least|more\s+than|greater\s+than|less\s+than|fewer\s+than)\s*)(\d+(?:\.\d+)?)\s*%\s*(?:\([^()]{0,20}\)\s*)?(?:or\s+more\s+)?(?:of\s+)?(?:leukemic\s+|leukaemic\s+|bone\s+marrow\s+|marrow\s+)?(?:blasts|lymphoblasts|myeloblasts|blast\s+cells)\b`)

// weighing finds a bound on the body weight: "weighing at least 15 kg",
// "(and at least 14.5 kg)", "≥ 10 kg", "The minimum body weight ranges
// from 10-27.5kg depending on the dose level" (the lowest is the bound).
var weighing = regexp.MustCompile(`(?i)(?:\bweigh(?:s|ing|t)?\s+(?:of\s+)?|\bminimum\s+(?:body\s+)?weight\s+(?:ranges?\s+from|of|is)\s*()|(?:^|[\s(]))(at\s+least|≥|>=|more\s+than|greater\s+than|over|less\s+than|<|under|no\s+more\s+than|≤)?\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*\d+(?:\.\d+)?\s*)?(?:kg|kilograms?)\b(?:\s*(?:of\s+)?(?:body\s+)?weight)?(?:\s*,?\s*depending\s+on\s+(?:the\s+)?(?:dose|dosing)\s+(?:level|cohort)s?)?`)

// dosing marks a sentence about the dose a weight gets.
var dosing = regexp.MustCompile(`(?i)\b(?:dose[ds]?|dosing|receive|given|administered|mg)\b`)

// readLabs reads lab thresholds: "total bilirubin ≤ 1.5 × ULN for age",
// "AST/ALT < 3 × ULN", "creatinine clearance or radioisotope GFR ≥ 70
// mL/min/1.73 m²", "ANC ≥ 750/µL", "LVEF ≥ 50%", "≥ 5% blasts".
func readLabs(c *clause) {
	c.eachFree(blastsBefore, func(m []int) {
		cmp, _ := comparatorAt(group(c.text, m, 1))
		v, _ := strconv.ParseFloat(group(c.text, m, 2), 64)
		q := quantity{value: v, unit: unitPercent}
		c.add(m[0], m[1], RequireLab, ruleDiseaseStatus, "blasts "+cmp.symbol()+" "+q.label(),
			labCond{analyte: "blasts", cmp: cmp, bound: q})
	})
	c.eachFree(weighing, func(m []int) {
		cmp, _ := comparatorAt(group(c.text, m, 2))
		if m[2] >= 0 && cmp == cmpNone {
			cmp = cmpGE // "minimum body weight ranges from 10-27.5kg"
		}
		if cmp == cmpNone || m[2] < 0 && dosing.MatchString(c.text) || strings.HasPrefix(c.text[m[1]:], "/") {
			// "Patients < 15 kg will be dosed at …" states a dose.
			return
		}
		v, _ := strconv.ParseFloat(group(c.text, m, 3), 64)
		q := quantity{value: v, unit: unitKg}
		c.add(m[0], m[1], RequireLab, ruleOther, "weight "+cmp.symbol()+" "+q.label(), labCond{analyte: "weight", cmp: cmp, bound: q})
	})
	v := c.o.labs
	matches := c.freeMatches(v)
	for i := 0; i < len(matches); {
		// A run of analytes joined by "/", "and", "or" shares one bound.
		j := i + 1
		for j < len(matches) {
			_, prevEnd := c.span(matches[j-1])
			nextStart, _ := c.span(matches[j])
			if !joiner.MatchString(c.text[prevEnd:nextStart]) {
				break
			}
			j++
		}
		start, _ := c.span(matches[i])
		_, end := c.span(matches[j-1])
		cmp, q, valueEnd, ok := c.valueAfter(end, 60)
		if ok {
			var keys []string
			for _, m := range matches[i:j] {
				for _, k := range labMembers(v, m.id) {
					if !containsString(keys, k) {
						keys = append(keys, k)
					}
				}
			}
			q = defaultLabUnit(v, keys[0], q)
			cond := labCond{analyte: keys[0], cmp: cmp, bound: q, anyMember: c.list == listExclusion}
			if l := bracketBound.FindStringSubmatchIndex(c.text[valueEnd:]); l != nil {
				// "≥ 94% at sea level (≥ 90% at altitude ≥ 5000 feet)".
				if acmp, aq, _, ok := measure(c.text[valueEnd+l[2]:]); ok {
					cond.alternatives = append(cond.alternatives, labBound{cmp: acmp, bound: defaultLabUnit(v, keys[0], aq)})
					valueEnd += l[1]
				}
			}
			if l := labAgeScope.FindStringIndex(c.text[valueEnd:]); l != nil {
				if r, ok := rules.ParseAgeRange(c.text[valueEnd+l[0] : valueEnd+l[1]]); ok {
					cond.ages = &r
					valueEnd += l[1]
				}
			}
			if len(keys) > 1 {
				cond.analyte, cond.members = strings.Join(keys, "/"), keys
			}
			c.add(start, valueEnd, RequireLab, v.attr(v.id(keys[0]), "rule"), cond.analyte+" "+cmp.symbol()+" "+q.label(), cond)
		}
		i = j
	}
}

// bracketBound is another bound in brackets after a lab bound.
var bracketBound = regexp.MustCompile(`^(?:\s*(?:at\s+sea\s+level|on\s+room\s+air))?\s*\(\s*((?:≥|>=|=>|>|≤|<=|=<|<)\s*\d[^()]*)\)`)

// labAgeScope finds the ages a lab bound applies to: "(using Schwartz
// formula) for individuals ≥ 1 year of age", "for patients aged 1 to 5
// years".
var labAgeScope = regexp.MustCompile(`(?i)^[^.;:]{0,40}?\bfor\s+(?:individuals|patients|participants|subjects|children|those|ages?)\s*(?:aged?\s+|of\s+)?(?:≥|>=|=>|>|≤|<=|=<|<|over|under|older\s+than|younger\s+than|at\s+least|less\s+than)?\s*\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:years?|months?|yrs?)(?:\s+(?:of\s+age|old|and\s+older|and\s+over|or\s+older))?`)

// labMembers returns the analytes a lab name stands for: itself, or its
// members ("transaminases": ALT and AST).
func labMembers(v *vocabulary, id int) []string {
	if members := splitBar(v.attr(id, "members")); len(members) > 0 {
		return members
	}
	return []string{v.key(id)}
}

// defaultLabUnit gives a bound written without a unit the one its analyte
// is always stated in, where that is beyond doubt: a percentage for LVEF,
// cells per µL for a count of 100 or more, mL/min/1.73 m² for a GFR.
func defaultLabUnit(v *vocabulary, analyte string, q quantity) quantity {
	if q.unit != unitNone {
		return q
	}
	switch unit := v.attr(v.id(analyte), "unit"); {
	case unit == unitPercent, unit == unitMs, unit == unitKg, unit == unitGFR && q.value >= 20:
		q.unit = unit
	case unit == unitPerUL && q.value >= 100:
		q.unit = unit
	}
	return q
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// mrdMention finds measurable residual disease.
var mrdMention = regexp.MustCompile(`(?i)\b(?:MRD|minimal\s+residual\s+disease|measurable\s+residual\s+disease)(?:\s*\(MRD\))?`)

var (
	mrdSignBefore = regexp.MustCompile(`(?i)\b(positive|negative|detectable|undetectable)\s+$`)
	mrdSignAfter  = regexp.MustCompile(`(?i)^\s*[-‐]?\s*(positive|negative|positivity|negativity|detectable|undetectable|not\s+detectable|\+|−|-(?:\s|$))`)
	mrdLevel      = regexp.MustCompile(`(?i)^\s*(?:level\s+)?(?:of\s+)?(?:\(by\s+[\w\s]+\)\s*)?(≥|>=|=>|>|≤|<=|=<|<|at\s+least|greater\s+than|more\s+than|less\s+than|below|above)\s*(?:(\d+(?:\.\d+)?)\s*%|(?:(\d+(?:\.\d+)?)\s*(?:x|×)\s*)?10\s*(?:\^|e)?\s*[-−⁻–]\s*([1-9]|⁴|³|²|⁵|⁶))`)
)

// readMRD reads "MRD ≥ 0.01%", "MRD ≥ 10^-4", "MRD-positive", "positive
// MRD".
func readMRD(c *clause) {
	c.eachFree(mrdMention, func(m []int) {
		start, end := m[0], m[1]
		rest := c.text[end:]
		if l := mrdLevel.FindStringSubmatchIndex(rest); l != nil {
			cmp, _ := comparatorAt(group(rest, l, 1))
			pct := mrdPercent(group(rest, l, 2), group(rest, l, 3), group(rest, l, 4))
			c.add(start, end+l[1], RequireMRD, ruleDiseaseStatus, fmt.Sprintf("MRD %s %g%%", cmp.symbol(), pct), mrdCond{cmp: cmp, percent: pct})
			return
		}
		sign, signStart, signEnd := "", start, end
		if l := mrdSignAfter.FindStringSubmatchIndex(rest); l != nil {
			sign, signEnd = strings.ToLower(group(rest, l, 1)), end+l[1]
		} else if w, off := c.behind(start); mrdSignBefore.MatchString(w) {
			l := mrdSignBefore.FindStringSubmatchIndex(w)
			sign, signStart = strings.ToLower(group(w, l, 1)), off+l[0]
		}
		if sign == "" {
			return
		}
		positive := sign == "positive" || sign == "positivity" || sign == "detectable" || sign == "+"
		c.add(signStart, signEnd, RequireMRD, ruleDiseaseStatus, map[bool]string{true: "MRD positive", false: "MRD negative"}[positive], mrdCond{positive: positive})
	})
}

// mrdPercent reads a level as a percentage: "0.01" (a percentage), or a
// mantissa and a power of ten ("1", "4" for 1 × 10^-4).
func mrdPercent(pct, mantissa, power string) float64 {
	if pct != "" {
		v, _ := strconv.ParseFloat(pct, 64)
		return v
	}
	m := 1.0
	if mantissa != "" {
		m, _ = strconv.ParseFloat(mantissa, 64)
	}
	superscripts := map[string]string{"²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6"}
	if s, ok := superscripts[power]; ok {
		power = s
	}
	e, _ := strconv.Atoi(power)
	return m * 100 / math.Pow(10, float64(e))
}
