package ingest

import (
	"strings"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// readSentenceCriteria reads the criteria a page with no criteria heading
// lists in sentences of running text, as an abstract does ("Key inclusion
// criteria include age 3-19 years; …").
func readSentenceCriteria(t *model.Trial, text string) {
	c := rules.CriteriaInSentences(text)
	if len(c.Inclusion) > 0 && len(t.Inclusion) == 0 {
		t.Inclusion = c.Inclusion
		t.Note(model.FieldInclusion, model.Count(len(c.Inclusion), "item")+" listed in the sentence: "+strings.Join(c.Inclusions, " / "))
	}
	if len(c.Exclusion) > 0 && len(t.Exclusion) == 0 {
		t.Exclusion = c.Exclusion
		t.Note(model.FieldExclusion, model.Count(len(c.Exclusion), "item")+" listed in the sentence: "+strings.Join(c.Exclusions, " / "))
	}
}
