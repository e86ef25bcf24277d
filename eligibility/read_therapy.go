package eligibility

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// therapyMention is a therapy a sentence names.
type therapyMention struct {
	start, end int
	set        therapySet
}

var (
	// targetAfter makes a target a therapy: "CD19-directed therapy",
	// "CD38 targeted agents".
	targetAfter = regexp.MustCompile(`(?i)^[-‐ ]?(?:directed|targeted|targeting|specific|redirected|based)(?:\s+(?:therapy|therapies|therapeutics?|agents?|treatments?|antibod(?:y|ies)|monoclonal\s+antibod(?:y|ies)|mAbs?|immunotherap(?:y|ies)|drugs?|products?|approach(?:es)?|inhibitors?))?\b|^\s+inhibitors?\b`)
	// targetNoun follows "anti-CD38": "anti-CD38 therapy".
	targetNoun = regexp.MustCompile(`(?i)^(?:[-‐ ](?:directed|targeted|targeting|based)\b)?(?:\s+(?:therapy|therapies|agents?|treatments?|antibod(?:y|ies)|monoclonal\s+antibod(?:y|ies)|mAbs?|immunotherap(?:y|ies)|drugs?|products?)\b)?`)
	// targetingBefore precedes a target: "therapy targeting CD19".
	targetingBefore = regexp.MustCompile(`(?i)\b(?:targeting|targets?|directed\s+(?:against|at|to))\s+(?:the\s+)?$`)
	// exceptionAfter opens the therapies a mention leaves out: "other
	// than blinatumomab", "(except intrathecal chemotherapy)".
	exceptionAfter = regexp.MustCompile(`(?i)^\s*[,(]?\s*(?:other\s+than|except(?:\s+for)?|excluding|with\s+the\s+exception\s+of|apart\s+from|besides|but\s+not|not\s+including)\s+(?:prior\s+|previous\s+|the\s+)?`)
	// mentionJoiner joins the therapies of one list: "HSCT or CAR-T",
	// "chemotherapy, radiotherapy, and/or immunotherapy".
	mentionJoiner = regexp.MustCompile(`(?i)^[\s,/]*(?:(?:and/or|and|or|nor|either|including|incl\.?|e\.g\.?,?|such\s+as|\(|\))[\s,/()]*)*(?:(?:any|other|prior|previous|investigational|experimental|commercial|approved|cellular|cell|standard|systemic|conventional)\s+(?:or\s+)?)*$`)
)

