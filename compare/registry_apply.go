package compare

import (
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// ApplyRecord gives a trial as it reads once its ClinicalTrials.gov record
// is applied. A trial read from an API record (LayoutCTGovJSON) is an
// older version of the same record: it takes every value of the newer
// one, keeping its own source and the user's note, and its RegistryNote
// names the record. A trial read from a page is checked against the record
// (CheckAgainstRegistry). Neither argument is changed.
func ApplyRecord(doc, record model.Trial, fetched time.Time) (model.Trial, RegistryCheck) {
	if doc.Source.Layout != model.LayoutCTGovJSON {
		return CheckAgainstRegistry(doc, record, fetched)
	}
	t := record
	t.Source, t.UserNote = doc.Source, doc.UserNote
	t.RegistryNote = "Updated from the " + RegistrySource(&record, fetched) + "."
	return t, RegistryCheck{}
}
