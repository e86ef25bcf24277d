// Package rules turns what a document states into values: ages and age
// groups, phases, statuses, sex, dates, targets and the drug vocabulary,
// registry identifiers, criteria headings and splitting, exclusion themes,
// CNS grades and diagnoses. Every reader in model/ingest hands its raw text
// to these rules, so a phrase learnt once works for every layout; Resolve
// runs them after every reader.
//
// The rules read their words from a vocabulary (package vocab): the
// built-in one, or the one Use gives at program start, with the user's
// entries. Each index is built from it once, on first use.
//
// Nothing here knows a layout. It imports only model and vocab, never
// compare, eligibility, ingest or anything that draws or writes.
package rules
