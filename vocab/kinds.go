package vocab

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
)

// valueKind is what a column's values are; the zero kind is any text.
type valueKind int

const (
	// names is a comma-separated list.
	names valueKind = iota + 1
	// pattern is a regular expression, matched with case ignored.
	pattern
	// choice is one of the column's choices, case ignored.
	choice
	// yesNo is "yes" or "no".
	yesNo
)

// column is one column of a vocabulary file.
type column struct {
	name     string
	optional bool
	kind     valueKind
	choices  []string
}

// fileKind is one vocabulary: its file's name, its columns and how an entry
// joins the Vocabulary.
type fileKind struct {
	name    string
	columns []column
	// key names an entry: a user's entry wins over a built-in one with the
	// same key, case ignored. Nil keys an entry by its first value.
	key func(values []string) string
	// check says what is wrong with an entry beyond its values' kinds, ""
	// when nothing is. Nil checks nothing more.
	check func(values []string) string
	// add appends the entry to v.
	add func(v *Vocabulary, values []string, o Origin)
	// folder is set for a vocabulary of several files, one a language, in
	// the folder its name gives; a file's name (de.tsv) names its language.
	folder bool
}

// fileKinds are the vocabularies, in the order they are read and listed.
var fileKinds = []fileKind{
	{
		name:    "targets.tsv",
		columns: []column{{name: "target"}, {name: "names", kind: names}},
		check:   checkTargetNames,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.Targets = append(v.Targets, Target{Name: f[0], Names: splitNames(f[1]), Origin: o})
		},
	},
	{
		name:    "drugs.tsv",
		columns: []column{{name: "drug"}, {name: "target"}, {name: "class", optional: true}},
		check:   checkDrugName,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.Drugs = append(v.Drugs, Drug{Name: f[0], Target: f[1], Class: f[2], Origin: o})
		},
	},
	{
		name:    "prior_therapy.tsv",
		columns: []column{{name: "kind", kind: choice, choices: []string{PriorCue, PriorJoiner, PriorListOpener}}, {name: "words"}},
		key:     joinedKey,
		check:   checkPriorWords,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.PriorTherapy = append(v.PriorTherapy, Word{Kind: f[0], Text: f[1], Origin: o})
		},
	},
	{
		name:    "background_cues.tsv",
		columns: []column{{name: "phrase"}},
		add: func(v *Vocabulary, f []string, o Origin) {
			v.BackgroundCues = append(v.BackgroundCues, Word{Text: f[0], Origin: o})
		},
	},
	{
		name:    "marker_words.tsv",
		columns: []column{{name: "kind", kind: choice, choices: []string{MarkerAbsent, MarkerLevel}}, {name: "word"}},
		key:     joinedKey,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.MarkerWords = append(v.MarkerWords, Word{Kind: f[0], Text: f[1], Origin: o})
		},
	},
	{
		name:    "diagnoses.tsv",
		columns: []column{{name: "diagnosis"}, {name: "parent", optional: true}, {name: "names", kind: names}},
		add: func(v *Vocabulary, f []string, o Origin) {
			v.Diagnoses = append(v.Diagnoses, Diagnosis{Name: f[0], Parent: f[1], Names: splitNames(f[2]), Origin: o})
		},
	},
	{
		name: "themes.tsv",
		columns: []column{{name: "theme"}, {name: "kind", kind: choice, choices: []string{ThemeLabel, ThemePhrase, ThemeException, ThemeAside}},
			{name: "text"}},
		key:   themeKey,
		check: checkThemeRule,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.Themes = append(v.Themes, ThemeRule{Theme: f[0], Kind: f[1], Text: f[2], Origin: o})
		},
	},
	{
		name:    "criteria_headings.tsv",
		columns: []column{{name: "heading"}, {name: "kind", kind: choice, choices: headingKinds}},
		add: func(v *Vocabulary, f []string, o Origin) {
			v.CriteriaHeadings = append(v.CriteriaHeadings, Heading{Heading: f[0], Kind: f[1], Origin: o})
		},
	},
	{
		name:    "registry_ids.tsv",
		columns: []column{{name: "registry"}, {name: "starts with"}, {name: "form", kind: pattern}},
		check:   checkRegistryForm,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.RegistryForms = append(v.RegistryForms, RegistryForm{Registry: f[0], Anchor: f[1], Form: f[2], Origin: o})
		},
	},
	{
		name: "registry_labels.tsv",
		columns: []column{{name: "kind", kind: choice, choices: []string{RegistryIDLabel, RegistryProtocolWord, RegistryStudyIDLabel,
			RegistryStudyIDWord, RegistryCTEPWord, RegistryGluedLabel, RegistryEUPrefix, RegistryProtocolTrailWord,
			RegistryReferenceWord, RegistryNotSponsorReference, RegistryOwnIDLabel, RegistryOtherTrialCue}}, {name: "words"}},
		key: joinedKey,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.RegistryLabels = append(v.RegistryLabels, Word{Kind: f[0], Text: f[1], Origin: o})
		},
	},
	{
		name:    "labels.tsv",
		columns: []column{{name: "label"}, {name: "field", kind: choice, choices: labelFields}},
		add: func(v *Vocabulary, f []string, o Origin) {
			v.Labels = append(v.Labels, Label{Label: f[0], Field: f[1], Origin: o})
		},
	},
	{
		name:    languagesFolder,
		folder:  true,
		columns: []column{{name: "kind", kind: choice, choices: languageKinds}, {name: "word"}, {name: "meaning"}},
		key:     languageKey,
		check:   checkLanguageWord,
		add: func(v *Vocabulary, f []string, o Origin) {
			addLanguageWord(v, LanguageWord{Language: languageOf(o.File), Kind: f[0], Word: f[1], Meaning: f[2], Origin: o})
		},
	},
	{
		name: "cns.tsv",
		columns: []column{{name: "kind", kind: choice, choices: []string{CNSGrade, CNSMore, CNSNotGrade, CNSNegation, CNSMention, CNSQualifier}},
			{name: "pattern", kind: pattern}},
		key: cnsKey,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.CNS = append(v.CNS, Word{Kind: f[0], Text: f[1], Origin: o})
		},
	},
	{
		name:    "modalities.tsv",
		columns: []column{{name: "modality"}, {name: "source", kind: yesNo}, {name: "pattern", kind: pattern}},
		add: func(v *Vocabulary, f []string, o Origin) {
			v.Modalities = append(v.Modalities, Modality{Name: f[0], Source: f[1] == "yes", Pattern: f[2], Origin: o})
		},
	},
	{
		name:    "entry_rules.tsv",
		columns: []column{{name: "label"}, {name: "pattern", kind: pattern}},
		add: func(v *Vocabulary, f []string, o Origin) {
			v.EntryRules = append(v.EntryRules, EntryRule{Label: f[0], Pattern: f[1], Origin: o})
		},
	},
	{
		name:    "mention_cues.tsv",
		columns: []column{{name: "kind", kind: choice, choices: mentionCueKinds}, {name: "phrase"}},
		key:     joinedKey,
		add: func(v *Vocabulary, f []string, o Origin) {
			v.MentionCues = append(v.MentionCues, Word{Kind: f[0], Text: f[1], Origin: o})
		},
	},
}

