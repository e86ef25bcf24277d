package ingest

import (
	"errors"
	"fmt"

	"github.com/trialcompare/trialcompare/model"
)

// MaxTrials is the most studies one document may hold, 20,000.
const MaxTrials = 20_000

// The reasons a document with studies in it is refused.
var (
	ErrEmptyStudy     = errors.New("no NCT ID, title, phase, ages or criteria, so there is nothing to compare; check that it is the export you meant")
	ErrTooManyStudies = fmt.Errorf("it holds more than %d studies, the most one file may hold; split it, or narrow the search before downloading", MaxTrials)
)

// hasContent reports whether a trial states anything a comparison can use:
// an NCT ID, a title, a phase, an age bound or a criterion.
func hasContent(t *model.Trial) bool {
	return t.NCTID != "" || t.Title != "" || len(t.Phases) > 0 || t.Ages.Stated() ||
		len(t.Inclusion) > 0 || len(t.Exclusion) > 0
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
		return nil, "", fmt.Errorf("all %d studies in it have %w", len(trials), ErrEmptyStudy)
	}
	clear(trials[len(kept):])
	return kept, fmt.Sprintf("%d of the %d studies in this file have no NCT ID, title, phase, ages or criteria and were left out.", dropped, len(trials)), nil
}
