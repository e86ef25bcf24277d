// Package model holds the trial model and the domain rules that every
// reader shares: phases, statuses, sex, ages, targets and criteria.
//
// Readers in model/ingest find where a document states a value and hand the
// raw text to these rules, so a phrase learnt once works for every layout.
// The package never imports a GUI toolkit.
package model
