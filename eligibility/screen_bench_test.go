package eligibility

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// benchTrials reads the benchmark's records, repeated to n trials, each
// copy with an NCT ID of its own so that none is read as another's.
func benchTrials(b *testing.B, n int) []model.Trial {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join(screeningDir, "records", "*"))
	var records []model.Trial
	for _, p := range paths {
		if !strings.HasSuffix(p, ".json") && !strings.HasSuffix(p, ".xml") {
			continue
		}
		res := ingest.ReadFile(p)
		if res.Err == nil {
			records = append(records, res.Trials...)
		}
	}
	if len(records) == 0 {
		b.Skip("no screening records")
	}
	out := make([]model.Trial, n)
	for i := range out {
		out[i] = records[i%len(records)]
		out[i].Title += strings.Repeat(" ", i/len(records))
	}
	return out
}

func benchPatient(b *testing.B) Profile {
	b.Helper()
	var p Profile
	for _, f := range [][2]string{{"age", "7y6m"}, {"sex", "female"}, {"diagnosis", "B-ALL"}, {"marker", "CD19+"}, {"cns", "2"},
		{"prior", "allo-hsct:8m"}, {"prior", "blinatumomab:never"}, {"lansky", "70"}, {"lab", "bilirubin 1.2 xULN"}, {"relapse", "2"}} {
		if err := ApplyFlag(&p, f[0], f[1]); err != nil {
			b.Fatal(err)
		}
	}
	return p
}

// BenchmarkScreen500 screens a patient with ten facts against 500 trials
// whose requirements the screener has read before, as the window does
// when the patient changes: ms/500 is the time for the 500 (goal: under
// 1,000 ms on one core).
func BenchmarkScreen500(b *testing.B) {
	trials := benchTrials(b, 500)
	s, err := NewScreener()
	if err != nil {
		b.Fatal(err)
	}
	p := benchPatient(b)
	for i := range trials {
		s.Assess(p, &trials[i])
	}
	for b.Loop() {
		for i := range trials {
			s.Assess(p, &trials[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/500")
}

// BenchmarkReadRequirements reads the requirements of the benchmark's
// records, the part of a first screening that the screener then keeps:
// ms/trial is its cost per trial.
func BenchmarkReadRequirements(b *testing.B) {
	if _, err := os.Stat(screeningDir); err != nil {
		b.Skip("no screening records")
	}
	trials := benchTrials(b, 60)
	o, err := DefaultOntology()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		for i := range trials {
			ParseRequirements(o, &trials[i])
			n++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(n), "ms/trial")
}
