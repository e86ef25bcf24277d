package ingest

import (
	"reflect"
	"regexp"
	"testing"
)

// interventionTypePattern is the rule typePrefixes reads by hand.
var interventionTypePattern = regexp.MustCompile(`\b(Biological|Drug|Device|Procedure|Procedure/Surgery|Other|Radiation|Behavioral|Genetic|Dietary Supplement|Combination Product|Diagnostic Test):\s*`)

func TestTypePrefixes(t *testing.T) {
	for _, cell := range []string{
		"", "UCART22", "Biological: UCART22 Biological: CLLS52", "Drug:Drug: x", "Procedure/Surgery: HSCT",
		"Procedure: x Procedure/Surgery:\t\ny", "XDrug: no", "_Drug: no", "éDrug: yes", "Dietary Supplement:  vitamin D",
		"Combination Product: a Other: b", "Diagnostic Test: MRD :x", "Drug ::", "Other:", "a:b:c",
	} {
		if got, want := typePrefixes(cell), interventionTypePattern.FindAllStringIndex(cell, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("typePrefixes(%q) = %v, want %v", cell, got, want)
		}
	}
}

func FuzzTypePrefixes(f *testing.F) {
	for _, s := range []string{"Biological: UCART22 Drug: x", "Procedure/Surgery:\fa", "1Drug: x", "Genetic:Genetic:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		if got, want := typePrefixes(cell), interventionTypePattern.FindAllStringIndex(cell, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("typePrefixes(%q) = %v, want %v", cell, got, want)
		}
	})
}
