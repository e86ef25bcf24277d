package ingest

import (
	"strings"

	"github.com/trialcompare/trialcompare/rules"
)

// splitBothKinds reads each list under a heading that names inclusion and
// exclusion as the inclusion list and, where its numbering starts again,
// the exclusion list; with no second list it is an eligibility list.
func splitBothKinds(sections []criteriaSection) []criteriaSection {
	var out []criteriaSection
	for _, s := range sections {
		if s.kind != rules.KindBoth {
			out = append(out, s)
			continue
		}
		inclusion, exclusion := splitAtRestart(s.lines)
		if exclusion == nil {
			// One list: what the patient must meet, if it is a list.
			out = append(out, criteriaSection{kind: rules.KindEligibility, lines: inclusion, from: s.from, to: s.to})
			continue
		}
		out = append(out, criteriaSection{kind: rules.KindInclusion, lines: inclusion, from: s.from, to: s.to},
			criteriaSection{kind: rules.KindExclusion, lines: exclusion, from: s.to, to: s.to})
	}
	return out
}

// splitAtRestart splits the lines under a heading that names inclusion and
// exclusion where the numbering starts again at 1, at the start of a line
// and not under a line that leads in to sub-items ("… one of:"): the lines
// before are the inclusion list, the lines from there on the exclusion
// list. A list numbered once through is the inclusion list: its items say
// what the patient must meet, in the words of both kinds.
func splitAtRestart(lines []string) (inclusion, exclusion []string) {
	counted, leadIn := false, false
	for i, l := range lines {
		d := itemDigits(l)
		switch {
		case d == "1" && counted && !leadIn:
			return lines[:i], lines[i:]
		case d != "":
			counted = true
		}
		if t := strings.TrimSpace(l); t != "" {
			leadIn = strings.HasSuffix(t, ":")
		}
	}
	return lines, nil
}
