package rules

import (
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/trialcompare/trialcompare/vocab"
)

// mentionCues holds mention_cues.tsv's phrases by kind, lower case: the
// words that mark a phase or an age named in running text as another's
// than the trial's.
type mentionCues struct {
	phaseBefore, phaseAfter, phaseSentence []string
	ageBefore, ageAfter, ageSentence       []string
	// phaseOwn stands just before a phase that is the trial's own, whatever
	// the sentence says before it: "will be evaluated in a phase I trial".
	phaseOwn []string
	// phaseResultsBefore and phaseResultsAfter mark a phase of a trial
	// whose results the page reports ("the results of a phase 1/2 study").
	phaseResultsBefore, phaseResultsAfter []string
}

// otherMentions are the mention cues of the vocabulary in use.
var otherMentions = sync.OnceValue(func() *mentionCues { return newMentionCues(InUse().MentionCues) })

func newMentionCues(words []vocab.Word) *mentionCues {
	c := &mentionCues{}
	lists := map[string]*[]string{
		vocab.MentionPhaseBefore: &c.phaseBefore, vocab.MentionPhaseAfter: &c.phaseAfter,
		vocab.MentionPhaseSentence: &c.phaseSentence, vocab.MentionAgeBefore: &c.ageBefore, vocab.MentionAgeAfter: &c.ageAfter,
		vocab.MentionAgeSentence: &c.ageSentence, vocab.MentionPhaseOwn: &c.phaseOwn,
		vocab.MentionPhaseResultsBefore: &c.phaseResultsBefore, vocab.MentionPhaseResultsAfter: &c.phaseResultsAfter,
	}
	for _, w := range words {
		if list, ok := lists[w.Kind]; ok {
			*list = append(*list, strings.ToLower(w.Text))
		}
	}
	return c
}

// articles may stand between a cue and the phase it marks: "following the
// phase 1 results".
var articles = []string{"the", "a", "an", "its", "their", "our", "these", "those"}

// trialNouns may stand between a phase and a cue after it: "the phase 1
// trial showed".
var trialNouns = []string{"clinical trial", "clinical study", "trials", "trial", "studies", "study", "part", "portion", "cohort"}

// ownPhaseWindow is how many words before a phase are searched for "this",
// which makes the phase the trial's own: "this first-in-human phase I
// study".
const ownPhaseWindow = 3

// mentionReach is how far, in bytes, before and after a phase its cues are
// looked for: a sentence's cue farther away is not read, so that a long
// line of phases is read in time in proportion to its length.
const mentionReach = 200

// phaseOwner says whose a phase named in running text is.
type phaseOwner int

const (
	// ownPhase is the trial's own phase.
	ownPhase phaseOwner = iota
	// anothersPhase is an earlier trial's ("the earlier phase 3 trial",
	// "following the phase 1 results") or an approved product's
	// ("approved in 2017 after a phase 2 study").
	anothersPhase
	// reportedPhase is that of a trial whose results the page reports
	// ("the results of a phase 1/2 study", "the phase I trial showed"):
	// another trial's, unless the page names no other phase.
	reportedPhase
)

// phaseOwnerOf says whose the phase named at line[at:end] is, end past its
// series ("phase 1/2").
func phaseOwnerOf(line string, at, end int) phaseOwner {
	from := max(0, at-mentionReach)
	lower := lowerASCII(line[from:min(len(line), end+mentionReach)])
	at, end = at-from, end-from
	before := strings.TrimRight(lower[sentenceStartAt(lower, at):at], " \t")
	c := otherMentions()
	lastBefore := withoutLastWord(before, articles)
	if slices.Contains(lastWords(before, ownPhaseWindow), "this") || endsWithCue(lastBefore, c.phaseOwn) {
		return ownPhase
	}
	if endsWithCue(lastBefore, c.phaseBefore) || containsCue(before, c.phaseSentence) {
		return anothersPhase
	}
	after := withoutFirstWords(strings.TrimLeft(lower[end:sentenceEndAt(lower, end)], " \t"), trialNouns)
	switch {
	case startsWithCue(after, c.phaseAfter):
		return anothersPhase
	case endsWithCue(lastBefore, c.phaseResultsBefore) || startsWithCue(after, c.phaseResultsAfter):
		return reportedPhase
	}
	return ownPhase
}

