package vocab

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestLanguageFilesWellFormed checks that every file of the built-in
// languages folder is read, and that every line's meaning exists: a
// heading's kind among the criteria headings, a label's field among the
// labels, phase and sex codes, and a drug of drugs.tsv.
func TestLanguageFilesWellFormed(t *testing.T) {
	v := BuiltIn()
	found, err := builtIn.ReadDir("data/" + languagesFolder)
	if err != nil {
		t.Fatal(err)
	}
	if len(found) < 7 {
		t.Fatalf("%d language files, want de, es, fr, it, ja, nl and zh at least", len(found))
	}
	for _, d := range found {
		language := strings.TrimSuffix(d.Name(), ".tsv")
		kinds := map[string]bool{}
		for _, w := range v.Languages {
			if w.Language == language {
				kinds[w.Kind] = true
			}
		}
		for _, kind := range []string{LanguageMark, LanguageHeading, LanguageLabel, LanguageAge, LanguageSex} {
			if !kinds[kind] {
				t.Errorf("%s: no line of the kind %q", d.Name(), kind)
			}
		}
	}
	drugs := map[string]bool{}
	for _, d := range v.Drugs {
		drugs[d.Name] = true
	}
	for _, w := range v.Languages {
		at := w.File + ": " + w.Word
		switch w.Kind {
		case LanguageHeading:
			if !slices.ContainsFunc(v.CriteriaHeadings, func(h Heading) bool { return h.Heading == w.Word && h.Kind == w.Meaning }) {
				t.Errorf("%s: the heading is not among the criteria headings", at)
			}
		case LanguageLabel:
			if !slices.ContainsFunc(v.Labels, func(l Label) bool { return l.Label == w.Word && l.Field == w.Meaning }) {
				t.Errorf("%s: the label is not among the labels", at)
			}
		case LanguagePhase:
			for _, code := range splitNames(w.Meaning) {
				if !slices.Contains(PhaseCodes, code) {
					t.Errorf("%s: %q is no phase code", at, code)
				}
			}
		case LanguageSex:
			if !slices.Contains(SexCodes, w.Meaning) {
				t.Errorf("%s: %q is no sex", at, w.Meaning)
			}
		case LanguageDrug:
			if !drugs[w.Meaning] {
				t.Errorf("%s: the drug %q is not in drugs.tsv", at, w.Meaning)
			}
		}
		if w.Language == "" || strings.TrimSpace(w.Meaning) == "" {
			t.Errorf("%s: %+v has no language or no meaning", at, w)
		}
	}
}

// TestUserLanguageFile checks that a new language is a file of the user's
// languages folder, that its entries add to the vocabulary, and that a line
// whose meaning does not exist is reported with its file and line.
func TestUserLanguageFile(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, languagesFolder)
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	slovak := "# kind\tword\tmeaning\n" +
		"mark\talebo\tor\n" +
		"heading\tkritériá zaradenia\tinclusion\n" +
		"label\tvek\tages\n" +
		"age\trokov\tyears\n" +
		"drug\tblinatumomabom\tblinatumomab\n" +
		"heading\trôzne kritériá\tsome\n" +
		"drug\tneznámymab\tunknownmab\n" +
		"phase\tfáza 2\tPHASE2\n" +
		"phase\tfáza 5\tPHASE5\n" +
		"script\tSlovakian\tno such script\n"
	if err := os.WriteFile(filepath.Join(folder, "sk.tsv"), []byte(slovak), 0o644); err != nil {
		t.Fatal(err)
	}
	v := Load(dir)
	var report *File
	for i, f := range v.Files {
		if f.User && f.Name == "languages/sk.tsv" {
			report = &v.Files[i]
		}
	}
	if report == nil {
		t.Fatalf("languages/sk.tsv not read: %+v", v.Files)
	}
	if report.Entries != 6 {
		t.Errorf("%d entries read, want 6", report.Entries)
	}
	var lines []int
	for _, p := range report.Problems {
		lines = append(lines, p.Line)
	}
	if !slices.Equal(lines, []int{7, 8, 10, 11}) {
		t.Errorf("problems on lines %v, want 7, 8, 10 and 11: %v", lines, report.Problems)
	}
	if !slices.ContainsFunc(v.Languages, func(w LanguageWord) bool { return w.Language == "sk" && w.Word == "rokov" && w.Meaning == "years" }) {
		t.Error("the Slovak age word is not in the vocabulary")
	}
	if !slices.ContainsFunc(v.CriteriaHeadings, func(h Heading) bool { return h.Heading == "kritériá zaradenia" && h.Kind == "inclusion" }) {
		t.Error("the Slovak heading is not among the criteria headings")
	}
	if got := Check(filepath.Join(folder, "sk.tsv"), dir); got.Name != "languages/sk.tsv" || got.Entries != 6 || len(got.Problems) != 4 {
		t.Errorf("Check = %+v, want the Slovak file's 6 entries and 4 problems", got)
	}
}

// TestScriptsBelongToOneLanguage checks that each script a language file
// names is a script of Unicode and named by no other file: a script marks
// the one language that writes it.
func TestScriptsBelongToOneLanguage(t *testing.T) {
	owner := map[string]string{}
	for _, w := range BuiltIn().Languages {
		if w.Kind != LanguageScript {
			continue
		}
		if unicode.Scripts[w.Word] == nil {
			t.Errorf("%s: %q is not a script of Unicode", w.File, w.Word)
		}
		if other, ok := owner[w.Word]; ok && other != w.Language {
			t.Errorf("the script %s is named by %s.tsv and %s.tsv", w.Word, other, w.Language)
		}
		owner[w.Word] = w.Language
	}
	if owner["Greek"] != "el" || owner["Hangul"] != "ko" {
		t.Errorf("scripts by language: %v", owner)
	}
}

// TestCedillaSpelling reads a word written with ș and ț (a comma below) in
// its spelling with ş and ţ (a cedilla) as well.
func TestCedillaSpelling(t *testing.T) {
	for word, want := range map[string]string{
		"și":                 "şi",
		"Infecție":           "Infecţie",
		"ȘI ȚARA":            "ŞI ŢARA",
		"yaş":                "yaş",
		"criterii de vârstă": "criterii de vârstă",
	} {
		if got := cedillaSpelling(word); got != want {
			t.Errorf("cedillaSpelling(%q) = %q, want %q", word, got, want)
		}
	}
	v := BuiltIn()
	for _, word := range []string{"cel puțin", "cel puţin"} {
		if !slices.ContainsFunc(v.Languages, func(w LanguageWord) bool { return w.Language == "ro" && w.Word == word }) {
			t.Errorf("the Romanian word %q is not read", word)
		}
	}
}
