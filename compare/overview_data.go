package compare

// modalityVocabulary names the kinds of agent a document may state, in the
// order they are written: "allogeneic CAR-T". A Source word describes where
// cells come from and stands before the kind. Each entry is one line; the
// pattern is matched, case ignored, against the title, summary, arms and
// the non-supportive interventions, never against the criteria.
var modalityVocabulary = []struct {
	Word    string
	Source  bool
	Pattern string
}{
	{"allogeneic", true, `\ballogeneic\s+(?:\S+\s+){0,3}?(?:CAR|T[- ]cells?|NK|cells?)\b|\buniversal CAR`},
	{"autologous", true, `\bautologous\s+(?:\S+\s+){0,3}?(?:CAR|T[- ]cells?|NK|cells?)\b`},
	{"CAR-T", false, `\bCAR[- ]?T\b|\bCART\b|\bU?CART-?\d|chimeric antigen receptor`},
	{"bispecific antibody", false, `\bbispecific\b|\bBiTE\b`},
	{"antibody–drug conjugate", false, `antibody[- –]drug conjugate`},
	{"monoclonal antibody", false, `monoclonal antibod`},
	{"small molecule", false, `small[- ]molecule|kinase inhibitor`},
}

// entryRuleVocabulary are the prior-therapy and disease-state rules the
// overview lists from the inclusion criteria. A label may use the pattern's
// groups ($1). Each entry is one line.
var entryRuleVocabulary = []struct {
	Label   string
	Pattern string
}{
	{"relapsed/refractory", `\brelapsed?\b|\brefractor(?:y|iness)\b|\bR/R\b`},
	{"at most $1 prior $2", `(?:no more than|not more than|at most|≤|<=)\s*(\d+)\s*(?:prior|previous)\s+(salvage|lines?|regimens?)`},
	{"at least $1 prior $2", `(?:at least|≥|>=)\s*(\d+)\s*(?:prior|previous)\s+(lines?|regimens?|therapies)`},
	{"prior CAR-T allowed", `(?:prior|previous)\s+(?:\S+\s+){0,2}?(?:CAR[- ]?T|CART)\b[^.]*\b(?:permitted|allowed|eligible)`},
	{"prior HSCT allowed", `(?:prior|previous)\s+(?:HSCT|stem cell transplant\w*|transplant\w*)[^.]*\b(?:permitted|allowed|eligible)`},
	{"no curative option left", `no (?:other )?(?:curative|standard|clinically relevant) (?:therap\w*|treatment\w*|options?)`},
	{"HSCT candidate", `suitable for allogeneic HSCT|willing to proceed to transplant`},
}