// findTherapies returns the therapies a sentence names, from the
// vocabulary or by their target.
func findTherapies(c *clause) []therapyMention {
	var out []therapyMention
	for _, m := range c.freeMatches(c.o.therapies) {
		start, end := c.span(m)
		out = append(out, therapyMention{start: start, end: end, set: therapySet{class: m.id}})
	}
	targets := c.freeMatches(c.o.targets)
	for k := len(targets) - 1; k >= 0; k-- {
		m := targets[k]
		start, end := c.span(m)
		if overlapsMention(out, start, end) {
			continue
		}
		// "hepatocyte growth factor (HGF)/MET targeting therapeutics":
		// a target joined to one that is a therapy shares its words.
		if i := nextMention(out, end); i >= 0 && out[i].set.class < 0 && targetJoiner.MatchString(c.text[end:out[i].start]) {
			out = append(out, therapyMention{start: start, end: end, set: therapySet{class: -1, target: c.o.targets.key(m.id)}})
			continue
		}
		key := c.o.targets.key(m.id)
		before, off := c.behind(start)
		rest := c.text[end:]
		switch {
		case antiBefore.MatchString(before):
			l := antiBefore.FindStringIndex(before)
			n := targetNoun.FindStringIndex(rest)
			out = append(out, therapyMention{start: off + l[0], end: end + n[1], set: therapySet{class: -1, target: key}})
		case targetAfter.MatchString(rest):
			out = append(out, therapyMention{start: start, end: end + targetAfter.FindStringIndex(rest)[1], set: therapySet{class: -1, target: key}})
		case targetingBefore.MatchString(before):
			out = append(out, therapyMention{start: off + targetingBefore.FindStringIndex(before)[0], end: end, set: therapySet{class: -1, target: key}})
		}
	}
	sortMentions(out)
	// "CD19 directed mAb": a therapy named by its target holds the
	// words of the vocabulary's "mAb"; mentions do not overlap.
	kept := out[:0]
	for _, m := range out {
		if n := len(kept); n > 0 && m.start < kept[n-1].end {
			if m.end-m.start > kept[n-1].end-kept[n-1].start {
				kept[n-1] = m
			}
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// targetJoiner joins two targets of one therapy: "HGF/MET", "CD19 or
// CD22", with an abbreviation in brackets between.
var targetJoiner = regexp.MustCompile(`^\s*(?:\([^()]{1,12}\))?\s*(?:/|or|and|and/or|,)\s*$`)

// nextMention returns the first mention that starts at or after byte at,
// or -1.
func nextMention(ms []therapyMention, at int) int {
	best := -1
	for i, m := range ms {
		if m.start >= at && (best < 0 || m.start < ms[best].start) {
			best = i
		}
	}
	return best
}

func overlapsMention(ms []therapyMention, start, end int) bool {
	for _, m := range ms {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

func sortMentions(ms []therapyMention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// foldExceptions takes the therapies named after "other than" into the
// mention before them.
func foldExceptions(c *clause, ms []therapyMention) []therapyMention {
	var out []therapyMention
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		loc := exceptionAfter.FindStringIndex(c.text[m.end:])
		if loc == nil || i+1 >= len(ms) || ms[i+1].start != m.end+loc[1] {
			out = append(out, m)
			continue
		}
		j := i + 1
		m.set.except = append(m.set.except, ms[j].set.class)
		end := ms[j].end
		for j+1 < len(ms) && mentionJoiner.MatchString(c.text[ms[j].end:ms[j+1].start]) && ms[j+1].set.class >= 0 {
			j++
			m.set.except = append(m.set.except, ms[j].set.class)
			end = ms[j].end
		}
		if strings.HasPrefix(strings.TrimSpace(c.text[end:]), ")") {
			end += strings.Index(c.text[end:], ")") + 1
		}
		m.end = end
		if ms[i+1].set.class < 0 {
			// A target cannot be taken out of a class as an exception.
			m.set.except = nil
		}
		out = append(out, m)
		i = j
	}
	return out
}

// window is a time span a sentence states: "within 14 days prior to
// enrollment", "at least 100 days post-transplant".
type window struct {
	start, end int
	days       float64
	// upper is set for a span the therapy falls inside ("within", "<");
	// otherwise the therapy is at least that long ago ("≥ 100 days").
	upper     bool
	inclusive bool
	// bare is set when no word gives the span's direction ("14 days prior
	// to enrollment").
	bare bool
	// anchor says what the span runs from: now (enrollment, the first
	// dose), a therapy named after it, the therapy of the sentence
	// ("from infusion"), or something else (diagnosis, relapse).
	anchor                      int
	anchorTo                    int // the mention an anchorMention window runs from
	onlyIfInside, onlyIfOutside bool
}

// The anchors of a window.
const (
	anchorNow = iota
	anchorMention
	anchorSame
	anchorOther
)

var (
	windowForm = regexp.MustCompile(`(?i)(\bwithin(?:\s+the\s+(?:past|last|previous|preceding|prior))?|\bin\s+the\s+(?:past|last|previous|preceding|prior)|\bduring\s+the\s+(?:past|last|previous|preceding)|≤|<=|=<|<|\bless\s+than|\bfewer\s+than|\bno\s+more\s+than|\bnot\s+more\s+than|\bup\s+to|≥|>=|=>|>|\bmore\s+than|\bgreater\s+than|\bat\s+least|\ba\s+minimum\s+of|\bminimum\s+of|\bover|\bbeyond|\bwithin\s+a\s+period\s+of)?\s*(?:the\s+)?(?:last\s+|past\s+|previous\s+)?\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|sixty|ninety)\s*(?:\(\s*\d+\s*\)\s*)?[-‐ ]?(hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?)\b(\s+or\s+(?:more|longer|greater))?`)
	windowPrep = regexp.MustCompile(`(?i)^\s*(?:(?:have|has|must\s+have|should\s+have)\s+)?(?:(?:elapsed|passed)\s+)?((?:prior|before|preceding)\s+to|prior|before|preceding|pre[-‐ ]?|of|from|since|after|following|post[-‐ ]?|between)\s*`)
	// nowAnchor is a moment of the trial itself.
	nowAnchor = regexp.MustCompile(`(?i)^(?:the\s+)?(?:planned\s+|expected\s+|scheduled\s+)?(?:first\s+|start\s+of\s+|initiation\s+of\s+|beginning\s+of\s+|onset\s+of\s+|day\s+1\s+of\s+)?(?:(?:dose|day|administration|infusion|cycle)\s+(?:1\s+)?of\s+)?(?:the\s+)?(?:study\s+|protocol\s+|trial\s+|investigational\s+|planned\s+)?(?:enrol+ment|registration|entry|screening|consent|informed\s+consent|randomi[sz]ation|study\s+treatment|treatment|therapy|drug|dose|day\s*-?\d+|day\s+one|IMP|infusion|lymphodeplet\w*|apheresis|leukapheresis|cell\s+collection|collection|conditioning|initiation|start|visit|baseline|this\s+study|the\s+study|study|trial|protocol|signing|enrolment)\b`)
	// sameAnchor runs from the therapy the sentence speaks of: "from
	// infusion", "since the last dose", "post-transplant".
	sameAnchor = regexp.MustCompile(`(?i)^(?:the\s+)?(?:time\s+of\s+)?(?:last\s+|most\s+recent\s+|final\s+|previous\s+|prior\s+)?(?:infusion|dose|administration|treatment|therapy|completion|transplant(?:ation)?|HSCT|SCT|agent|drug|medication|antibody)\b`)
	// priorToNow is "prior to" a moment of the trial, after a window's
	// anchor.
	priorToNow  = regexp.MustCompile(`(?i)^\s*(?:prior\s+to|before)\s+(?:the\s+)?(?:start\s+of\s+)?(?:enrol+ment|registration|apheresis|leukapheresis|screening|consent|randomi[sz]ation|study\s+entry|entry|infusion|treatment|study\s+treatment|lymphodepletion)\b`)
	halfLives   = regexp.MustCompile(`(?i)half[- ]?lives|whichever\s+is\s+(longer|shorter|greater|less)`)
	wordNumbers = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90}
)

// findWindows returns the time spans of a sentence, with what each runs
// from.
func findWindows(c *clause, ms []therapyMention) []window {
	var out []window
	for _, m := range c.findAll(windowForm) {
		if !c.free(m[0], m[1]) {
			continue
		}
		lead := strings.ToLower(strings.Join(strings.Fields(group(c.text, m, 1)), " "))
		n := group(c.text, m, 2)
		v, err := strconv.ParseFloat(n, 64)
		if err != nil {
			v = wordNumbers[strings.ToLower(n)]
		}
		w := window{start: m[0], end: m[1], days: v * unitDays(group(c.text, m, 3)), inclusive: true}
		switch {
		case group(c.text, m, 4) != "":
			w.upper = false
		case lead == "":
			w.bare = true
		case lead == "<" || lead == "less than" || lead == "fewer than":
			w.upper, w.inclusive = true, false
		case strings.HasPrefix(lead, "within") || strings.HasPrefix(lead, "in the") || strings.HasPrefix(lead, "during") ||
			lead == "≤" || lead == "<=" || lead == "=<" || lead == "no more than" || lead == "not more than" || lead == "up to":
			w.upper = true
		case lead == ">" || lead == "more than" || lead == "greater than" || lead == "over" || lead == "beyond":
			w.inclusive = false
		}
		if w.start > 0 && lead == "" && !strings.ContainsAny(c.text[max(0, w.start-1):w.start], " (,;:") {
			continue // a number inside a word
		}
		// What the span runs from.
		w.anchor = anchorNow
		rest := c.text[w.end:]
		if p := windowPrep.FindStringSubmatchIndex(rest); p != nil {
			prep := strings.ToLower(group(rest, p, 1))
			at := w.end + p[1]
			after := c.text[at:]
			switch {
			case strings.HasPrefix(prep, "prior") || strings.HasPrefix(prep, "before") || strings.HasPrefix(prep, "preced") || strings.HasPrefix(prep, "pre"):
				// "prior to enrollment", "before the transplant", "pre-
				// transplantation": a moment of the trial, now.
				w.end = at
				if l := nowAnchor.FindStringIndex(after); l != nil {
					w.end += l[1]
				} else if i := mentionAt(ms, at); i >= 0 {
					w.end = ms[i].end
				}
			case nowAnchor.MatchString(after):
				w.end = at + nowAnchor.FindStringIndex(after)[1]
			case mentionAt(ms, at) >= 0:
				w.anchor, w.anchorTo = anchorMention, mentionAt(ms, at)
				w.end = ms[w.anchorTo].end
			case sameAnchor.MatchString(after):
				w.anchor = anchorSame
				w.end = at + sameAnchor.FindStringIndex(after)[1]
				// "within 30 days of the agent prior to apheresis".
				if l := priorToNow.FindStringIndex(c.text[w.end:]); l != nil {
					w.end += l[1]
				}
			default:
				w.anchor = anchorOther
			}
		}
		if h := halfLives.FindStringSubmatchIndex(c.text[w.end:min(len(c.text), w.end+60)]); h != nil {
			switch strings.ToLower(group(c.text[w.end:], h, 1)) {
			case "longer", "greater":
				w.onlyIfInside = true
			case "shorter", "less":
				w.onlyIfOutside = true
			default:
				w.onlyIfInside, w.onlyIfOutside = true, true
			}
		}
		out = append(out, w)
	}
	return out
}

// mentionAt returns the mention that starts at byte at, after a few words
// ("the last dose of", "prior"), or -1.
func mentionAt(ms []therapyMention, at int) int {
	for i, m := range ms {
		if m.start >= at && m.start <= at+60 {
			return i
		}
	}
	return -1
}

func unitDays(unit string) float64 {
	switch u := strings.ToLower(unit); {
	case strings.HasPrefix(u, "h"):
		return 1.0 / 24
	case strings.HasPrefix(u, "d"):
		return 1
	case strings.HasPrefix(u, "w"):
		return 7
	case strings.HasPrefix(u, "m"):
		return 365.25 / 12
	}
	return 365.25
}

// forUndergoing opens a sentence about patients who had a therapy: "For
// subject undergoing HSCT, at least 90 days …".
var forUndergoing = regexp.MustCompile(`(?i)^\s*(?:for|in)\s+(?:a\s+|the\s+|any\s+|all\s+)?(?:patients?|participants?|subjects?|those|children)\s+(?:who\s+are\s+|who\s+have\s+been\s+)?undergoing\s+$`)

// courseCount is a number of courses before a therapy: "no more than one
// previous", "at least 2 prior", "more than one".
var courseCount = regexp.MustCompile(`(?i)\b(no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|maximum\s+of|fewer\s+than|less\s+than|more\s+than|greater\s+than|at\s+least|a\s+minimum\s+of|≤|<=|≥|>=|<|>)\s*(one|two|three|four|five|1|2|3|4|5)\s+(?:(?:prior|previous|earlier)\s+)?(?:courses?\s+of\s+)?$`)

// hadCue marks a sentence of an inclusion that asks for a therapy given:
// "must have received", "relapsed after", "refractory to", "prior".
var hadCue = regexp.MustCompile(`(?i)\b(?:prior|previous(?:ly)?|received|receipt|had|undergone|underwent|after|following|post|failed|failure|refractory|resistant|relapsed|relapse|progressed|progression|exposed|exposure|history|treated|pretreated|pre-treated|intolerant|intolerance)\b`)

// readTherapies reads the therapies a sentence names, with their time
// spans and exceptions: "prior allogeneic HSCT", "CD19-directed therapy
// other than blinatumomab", "chemotherapy within 14 days prior to
// enrollment", "at least 100 days post-transplant".
func readTherapies(c *clause) {
	ms := foldExceptions(c, findTherapies(c))
	if len(ms) == 0 {
		return
	}
	windows := findWindows(c, ms)
	// Groups of mentions joined by "or", "and", commas.
	var groups [][]int
	for i := range ms {
		if i > 0 && mentionJoiner.MatchString(c.text[ms[i-1].end:ms[i].start]) {
			groups[len(groups)-1] = append(groups[len(groups)-1], i)
			continue
		}
		groups = append(groups, []int{i})
	}
	groupOf := make([]int, len(ms))
	for g, members := range groups {
		for _, i := range members {
			groupOf[i] = g
		}
	}
	// Each window belongs to the group it runs from, the group just
	// before it, or the group just after it.
	windowOf := make([]int, len(groups))
	for g := range windowOf {
		windowOf[g] = -1
	}
	var sinceAtoms []window
	for wi, w := range windows {
		switch {
		case w.anchor == anchorMention:
			windowOf[groupOf[w.anchorTo]] = wi
		default:
			g := groupBefore(c, ms, groups, w.start)
			if g < 0 {
				g = groupAfter(c, ms, groups, w.end)
			}
			switch {
			case g >= 0 && windowOf[g] < 0:
				windowOf[g] = wi
			case w.anchor == anchorSame:
				// "unless > 8 weeks from infusion": a span of the
				// sentence's therapy, read where it stands.
				if g := lastGroupBefore(ms, groups, w.start); g >= 0 {
					w.anchorTo = groups[g][0]
					sinceAtoms = append(sinceAtoms, w)
				}
			}
		}
	}
	for g, members := range groups {
		wi := windowOf[g]
		for _, i := range members {
			m := ms[i]
			var cond condition
			var detail string
			start := m.start
			w, off := c.behind(m.start)
			if l := courseCount.FindStringSubmatchIndex(w); l != nil && c.free(off+l[0], m.start) && c.o.countable(m.set) {
				// "no more than one previous HSCT".
				cmp, _ := comparatorAt(group(w, l, 1))
				if cmp == cmpNone {
					cmp = cmpLE
				}
				n := wordNumbers[strings.ToLower(group(w, l, 2))]
				if n == 0 {
					n, _ = strconv.ParseFloat(group(w, l, 2), 64)
				}
				cond = therapyCountCond{set: m.set, cmp: cmp, n: n}
				detail = fmt.Sprintf("%s %g course(s) of %s", cmp.symbol(), n, c.o.therapyLabel(m.set))
				c.add(off+l[0], m.end, RequirePriorTherapy, rulePriorTherapy, detail, cond)
				continue
			}
			switch {
			case wi >= 0 && windows[wi].anchor == anchorOther:
				detail = c.o.therapyLabel(m.set) + " (a time span from another event)"
			case wi >= 0:
				cond, detail = windowCond(c, m.set, windows[wi])
			case c.list == listExclusion || hadCue.MatchString(c.text[max(0, m.start-60):m.start]) || forUndergoing.MatchString(c.text[:m.start]):
				cond = therapyCond{set: m.set, mode: modeHad}
				detail = "had " + c.o.therapyLabel(m.set)
			default:
				detail = c.o.therapyLabel(m.set) + " (what is asked of it is to read)"
			}
			kind := RequirePriorTherapy
			if tc, ok := cond.(therapyCond); ok && tc.mode == modeSince {
				kind = RequireTimeSince
			}
			c.add(start, m.end, kind, rulePriorTherapy, detail, cond)
		}
		if wi >= 0 {
			// The span's words belong to the therapies it times.
			c.claim(windows[wi].start, windows[wi].end)
		}
	}
	for _, w := range sinceAtoms {
		cond, detail := windowCond(c, ms[w.anchorTo].set, w)
		kind := RequirePriorTherapy
		if cond.mode == modeSince {
			kind = RequireTimeSince
		}
		c.add(w.start, w.end, kind, rulePriorTherapy, detail, cond)
	}
}

// windowCond turns a span into a condition on a set of therapies.
func windowCond(c *clause, set therapySet, w window) (therapyCond, string) {
	label := c.o.therapyLabel(set)
	upper := w.upper
	if w.bare {
		// "14 days prior to enrollment": a washout in an exclusion, a
		// time since in an inclusion.
		upper = c.list == listExclusion
	}
	days := strconv.FormatFloat(math.Round(w.days*10)/10, 'f', -1, 64)
	cond := therapyCond{set: set, days: w.days, inclusive: w.inclusive}
	// "14 days or 5 half-lives, whichever is longer": the span is at
	// least 14 days, so a therapy inside them is inside it, and one
	// outside them may not be outside it.
	if upper {
		cond.mode = modeWithin
		cond.trueOnly, cond.falseOnly = w.onlyIfInside, w.onlyIfOutside
		return cond, fmt.Sprintf("%s within %s days", label, days)
	}
	cond.mode = modeSince
	cond.needHad = w.anchor == anchorMention || w.anchor == anchorSame
	cond.trueOnly, cond.falseOnly = w.onlyIfOutside, w.onlyIfInside
	return cond, fmt.Sprintf("any %s at least %s days before", label, days)
}

// betweenTherapyAndWindow is what may stand between a therapy and its
// span: "received", "given", "the last dose of", "must be".
var betweenTherapyAndWindow = regexp.MustCompile(`(?i)^[\s,()]*(?:(?:is|are|was|were|must|should|be|been|have|has|had|received|receive|given|administered|treatment|therapy|therapies|with|of|for|the|any|last|first|dose|doses|completed|ended|discontinued|stopped|no|not|elapsed|passed|since|from|after|following|:|-)[\s,()]*|\([^()]{0,30}\)[\s,]*)*$`)

// groupBefore returns the group that ends just before byte at, with only
// joining words between, or -1.
func groupBefore(c *clause, ms []therapyMention, groups [][]int, at int) int {
	for g := len(groups) - 1; g >= 0; g-- {
		last := ms[groups[g][len(groups[g])-1]]
		if last.end <= at {
			if betweenTherapyAndWindow.MatchString(c.text[last.end:at]) {
				return g
			}
			return -1
		}
	}
	return -1
}

// groupAfter returns the group that starts just after byte at ("within 4
// weeks: chemotherapy"), or -1.
func groupAfter(c *clause, ms []therapyMention, groups [][]int, at int) int {
	for g, members := range groups {
		first := ms[members[0]]
		if first.start >= at {
			if betweenTherapyAndWindow.MatchString(c.text[at:first.start]) {
				return g
			}
			return -1
		}
	}
	return -1
}

// lastGroupBefore returns the last group that ends before byte at.
func lastGroupBefore(ms []therapyMention, groups [][]int, at int) int {
	for g := len(groups) - 1; g >= 0; g-- {
		if ms[groups[g][len(groups[g])-1]].end <= at {
			return g
		}
	}
	return -1
}
