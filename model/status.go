package model

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

// Label renders a status for people, such as "Not yet recruiting".
func (s Status) Label() string {
	if l, ok := statusLabels[s]; ok {
		return l
	}
	return string(s)
}

// Known reports whether s is one of the statuses above.
func (s Status) Known() bool {
	_, ok := statusLabels[s]
	return ok
}

// Statuses returns every known status.
func Statuses() []Status {
	out := make([]Status, 0, len(statusLabels))
	for s := range statusLabels {
		out = append(out, s)
	}
	return out
}
