package ingest

import (
	"path/filepath"
	"testing"

	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/model"
)

// BenchmarkAssess screens a patient with many facts (age, sex, diagnosis,
// markers, prior therapies, CNS status, Lansky, a lab value, relapses)
// against the seeds and the legacy XML records, which hold the longest
// criteria lists; trials/s is the rate (goal: 500 trials in under a second
// on one core, that is over 500 trials/s).
func BenchmarkAssess(b *testing.B) {
	paths := seedPaths(b)
	xml, _ := filepath.Glob(filepath.Join(formatsDir, "ctgov-xml", "*.xml"))
	var trials []model.Trial
	for _, p := range append(paths, xml...) {
		res := ReadFile(p)
		if res.Err != nil {
			b.Fatal(res.Err)
		}
		trials = append(trials, res.Trials...)
	}
	var p eligibility.Profile
	for _, f := range [][2]string{{"age", "7y6m"}, {"diagnosis", "B-ALL"}, {"cns", "2"}, {"marker", "CD19+"}, {"prior", "car-t:6m"},
		{"sex", "female"}, {"lansky", "70"}, {"lab", "bilirubin 1.2 xULN"}, {"relapse", "2"}} {
		if err := eligibility.ApplyFlag(&p, f[0], f[1]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for i := range trials {
			eligibility.Assess(p, &trials[i])
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "trials/s")
}
