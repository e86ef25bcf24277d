package ingest

import (
	"path/filepath"
	"testing"

	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/model"
)

// BenchmarkAssess screens a patient with every fact (age, diagnosis,
// markers, prior therapies, CNS status) against the seeds and the legacy
// XML records, which hold the longest criteria lists; trials/s is the rate.
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
	days, label, _ := eligibility.ParsePatientAge("7y6m")
	p := eligibility.Patient{AgeDays: days, AgeLabel: label, Diagnosis: "B-ALL", CNS: 2,
		Markers: []eligibility.Marker{{Target: "CD19", Present: true, Percent: -1}},
		Priors:  []eligibility.PriorTherapy{{Kind: "CAR-T", SinceDays: 180, Label: "6 months"}}}
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
