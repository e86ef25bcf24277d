package ingest

import (
	"slices"
	"testing"
)

func TestSplitInterventions(t *testing.T) {
	for _, c := range []struct {
		cell string
		want []string
	}{
		{"", nil},
		{"  ", nil},
		{"CAR T cells given once", []string{"CAR T cells given once"}},
		{"Biological: UCART22 Biological: CLLS52", []string{"Biological: UCART22", "Biological: CLLS52"}},
		{"Drug:  Fludarabine\n  Drug: Cyclophosphamide", []string{"Drug: Fludarabine", "Drug: Cyclophosphamide"}},
		{"Note: given once", []string{"Note: given once"}},
		{"Arm A: Drug: Blinatumomab", []string{"Drug: Blinatumomab"}},
	} {
		if got := splitInterventions(c.cell); !slices.Equal(got, c.want) {
			t.Errorf("splitInterventions(%q) = %q, want %q", c.cell, got, c.want)
		}
	}
}