// kindNamed returns the place of the vocabulary whose file is named name.
func kindNamed(name string) (int, bool) {
	i := slices.IndexFunc(fileKinds, func(k fileKind) bool { return k.name == name })
	return i, i >= 0
}

// FileNames returns the names of the vocabulary files, in the order they
// are read.
func FileNames() []string {
	out := make([]string, len(fileKinds))
	for i, k := range fileKinds {
		out[i] = k.name
	}
	return out
}

// Header returns the first line a vocabulary file named name begins with,
// the names of its columns: "# drug<TAB>target<TAB>class".
func Header(name string) (string, bool) {
	i, ok := kindNamed(name)
	if !ok {
		return "", false
	}
	return fileKinds[i].header(), true
}

// header is the first line of the kind's files.
func (k fileKind) header() string {
	names := make([]string, len(k.columns))
	for i, c := range k.columns {
		names[i] = c.name
	}
	return "# " + strings.Join(names, "\t")
}

// headerNames lists the kind's columns for a message: "drug, target, class".
func (k fileKind) headerNames() string {
	return strings.ReplaceAll(strings.TrimPrefix(k.header(), "# "), "\t", ", ")
}

// keyOf returns what names an entry, lower case.
func (k fileKind) keyOf(values []string) string {
	if k.key == nil {
		return strings.ToLower(values[0])
	}
	return strings.ToLower(k.key(values))
}

