package ingest

import (
	"strings"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// readGluedTags reads the status and phases of a trial finder's row of
// tags glued together ("RecruitingPhase 1Phase 2NCT04726241"), where no
// label stated them: the first such row is the trial's.
func readGluedTags(t *model.Trial, lines []string) {
	if t.Status != "" && len(t.Phases) > 0 {
		return
	}
	for _, l := range lines {
		if !strings.Contains(l, "hase") && !strings.Contains(l, "HASE") {
			continue
		}
		tags, ok := rules.ReadGluedTags(l)
		if !ok {
			continue
		}
		from := "glued tags: " + strings.TrimSpace(l)
		if len(t.Phases) == 0 {
			t.Phases = tags.Phases
			t.Note(model.FieldPhases, from)
		}
		if t.Status == "" && tags.Status != "" {
			t.Status = tags.Status
			t.Note(model.FieldStatus, from)
		}
		return
	}
}
