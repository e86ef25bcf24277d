package model

import "strconv"

// NotStated is how a value the document does not state is shown.
const NotStated = "not stated"

// EnrollmentLabel renders an enrollment count, or "" when not stated.
func EnrollmentLabel(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}
