package rules

import (
	"regexp"
	"testing"
)

// The written forms cdFormNumber and carFormNumber read by hand.
var (
	cdFormPattern  = regexp.MustCompile(`^C[Dd]-?(\d{1,3})$`)
	carFormPattern = regexp.MustCompile(`(?i)^u?car-?t?-?(\d{1,3})$`)
)

// formNumber is what a written form's pattern finds in word.
func formNumber(re *regexp.Regexp, word string) (string, bool) {
	if m := re.FindStringSubmatch(word); m != nil {
		return m[1], true
	}
	return "", false
}

func TestTargetForms(t *testing.T) {
	for _, word := range []string{
		"", "CD", "CD1", "CD19", "CD-19", "Cd19", "cd19", "CD--19", "CD1234", "CD19a", "CD-",
		"CAR19", "car-19", "CART19", "CAR-T19", "CART-19", "car-t-19", "UCART22", "ucar-t-7", "uucar1", "CARTT19",
		"car--19", "cart---1", "CAR", "car-t", "CAR1234", "\u212aAR19", "car١٩",
	} {
		for _, c := range []struct {
			name string
			re   *regexp.Regexp
			read func(string) (string, bool)
		}{{"cdFormNumber", cdFormPattern, cdFormNumber}, {"carFormNumber", carFormPattern, carFormNumber}} {
			got, gotOK := c.read(word)
			want, wantOK := formNumber(c.re, word)
			if got != want || gotOK != wantOK {
				t.Errorf("%s(%q) = %q, %v, want %q, %v", c.name, word, got, gotOK, want, wantOK)
			}
		}
	}
}

func FuzzTargetForms(f *testing.F) {
	for _, s := range []string{"CD19", "Cd-22", "UCART22", "car-t-19", "cart--1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		got, ok := cdFormNumber(word)
		if want, wantOK := formNumber(cdFormPattern, word); got != want || ok != wantOK {
			t.Fatalf("cdFormNumber(%q) = %q, %v, want %q, %v", word, got, ok, want, wantOK)
		}
		got, ok = carFormNumber(word)
		if want, wantOK := formNumber(carFormPattern, word); got != want || ok != wantOK {
			t.Fatalf("carFormNumber(%q) = %q, %v, want %q, %v", word, got, ok, want, wantOK)
		}
	})
}
