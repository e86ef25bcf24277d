package rules

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/vocab"
)

// LabelField is the trial field a page's label names.
type LabelField string

// The fields labels name.
const (
	LabelTitle         LabelField = "title"
	LabelAcronym       LabelField = "acronym"
	LabelStatus        LabelField = "status"
	LabelSponsor       LabelField = "sponsor"
	LabelPhase         LabelField = "phase"
	LabelAges          LabelField = "ages"
	LabelAgeGroups     LabelField = "age_groups"
	LabelMinAge        LabelField = "min_age"
	LabelMaxAge        LabelField = "max_age"
	LabelSex           LabelField = "sex"
	LabelEnrollment    LabelField = "enrollment"
	LabelConditions    LabelField = "conditions"
	LabelInterventions LabelField = "interventions"
)

// spacedLabelFields are the fields whose label a page may set before its
// value with one space and nothing else ("Minimum Age 0 Years", "Gender
// BOTH", "Phase Phase 2"): their values are read only when they parse, so a
// sentence that merely starts with such a word is not taken for one.
var spacedLabelFields = map[LabelField]bool{
	LabelPhase: true, LabelAges: true, LabelAgeGroups: true, LabelMinAge: true, LabelMaxAge: true, LabelSex: true,
}

// labelVocabulary holds labels.tsv in lookup form.
type labelVocabulary struct {
	// synonyms maps each label, lower case, onto the field it names.
	synonyms map[string]LabelField
	// longestFirst lists the labels, longest first, for labels glued to
	// their value.
	longestFirst []string
	// maxBytes bounds the length of a line FieldOfLabel reads as a label.
	maxBytes int
}

// labels is the labels of the vocabulary in use.
var labels = sync.OnceValue(func() *labelVocabulary { return newLabelVocabulary(InUse().Labels) })

func newLabelVocabulary(list []vocab.Label) *labelVocabulary {
	lv := &labelVocabulary{synonyms: map[string]LabelField{}}
	for _, l := range list {
		label := normalLabel(l.Label)
		lv.synonyms[label] = LabelField(l.Field)
		lv.longestFirst = append(lv.longestFirst, label)
	}
	sort.Slice(lv.longestFirst, func(i, j int) bool {
		a, b := lv.longestFirst[i], lv.longestFirst[j]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	if len(lv.longestFirst) > 0 {
		lv.maxBytes = 2*len(lv.longestFirst[0]) + 8
	}
	return lv
}

// FieldOfLabel names the field a label stands for, such as "Sexes
// Eligible" → sex or "Target recruitment" → enrollment. Case, spacing and a
// trailing ":" or "|" do not matter.
func FieldOfLabel(label string) (LabelField, bool) {
	lv := labels()
	if len(label) > lv.maxBytes {
		// Longer than any label with room for spacing: a sentence.
		return "", false
	}
	f, ok := lv.synonyms[normalLabel(label)]
	return f, ok
}

func normalLabel(label string) string {
	l := foldArabicWord(foldGreek(strings.ToLower(strings.Join(strings.Fields(label), " "))))
	return strings.TrimSpace(strings.TrimRight(l, ":|# "))
}

// SplitGluedLabel reads a line whose label is glued to its value, as text
// copied from a two-column table often is: "SexAll", "AgesN/A to 21 Years",
// "Upper age limit15 Years", "Age GroupChild, Adult". The value must start
// with a capital letter or a digit, so that a word that merely begins like
// a label is not split. A label of free text (a title, a sponsor) in
// capitals is not split from the capitals after it, which are the rest of
// its word ("SPONSORED BY", "TREATMENTS"); the value of any other label
// must parse, which keeps such words out.
func SplitGluedLabel(line string) (field LabelField, label, value string, ok bool) {
	s := strings.TrimSpace(line)
	lower := foldGreek(strings.ToLower(s))
	lv := labels()
	for _, l := range lv.longestFirst {
		if !strings.HasPrefix(lower, l) || len(s) == len(l) {
			continue
		}
		rest := s[len(l):]
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) || !spacedLabelFields[lv.synonyms[l]] && oneCapitalWord(s[:len(l)], rest) {
			continue
		}
		return lv.synonyms[l], s[:len(l)], strings.TrimSpace(rest), true
	}
	return "", "", "", false
}

// maxSpacedLabelWords is the most words a line with a spaced label holds:
// such a line is a table row, not a sentence.
const maxSpacedLabelWords = 8

// SplitSpacedLabel reads a short line whose label is set before its value
// with a space, as a two-column table copied as text often is: "Minimum
// Age 0 Years", "Gender BOTH", "Phase Phase 2". Only the labels of fields
// whose values must parse (phase, ages, sex) are read so, and the value must
// start with a capital letter or a digit.
func SplitSpacedLabel(line string) (field LabelField, label, value string, ok bool) {
	s := strings.TrimSpace(line)
	if len(strings.Fields(s)) > maxSpacedLabelWords {
		return "", "", "", false
	}
	lower := foldGreek(strings.ToLower(s))
	lv := labels()
	for _, l := range lv.longestFirst {
		if !spacedLabelFields[lv.synonyms[l]] || !strings.HasPrefix(lower, l+" ") {
			continue
		}
		rest := strings.TrimSpace(s[len(l):])
		r, _ := utf8.DecodeRuneInString(rest)
		f := lv.synonyms[l]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !(isAgeLabel(f) && wordThenNumber.MatchString(rest)) {
			continue
		}
		return f, s[:len(l)], rest, true
	}
	return "", "", "", false
}

// wordThenNumber is an age's value that opens with a word before its
// number: "Věk od 50 do 80", "Alter ab 18 Jahren".
var wordThenNumber = regexp.MustCompile(`^\p{Ll}+\s+\d`)

// isAgeLabel reports whether a label's field is an age or an age bound.
func isAgeLabel(f LabelField) bool {
	return f == LabelAges || f == LabelMinAge || f == LabelMaxAge
}

// oneCapitalWord reports whether a label written in capitals and the
// capitals after it are one word: "SPONSOR"+"ED", "TREATMENT"+"S". A
// capital followed by a lower-case letter ("TITLEA study") opens the
// value.
func oneCapitalWord(label, rest string) bool {
	if strings.ToUpper(label) != label || strings.ToLower(label) == label {
		return false
	}
	r, size := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest[size:])
	return !unicode.IsLower(next)
}

