package rules

import (
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// maxGluedTagWords is the most words a line of glued tags holds once
// unglued: a listing's row of tags, not a sentence.
const maxGluedTagWords = 10

// GluedTags is what a line of tags glued together, as a trial finder's
// listing copied without its markup gives them, states: "RecruitingPhase
// 1Phase 2NCT04726241" is status Recruiting, phases 1 and 2 and
// NCT04726241.
type GluedTags struct {
	Status model.Status
	Phases []model.Phase
	// Unglued is the line with a space at each joint.
	Unglued string
}

// ReadGluedTags reads a line whose tags are glued together. It needs a
// phase glued to the word or number before it ("RecruitingPhase 1",
// "1Phase 2"); a status is the words before the first phase, when they are
// all a status. ok is false when the line holds no such phase.
func ReadGluedTags(line string) (tags GluedTags, ok bool) {
	s := strings.TrimSpace(line)
	if !hasGluedPhase(s) {
		return GluedTags{}, false
	}
	unglued := unglueTags(s)
	if len(strings.Fields(unglued)) > maxGluedTagWords {
		return GluedTags{}, false
	}
	phases, ok := ParsePhases(unglued)
	if !ok {
		return GluedTags{}, false
	}
	tags = GluedTags{Phases: phases, Unglued: unglued}
	if i := indexFold(unglued, "phase"); i > 0 {
		if st, ok := ParseStatus(strings.TrimSpace(unglued[:i])); ok {
			tags.Status = st
		}
	}
	return tags, true
}

// hasGluedPhase reports whether "Phase" or "PHASE" stands glued to a
// letter or digit before it.
func hasGluedPhase(s string) bool {
	for from := 0; ; {
		i := indexFold(s[from:], "phase")
		if i < 0 {
			return false
		}
		at := from + i
		from = at + len("phase")
		if at > 0 && s[at] == 'P' && isIDRune(s[at-1]) && s[at-1] != '_' || numberGluedAfter(s, from) {
			return true
		}
	}
}

// numberGluedAfter reports whether s, from i on, holds a phase's number
// with a capital glued after it: "PHASE2Active", "Phase 1bRecruiting".
func numberGluedAfter(s string, i int) bool {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) || !isDigit(s[i]) {
		return false
	}
	i++
	if i < len(s) && (s[i] == 'a' || s[i] == 'b') {
		i++
	}
	return i+1 < len(s) && isUpper(s[i]) && !isUpper(s[i+1]) && s[i+1] != ' '
}

// unglueTags puts a space before each "Phase" or "PHASE" glued to the
// letter or digit before it, between a number and a capital glued after it
// ("Phase 2INTERVENTIONAL"), and around each NCT ID glued to its
// neighbours.
func unglueTags(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i > 0 && (isIDRune(s[i-1]) && gluedTagAt(s, i) || isDigit(s[i-1]) && isUpper(s[i]) && !strings.HasSuffix(s[:i], "NCT")) {
			b.WriteByte(' ')
		}
		b.WriteByte(s[i])
		if i+1 < len(s) && i+1 >= nctLen && isIDRune(s[i+1]) && !isDigit(s[i+1]) && !isUpper(s[i+1]) && strings.HasPrefix(s[i+1-nctLen:], "NCT") && len(FindNCTIDs(s[i+1-nctLen:i+1])) == 1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// gluedTagAt reports whether a tag that may be glued starts at byte i: a
// capitalised phase word or an NCT ID.
func gluedTagAt(s string, i int) bool {
	rest := s[i:]
	return strings.HasPrefix(rest, "Phase") || strings.HasPrefix(rest, "PHASE") ||
		strings.HasPrefix(rest, "NCT") && digitsAt(rest, 3, 8)
}
