package ingest

import (
	"slices"
	"strings"
)

// matchSiteWithStatus returns what siteWithStatus.FindStringSubmatch
// returns for a line, without running the pattern on a plain row: the
// status sits between the last two "|", and the facility runs from the
// first non-space byte to the spaces before them. A row whose facility
// would be empty, or a text with a line end, is left to the pattern.
func matchSiteWithStatus(l string) []string {
	if strings.IndexByte(l, '\n') >= 0 {
		return siteWithStatus.FindStringSubmatch(l)
	}
	last := strings.LastIndexByte(l, '|')
	if last < 0 || strings.Trim(l[last+1:], regexpSpace) != "" {
		return nil
	}
	q := strings.LastIndexByte(l[:last], '|')
	if q < 0 {
		return nil
	}
	status := strings.Trim(l[q+1:last], regexpSpace)
	if !slices.Contains(siteStatuses, status) {
		return nil
	}
	start := len(l) - len(strings.TrimLeft(l, regexpSpace))
	end := len(strings.TrimRight(l[:q], regexpSpace))
	if start >= end {
		return siteWithStatus.FindStringSubmatch(l)
	}
	return []string{l, l[start:end], status}
}

// matchAddressRow returns what addressRow.FindStringSubmatch returns for
// a line, without running the pattern on a plain row: the address runs
// from the first non-space byte to the spaces before the first "|", and
// after it come only spaces and at most one more "|". A row whose address
// would be empty is left to the pattern.
func matchAddressRow(l string) []string {
	first := strings.IndexByte(l, '|')
	if first < 0 {
		return nil
	}
	rest := strings.Trim(l[first+1:], regexpSpace)
	if rest != "" && rest != "|" {
		return nil
	}
	start := len(l) - len(strings.TrimLeft(l, regexpSpace))
	end := len(strings.TrimRight(l[:first], regexpSpace))
	if start >= end {
		return addressRow.FindStringSubmatch(l)
	}
	return []string{l, l[start:end]}
}
