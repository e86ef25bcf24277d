package rules

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// criteriaSentence opens a sentence of running text that lists a trial's
// criteria, as an abstract of a trial in progress does: "Key inclusion
// criteria include age 3-19 years; …", "Eligibility criteria were: …".
var criteriaSentence = regexp.MustCompile(`(?i)\b(?:key\s+|main\s+|major\s+|principal\s+)?(inclusion|exclusion|eligibility)\s+criteria\s+(?:include[sd]?|were|are|comprised?|consist(?:ed)?\s+of)\s*:?\s+`)

// minSentenceItems is the fewest items a criteria sentence lists.
const minSentenceItems = 2

// SentenceCriteria is the criteria a text lists in sentences of its own.
type SentenceCriteria struct {
	Inclusion, Exclusion []string
	// Inclusions and Exclusions are the openings of the sentences each
	// list was read from.
	Inclusions, Exclusions []string
}

// CriteriaInSentences returns the criteria a text lists in sentences of its
// own, each item apart ("Key inclusion criteria include age 3-19 years;
// confirmed medulloblastoma; …"): the items are parted by semicolons, or
// by commas when the sentence holds none, a closing "and" dropped. A
// sentence of eligibility criteria lists what the patient must meet.
func CriteriaInSentences(text string) (c SentenceCriteria) {
	if indexFold(text, "criteria") < 0 {
		return c
	}
	for _, m := range criteriaSentence.FindAllStringSubmatchIndex(text, -1) {
		if namesInclusionBefore(text[:m[0]]) {
			// "Key inclusion and exclusion criteria include …": one list
			// of both kinds, whose items' kinds the sentence does not tell.
			continue
		}
		end := listEnd(text, m[1])
		if refersElsewhere(text[m[1]:end]) {
			// "Exclusion criteria were the same as in the adult study, …":
			// the sentence lists nothing of its own.
			continue
		}
		items := splitListSentence(text[m[1]:end])
		if len(items) < minSentenceItems {
			continue
		}
		opening := strings.TrimSpace(text[m[0]:m[1]]) + " …"
		if strings.EqualFold(text[m[2]:m[3]], "exclusion") {
			c.Exclusion = append(c.Exclusion, items...)
			c.Exclusions = append(c.Exclusions, opening)
		} else {
			c.Inclusion = append(c.Inclusion, items...)
			c.Inclusions = append(c.Inclusions, opening)
		}
	}
	return c
}

// namesInclusionBefore reports whether the text before "exclusion
// criteria" ends by naming inclusion: "inclusion and ", "inclusion/".
func namesInclusionBefore(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " \t"))
	for _, joint := range []string{"inclusion and", "inclusion &", "inclusion or", "inclusion/", "inclusion /"} {
		if strings.HasSuffix(b, joint) {
			return true
		}
	}
	return false
}

// referenceWords open a sentence's list that refers to criteria stated
// elsewhere rather than listing them.
var referenceWords = []string{"the same", "same as", "similar to", "identical to", "as in ", "as for ", "as described", "described in", "listed in", "detailed in", "those of", "per protocol", "as per"}

// refersElsewhere reports whether a criteria sentence's list refers to
// criteria stated elsewhere.
func refersElsewhere(list string) bool {
	opening := strings.ToLower(list[:min(len(list), 40)])
	for _, w := range referenceWords {
		if strings.Contains(opening, w) {
			return true
		}
	}
	return false
}

// listEnd is where the sentence that lists criteria from text[at] ends: at
// a full stop before a capital, or at the line's end.
func listEnd(text string, at int) int {
	end := len(text)
	if nl := strings.IndexByte(text[at:], '\n'); nl >= 0 {
		end = at + nl
	}
	for i := at; i+2 < end; i++ {
		if text[i] == '.' && text[i+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(text[i+2:]); unicode.IsUpper(r) {
				return i
			}
		}
	}
	return end
}

// splitListSentence parts a sentence's list at its semicolons, or at its
// commas when it holds none, outside brackets; a comma between digits
// ("100,000/µL") parts nothing.
func splitListSentence(list string) []string {
	sep := byte(';')
	if !strings.Contains(list, ";") {
		sep = ','
	}
	var items []string
	for _, part := range splitOutsideBrackets(list, func(i int) int {
		if list[i] != sep || sep == ',' && i > 0 && i+1 < len(list) && isDigit(list[i-1]) && isDigit(list[i+1]) {
			return 0
		}
		return 1
	}) {
		part = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part), "."))
		if part = strings.TrimSpace(strings.TrimPrefix(part, "and ")); part != "" {
			items = append(items, part)
		}
	}
	if sep == ',' && slices.ContainsFunc(items, isClauseFragment) {
		// Commas that part a clause, not items: "relapse within 6 months
		// of, or refractory to, prior therapy".
		return nil
	}
	return items
}

// fragmentWords are the words a clause's fragment ends with when commas
// part it.
var fragmentWords = map[string]bool{"of": true, "to": true, "with": true, "for": true, "in": true, "or": true, "and": true, "by": true, "than": true, "the": true, "a": true, "an": true, "at": true, "on": true}

// clauseOpeners are the words a clause's fragment opens with when commas
// part it: "…, with the exception of prior CAR-T therapy", "…, or
// refractory to, …".
var clauseOpeners = map[string]bool{"or": true, "with": true, "without": true, "except": true, "excluding": true, "including": true, "as": true, "like": true, "than": true, "such": true, "unless": true, "if": true, "when": true, "which": true, "that": true, "who": true, "whose": true, "but": true, "although": true, "while": true, "for": true, "of": true, "to": true, "in": true, "by": true, "from": true, "at": true, "on": true}

// isClauseFragment reports whether a part of a comma-parted list is a
// piece of a clause rather than an item: it ends with a word that needs
// more after it, or opens with a word that goes on a clause.
func isClauseFragment(part string) bool {
	words := strings.Fields(strings.ToLower(part))
	return len(words) == 0 || fragmentWords[words[len(words)-1]] || clauseOpeners[words[0]]
}
