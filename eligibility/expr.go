package eligibility

// exprKind is how an expression combines its parts.
type exprKind uint8

// The kinds of expression.
const (
	// exAtom is one requirement.
	exAtom exprKind = iota
	exAnd
	exOr
	// exAgree decides only when its parts agree ("ALT/AST", "and/or").
	exAgree
	exNot
	// exUnknown is wording not read: it never decides.
	exUnknown
)

// expr is the logic of a criterion over its requirements. For an inclusion
// it is what the patient must meet; for an exclusion, what rules the
// patient out.
type expr struct {
	kind exprKind
	// req is the requirement of an atom, or of the wording an unknown
	// part stands for (-1 when none).
	req  int
	kids []*expr
}

func atomExpr(req int) *expr    { return &expr{kind: exAtom, req: req} }
func unknownExpr(req int) *expr { return &expr{kind: exUnknown, req: req} }
func notExpr(e *expr) *expr     { return &expr{kind: exNot, req: -1, kids: []*expr{e}} }
func joinExpr(k exprKind, kids ...*expr) *expr {
	var flat []*expr
	for _, c := range kids {
		if c == nil {
			continue
		}
		if c.kind == k && k != exAgree {
			flat = append(flat, c.kids...)
			continue
		}
		flat = append(flat, c)
	}
	switch len(flat) {
	case 0:
		return nil
	case 1:
		return flat[0]
	}
	return &expr{kind: k, req: -1, kids: flat}
}

// eval computes an expression's truth from its requirements' truths.
func (e *expr) eval(truths []Truth) Truth {
	switch e.kind {
	case exAtom:
		return truths[e.req]
	case exUnknown:
		return Unknown
	case exNot:
		return e.kids[0].eval(truths).not()
	}
	parts := make([]Truth, len(e.kids))
	for i, k := range e.kids {
		parts[i] = k.eval(truths)
	}
	switch e.kind {
	case exAnd:
		return andTruth(parts...)
	case exOr:
		return orTruth(parts...)
	}
	return agreeTruth(parts...)
}

// deciders returns the requirements that give an expression the truth it
// has: for a false "and" its first false part, for a true "or" its first
// true part, for the others all parts.
func (e *expr) deciders(truths []Truth) []int {
	got := e.eval(truths)
	switch e.kind {
	case exAtom:
		return []int{e.req}
	case exUnknown:
		return nil
	case exNot:
		return e.kids[0].deciders(truths)
	}
	var out []int
	for _, k := range e.kids {
		kt := k.eval(truths)
		switch {
		case e.kind == exAnd && got == False && kt == False, e.kind == exOr && got == True && kt == True:
			return k.deciders(truths)
		case kt == got:
			out = append(out, k.deciders(truths)...)
		}
	}
	return out
}
