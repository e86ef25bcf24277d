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
type performanceCond struct {
	bounds []scaleBound
	// equivalents are the scales the criterion names without a score of
	// their own, as standing for its bounds: a patient's score on one of
	// them is converted.
	equivalents []string
}

func (c performanceCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	var truths []Truth
	fact := ""
	for _, b := range c.bounds {
		if p.AgeLabel != "" && !b.applies(p.AgeDays) {
			continue
		}
		v, ok := p.score(b.scale)
		if !ok {
			eq := c.equivalents
			if b.scale == scaleLansky && hasScale(c.bounds, scaleKarnofsky) {
				eq = append(eq[:len(eq):len(eq)], scaleKarnofsky) // the same scale for other ages
			} else if b.scale == scaleKarnofsky && hasScale(c.bounds, scaleLansky) {
				eq = append(eq[:len(eq):len(eq)], scaleLansky)
			}
			t, f := b.convertedTruth(p, eq)
			truths = append(truths, t)
			if fact == "" {
				fact = f
			}
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

// ecogOfPercent gives the ECOG grades a Lansky or Karnofsky score may
// stand for, by the two conversions in use (ECOG 2 is 60–70 in the
// adult table, 50–60 in the children's oncology one): a score decides an
// ECOG bound only where both agree.
func ecogOfPercent(v float64) (lo, hi float64) {
	switch {
	case v >= 100:
		return 0, 0
	case v >= 90:
		return 0, 1
	case v >= 80:
		return 1, 1
	case v >= 70:
		return 1, 2
	case v >= 60:
		return 2, 2
	case v >= 50:
		return 2, 3
	case v >= 40:
		return 3, 3
	case v >= 30:
		return 3, 4
	}
	return 4, 4
}

// percentOfECOG gives the Lansky or Karnofsky scores an ECOG grade may
// stand for, by both conversions.
func percentOfECOG(e float64) (lo, hi float64) {
	switch {
	case e <= 0:
		return 90, 100
	case e <= 1:
		return 70, 90
	case e <= 2:
		return 50, 70
	case e <= 3:
		return 30, 50
	}
	return 0, 30
}

// convertedTruth compares a bound with a score the patient has on
// another scale the criterion names as its equivalent: Lansky and
// Karnofsky stand for each other, ECOG through the conversions; a range
// that straddles the bound stays unknown.
func (b scaleBound) convertedTruth(p *Profile, equivalents []string) (Truth, string) {
	var lo, hi float64
	var fact string
	given := false
	for _, s := range equivalents {
		_, ok := p.score(s)
		given = given || ok
	}
	if !given {
		return Unknown, ""
	}
	switch b.scale {
	case scaleLansky, scaleKarnofsky:
		other := scaleKarnofsky
		if b.scale == scaleKarnofsky {
			other = scaleLansky
		}
		if v, ok := p.score(other); ok {
			lo, hi, fact = v, v, fmt.Sprintf("%s %g", scaleLabel(other), v)
		} else if e, ok := p.score(scaleECOG); ok {
			lo, hi = percentOfECOG(e)
			fact = fmt.Sprintf("%s %g (%s %g–%g)", scaleLabel(scaleECOG), e, scaleLabel(b.scale), lo, hi)
		} else {
			return Unknown, ""
		}
	case scaleECOG:
		v, ok := p.score(scaleLansky)
		name := scaleLansky
		if !ok {
			v, ok = p.score(scaleKarnofsky)
			name = scaleKarnofsky
		}
		if !ok {
			return Unknown, ""
		}
		lo, hi = ecogOfPercent(v)
		fact = fmt.Sprintf("%s %g (ECOG %g–%g)", scaleLabel(name), v, lo, hi)
	default:
		return Unknown, ""
	}
	atLo, atHi := b.cmp.holds(lo, b.value), b.cmp.holds(hi, b.value)
	switch {
	case atLo && atHi:
		return True, fact
	case !atLo && !atHi:
		return False, fact
	}
	return Unknown, fact
}
