package model

import "regexp"

// priorTherapy finds a mention of a therapy the patient had before: "failed
// two anti-HER2 agents", "prior CD19-directed therapy is allowed", "relapse
// after CART19", "following commercial CD19 CAR T-cells". The cue and the
// three words after it are the mention.
var priorTherapy = regexp.MustCompile(`(?i)\b(?:following|after|post|prior|previous(?:ly)?|failed|failure\s+of|refractory\s+to|resistant\s+to|history\s+of|exposure\s+to|pre-?treated\s+with)\b(?:\s+[^\s,.;:]+){1,3}`)

// FindTargetsBesidesPriorTherapy finds the targets a text names outside its
// prior-therapy mentions, each with its snippet from the text as written.
func FindTargetsBesidesPriorTherapy(text string) []TargetHit {
	hits := FindTargets(WithoutPriorTherapy(text))
	for i, h := range hits {
		hits[i].Snippet = snippetAround(text, h.start, h.end)
	}
	return hits
}

// WithoutPriorTherapy blanks the prior-therapy mentions of a text, so that
// a target named only there is not read as the trial's target. Offsets are
// kept: each blanked byte becomes a space.
func WithoutPriorTherapy(text string) string {
	return priorTherapy.ReplaceAllStringFunc(text, func(m string) string {
		b := make([]byte, len(m))
		for i := range b {
			b[i] = ' '
		}
		return string(b)
	})
}
