package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// largeTrial is a trial of a large registry record: 60 criteria of 40
// words each and 500 sites.
func largeTrial() model.Trial {
	t := baseTrial()
	t.Inclusion, t.Exclusion, t.Locations = nil, nil, nil
	for i := range 30 {
		t.Inclusion = append(t.Inclusion, fmt.Sprintf("Criterion %d: %s", i, strings.Repeat("patients must have adequate organ function ", 5)))
		t.Exclusion = append(t.Exclusion, fmt.Sprintf("Exclusion %d: %s", i, strings.Repeat("prior therapy within four weeks of enrollment ", 5)))
	}
	for i := range 500 {
		t.Locations = append(t.Locations, model.Location{Facility: fmt.Sprintf("Hospital %d", i), City: "City", Country: "Country", Status: "Recruiting"})
	}
	return t
}

// BenchmarkChangesBetween compares two versions of a large record in which
// every criterion was reworded and every site closed.
func BenchmarkChangesBetween(b *testing.B) {
	old, newer := largeTrial(), largeTrial()
	newer.Status = model.StatusActiveNotRecruiting
	for i := range newer.Inclusion {
		newer.Inclusion[i] = strings.Replace(newer.Inclusion[i], "four", "six", 1) + " now"
		newer.Exclusion[i] = strings.Replace(newer.Exclusion[i], "four", "six", 1) + " now"
	}
	for i := range newer.Locations {
		newer.Locations[i].Status = "Completed"
	}
	b.ReportAllocs()
	for b.Loop() {
		if n := len(ChangesBetween(old, newer)); n < 561 {
			b.Fatalf("%d changes", n)
		}
	}
}
