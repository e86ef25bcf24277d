package model

import (
	"regexp"
	"strings"
)

// Status is a trial's overall recruitment status in ClinicalTrials.gov's
// vocabulary, such as RECRUITING. The empty status means not stated.
type Status string

// The statuses.
const (
	StatusRecruiting          Status = "RECRUITING"
	StatusNotYetRecruiting    Status = "NOT_YET_RECRUITING"
	StatusEnrollingByInvite   Status = "ENROLLING_BY_INVITATION"
	StatusActiveNotRecruiting Status = "ACTIVE_NOT_RECRUITING"
	StatusSuspended           Status = "SUSPENDED"
	StatusTerminated          Status = "TERMINATED"
	StatusCompleted           Status = "COMPLETED"
	StatusWithdrawn           Status = "WITHDRAWN"
	StatusAvailable           Status = "AVAILABLE"
	StatusNoLongerAvailable   Status = "NO_LONGER_AVAILABLE"
	StatusTempNotAvailable    Status = "TEMPORARILY_NOT_AVAILABLE"
	StatusApproved            Status = "APPROVED_FOR_MARKETING"
	StatusWithheld            Status = "WITHHELD"
	StatusUnknown             Status = "UNKNOWN"
)

var statusLabels = map[Status]string{
	StatusRecruiting:          "Recruiting",
	StatusNotYetRecruiting:    "Not yet recruiting",
	StatusEnrollingByInvite:   "Enrolling by invitation",
	StatusActiveNotRecruiting: "Active, not recruiting",
	StatusSuspended:           "Suspended",
	StatusTerminated:          "Terminated",
	StatusCompleted:           "Completed",
	StatusWithdrawn:           "Withdrawn",
	StatusAvailable:           "Available",
	StatusNoLongerAvailable:   "No longer available",
	StatusTempNotAvailable:    "Temporarily not available",
	StatusApproved:            "Approved for marketing",
	StatusWithheld:            "Withheld",
	StatusUnknown:             "Unknown status",
}

var nonLetters = regexp.MustCompile(`[^a-z]+`)

func statusKey(s string) string {
	return strings.Trim(nonLetters.ReplaceAllString(strings.ToLower(s), " "), " ")
}

var statusByKey = func() map[string]Status {
	m := map[string]Status{"unknown": StatusUnknown, "not yet open": StatusNotYetRecruiting, "open": StatusRecruiting, "closed": StatusActiveNotRecruiting}
	for s, label := range statusLabels {
		m[statusKey(string(s))] = s
		m[statusKey(label)] = s
	}
	return m
}()

// ParseStatus reads a status written as a code ("NOT_YET_RECRUITING") or as
// words ("Not yet recruiting", "Active, not recruiting"). The whole text must
// be the status; ok is false otherwise.
func ParseStatus(text string) (Status, bool) {
	if _, ok := statusLabels[Status(text)]; ok || text == "" {
		return Status(text), ok
	}
	s, ok := statusByKey[statusKey(text)]
	return s, ok
}

// Label renders a status for people, such as "Not yet recruiting".
func (s Status) Label() string {
	if l, ok := statusLabels[s]; ok {
		return l
	}
	return string(s)
}
