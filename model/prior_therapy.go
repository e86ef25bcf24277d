package model

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// priorCues holds priorTherapyCues as lists of lower-case words.
var priorCues = func() [][]string {
	cues := make([][]string, 0, len(priorTherapyCues))
	for _, c := range priorTherapyCues {
		cues = append(cues, strings.Fields(strings.ToLower(c)))
	}
	return cues
}()

// priorCueReach is how many words may stand between a cue and the target
// it makes a prior therapy ("failed two anti-HER2 agents").
const priorCueReach = 4

// allowedAfter matches what follows a target that names a therapy the
// trial allows patients to have had: "CD19-directed therapy is allowed".
var allowedAfter = regexp.MustCompile(`(?i)^[\s-]*(?:[a-z]+[\s-]+){0,3}?(?:is|are)\s+(?:allowed|permitted|acceptable)\b`)

// FindTrialTargets finds the targets a text names as the trial's own, and
// apart from them the targets it names only as a therapy the patients had
// before ("must have failed two anti-HER2 agents", "prior CD19-directed
// therapy is allowed", "relapse after CART19").
func FindTrialTargets(text string) (own, prior []TargetHit) {
	// Only the first mention of each target set aside is kept, so that a
	// long text that repeats one costs no more than a short one.
	skipped := map[string]TargetHit{}
	var order []string
	own = findTargets(text, func(target string, start, end int) bool {
		if !priorTherapyMention(text, start, end) {
			return false
		}
		if _, ok := skipped[target]; !ok {
			skipped[target] = TargetHit{Target: target, Snippet: snippetAround(text, start, end)}
			order = append(order, target)
		}
		return true
	})
	isOwn := map[string]bool{}
	for _, h := range own {
		isOwn[h.Target] = true
	}
	for _, target := range order {
		if !isOwn[target] {
			prior = append(prior, skipped[target])
		}
	}
	return own, prior
}

// priorTherapyMention reports whether the mention at text[start:end] names
// a therapy the patients had before: a cue stands shortly before it in the
// same clause, or the text goes on to say such a therapy is allowed.
func priorTherapyMention(text string, start, end int) bool {
	after := text[end:min(len(text), end+60)]
	if (strings.Contains(after, "llow") || strings.Contains(after, "ermit") || strings.Contains(after, "ccept")) &&
		allowedAfter.MatchString(after) {
		return true
	}
	before := text[max(0, start-160):start]
	if i := strings.LastIndexAny(before, ".;:\n"); i >= 0 {
		before = before[i+1:]
	}
	words := lastWords(strings.ToLower(before), priorCueReach+3)
	for _, cue := range priorCues {
		for at := max(0, len(words)-len(cue)-priorCueReach); at+len(cue) <= len(words); at++ {
			if equalWords(words[at:at+len(cue)], cue) && !untreatedBetween(words[at+len(cue):]) {
				return true
			}
		}
	}
	return false
}

// lastWords returns the last n words of a text (runs of letters, digits
// and hyphens), in order.
func lastWords(text string, n int) []string {
	words := make([]string, 0, n)
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }
	for end := len(text); end > 0 && len(words) < n; {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		if !isWord(r) {
			end -= size
			continue
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !isWord(r) {
				break
			}
			start -= size
		}
		words = append(words, text[start:end])
		end = start
	}
	slices.Reverse(words)
	return words
}

// untreatedBetween reports whether the words between a cue and a target
// undo the cue: "prior to CD19 CAR T-cell infusion" is a time, and
// "previously untreated CD20+ lymphoma" a disease never treated.
func untreatedBetween(words []string) bool {
	if len(words) > 0 && words[0] == "to" {
		return true
	}
	for _, w := range words {
		if w == "untreated" || w == "naive" || w == "naïve" {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