// mentionsAnotherPhase reports whether a clause names a phase only as
// another's: "the earlier phase 3 trial in children aged 1 to 18".
func mentionsAnotherPhase(clause string) bool {
	if !strings.Contains(clause, "phase") {
		return false
	}
	another := false
	for _, loc := range phaseMention.FindAllStringIndex(clause, -1) {
		if phaseOwnerOf(clause, loc[0], seriesEndIn(clause, loc[0], len(clause))) == ownPhase {
			return false
		}
		another = true
	}
	return another
}

// withoutOtherAges returns a sentence normalised as the age phrases read
// it, with the age phrases that are not the trial's blanked out together
// with their cue: a length of time ("followed for up to 15 years", "Time
// frame: up to 5 years"), a pregnancy's term ("> 36 weeks gestational age"),
// a cohort already treated ("18 children aged 2 to 16 years were
// treated"), and an age in a clause about another trial or an approved
// product ("approved after a phase 2 study in children aged 1 to 17").
func withoutOtherAges(sentence string) string {
	s := ageNormalizer.Replace(strings.ToLower(sentence))
	if mayNameAgeInWords(s) {
		// "followed for up to two years" is a length of time too; the
		// sentence is read with its ages in digits only when one such is
		// blanked.
		if kept := blankOtherAges(writeAgesInDigits(s)); kept != "" {
			return kept
		}
	}
	if kept := blankOtherAges(s); kept != "" {
		return kept
	}
	return s
}

// blankOtherAges returns a normalised sentence with the age phrases that
// are not the trial's blanked out, as withoutOtherAges does, or "" when it
// has none.
func blankOtherAges(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	c := otherMentions()
	var kept []byte
	for _, m := range ageMatches(s) {
		from, to := m.start, m.end
		before := strings.TrimRight(s[:m.start], " \t")
		after := strings.TrimLeft(s[m.end:], " \t")
		switch {
		case endsWithCue(before, c.ageBefore):
			from = len(before) - len(cueAtEnd(before, c.ageBefore))
		case startsWithCue(after, c.ageAfter):
			to = m.end + (len(s[m.end:]) - len(after)) + len(cueAtStart(after, c.ageAfter))
		case mentionsAnotherPhase(s[clauseStart(s, m.start):m.start]), namesAnothersAge(s[sentenceStartAt(s, m.start):m.start], c.ageSentence),
			countedCohort(s, m.start):
		default:
			continue
		}
		if kept == nil {
			kept = []byte(s)
		}
		for i := from; i < to; i++ {
			kept[i] = ' '
		}
	}
	if kept == nil {
		return ""
	}
	return string(kept)
}

var (
	// cohortCount is a count of people that an age phrase right after it
	// describes: "in 240 adolescent patients (age", ", 127 adults aged",
	// "enrolled 25 patients between", "18 patients with relapsed or
	// refractory HL between the ages of", "33 patients ranging from". The
	// count opens a clause or follows a word that leads to one, so that a
	// stage's number ("stage 4 in children over 1 year") is no count.
	cohortCount = regexp.MustCompile(`(?:^|[^a-z0-9\s]\s*|\b(?:in|of|on|among|with|enrolled|included|treated|recruited|randomi[sz]ed|and|for|from|total|all)\s+)\d+(?:,\d{3})*\s+(?:[a-z-]+\s+)?(?:patients|pts|children|adults|adolescents|participants|subjects|infants|people|persons|individuals|men|women|males|females|boys|girls)(?:\s+with\s+(?:[a-z0-9+/-]+\s+){1,6}?)?\s*(?:\(\s*|,\s*)?(?:rang(?:ing|ed)\s+(?:in\s+age\s+)?)?(?:aged?\s*(?:of\s*)?(?:between\s+)?|between\s+(?:(?:the\s+)?ages\s+(?:of\s+)?)?|from\s+)?$`)
	// enrolsAhead marks a sentence about who a trial will take: "will
	// enroll 440 pts aged 3-17".
	enrolsAhead = regexp.MustCompile(`\b(?:will|plans?\s+to|aims?\s+to|expects?\s+to|is\s+expected\s+to|seeks?\s+to|hopes?\s+to)\b`)
)

// countedCohort reports whether the age phrase at s[at] describes a
// counted group of people the sentence reports ("in 240 adolescent
// patients (age 12 to 17 years), enrolled within …"), not who the trial
// will take ("will enroll 440 pts aged 3-17").
func countedCohort(s string, at int) bool {
	start := sentenceStartAt(s, at)
	if !strings.ContainsAny(s[start:at], "0123456789") || !cohortCount.MatchString(s[max(start, at-80):at]) {
		return false
	}
	return !enrolsAhead.MatchString(s[start:sentenceEndAt(s, at)])
}

