package compare

import (
	"regexp"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/rules"
)

// modality is a kind of agent of modalities.tsv: its word, in lower case
// for a source, and its compiled pattern.
type modality struct {
	word    string
	source  bool
	pattern *regexp.Regexp
}

// modalities are the kinds of agent of the vocabulary in use, in the order
// they are written: "allogeneic CAR-T". A source word describes where cells
// come from and stands before the kind. Each pattern is matched, case
// ignored, against the title, summary, arms and the non-supportive
// interventions, never against the criteria.
var modalities = sync.OnceValue(func() []modality {
	var out []modality
	for _, m := range rules.InUse().Modalities {
		word := m.Name
		if m.Source {
			word = strings.ToLower(word)
		}
		out = append(out, modality{word: word, source: m.Source, pattern: regexp.MustCompile(`(?i)` + m.Pattern)})
	}
	return out
})

// entryRule is a prior-therapy or disease-state rule of entry_rules.tsv:
// its label, which may use the pattern's groups ($1), and its compiled
// pattern.
type entryRule struct {
	label   string
	pattern *regexp.Regexp
}

// entryRules are the rules of the vocabulary in use that the overview lists
// from the inclusion criteria.
var entryRules = sync.OnceValue(func() []entryRule {
	var out []entryRule
	for _, r := range rules.InUse().EntryRules {
		out = append(out, entryRule{label: r.Label, pattern: regexp.MustCompile(`(?i)` + r.Pattern)})
	}
	return out
})
