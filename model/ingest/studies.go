package ingest

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/trialcompare/trialcompare/model"
)

// MaxTrials is the most studies one document may hold, 20,000.
const MaxTrials = 20_000

// The reasons a document with studies in it is refused.
var (
	ErrEmptyStudy     = errors.New("no NCT ID, title, phase, ages, targets or criteria, so there is nothing to compare; check that it is the export you meant")
	ErrTooManyStudies = fmt.Errorf("it holds more than %s studies, the most one file may hold; split it, or narrow the search before downloading", thousands(MaxTrials))
)

// hasContent reports whether a trial states anything a comparison can use:
// an NCT ID, a title, a phase, an age bound, a target or a criterion. A
// summary with no title that names the antigens its trial aims at is
// content enough.
func hasContent(t *model.Trial) bool {
	return t.NCTID != "" || t.Title != "" || len(t.Phases) > 0 || t.Ages.Stated() ||
		len(t.Inclusion) > 0 || len(t.Exclusion) > 0 || model.StatesTargets(t)
}

// dropEmptyStudies leaves out the trials with no content. A document whose
// only study is empty, or whose studies all are, is an error; otherwise the
// warning counts the studies left out.
func dropEmptyStudies(trials []model.Trial) (kept []model.Trial, warning string, err error) {
	kept = trials[:0]
	for i := range trials {
		if hasContent(&trials[i]) {
			kept = append(kept, trials[i])
		}
	}
	dropped := len(trials) - len(kept)
	switch {
	case dropped == 0:
		return kept, "", nil
	case len(trials) == 1:
		return nil, "", fmt.Errorf("the study has %w", ErrEmptyStudy)
	case len(kept) == 0:
		return nil, "", fmt.Errorf("all %s studies in it have %w", thousands(len(trials)), ErrEmptyStudy)
	}
	clear(trials[len(kept):])
	if dropped == 1 {
		return kept, fmt.Sprintf("1 of the %s studies in this file has no NCT ID, title, phase, ages, targets or criteria, and was left out.", thousands(len(trials))), nil
	}
	return kept, fmt.Sprintf("%s of the %s studies in this file have no NCT ID, title, phase, ages, targets or criteria, and were left out.",
		thousands(dropped), thousands(len(trials))), nil
}

// thousands writes n with commas between thousands: 20,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
