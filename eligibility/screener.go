package eligibility

import (
	"crypto/sha256"
	"encoding/json"
	"sync"

	"github.com/trialcompare/trialcompare/model"
)

// maxRemembered is how many trials' requirements a Screener keeps.
const maxRemembered = 20000

// Screener screens patients against trials, reading each trial's
// requirements once: reading the criteria is the slow part, and a board is
// screened again whenever its patient or its list of trials changes. It is
// safe for concurrent use; the zero value is not, use NewScreener.
type Screener struct {
	o  *Ontology
	mu sync.Mutex
	// read holds the requirements read, by what they were read from.
	read map[[sha256.Size]byte]*TrialRequirements
}

// NewScreener returns a screener with the built-in vocabularies.
func NewScreener() (*Screener, error) {
	o, err := DefaultOntology()
	if err != nil {
		return nil, err
	}
	return &Screener{o: o, read: map[[sha256.Size]byte]*TrialRequirements{}}, nil
}

// Assess screens a patient against a trial, as the package's Assess does.
// A nil Screener reads the trial's requirements anew.
func (s *Screener) Assess(p Profile, t *model.Trial) Fit {
	if s == nil {
		return Assess(p, t)
	}
	return fitOf(s.requirements(t).Screen(p))
}

// requirements returns the requirements of a trial, read once.
func (s *Screener) requirements(t *model.Trial) *TrialRequirements {
	key := readFrom(t)
	s.mu.Lock()
	tr, ok := s.read[key]
	s.mu.Unlock()
	if ok {
		return tr
	}
	tr = ParseRequirements(s.o, t)
	s.mu.Lock()
	if len(s.read) >= maxRemembered {
		clear(s.read)
	}
	s.read[key] = tr
	s.mu.Unlock()
	return tr
}

// readFrom identifies what ParseRequirements reads of a trial.
func readFrom(t *model.Trial) [sha256.Size]byte {
	data, _ := json.Marshal([]any{t.NCTID, t.Title, t.OfficialTitle, t.Acronym, t.Conditions, t.Inclusion, t.Exclusion, t.Ages, t.AgeGroups, t.Sex})
	return sha256.Sum256(data)
}
