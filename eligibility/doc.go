// Package eligibility screens a patient against a trial: the patient's
// facts, and the verdict with its reasons and the criteria to check by
// hand. It never says "eligible": only a human reading the full protocol
// can say that.
//
// It imports model and rules, never compare, export or a GUI toolkit.
package eligibility
