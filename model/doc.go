// Package model holds the Trial and its value types: fields and their
// provenance, ages and age groups, phases, statuses, sex, dates, registry
// identifiers, sites, interventions, outcomes and warnings.
//
// It says what a trial is, not how a document states it: the phrase rules
// live in package rules, the comparison in compare and the screening in
// eligibility. It imports no package of this module and no GUI toolkit.
package model
