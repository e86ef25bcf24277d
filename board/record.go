package board

import (
	"fmt"
	"slices"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// ReadRecord reads a ClinicalTrials.gov API record as a trial, with the
// same reader and limits as a file on disk: it must hold one study, and
// that of nctID when nctID is given. name labels it in messages and in the
// trial's source.
func ReadRecord(name string, data []byte, nctID string) (model.Trial, error) {
	res := ingest.Read(name, data)
	if res.Err != nil {
		return model.Trial{}, res.Err
	}
	if len(res.Trials) != 1 || res.Trials[0].Source.Layout != model.LayoutCTGovJSON {
		return model.Trial{}, fmt.Errorf("%s: it is not the record of one ClinicalTrials.gov study", name)
	}
	if got := res.Trials[0].NCTID; nctID != "" && got != nctID {
		return model.Trial{}, fmt.Errorf("%s: it is the record of %s, not of %s", name, got, nctID)
	}
	return res.Trials[0], nil
}

// applyRegistry gives a trial as read from its document with the registry
// record the board keeps for it applied (compare.ApplyRecord). A record
// that cannot be read leaves the trial as its document states it, with a
// warning; fields filled otherwise than when the board was saved are
// warned of too.
func applyRegistry(page model.Trial, r *Registry, boardName string) model.Trial {
	name := SourceName(boardName, "record "+recordName(page.NCTID))
	record, err := ReadRecord(name, r.Record, page.NCTID)
	if err != nil {
		page.Warn(model.FieldDocument, fmt.Sprintf("The ClinicalTrials.gov record kept with the board could not be read (%v); the values shown are the document's own.", err))
		return page
	}
	t, check := compare.ApplyRecord(page, record, r.Fetched)
	if page.Source.Layout != model.LayoutCTGovJSON && !slices.Equal(check.Filled, r.Filled) {
		t.Warn(model.FieldDocument, fmt.Sprintf("When the board was saved, the ClinicalTrials.gov record filled in %s; opened now, it fills in %s: this version of TrialCompare reads the page or the record differently.",
			compare.FilledLabel(r.Filled), compare.FilledLabel(check.Filled)))
	}
	return t
}
