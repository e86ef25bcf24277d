package eligibility

import (
	"fmt"
	"math"

	"github.com/trialcompare/trialcompare/model"
)

// labCond asks for a lab value against a bound: "bilirubin ≤ 1.5 × ULN".
// For a group of analytes ("transaminases", "ALT/AST") it asks it of each
// member: an inclusion of all of them, an exclusion of any.
type labCond struct {
	analyte string
	members []string
	cmp     comparison
	bound   quantity
	// anyMember is set where one member past the bound is enough (an
	// exclusion); otherwise every member must meet it.
	anyMember bool
	// alternatives are other bounds the criterion offers in brackets
	// ("≥ 94% at sea level (≥ 90% at altitude)"): meeting one is enough.
	alternatives []labBound
	// ages, when set, are the ages the bound applies to ("for
	// individuals ≥ 1 year of age"): outside them an inclusion is met and
	// an exclusion does not apply.
	ages *model.AgeRange
}

func (c labCond) eval(p *Profile, o *Ontology) (Truth, string) {
	if c.ages != nil && p.AgeLabel != "" && !c.ages.Admits(p.AgeDays) {
		return truthOf(!c.anyMember), p.AgeLabel
	}
	if len(c.members) == 0 {
		return c.evalOne(c.analyte, p)
	}
	var truths []Truth
	var facts string
	for _, m := range c.members {
		t, f := c.evalOne(m, p)
		truths = append(truths, t)
		if f != "" {
			if facts != "" {
				facts += ", "
			}
			facts += f
		}
	}
	if c.anyMember {
		return orTruth(truths...), facts
	}
	return andTruth(truths...), facts
}

func (c labCond) evalOne(analyte string, p *Profile) (Truth, string) {
	l, ok := p.lab(analyte)
	if !ok {
		return Unknown, ""
	}
	fact := l.describe()
	truths := []Truth{labBound{cmp: c.cmp, bound: c.bound}.holds(l, analyte)}
	for _, a := range c.alternatives {
		truths = append(truths, a.holds(l, analyte))
	}
	return orTruth(truths...), fact
}

// labBound is one bound on a lab value.
type labBound struct {
	cmp   comparison
	bound quantity
}

// holds compares a value with the bound, when their units allow.
func (b labBound) holds(l LabFact, analyte string) Truth {
	v, ok := convert(l.Value, analyte, b.bound.unit)
	if !ok {
		return Unknown
	}
	// Values compare at the precision they are written with.
	return truthOf(b.cmp.holds(round6(v), round6(b.bound.value)))
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// scaleBound is one performance scale's bound, for the ages it applies to.
type scaleBound struct {
	scale string
	cmp   comparison
	value float64
	// fromDays and belowDays bound the ages it applies to; negative when
	// open.
	fromDays, belowDays float64
	fromIncl, belowIncl bool
}

// applies reports whether the bound applies at an age.
func (b scaleBound) applies(ageDays float64) bool {
	if b.fromDays >= 0 && (ageDays < b.fromDays || !b.fromIncl && ageDays == b.fromDays) {
		return false
	}
	if b.belowDays >= 0 && (ageDays > b.belowDays || !b.belowIncl && ageDays >= b.belowDays) {
		return false
	}
	return true
}

// performanceCond asks for a performance score on one of several scales,
// each for the ages it names ("Lansky ≥ 50 for < 16 years, Karnofsky ≥ 50
// for ≥ 16 years").
type performanceCond struct{ bounds []scaleBound }

func (c performanceCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	var truths []Truth
	fact := ""
	for _, b := range c.bounds {
		if p.AgeLabel != "" && !b.applies(p.AgeDays) {
			continue
		}
		v, ok := p.score(b.scale)
		if !ok {
			truths = append(truths, Unknown)
			continue
		}
		f := fmt.Sprintf("%s %g", scaleLabel(b.scale), v)
		if fact == "" {
			fact = f
		}
		truths = append(truths, truthOf(b.cmp.holds(v, b.value)))
	}
	if len(truths) == 0 {
		// No scale applies at the patient's age: the criterion asks
		// nothing of this patient.
		return True, p.AgeLabel
	}
	return orTruth(truths...), fact
}
