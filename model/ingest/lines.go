package ingest

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

var (
	nctPattern    = regexp.MustCompile(`\bNCT\d{8}\b`)
	titleAcronym  = regexp.MustCompile(`\(([A-Z][A-Za-z0-9]*(?:[-_ ][A-Za-z0-9]+)?)\)\s*$`)
	criteriaStart = regexp.MustCompile(`(?im)^\s*(?:key\s+|main\s+|major\s+|general\s+)?(?:inclusion|exclusion)\s+criteri(?:a|on)\b`)
	firstInteger  = regexp.MustCompile(`\d[\d,]*`)
)

// IsNCTID reports whether s is exactly one NCT ID as the readers find
// them in text: NCT and eight ASCII digits. A look-alike — a Cyrillic С, a
// full-width digit, a zero-width space — is not one.
func IsNCTID(s string) bool {
	return len(s) == len("NCT00000000") && nctPattern.FindString(s) == s
}

// mayOpenCriteria reports whether a line holds "criteri" in any case, as
// every line criteriaStart matches does: a cheap test before the pattern.
func mayOpenCriteria(l string) bool {
	const word = "criteri"
	for i := 0; i+len(word) <= len(l); i++ {
		if l[i]|0x20 == 'c' && strings.EqualFold(l[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// nonEmptyLines returns the trimmed lines of text that are not blank, with
// their line numbers.
func nonEmptyLines(lines []string, from int) []int {
	var idx []int
	for i := from; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			idx = append(idx, i)
		}
	}
	return idx
}

// acronymFromTitle reads an acronym a title ends with, such as
// "... Leukemia (BALLI-01)". Abbreviations of a disease in the title are
// not acronyms, so the word must hold a digit or an underscore, or be all
// capitals of five or more letters; a target's name ("(CD19)",
// "(FLT3-ITD)") is none either.
func acronymFromTitle(t *model.Trial) {
	if t.Acronym != "" {
		return
	}
	m := titleAcronym.FindStringSubmatch(t.Title)
	if m == nil {
		return
	}
	word := m[1]
	hasDigit := strings.ContainsAny(word, "0123456789")
	if !hasDigit && !strings.Contains(word, "_") && (len(word) < 5 || strings.ToUpper(word) != word) || !trialName(word) {
		return
	}
	t.Acronym = word
	t.Note(model.FieldAcronym, "title: "+t.Title)
}

// splitInterventions splits "Biological: UCART22 Biological: CLLS52" at
// each type prefix.
func splitInterventions(cell string) []string {
	var locs [][]int
	if strings.IndexByte(cell, ':') >= 0 {
		// Each type prefix ends with a colon; most cells hold none.
		locs = typePrefixes(cell)
	}
	if locs == nil {
		if s := strings.TrimSpace(cell); s != "" {
			return []string{s}
		}
		return nil
	}
	var out []string
	for i, loc := range locs {
		end := len(cell)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		out = append(out, strings.Join(strings.Fields(cell[loc[0]:end]), " "))
	}
	return out
}

// parseInteger reads the first whole number in s, ignoring thousands commas.
func parseInteger(s string) (int, bool) {
	m := firstInteger.FindString(s)
	if m == "" {
		return 0, false
	}
	n := 0
	for _, r := range m {
		if r == ',' {
			continue
		}
		n = n*10 + int(r-'0')
		if n > 1e9 {
			return 0, false
		}
	}
	return n, true
}
