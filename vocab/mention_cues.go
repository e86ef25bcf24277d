package vocab

// The kinds of mention_cues.tsv's lines: where a phrase stands that marks a
// phase or an age in running text as another's than the trial's.
const (
	MentionPhaseBefore   = "phase before"
	MentionPhaseAfter    = "phase after"
	MentionPhaseSentence = "phase sentence"
	MentionAgeBefore     = "age before"
	MentionAgeAfter      = "age after"
	MentionAgeSentence   = "age sentence"
	MentionPhaseOwn      = "phase own"
	// A phase a "phase results before" or "phase results after" phrase
	// marks is that of a trial whose results the page reports: another
	// trial's, unless the page names no other phase.
	MentionPhaseResultsBefore = "phase results before"
	MentionPhaseResultsAfter  = "phase results after"
)

// mentionCueKinds are the kinds of mention_cues.tsv's lines.
var mentionCueKinds = []string{MentionPhaseBefore, MentionPhaseAfter, MentionPhaseSentence, MentionAgeBefore, MentionAgeAfter, MentionAgeSentence, MentionPhaseOwn,
	MentionPhaseResultsBefore, MentionPhaseResultsAfter}
