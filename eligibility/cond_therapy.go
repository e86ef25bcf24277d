package eligibility

import (
	"fmt"
	"strings"
)

// therapyMode is what a criterion asks of a set of therapies.
type therapyMode uint8

// The modes.
const (
	// modeHad: the patient had one ("prior allogeneic HSCT").
	modeHad therapyMode = iota
	// modeWithin: the patient had one within a time ("chemotherapy
	// within 2 weeks").
	modeWithin
	// modeSince: any the patient had was at least a time ago ("at least
	// 100 days post-transplant", "> 8 weeks from infusion").
	modeSince
)

// therapyCond asks about the patient's therapies.
type therapyCond struct {
	set  therapySet
	mode therapyMode
	// days is the window's length; inclusive says whether its bound
	// counts ("within 14 days" does, "< 14 days" does not).
	days      float64
	inclusive bool
	// needHad is set for a time since that presumes the therapy ("at
	// least 100 days post-transplant"): with none, it is left to check.
	needHad bool
	// trueOnly and falseOnly keep a span known only on one side ("14
	// days or 5 half-lives, whichever is longer") from deciding the other
	// way.
	trueOnly, falseOnly bool
}

// inWindow reports whether a time since falls inside the window.
func (c therapyCond) inWindow(since float64) bool {
	if c.inclusive {
		return since <= c.days
	}
	return since < c.days
}

// longEnough reports whether a time since meets a modeSince bound.
func (c therapyCond) longEnough(since float64) bool {
	if c.inclusive {
		return since >= c.days
	}
	return since > c.days
}

func (c therapyCond) eval(p *Profile, o *Ontology) (Truth, string) {
	t, fact := c.evalSpan(p, o)
	if t == True && c.falseOnly || t == False && c.trueOnly {
		return Unknown, fact
	}
	return t, fact
}

// evalSpan compares the patient's therapies with the set and its span.
func (c therapyCond) evalSpan(p *Profile, o *Ontology) (Truth, string) {
	var inside, partial, never []TherapyFact
	for _, f := range p.Therapies {
		switch {
		case !f.known:
		case f.Never && o.setInside(c.set, f.set):
			never = append(never, f)
		case f.Never:
		case o.setInside(f.set, c.set):
			inside = append(inside, f)
		case o.setsOverlap(f.set, c.set):
			partial = append(partial, f)
		}
	}
	switch c.mode {
	case modeHad:
		if len(inside) > 0 {
			return True, inside[0].describe()
		}
		if len(never) > 0 && len(partial) == 0 {
			return False, never[0].describe()
		}
	case modeWithin:
		for _, f := range inside {
			if f.SinceKnown && c.inWindow(f.SinceDays) {
				return True, f.describe()
			}
		}
		if len(never) > 0 && len(partial) == 0 && len(inside) == 0 {
			return False, never[0].describe()
		}
		if len(inside) > 0 && allOutside(inside, c) && allOutside(partial, c) {
			return False, inside[0].describe()
		}
	case modeSince:
		for _, f := range inside {
			if f.SinceKnown && !c.longEnough(f.SinceDays) {
				return False, f.describe()
			}
		}
		if len(never) > 0 && len(partial) == 0 && len(inside) == 0 && !c.needHad {
			return True, never[0].describe()
		}
		if len(inside) > 0 && allLongEnough(inside, c) && allLongEnough(partial, c) {
			return True, inside[0].describe()
		}
	}
	for _, f := range append(inside, partial...) {
		return Unknown, f.describe()
	}
	return Unknown, ""
}

// allOutside reports whether every fact has a known date outside the
// window.
func allOutside(facts []TherapyFact, c therapyCond) bool {
	for _, f := range facts {
		if !f.SinceKnown || c.inWindow(f.SinceDays) {
			return false
		}
	}
	return true
}

// allLongEnough reports whether every fact has a known date at least the
// bound ago.
func allLongEnough(facts []TherapyFact, c therapyCond) bool {
	for _, f := range facts {
		if !f.SinceKnown || !c.longEnough(f.SinceDays) {
			return false
		}
	}
	return true
}

// therapyCountCond asks for a number of courses of a therapy: "no more
// than one previous HSCT" (cmp ≤, n 1). Each therapy fact the patient
// gives is a course; more may not be given, so a count below the bound
// of "at least" and one within the bound of "no more than" stay unknown.
type therapyCountCond struct {
	set therapySet
	cmp comparison
	n   float64
}

func (c therapyCountCond) eval(p *Profile, o *Ontology) (Truth, string) {
	var courses []string
	none := false
	for _, f := range p.Therapies {
		switch {
		case !f.known:
		case f.Never && o.setInside(c.set, f.set):
			none = true
		case f.Never:
		case o.setInside(f.set, c.set):
			if d := f.describe(); !containsString(courses, d) {
				courses = append(courses, d)
			}
		}
	}
	n := float64(len(courses))
	fact := fmt.Sprintf("%d given: %s", len(courses), strings.Join(courses, ", "))
	if n == 0 && none {
		fact = "none"
	}
	holds := c.cmp.holds(n, c.n)
	switch c.cmp {
	case cmpLE, cmpLT:
		if !holds {
			return False, fact
		}
		if n == 0 && none {
			return True, fact
		}
	default:
		if holds {
			return True, fact
		}
		if n == 0 && none {
			return False, fact
		}
	}
	return Unknown, fact
}
