package eligibility

import (
	"fmt"
	"slices"
	"strconv"
)

// markerCond asks for a marker present (at a least share of cells, when
// stated) or absent.
type markerCond struct {
	target  string
	present bool
	// atLeast is the least percentage asked for; negative when none.
	atLeast float64
}

func (c markerCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	for _, m := range p.Markers {
		if m.Target != c.target {
			continue
		}
		fact := m.describe()
		switch {
		case !c.present:
			return truthOf(!m.Present), fact
		case !m.Present:
			return False, fact
		case c.atLeast < 0:
			return True, fact
		case m.Percent >= 0:
			return truthOf(m.Percent >= c.atLeast), fact
		}
		return Unknown, fact
	}
	return Unknown, ""
}

// geneticCond asks for a genetic finding present or absent.
type geneticCond struct {
	id      int
	present bool
}

func (c geneticCond) eval(p *Profile, o *Ontology) (Truth, string) {
	v := o.genetics
	for _, g := range p.Genetics {
		id := v.id(g.Key)
		if id < 0 {
			continue
		}
		has := Unknown
		switch {
		case g.Present && v.isA(id, c.id):
			has = True
		case !g.Present && v.isA(c.id, id):
			has = False
		case g.Present && exclusive(v, id, c.id):
			// Findings of one group exclude one another: a myeloma with
			// t(11;14) has no t(4;14).
			has = False
		}
		if has == Unknown {
			continue
		}
		if !c.present {
			has = has.not()
		}
		return has, g.describe()
	}
	return Unknown, ""
}

// exclusive reports whether two findings belong to a group whose members
// exclude one another, and neither falls under the other.
func exclusive(v *vocabulary, a, b int) bool {
	g := v.attr(a, "exclusive")
	return g != "" && g == v.attr(b, "exclusive") && !v.isA(a, b) && !v.isA(b, a)
}

// cnsCond asks for CNS grades, or for CNS disease named without a grade.
type cnsCond struct {
	grades []int
	// ungraded is "disease" for CNS disease or involvement named without
	// a grade (CNS-3 has it, CNS-1 has not, CNS-2 is left to check), or
	// "metastasis" for CNS metastases (only CNS-1 decides: it has none).
	ungraded string
	// progressing is set for CNS disease "progressive on therapy": a
	// grade named holds only when the patient's CNS disease progresses.
	progressing bool
}

func (c cnsCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	if p.CNS == 0 {
		return Unknown, ""
	}
	fact := fmt.Sprintf("CNS-%d", p.CNS)
	switch {
	case len(c.grades) > 0 && c.progressing:
		if !slices.Contains(c.grades, p.CNS) {
			return False, fact
		}
		if p.CNSProgressing == nil {
			return Unknown, fact
		}
		if *p.CNSProgressing {
			return True, fact + ", progressing on therapy"
		}
		return False, fact + ", responding to therapy"
	case len(c.grades) > 0:
		return truthOf(slices.Contains(c.grades, p.CNS)), fact
	case p.CNS == 1:
		return False, fact
	case p.CNS == 3 && c.ungraded == "disease":
		return True, fact
	}
	return Unknown, fact
}

// The states of disease a criterion names.
const (
	statusRelapsed   = "relapsed"
	statusRefractory = "refractory"
	statusNew        = "newly-diagnosed"
	statusRemission  = "remission"
	// statusInductionFailure is a disease that never reached a first
	// remission: primary refractory.
	statusInductionFailure = "induction failure"
)

// statusCond asks for a state of the disease; for remission, optionally
// the number of the remission (CR2 after one relapse).
type statusCond struct {
	status    string
	remission int
}

func (c statusCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	st := p.Status
	if st == "" && !p.RelapsesGiven {
		return Unknown, ""
	}
	fact := statusFact(p)
	switch c.status {
	case statusRelapsed:
		switch {
		case st == statusRelapsed:
			return True, fact
		case st == statusNew:
			return False, fact
		case p.RelapsesGiven && p.Relapses == 0:
			return False, fact
		case p.RelapsesGiven && p.Relapses > 0 && st != statusRemission:
			return True, fact
		}
	case statusRefractory:
		switch st {
		case statusRefractory:
			return True, fact
		case statusNew, statusRemission:
			return False, fact
		}
	case statusInductionFailure:
		switch {
		case st == statusRelapsed || p.RelapsesGiven && p.Relapses > 0:
			return False, fact // a relapse follows a remission
		case st == statusRefractory && p.RelapsesGiven && p.Relapses == 0:
			return True, fact
		case st == statusNew || st == statusRemission && p.RelapsesGiven && p.Relapses == 0:
			return False, fact
		}
	case statusNew:
		switch {
		case st == statusNew:
			return True, fact
		case st == statusRelapsed || st == statusRefractory || p.RelapsesGiven && p.Relapses > 0:
			return False, fact
		}
	case statusRemission:
		switch {
		case st == statusRemission && c.remission == 0:
			return True, fact
		case st == statusRemission && p.RelapsesGiven:
			return truthOf(p.Relapses+1 == c.remission), fact
		case st == statusRelapsed || st == statusRefractory || st == statusNew:
			return False, fact
		}
	}
	return Unknown, fact
}

