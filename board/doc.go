// Package board holds a tumor board's preparation — its title and date, the
// trials in their order with their selection and notes, each trial's source
// document and the ClinicalTrials.gov record it was last checked against,
// the print choices and, only when the user asks, the patient — and its
// file format, .tcboard.
//
// A board file is input like any other: its size is capped, nothing in it
// is trusted, no path stored in it is ever opened, and its embedded
// documents and records are read by the same readers, under the same
// limits, as files on disk. The package never imports a GUI toolkit.
package board
