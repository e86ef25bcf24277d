package vocab

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// LanguageWord is one word of a language other than English, from that
// language's file, and what it means to the reader (Kind says which):
//
//   - mark: a short word that marks running text as the language; Meaning
//     is its English, a note for the reader of the file.
//   - script: a script of Unicode that only this language writes among the
//     files (Greek, Hangul): three letters of it in a row mark a text as
//     the language, however short; Word is the script's name as Unicode
//     spells it, Meaning a note.
//   - heading: a criteria heading; Meaning is inclusion, exclusion or
//     eligibility.
//   - label: a page label; Meaning is the field it names, one of
//     labels.tsv's fields.
//   - phase: a way of writing a phase; Meaning is its phase codes, such as
//     "PHASE1, PHASE2".
//   - age: a word of an age phrase; Meaning is its English, as the age
//     phrases read it ("Jahre" → "years").
//   - age after: a comparator written after the age it bounds ("18歳以上");
//     Meaning is the English comparator, which is put before that age
//     ("at least 18 years").
//   - sex: a value of a sex field; Meaning is ALL, FEMALE or MALE.
//   - drug: a drug's name in the language; Meaning is the drug as
//     drugs.tsv names it, so that its target follows.
//   - criterion: a word of an exclusion criterion; Meaning is its English,
//     as the exclusion themes (themes.tsv) read it ("Schwangerschaft" →
//     "pregnancy").
//
// A word written in a script without spaces between words (Chinese,
// Japanese) is matched wherever it stands; any other word as a whole word,
// or also as the end of a longer word when the file writes it after a
// hyphen ("-studie" reads "Langzeitstudie").
type LanguageWord struct {
	// Language is the language's code, its file's name: "de" for de.tsv.
	Language      string
	Kind          string
	Word, Meaning string
	Origin
}

// The kinds of a language file's lines.
const (
	LanguageMark    = "mark"
	LanguageScript  = "script"
	LanguageHeading = "heading"
	LanguageLabel   = "label"
	LanguagePhase   = "phase"
	// LanguagePhaseBefore and LanguagePhaseAfter stand just before or
	// just after a phase that is not the trial's own: one already
	// completed ("已完成III期", "3상까지 완료한"), or, with the meaning
	// "later", a step the trial may take next ("passare alla fase 3"), or,
	// with the meaning "unit", a unit named for the trials it runs
	// ("Faz-1 Klinik Araştırma Merkezi"), or, with the meaning "stage", a
	// disease right after a numeral that makes it the disease's stage
	// ("II期乳腺癌").
	LanguagePhaseBefore = "phase before"
	LanguagePhaseAfter  = "phase after"
	LanguageAge         = "age"
	LanguageAgeAfter    = "age after"
	LanguageAgeCue      = "age cue"
	LanguageSex         = "sex"
	// LanguageStatus is a value of a recruitment status field
	// ("Reclutando", "募集中"); its meaning is a status code.
	LanguageStatus    = "status"
	LanguageDrug      = "drug"
	LanguageTrial     = "trial"
	LanguageCriterion = "criterion"
)

// languageKinds are the kinds of a language file's lines.
var languageKinds = []string{LanguageMark, LanguageScript, LanguageHeading, LanguageLabel, LanguagePhase, LanguagePhaseBefore, LanguagePhaseAfter, LanguageAge, LanguageAgeAfter,
	LanguageAgeCue, LanguageSex, LanguageStatus, LanguageDrug, LanguageTrial, LanguageCriterion}

// languagesFolder is the folder of the language files, built-in and the
// user's.
const languagesFolder = "languages"

// MaxLanguages is how many language files are read; a file past them is
// reported and not read.
const MaxLanguages = 64

// PhaseCodes are the codes a phase line's meaning names.
var PhaseCodes = []string{"EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA"}

// SexCodes are the meanings a sex line may have.
var SexCodes = []string{"ALL", "FEMALE", "MALE"}

// StatusCodes are the meanings a status line may have: ClinicalTrials.gov's
// recruitment statuses.
var StatusCodes = []string{"NOT_YET_RECRUITING", "RECRUITING", "ENROLLING_BY_INVITATION", "ACTIVE_NOT_RECRUITING",
	"SUSPENDED", "TERMINATED", "COMPLETED", "WITHDRAWN", "UNKNOWN"}

// languageOf returns the language of a language file: its name without
// ".tsv".
func languageOf(file string) string {
	base := path.Base(filepath.ToSlash(file))
	return strings.TrimSuffix(base, path.Ext(base))
}

// languageKey keys a language file's entry by its kind and word: the
// loader adds the language.
func languageKey(values []string) string { return values[0] + "\t" + values[1] }

