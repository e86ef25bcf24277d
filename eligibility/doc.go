// Package eligibility screens a child against trials criterion by
// criterion. Each criterion of a trial, and its conditions, ages and sex,
// become requirements read from its own wording (a diagnosis, a marker, a
// prior therapy with or without a time window, a lab threshold, a
// performance score, a CNS grade …), each with the text it came from.
// Against a patient's stated facts each criterion then rules the patient
// out, is met, or is left to check by hand. A trial is excluded only when a
// stated fact contradicts a literal requirement; a fact not given is never
// assumed, and wording that is not literal, or that offers an alternative,
// is never read as ruling out. It never says "eligible": only a human
// reading the full protocol can say that.
//
// The vocabularies (diagnoses, therapies, targets, genetics, syndromes,
// labs) are data files in data/, one line an entry.
//
// It imports model and rules, never compare, export or a GUI toolkit.
package eligibility