// statusFact names the patient's state of disease: "relapsed, relapse 2".
func statusFact(p *Profile) string {
	fact := p.Status
	if p.RelapsesGiven {
		n := "relapse " + strconv.Itoa(p.Relapses)
		if fact != "" {
			n = fact + ", " + n
		}
		fact = n
	}
	return fact
}

// relapseCountCond asks for a number of relapses within bounds: "first
// relapse" is 1 to 1, "second or greater relapse" 2 and up (max < 0).
type relapseCountCond struct{ min, max int }

func (c relapseCountCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	n, ok := p.Relapses, p.RelapsesGiven
	if !ok && p.Status == statusNew {
		n, ok = 0, true
	}
	if !ok {
		return Unknown, ""
	}
	return truthOf(n >= c.min && (c.max < 0 || n <= c.max)), statusFact(p)
}

// relapseSiteCond asks for the site of relapse to be one of some; a site
// in maybe may or may not be meant ("CNS relapse" for a combined relapse).
type relapseSiteCond struct{ sites, maybe []string }

func (c relapseSiteCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	if p.RelapseSite == "" {
		return Unknown, ""
	}
	fact := p.RelapseSite + " relapse"
	switch {
	case slices.Contains(c.sites, p.RelapseSite):
		return True, fact
	case slices.Contains(c.maybe, p.RelapseSite):
		return Unknown, fact
	}
	return False, fact
}

// marrowRemissionCond asks for the marrow in its n-th remission while the
// disease relapses outside it: "in first bone marrow remission (M1) with
// isolated CNS relapse". A relapse in the marrow ends the remission; a
// first relapse outside it keeps the first.
type marrowRemissionCond struct{ n int }

func (c marrowRemissionCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	switch p.RelapseSite {
	case siteMarrow, siteCombined:
		return False, p.RelapseSite + " relapse"
	case siteCNS, siteTesticular, siteOtherEM:
		if !p.RelapsesGiven {
			return Unknown, p.RelapseSite + " relapse"
		}
		fact := fmt.Sprintf("%s relapse, relapse %d", p.RelapseSite, p.Relapses)
		switch {
		case p.Relapses == 1:
			return truthOf(c.n == 1), fact
		case c.n == 1 && p.Relapses > 1:
			// The earlier relapses were in the marrow or outside it.
			return Unknown, fact
		}
		return Unknown, fact
	}
	if p.Status == statusRemission && p.RelapsesGiven && p.Relapses == 0 {
		return truthOf(c.n == 1), statusFact(p)
	}
	return Unknown, ""
}

// mrdCond asks for an MRD level against a bound, or for MRD positive or
// negative (cmp none).
type mrdCond struct {
	cmp      comparison
	percent  float64
	positive bool
}

// mrdPositiveAt is the level from which MRD reads positive when a
// criterion says "MRD positive" with no level: 0.01%, the usual threshold.
const mrdPositiveAt = 0.01

func (c mrdCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	m := p.MRD
	if m == nil {
		return Unknown, ""
	}
	fact := m.describe()
	if c.cmp != cmpNone {
		if m.Percent < 0 {
			return Unknown, fact
		}
		return truthOf(c.cmp.holds(m.Percent, c.percent)), fact
	}
	var positive Truth
	switch {
	case m.Percent < 0:
		positive = truthOf(m.Positive)
	case m.Percent == 0:
		positive = False
	case m.Percent >= mrdPositiveAt:
		positive = True
	default:
		positive = Unknown
	}
	if !c.positive {
		positive = positive.not()
	}
	return positive, fact
}

// activeDiseaseCond asks for disease present now: relapsed, refractory
// or newly diagnosed. A remission does not say whether disease is left
// (MRD), so it stays unknown.
type activeDiseaseCond struct{}

func (activeDiseaseCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	switch p.Status {
	case statusRelapsed, statusRefractory, statusNew:
		return True, statusFact(p)
	}
	return Unknown, statusFact(p)
}

// firstLineCond asks for a patient still on the first treatment of the
// disease: a relapse ends it.
type firstLineCond struct{}

func (firstLineCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	if p.Status == statusRelapsed || p.RelapsesGiven && p.Relapses > 0 {
		return False, statusFact(p)
	}
	return Unknown, statusFact(p)
}