// sentenceStartAt is where the sentence that holds text[at] begins; a dot
// after an abbreviation ("U.S.") ends none.
func sentenceStartAt(text string, at int) int {
	start := 0
	for _, stop := range []string{". ", "; ", "? ", "! "} {
		i := strings.LastIndex(text[:at], stop)
		for i > 0 && stop == ". " && endsAbbreviation(text, i) {
			i = strings.LastIndex(text[:i], stop)
		}
		if i >= 0 && i+len(stop) > start {
			start = i + len(stop)
		}
	}
	return start
}

// sentenceEndAt is where the sentence that holds text[at] ends.
func sentenceEndAt(text string, at int) int {
	end := len(text)
	for _, stop := range []string{". ", "; ", "? ", "! "} {
		if i := strings.Index(text[at:], stop); i >= 0 && at+i < end {
			end = at + i
		}
	}
	return end
}

// clauseStart is where the clause that holds text[at] begins: after the
// last comma, semicolon or colon before it.
func clauseStart(text string, at int) int {
	return strings.LastIndexAny(text[:at], ",;:") + 1
}

// cueAtEnd returns the cue a text ends with, as a whole word, or "".
func cueAtEnd(text string, cues []string) string {
	for _, c := range cues {
		if strings.HasSuffix(text, c) && wordEdge(text, len(text)-len(c), c[0]) {
			return c
		}
	}
	return ""
}

// cueAtStart returns the cue a text begins with, as a whole word, or "".
func cueAtStart(text string, cues []string) string {
	for _, c := range cues {
		if strings.HasPrefix(text, c) && (len(text) == len(c) || !isWordByte(c[len(c)-1]) || !isWordByte(text[len(c)])) {
			return c
		}
	}
	return ""
}

func endsWithCue(text string, cues []string) bool   { return cueAtEnd(text, cues) != "" }
func startsWithCue(text string, cues []string) bool { return cueAtStart(text, cues) != "" }

// containsCue reports whether a text holds one of the cues as whole words.
// namesAnothersAge reports whether the text of a sentence before an age
// holds one of the cues that make it another's age, an approved product's
// or a treated cohort's: "approved in 2021 for adults over 25". A cue whose
// object is a trial leaves the age the trial's: "approved the vaccine's
// trial in children aged 2 to 18".
func namesAnothersAge(before string, cues []string) bool {
	last := -1
	for _, c := range cues {
		last = max(last, lastWordIndex(before, c))
	}
	return last >= 0 && !trialObject.MatchString(before[last:])
}

// trialObject is a trial named after a cue, as what the cue is about.
var trialObject = regexp.MustCompile(`\b(?:trials?|stud(?:y|ies))\b`)

// lastWordIndex returns where the last whole-word match of word in s
// begins, or -1.
func lastWordIndex(s, word string) int {
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], word)
		if i < 0 {
			return -1
		}
		if wholeWordAt(s, i, i+len(word)) {
			return i
		}
		end = i + len(word) - 1
	}
}

func containsCue(text string, cues []string) bool {
	for _, c := range cues {
		if containsWord(text, c) {
			return true
		}
	}
	return false
}

// wordEdge reports whether a word that begins with first may begin at
// text[at]: at the start, after a character that is no part of a word, or
// with a first character that is none itself.
func wordEdge(text string, at int, first byte) bool {
	return at == 0 || !isWordByte(first) || !isWordByte(text[at-1])
}

// lastWords returns a text's last n words.
func lastWords(text string, n int) []string {
	words := strings.Fields(text)
	return words[max(0, len(words)-n):]
}

// withoutLastWord returns a text without its last word when that word is
// one of words.
func withoutLastWord(text string, words []string) string {
	for _, w := range words {
		if strings.HasSuffix(text, " "+w) || text == w {
			return strings.TrimRight(text[:len(text)-len(w)], " \t")
		}
	}
	return text
}

// withoutFirstWords returns a text without the first of words it begins
// with, as a whole word.
func withoutFirstWords(text string, words []string) string {
	if w := cueAtStart(text, words); w != "" {
		return strings.TrimLeft(text[len(w):], " \t")
	}
	return text
}

// lowerASCII lower-cases a text's ASCII letters and keeps every other byte,
// so that an offset in the text is the same offset in the result.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