// readValues checks one entry's values against the kind's columns and
// returns them with every column present, choices spelled as the kind
// spells them, or the reason they cannot be read.
func (k fileKind) readValues(values []string) ([]string, string) {
	required := 0
	for _, c := range k.columns {
		if !c.optional {
			required++
		}
	}
	if len(values) < required || len(values) > len(k.columns) {
		expected := countColumns(len(k.columns))
		if required < len(k.columns) {
			expected = fmt.Sprintf("%d or %s", required, expected)
		}
		return nil, fmt.Sprintf("%s expected (%s), separated by tabs; this line has %d",
			expected, k.headerNames(), len(values))
	}
	out := make([]string, len(k.columns))
	copy(out, values)
	for i, c := range k.columns {
		v := out[i]
		if v == "" {
			if c.optional {
				continue
			}
			return nil, fmt.Sprintf("the %s is empty", c.name)
		}
		switch c.kind {
		case names:
			if len(splitNames(v)) == 0 {
				return nil, fmt.Sprintf("the %s hold no name", c.name)
			}
		case pattern:
			if reason := patternProblem(v); reason != "" {
				return nil, fmt.Sprintf("the %s %q cannot be read: %s", c.name, v, reason)
			}
		case choice:
			j := slices.IndexFunc(c.choices, func(s string) bool { return strings.EqualFold(s, v) })
			if j < 0 {
				return nil, fmt.Sprintf("the %s %q is not one of: %s", c.name, v, strings.Join(c.choices, ", "))
			}
			out[i] = c.choices[j]
		case yesNo:
			if v = strings.ToLower(v); v != "yes" && v != "no" {
				return nil, fmt.Sprintf("the %s must be yes or no, not %q", c.name, out[i])
			}
			out[i] = v
		}
	}
	if k.check != nil {
		if reason := k.check(out); reason != "" {
			return nil, reason
		}
	}
	return out, ""
}

func countColumns(n int) string {
	if n == 1 {
		return "1 column"
	}
	return fmt.Sprintf("%d columns", n)
}

// patternProblem says why a regular expression cannot be read, "" when it
// can.
func patternProblem(p string) string {
	// Parsing finds every mistake a person makes; compiling would only add
	// the time of building the matcher.
	_, err := syntax.Parse(`(?i)`+p, syntax.Perl)
	if err == nil {
		return ""
	}
	var syntaxErr *syntax.Error
	if errors.As(err, &syntaxErr) {
		return string(syntaxErr.Code)
	}
	return "it is no regular expression"
}

// joinedKey keys an entry by all its values: only the same line is the
// same entry.
func joinedKey(values []string) string { return strings.Join(values, "\t") }

// themeKey keys a theme's label by the theme, its other lines by all their
// values.
func themeKey(values []string) string {
	if values[1] == ThemeLabel {
		return values[0] + "\t" + ThemeLabel
	}
	return joinedKey(values)
}

// cnsKey keys a line of a kind that is one line by its kind, the others by
// all their values.
func cnsKey(values []string) string {
	if slices.Contains(cnsSingle, values[0]) {
		return values[0]
	}
	return joinedKey(values)
}

// minNameLength is the fewest characters a target's name may have.
const minNameLength = 2

func checkTargetNames(values []string) string {
	for _, n := range splitNames(values[1]) {
		if len([]rune(n)) < minNameLength {
			return fmt.Sprintf("the name %q is too short: a name needs %d characters or more", n, minNameLength)
		}
	}
	return ""
}

// minDrugLength is the fewest characters a drug's name may have: drugs are
// matched as the start of a word, by their first six letters.
const minDrugLength = 6

func checkDrugName(values []string) string {
	if len(values[0]) < minDrugLength {
		return fmt.Sprintf("the drug %q is too short: a drug's name needs %d letters or more; a shorter name belongs in targets.tsv, among its target's names",
			values[0], minDrugLength)
	}
	return ""
}

func checkPriorWords(values []string) string {
	n := len(strings.Fields(values[1]))
	switch {
	case values[0] == PriorCue && n > 2:
		return fmt.Sprintf("the cue %q has %d words; a cue has one or two", values[1], n)
	case values[0] != PriorCue && n > 1:
		return fmt.Sprintf("%q has %d words; a %s is one word", values[1], n, values[0])
	}
	return ""
}

func checkThemeRule(values []string) string {
	switch {
	case values[1] == ThemeLabel && strings.EqualFold(values[0], AllThemes):
		return fmt.Sprintf("the theme %q is no theme of its own: it takes only asides, set aside before every theme", AllThemes)
	case values[1] != ThemeLabel && strings.EqualFold(values[0], AllThemes) && values[1] != ThemeAside:
		return fmt.Sprintf("the theme %q takes only asides, not a %s", AllThemes, values[1])
	case values[1] != ThemeLabel:
		if reason := patternProblem(values[2]); reason != "" {
			return fmt.Sprintf("the %s %q cannot be read: %s", values[1], values[2], reason)
		}
	}
	return ""
}

func checkRegistryForm(values []string) string {
	if !strings.HasPrefix(values[2], "^") {
		return fmt.Sprintf("the form %q must begin with ^, the start of the number", values[2])
	}
	return ""
}
