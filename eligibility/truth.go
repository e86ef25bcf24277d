package eligibility

// Truth is what a patient's stated facts say of a requirement: it holds,
// it does not, or the facts do not tell.
type Truth int8

// The truths.
const (
	Unknown Truth = iota
	True
	False
)

// String names a truth.
func (t Truth) String() string {
	switch t {
	case True:
		return "true"
	case False:
		return "false"
	}
	return "unknown"
}

// not negates a truth; unknown stays unknown.
func (t Truth) not() Truth {
	switch t {
	case True:
		return False
	case False:
		return True
	}
	return Unknown
}

// truthOf turns a comparison into a truth.
func truthOf(b bool) Truth {
	if b {
		return True
	}
	return False
}

// andTruth is false as soon as one part is false, true only when all are.
func andTruth(ts ...Truth) Truth {
	out := True
	for _, t := range ts {
		switch t {
		case False:
			return False
		case Unknown:
			out = Unknown
		}
	}
	return out
}

// orTruth is true as soon as one part is true, false only when all are:
// one branch of an alternative never decides against the patient alone.
func orTruth(ts ...Truth) Truth {
	out := False
	for _, t := range ts {
		switch t {
		case True:
			return True
		case Unknown:
			out = Unknown
		}
	}
	return out
}

// agreeTruth decides only when every part agrees: for wording whose "and"
// or "/" may mean either ("ALT/AST > 5 × ULN").
func agreeTruth(ts ...Truth) Truth {
	if len(ts) == 0 {
		return Unknown
	}
	first := ts[0]
	for _, t := range ts[1:] {
		if t != first {
			return Unknown
		}
	}
	return first
}