// maxLabelWords is the most words a label holds ("Ages Eligible for
// Study").
const maxLabelWords = 5

// NextLabelAt returns where, in a labelled value, the next "Label:" of a
// row copied as one line begins: in "1 Year to 21 Years   Sexes Eligible
// for Study: All" it is where "Sexes" begins. It returns -1 when the
// value's colons follow no label ("CAR-T: a phase 1 study", "10:30").
func NextLabelAt(value string) int {
	from := 0
	for {
		c := strings.IndexByte(value[from:], ':')
		if c < 0 {
			return -1
		}
		c += from
		if at := labelEndingAt(value, c); at >= 0 {
			return at
		}
		from = c + 1
	}
}

// labelEndingAt returns where the longest label of up to maxLabelWords
// words that ends at colon c begins, after a space and with a capital, or
// where words in capitals after a wide gap begin; -1 when neither does.
func labelEndingAt(value string, c int) int {
	starts := make([]int, 0, maxLabelWords)
	for i := c - 1; i > 0 && len(starts) < maxLabelWords; i-- {
		if !isSpace(value[i]) && isSpace(value[i-1]) {
			starts = append(starts, i)
		}
		if value[i] == ':' || value[i] == '.' || value[i] == ';' {
			break
		}
	}
	for k := len(starts) - 1; k >= 0; k-- {
		// A row's labels open with a capital: in "a study Phase: 2" the
		// label is "Phase", not "study Phase".
		r, _ := utf8.DecodeRuneInString(value[starts[k]:])
		if unicode.IsLower(r) {
			continue
		}
		if _, ok := FieldOfLabel(value[starts[k]:c]); ok {
			return starts[k]
		}
	}
	for _, at := range starts {
		// A label of no field the reader knows, set apart as a table's
		// next cell is: "All   Accepts Healthy Volunteers: No".
		if at >= 2 && (value[at-1] == '\t' || value[at-2] == ' ' || value[at-2] == '\t') && titleCaseWords(value[at:c]) {
			return at
		}
	}
	return -1
}

// IsRowLabel reports whether a text may be a label of a table's row that
// names no field the reader knows: up to maxLabelWords words, each opening
// with a capital ("Study Type", "Accepts Healthy Volunteers").
func IsRowLabel(text string) bool {
	return len(strings.Fields(text)) <= maxLabelWords && titleCaseWords(text)
}

// titleCaseWords reports whether each word of a text opens with a capital.
func titleCaseWords(text string) bool {
	for _, w := range strings.Fields(text) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return text != ""
}
