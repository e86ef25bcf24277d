package rules

import "testing"

// TestForeignAgeFamily reads age limits stated in German, French and
// Spanish, each written for the purpose.
func TestForeignAgeFamily(t *testing.T) {
	tests := []struct {
		text  string
		label string
	}{
		{"Kinder und Jugendliche bis 21 Jahren mit Diagnose ALL", "≤21 years"},
		{"bis 18 Jahre", "≤18 years"},
		{"Patienten ab 18 Jahren", "≥18 years"},
		{"Kinder unter 6 Monaten", "<6 months"},
		{"enfants de moins de 18 ans", "<18 years"},
		{"âge : de 1 à 18 ans", "1 year – 18 years"},
		{"niños menores de 15 años", "<15 years"},
		{"edad: hasta 18 años", "≤18 years"},
	}
	for _, tt := range tests {
		r, ok := ParseAgeRange(EnglishAgeWords(tt.text))
		if !ok || r.Label() != tt.label {
			t.Errorf("%q → %q: %q, %v; want %q", tt.text, EnglishAgeWords(tt.text), r.Label(), ok, tt.label)
		}
	}
	for _, text := range []string{"Basis of the trial", "Alternative therapy", "Abdominal tumours"} {
		if got := EnglishAgeWords(text); got != text {
			t.Errorf("EnglishAgeWords(%q) = %q; a word that only holds a foreign word was changed", text, got)
		}
	}
}

func TestForeignTextMarks(t *testing.T) {
	if !IsForeignText("Kinder und Jugendliche bis 21 Jahren") || IsForeignText("Children aged 1 to 21 years with relapsed ALL") {
		t.Error("IsForeignText does not tell German from English")
	}
}
