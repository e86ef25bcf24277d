package ingest

import (
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

// proseNote is the provenance of the document of a trial read from running
// sentences alone, as a news item, a charity's page, a press release or an
// abstract states it.
const proseNote = "read from prose: no labels or lists"

// minProseWords is the fewest words of the longest sentence of a page read
// as prose: a page of short lines is a listing or a form, not prose.
const minProseWords = 8

var (
	// trialWord names a trial, or the published results of one, or a
	// treatment under test: a page's sentence that holds one and a target
	// names the trial's target ("The NEBULA study offers an antibody that
	// targets GD2", "an experimental treatment - CD7 CAR T-cell therapy").
	trialWord = regexp.MustCompile(`(?i)\b(?:trials?|stud(?:y|ies)|protocols?|first-in-human|results (?:were|have been) published|(?:experimental|investigational) (?:treatments?|therap(?:y|ies)|drugs?|medicines?|products?)|tested (?:on|in) \d+ (?:people|patients|children))\b`)
	// proseAcronym is a trial's name in a sentence: "the CAMELLIA-Kids
	// trial", "the SUNFLOWER phase 1b/2 trial", "BRIGHT-INF is a Phase II
	// study".
	proseAcronym = regexp.MustCompile(`\b(?:[Tt]he|[Oo]ur) ([A-Z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*) (?:(?:early )?[Pp]hase [0-9IVab/ -]{1,8} )?(?:[Tt]rial|[Ss]tudy)\b|(?:^|\. )([A-Z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*) is an? (?:[\w/-]+ ){0,4}(?:trial|study)\b`)
	// tableCell is a cell of a table copied as text.
	tableCell = regexp.MustCompile(`\S\s*\|\s*\S|\t`)
)

// readProse marks a trial read from a page in running sentences alone, and
// reads the trial's name from them when no title gives it. A page with a
// labelled line, a date line, a criteria heading, a list, a table or a
// listing's tags is not prose.
func readProse(t *model.Trial, text string, lines []string, labels int, headed bool) {
	if labels > 0 || headed || len(t.Inclusion) > 0 || len(t.Exclusion) > 0 ||
		strings.HasPrefix(t.Provenance[model.FieldAges], "listing tag") || dateLine.MatchString(text) {
		return
	}
	longest := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if listLine.MatchString(l) || tableCell.MatchString(l) {
			return
		}
		longest = max(longest, len(strings.Fields(l)))
	}
	if longest < minProseWords {
		return
	}
	t.Note(model.FieldDocument, proseNote)
	if t.Acronym == "" {
		if name, sentence, ok := findProseAcronym(text); ok {
			t.Acronym = name
			t.Note(model.FieldAcronym, "text: "+sentence)
		}
	}
}

// findProseAcronym finds the name a page's sentences give the trial, and
// the line it is in. A name is a trial's when it holds a digit or "_", or
// begins with four capitals or more; a target's name ("the CD19 trial") is
// none.
func findProseAcronym(text string) (name, line string, ok bool) {
	for _, l := range strings.Split(text, "\n") {
		for _, m := range proseAcronym.FindAllStringSubmatch(l, -1) {
			name := m[1] + m[2]
			if trialName(name) {
				return name, strings.TrimSpace(l), true
			}
		}
	}
	return "", "", false
}

// trialName reports whether a word reads as a trial's name.
func trialName(word string) bool {
	if len(rules.FindTargets(word)) > 0 {
		return false
	}
	if strings.ContainsAny(word, "0123456789_") {
		return true
	}
	head, _, _ := strings.Cut(word, "-")
	return len(head) >= 4 && strings.ToUpper(head) == head
}

// namesATrialsTarget reports whether a page's title or running text names
// a trial and a target, outside sentences about what earlier work found: in
// one sentence ("A new trial offers a CAR-T therapy that targets CLL-1"),
// or in two ("研究药物：CD19-CAR-DNT 细胞" under a registry's trial heading).
func namesATrialsTarget(t model.Trial) bool {
	trial, target := false, false
	for _, l := range strings.Split(t.Title+"\n"+t.Summary, "\n") {
		for _, s := range strings.SplitAfter(l, ". ") {
			if strings.TrimSpace(s) == "" || rules.IsBackground(s) {
				continue
			}
			names, hits := namesATrial(s), len(rules.FindTargetsBesidesPriorTherapy(s)) > 0
			if names && hits {
				return true
			}
			trial, target = trial || names, target || hits
		}
	}
	return trial && target
}

// namesATrial reports whether a sentence names a trial, in English or in a
// language of the vocabulary ("Studie", "試験").
func namesATrial(s string) bool {
	return trialWord.MatchString(s) || rules.AllLanguages().NamesATrial(s)
}
