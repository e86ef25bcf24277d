package rules

import (
	"testing"

	"github.com/trialcompare/trialcompare/vocab"
)

// The shared rules Resolve runs, each over every line of the seeds (run
// with -cpu 1). BenchmarkReadSeeds and BenchmarkReadAPIJSON in
// model/ingest measure them in place.

// benchLines returns the seeds' lines after one run of the rules over
// them, which builds their indexes, once a run (BenchmarkVocabularyIndexes
// measures that), before the clock starts.
func benchLines(b *testing.B) []string {
	lines := seedLines(b)
	for _, l := range lines {
		ThemesOf(l, nil)
		FindTargetsBesidesPriorTherapy(l)
		ParseAge(l)
	}
	return lines
}

func BenchmarkThemesOfSeedLines(b *testing.B) {
	lines := benchLines(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			ThemesOf(l, nil)
		}
	}
}

func BenchmarkTargetsOfSeedLines(b *testing.B) {
	lines := benchLines(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			FindTargetsBesidesPriorTherapy(l)
		}
	}
}

func BenchmarkParseAgeOfSeedLines(b *testing.B) {
	lines := benchLines(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			ParseAge(l)
		}
	}
}

// BenchmarkVocabularyIndexes reads the built-in vocabulary files and builds
// every index of the rules from them, as a run does once, on first use.
func BenchmarkVocabularyIndexes(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		v := vocab.BuiltIn()
		newTargetIndex(v)
		newPriorVocabulary(v.PriorTherapy)
		newDiagnosisIndex(v.Diagnoses)
		compileThemes(v.Themes)
		newHeadingVocabulary(v.CriteriaHeadings)
		newRegistryVocabulary(v.RegistryForms, v.RegistryLabels)
		newLabelVocabulary(v.Labels)
		newLanguageIndex(v.Languages)
		compileCNS(v.CNS)
	}
}
