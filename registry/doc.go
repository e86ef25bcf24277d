// Package registry talks to the ClinicalTrials.gov API v2: it fetches
// studies by NCT ID and searches for them, keeps what it fetched in the
// user's cache folder, and works from that cache when offline. It is the
// only package that opens a network connection, and it opens one only when
// asked to.
package registry
