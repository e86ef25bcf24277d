package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/vocab"
)

// userVocabulary loads the built-in vocabulary with user files (name →
// text) merged in.
func userVocabulary(t *testing.T, files map[string]string) *vocab.Vocabulary {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	v := vocab.Load(dir)
	for _, f := range v.Files {
		if len(f.Problems) > 0 {
			t.Fatalf("%s: %v", f.Path, f.Problems)
		}
	}
	return v
}

// TestUserTargetsSayWhereFrom checks that a drug and a target's name of
// the user's vocabulary are read, and that their notes say they come from
// it, while a built-in name's note does not.
func TestUserTargetsSayWhereFrom(t *testing.T) {
	v := userVocabulary(t, map[string]string{
		"targets.tsv": "# target\tnames\nCD1a\tCD1a, T6 antigen\n",
		"drugs.tsv":   "# drug\ttarget\tclass\nWU-CART-007\tCD7\tCAR-T\n",
	})
	tr := model.Trial{
		Title: "WU-CART-007 in relapsed T-ALL",
		Interventions: []model.Intervention{
			{Name: "Biological: CAR T cells", Description: "Autologous T cells against the T6 antigen"},
			{Name: "Drug: blinatumomab"},
		},
	}
	newTargetIndex(v).resolve(&tr)
	if want := []string{"CD19", "CD7", "CD1a"}; !reflect.DeepEqual(tr.Targets, want) {
		t.Errorf("targets = %v, want %v, in the vocabulary's order", tr.Targets, want)
	}
	notes := tr.Provenance[model.FieldTargets]
	for _, want := range []string{
		"CD7 from your vocabulary: drug 'WU-CART-007' — title: WU-CART-007 in relapsed T-ALL",
		"CD1a from your vocabulary: name 'T6 antigen' — intervention:",
		"CD19 — intervention: Drug: blinatumomab",
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes %q lack %q", notes, want)
		}
	}
	if targets().userOrigin["wu-cart-007"] != "" || len(FindTargets("WU-CART-007")) > 0 {
		t.Error("the vocabulary in use, the built-in one, knows the user's drug")
	}
}

// TestBuiltInIndexesAsBefore checks that the built-in vocabulary adds no
// heading key to the hand-picked ones, every page label names a field the
// rules know, and every theme is one of the model's.
func TestBuiltInIndexesAsBefore(t *testing.T) {
	if hs := headings(); !reflect.DeepEqual(hs.keys, headingKeys) {
		t.Error("a built-in criteria heading holds none of headingKeys")
	}
	known := []LabelField{LabelTitle, LabelAcronym, LabelStatus, LabelSponsor, LabelPhase, LabelAges, LabelAgeGroups, LabelMinAge, LabelMaxAge,
		LabelSex, LabelEnrollment, LabelConditions, LabelInterventions}
	for label, field := range labels().synonyms {
		if !slices.Contains(known, field) {
			t.Errorf("label %q names the field %q, which the rules do not know", label, field)
		}
	}
	themes := []model.ThemeKey{model.ThemeCNS, model.ThemeInfection, model.ThemePriorCellTherapy, model.ThemePriorTransplant,
		model.ThemePregnancy, model.ThemeOtherMalignancy, model.ThemeOtherTrial, model.ThemeImmunosuppression,
		model.ThemeLiveVaccine, model.ThemeOrganFunction, model.ThemePerformanceStatus, model.ThemePriorTargetedTherapy,
		model.ThemeWashout, model.ThemeHypersensitivity}
	var got []model.ThemeKey
	for _, th := range Themes() {
		got = append(got, th.Key)
	}
	if !reflect.DeepEqual(got, themes) {
		t.Errorf("themes = %v, want the model's %v", got, themes)
	}
}

// TestUserWordsAreRead checks that the words a user adds to the other
// vocabularies are read, though the rules filter words by the built-in
// ones: a heading with none of the heading keys, a prior-therapy cue that
// begins with another letter.
func TestUserWordsAreRead(t *testing.T) {
	v := userVocabulary(t, map[string]string{
		"criteria_headings.tsv": "# heading\tkind\nBedingungen für die Teilnahme?\tinclusion\nΠροϋποθέσεις ένταξης\tinclusion\nΌροι αποκλεισμού:\texclusion\n",
		"prior_therapy.tsv":     "# kind\twords\ncue\tdespite\n",
	})
	hs := newHeadingVocabulary(v.CriteriaHeadings)
	if !hs.mayBeHeading("Bedingungen für die Teilnahme") || hs.kinds["bedingungen für die teilnahme"] != KindInclusion {
		t.Error("the user's heading is not read")
	}
	// A Greek heading is read with its accents or in capitals, which have
	// none, by its first word.
	for line, kind := range map[string]CriteriaKind{
		"Προϋποθέσεις ένταξης": KindInclusion, "ΠΡΟΫΠΟΘΕΣΕΙΣ ΕΝΤΑΞΗΣ": KindInclusion,
		"Όροι αποκλεισμού": KindExclusion, "ΟΡΟΙ ΑΠΟΚΛΕΙΣΜΟΥ": KindExclusion,
	} {
		if !hs.mayBeHeading(line) || hs.kinds[normalHeading(line)] != kind {
			t.Errorf("the user's heading %q is not read", line)
		}
	}
	if headingKeys['b'] != nil {
		t.Error("the user's heading changed the built-in keys")
	}
	if _, ok := newPriorVocabulary(v.PriorTherapy).cue("Despite"); !ok {
		t.Error("the user's cue is not read")
	}
}

// TestUseOnlyBeforeTheRulesRun checks that the vocabulary cannot change
// once a rule has run.
func TestUseOnlyBeforeTheRulesRun(t *testing.T) {
	in := InUse()
	if Use(vocab.BuiltIn()) {
		t.Error("Use changed the vocabulary after the rules ran")
	}
	if InUse() != in {
		t.Error("the vocabulary in use changed")
	}
}
