package rules

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var nonLetters = regexp.MustCompile(`[^a-z]+`)

func statusKey(s string) string {
	return strings.Trim(nonLetters.ReplaceAllString(strings.ToLower(s), " "), " ")
}

var statusByKey = func() map[string]model.Status {
	m := map[string]model.Status{"unknown": model.StatusUnknown, "not yet open": model.StatusNotYetRecruiting, "open": model.StatusRecruiting, "closed": model.StatusActiveNotRecruiting}
	for _, s := range model.Statuses() {
		m[statusKey(string(s))] = s
		m[statusKey(s.Label())] = s
	}
	return m
}()

// ParseStatus reads a status written as a code ("NOT_YET_RECRUITING") or as
// words ("Not yet recruiting", "Active, not recruiting"), also in the
// languages of the vocabulary ("Reclutando", "募集中"). The whole text must
// be the status; ok is false otherwise.
func ParseStatus(text string) (model.Status, bool) {
	if s := model.Status(text); s.Known() || text == "" {
		return s, s.Known()
	}
	if s, ok := statusByKey[statusKey(text)]; ok {
		return s, true
	}
	return languageStatus(text)
}
