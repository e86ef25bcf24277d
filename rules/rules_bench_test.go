package rules

import "testing"

// The shared rules Resolve runs, each over every line of the seeds (run
// with -cpu 1). BenchmarkReadSeeds and BenchmarkReadAPIJSON in
// model/ingest measure them in place.

func BenchmarkThemesOfSeedLines(b *testing.B) {
	lines := seedLines(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			ThemesOf(l, nil)
		}
	}
}

func BenchmarkTargetsOfSeedLines(b *testing.B) {
	lines := seedLines(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			FindTargetsBesidesPriorTherapy(l)
		}
	}
}

func BenchmarkParseAgeOfSeedLines(b *testing.B) {
	lines := seedLines(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			ParseAge(l)
		}
	}
}
