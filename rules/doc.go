// Package rules turns what a document states into values: ages and age
// groups, phases, statuses, sex, dates, targets and the drug vocabulary,
// registry identifiers, criteria headings and splitting, exclusion themes,
// CNS grades and diagnoses. Every reader in model/ingest hands its raw text
// to these rules, so a phrase learnt once works for every layout; Resolve
// runs them after every reader.
//
// Nothing here knows a layout. It imports only model, never compare,
// eligibility, ingest or anything that draws or writes.
package rules
