package registry

import (
	"errors"
	"fmt"
)

// The errors a caller tells apart.
var (
	// ErrNotFound: the registry has no such study.
	ErrNotFound = errors.New("not on ClinicalTrials.gov")
	// ErrOffline: working offline, and no cached copy.
	ErrOffline = errors.New("TrialCompare is set to work offline and has no copy of it; turn off offline mode to fetch it")
	// ErrNoNCTID: a trial without an NCT ID cannot be checked.
	ErrNoNCTID = errors.New("it states no NCT ID, so it cannot be checked against ClinicalTrials.gov; it is left as it is")
	// ErrBadAnswer: the registry answered with something that is not a
	// study or search page.
	ErrBadAnswer = errors.New("ClinicalTrials.gov's answer could not be used")
)

// statusError is an HTTP answer other than 200.
type statusError struct {
	code   int
	status string
}

func (e *statusError) Error() string {
	return fmt.Sprintf("ClinicalTrials.gov answered %s; try again later", e.status)
}
