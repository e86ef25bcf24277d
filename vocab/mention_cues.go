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
)

// mentionCueKinds are the kinds of mention_cues.tsv's lines.
var mentionCueKinds = []string{MentionPhaseBefore, MentionPhaseAfter, MentionPhaseSentence, MentionAgeBefore, MentionAgeAfter, MentionAgeSentence, MentionPhaseOwn}
