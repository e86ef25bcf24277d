package rules

// cnsRules are the phrases that read a criterion's CNS status. Each is a
// regular expression, matched with case ignored; adding one is one line.
var cnsRules = struct {
	// Grade names one CNS grade: "CNS-3", "CNS 3", "CNS3", "CNS status 2",
	// "CNS-2b", "CNS III". Its first group is the grade.
	Grade string
	// More continues a list of grades after one: "CNS-1/2", "CNS-1 or
	// CNS-2", "CNS 2 and 3", "CNS 1-2".
	More string
	// NotAge is what may follow a grade's number when the number is not a
	// grade at all: "CNS within 3 months".
	NotAge string
	// Negation before a grade names it as absent: "no CNS-3 disease".
	Negation string
	// Mentions speak of the CNS without a grade, or beside one: "CNS
	// involvement", "active CNS disease", "central nervous system".
	Mentions []string
	// Qualifiers make a criterion with grades more than a literal list of
	// them: a human must read it ("CNS-2 allowed", "CNS-3 at diagnosis",
	// "Arm B: CNS-3 disease").
	Qualifiers []string
}{
	Grade:    `\bCNS\s*[-‐–]?\s*(?:status\s*|grade\s*|stage\s*)?([123]|III|II|I)[abc]?\b`,
	More:     `^\s*(?:,|/|\bor\b|\band\b|&|-|–|\bto\b)\s*(?:CNS\s*[-‐–]?\s*)?([123]|III|II|I)[abc]?\b`,
	NotAge:   `^\s*(?:days?|weeks?|months?|years?|hours?|%|mg)\b`,
	Negation: `\b(?:no|not|without|absence of|free of|negative for)\b[^.;,]{0,20}$`,
	Mentions: []string{
		`\bCNS\b`, `central nerv(?:e|ous) system`, `leptomeningeal`, `meningeal`, `intracranial`, `brain metasta`, `cranial nerve`,
	},
	Qualifiers: []string{
		`\ballow`, `\bpermit`, `\beligible\b`, `\bacceptable\b`, `\bunless\b`, `\bexcept`, `\bif\b`, `\bmay\b`, `\bprovided\b`,
		`\bregardless\b`, `\birrespective\b`, `\bhistory\b`, `\bprior\b`, `\bprevious`, `\bat (?:initial )?diagnosis\b`,
		`\bat relapse\b`, `\btreated\b`, `\bclear`, `\bresolved\b`, `\bsymptom`,
		`\barms?\b`, `\bcohorts?\b`, `\bstrat(?:um|a)\b`, `\bpart [A-Z0-9]\b`,
	},
}
