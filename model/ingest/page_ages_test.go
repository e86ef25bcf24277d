package ingest

import "testing"

// TestPageAgePlacesFamily reads ages from the places pages still hid them: an age
// label's buckets or named groups (in English or another language), and the
// criteria of a registry's table alone; a gestational age is not the
// patient's.
func TestPageAgePlacesFamily(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"age buckets under a label",
			"Drug X in relapsed ALL\nNCT01234567\nAges: 0–9, 10–17, 18–26\nInclusion criteria\n- Relapsed ALL", "0 years – 26 years"},
		{"an age at diagnosis in a registry table's criteria",
			"Drug X in relapsed AML\nISRCTN12345678\n| Inclusion criteria | 1. Less than 18 years at first diagnosis 2. Relapsed AML |\n| Exclusion criteria | 1. Prior drug X |", "<18 years"},
		{"an age at initial diagnosis in items run together",
			"Drug X in relapsed ALL\nNCT01234567\nParticipant inclusion criteria\n≤ 21 years at the time of initial diagnosis; relapsed ALL; consent\nParticipant exclusion criteria\nPregnancy", "≤21 years"},
		{"an en dash in aged … years old",
			"Drug X in relapsed ALL\nNCT01234567\nChildren and young people aged 1–30 years old with relapsed ALL can join.", "1 year – 30 years"},
		{"a gestational age is not the patient's",
			"Drug X in infant ALL\nNCT01234567\nInclusion criteria\n- Infants born at > 36 weeks gestational age\n- Younger than 1 year at diagnosis", "<1 year"},
		{"named groups under a Spanish label",
			"Título público: Ensayo de un anticuerpo en mieloma\nFase: Fase III\nRango de edad: Adultos (18-64 años), Personas de edad avanzada (>=65 años)", "≥18 years"},
		{"named groups under an Italian label",
			"Titolo: Studio di fase 3 nel mieloma\nFascia di età: Adulti (18-64 anni), Anziani (65+ anni)", "≥18 years"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("page.txt", []byte(tt.page))
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			if got := res.Trials[0].Ages.Label(); got != tt.want {
				t.Errorf("ages %q, want %q (from %q)", got, tt.want, res.Trials[0].Provenance["ages"])
			}
		})
	}
}