// checkLanguageWord checks the meaning of a language file's line against
// its kind; a drug's meaning is checked against drugs.tsv once every file
// is read.
func checkLanguageWord(values []string) string {
	kind, meaning := values[0], values[2]
	switch kind {
	case LanguageScript:
		if unicode.Scripts[values[1]] == nil {
			return fmt.Sprintf("%q is not a script of Unicode (as Go's unicode.Scripts names them: Greek, Hangul)", values[1])
		}
	case LanguageHeading:
		if !slices.Contains(headingKinds[:4], strings.ToLower(meaning)) {
			return fmt.Sprintf("the heading's meaning %q is not one of: %s", meaning, strings.Join(headingKinds[:4], ", "))
		}
	case LanguageLabel:
		if !slices.Contains(labelFields, strings.ToLower(meaning)) {
			return fmt.Sprintf("the label's meaning %q is not a field of labels.tsv: %s", meaning, strings.Join(labelFields, ", "))
		}
	case LanguagePhase:
		for _, code := range splitNames(meaning) {
			if !slices.Contains(PhaseCodes, strings.ToUpper(code)) {
				return fmt.Sprintf("the phase code %q is not one of: %s", code, strings.Join(PhaseCodes, ", "))
			}
		}
	case LanguageSex:
		if !slices.Contains(SexCodes, strings.ToUpper(meaning)) {
			return fmt.Sprintf("the sex %q is not one of: %s", meaning, strings.Join(SexCodes, ", "))
		}
	case LanguageStatus:
		if !slices.Contains(StatusCodes, strings.ToUpper(meaning)) {
			return fmt.Sprintf("the status %q is not one of: %s", meaning, strings.Join(StatusCodes, ", "))
		}
	}
	return ""
}

// addLanguageWord adds a language file's word to the vocabulary and, when
// it is written with ș or ț (a comma below, as Romanian is), the word
// written with ş or ţ (a cedilla) too, as many pages write it.
func addLanguageWord(v *Vocabulary, w LanguageWord) {
	v.Languages = append(v.Languages, w)
	if cedilla := cedillaSpelling(w.Word); cedilla != w.Word {
		w.Word = cedilla
		v.Languages = append(v.Languages, w)
	}
}

// cedillaSpelling writes a word's ș and ț (a comma below) as ş and ţ (a
// cedilla); a word without them is returned as it is.
func cedillaSpelling(word string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ș':
			return 'ş'
		case 'ț':
			return 'ţ'
		case 'Ș':
			return 'Ş'
		case 'Ț':
			return 'Ţ'
		}
		return r
	}, word)
}

// foldLanguageWords adds the language files' headings and labels to the
// criteria headings and the labels, so that every reader of those reads
// them too.
//
// A Bengali heading or label is added in both spellings of its ড়, ঢ় and
// য় (nuktaSpellings), as those lists match whole lines as written.
func foldLanguageWords(v *Vocabulary) {
	for _, w := range v.Languages {
		for _, word := range nuktaSpellings(w.Word) {
			switch w.Kind {
			case LanguageHeading:
				v.CriteriaHeadings = append(v.CriteriaHeadings, Heading{Heading: word, Kind: strings.ToLower(w.Meaning), Origin: w.Origin})
			case LanguageLabel:
				v.Labels = append(v.Labels, Label{Label: word, Field: strings.ToLower(w.Meaning), Origin: w.Origin})
			}
		}
	}
}

// bengaliNuktaLetters writes Bengali's ড়, ঢ় and য় as one character and
// as the letter and its nukta (U+09BC), the two ways pages write them.
var bengaliNuktaLetters = strings.NewReplacer("\u09DC", "\u09A1\u09BC", "\u09DD", "\u09A2\u09BC", "\u09DF", "\u09AF\u09BC")

// nuktaSpellings returns a word and, when it holds ড়, ঢ় or য় written as
// one character, the word with each written as the letter and its nukta.
func nuktaSpellings(word string) []string {
	if other := bengaliNuktaLetters.Replace(word); other != word {
		return []string{word, other}
	}
	return []string{word}
}

// checkLanguageDrugs leaves out the language files' drugs whose meaning is
// no drug of drugs.tsv, and spells the others as drugs.tsv does.
func (l *loader) checkLanguageDrugs() {
	drugs := l.spellings("drugs.tsv", func([]string) bool { return true })
	l.keep(languagesFolder, func(v []string) string {
		if v[0] != LanguageDrug {
			return ""
		}
		drug, ok := drugs[strings.ToLower(v[2])]
		if !ok {
			return fmt.Sprintf("the drug %q is not in drugs.tsv", v[2])
		}
		v[2] = drug
		return ""
	})
}
