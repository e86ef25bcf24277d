package ingest

import (
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

// maxBlockLabelWords is the most words a label that opens a trial's block
// holds.
const maxBlockLabelWords = 4

// trialBlocks splits a page that lists several trials, each a block of the
// same labels with an NCT number of its own ("Protocol ID: AALL1732" …
// "ClinicalTrials.gov ID: NCT03959085", then "Protocol ID: AALL2131" …),
// at the label that opens each block. The page's lines before the first
// block name no trial. It returns nil for a page of one trial: a label
// that recurs around a single NCT number, or blocks that share one, open
// no blocks. The last block may have lost its NCT number where the page
// was cut.
func trialBlocks(lines []string) [][]string {
	var order []string
	at := map[string][]int{}
	for i, l := range lines {
		label, _, ok := strings.Cut(strings.TrimSpace(l), ":")
		if !ok || label == "" || len(strings.Fields(label)) > maxBlockLabelWords {
			continue
		}
		label = strings.ToLower(label)
		if at[label] == nil {
			order = append(order, label)
		}
		at[label] = append(at[label], i)
	}
	for _, label := range order {
		if starts := at[label]; len(starts) >= 2 {
			if blocks := blocksAt(lines, starts); blocks != nil {
				return blocks
			}
		}
	}
	return nil
}

// blocksAt cuts lines at starts when each block holds one NCT number of
// its own, the last at most one, and the lines before the first none.
func blocksAt(lines []string, starts []int) [][]string {
	if len(nctsIn(lines[:starts[0]])) > 0 {
		return nil
	}
	seen := map[string]bool{}
	var blocks [][]string
	for k, s := range starts {
		end := len(lines)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		ncts := nctsIn(lines[s:end])
		last := k == len(starts)-1
		if len(ncts) > 1 || len(ncts) == 0 && !last || len(ncts) == 1 && seen[ncts[0]] {
			return nil
		}
		for _, n := range ncts {
			seen[n] = true
		}
		blocks = append(blocks, lines[s:end])
	}
	if len(seen) < 2 {
		return nil
	}
	return blocks
}

// nctsIn returns the distinct NCT numbers of lines, in order.
func nctsIn(lines []string) []string {
	var out []string
	for _, l := range lines {
		for _, m := range rules.FindNCTIDs(l) {
			if !slices.Contains(out, m.ID) {
				out = append(out, m.ID)
			}
		}
	}
	return out
}

// readBlocks reads each block of a page of several trials as a page of
// its own. Each keeps the identifiers its own block names: a document of
// several trials is not searched whole for them.
func readBlocks(blocks [][]string) ([]model.Trial, error) {
	var trials []model.Trial
	for _, b := range blocks {
		text := strings.Join(b, "\n")
		t, err := readOnePage(text, false)
		if err != nil {
			continue
		}
		rules.ResolveRegistryIDs(&t, text)
		trials = append(trials, t)
	}
	if len(trials) == 0 {
		return nil, ErrNotTrialLike
	}
	return trials, nil
}
