package ingest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// readProsePage reads a page as a file of its own and returns its one trial.
func readProsePage(t *testing.T, page string) model.Trial {
	t.Helper()
	res := Read("page.txt", []byte(page))
	if res.Err != nil {
		t.Fatalf("refused: %v", res.Err)
	}
	if len(res.Trials) != 1 {
		t.Fatalf("%d trials, want 1", len(res.Trials))
	}
	return res.Trials[0]
}

// TestProseFamily reads news items, press releases and abstracts about one
// trial, each written for the purpose: what their sentences state is read,
// and the page is marked as prose.
func TestProseFamily(t *testing.T) {
	p1, p2, p3 := model.Phase1, model.Phase2, model.Phase3
	tests := []struct {
		name, page string
		phases     []model.Phase
		targets    []string
		ages       string
		nct        string
		acronym    string
	}{
		{"a hospital news item",
			"New cell therapy trial opens for children with relapsed AML\n\nPosted 3 March 2025\n\n" +
				"Doctors at the children's hospital have opened the CAMELLIA-Kids trial, a phase 1/2 study of a CAR-T therapy that targets CLL-1 in children and young adults aged 1 to 25 with leukaemia that has come back.\n\n" +
				"The earlier phase 3 trial showed that chemotherapy alone cures fewer than half of these children. Two-year survival after relapse is poor.\n\n" +
				"The team hopes to recruit another 18 patients over the next two years. The study is registered as NCT05123456.",
			[]model.Phase{p1, p2}, []string{"CLL-1"}, "1 year – 25 years", "NCT05123456", "CAMELLIA-Kids"},
		{"a charity's page",
			"Your donations fund a first-in-human study for neuroblastoma\n\n" +
				"Thanks to our supporters, the NEBULA study is now open. This first-in-human phase I study tests naxitamab given with a new vaccine in patients up to 21 years old whose neuroblastoma has not responded to treatment.\n\n" +
				"Naxitamab was approved in 2020 after a phase 2 study in older children. Patients will be followed for up to 15 years.",
			[]model.Phase{p1}, []string{"GD2"}, "≤21 years", "", "NEBULA"},
		{"a conference abstract",
			"Blinatumomab before transplant in infants: the BRIGHT-INF trial\n\n" +
				"Background: Infants with KMT2A-rearranged leukaemia do poorly. Following the phase 1 results, we designed a Phase II study.\n\n" +
				"Methods: BRIGHT-INF is a Phase II study of blinatumomab in infants less than 1 year of age at diagnosis, > 36 weeks gestational age at birth. In the pilot, 18 children aged 2 to 11 months were treated. Time frame: up to 5 years.",
			[]model.Phase{p2}, []string{"CD19"}, "<1 year", "", "BRIGHT-INF"},
		{"a press release",
			"Company doses first child in its leukaemia trial\n\n" +
				"BOSTON -- The company today announced that the first patient has been dosed in its Phase 1 trial (NCT06011223) of a bispecific antibody directed at CD123, in children aged 2 to 17 years with relapsed or refractory AML. The median age was 8 years (range 1 to 17 years) in the adult programme.",
			[]model.Phase{p1}, []string{"CD123"}, "2 years – 17 years", "NCT06011223", ""},
		{"a newspaper story that calls the therapy experimental, not a trial",
			"Leukaemia patients get experimental treatment lifeline\n\n" +
				"Therapy developed by the university has been tested on 17 people. Chemotherapy and a transplant gave the patient only a short respite, until an experimental treatment - CD7 CAR T-cell therapy made by the hospital's researchers - put her cancer into remission.",
			nil, []string{"CD7"}, "", "", ""},
		{"a news item whose phase is in words",
			"Our centre joins a European study\n\n" +
				"We are proud to be one of the sites of the SUNFLOWER phase 1b/2 trial, which offers inotuzumab to children and teenagers aged 1 to 17 years whose leukaemia has come back.",
			[]model.Phase{p1, p2}, []string{"CD22"}, "1 year – 17 years", "", "SUNFLOWER"},
		{"a journal abstract of a randomised trial",
			"Dinutuximab beta with chemotherapy for relapsed neuroblastoma\n\n" +
				"We report the design of HR-RELAPSE-3, a randomised Phase III study in which patients aged 12 months to 21 years receive dinutuximab beta with or without chemotherapy. A previous phase 2 study had shown responses in half of the patients.",
			[]model.Phase{p3}, []string{"GD2"}, "12 months – 21 years", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := readProsePage(t, tt.page)
			if !reflect.DeepEqual(tr.Phases, tt.phases) {
				t.Errorf("phases %v, want %v (%q)", tr.Phases, tt.phases, tr.Provenance[model.FieldPhases])
			}
			if !reflect.DeepEqual(tr.Targets, tt.targets) {
				t.Errorf("targets %v, want %v", tr.Targets, tt.targets)
			}
			if tr.Ages.Label() != tt.ages {
				t.Errorf("ages %q, want %q (%q)", tr.Ages.Label(), tt.ages, tr.Provenance[model.FieldAges])
			}
			if tr.NCTID != tt.nct {
				t.Errorf("NCT ID %q, want %q", tr.NCTID, tt.nct)
			}
			if tr.Acronym != tt.acronym {
				t.Errorf("acronym %q, want %q", tr.Acronym, tt.acronym)
			}
			if tr.Provenance[model.FieldDocument] != proseNote {
				t.Errorf("document provenance %q, want %q", tr.Provenance[model.FieldDocument], proseNote)
			}
		})
	}
}

// TestProseOfOthers: a page whose only phase or ages belong to another
// trial, an approved product, a cohort, a length of time or a pregnancy's
// term states no phase or age range of its trial.
func TestProseOfOthers(t *testing.T) {
	const opening = "A new trial of naxitamab opens at our hospital for children with neuroblastoma.\n"
	tests := []struct{ name, sentence string }{
		{"another trial's phase", "The earlier phase 3 trial showed that more children survive with the antibody."},
		{"a phase that results come from", "Following the phase 1 results, the team widened the trial to more hospitals."},
		{"an approved product's phase", "The antibody was approved in 2017 after a phase 2 study in adults."},
		{"another trial's ages", "A previous phase 2 study in children aged 1 to 18 years found the drug safe."},
		{"a cohort's figures", "The team hopes to recruit another 18 patients. So far 18 children were treated."},
		{"a cohort's ages", "In the pilot, 18 children aged 2 to 16 years were treated."},
		{"a length of follow-up", "Patients will be followed for up to 15 years. Time frame: up to 5 years."},
		{"a survival figure", "Two-year survival after relapse is below one in three."},
		{"a pregnancy's term", "Babies must have been born at > 36 weeks gestational age."},
		{"how many fall ill each year", "Each year about 140 children under 15 years develop neuroblastoma."},
		{"how many fall ill each year, in German", "In Deutschland erkranken jährlich etwa 140 Kinder unter 15 Jahren an einem Neuroblastom."},
		{"how many fall ill each year, in French", "Chaque année, environ 150 enfants de moins de 15 ans ont un neuroblastome en France."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := readProsePage(t, opening+tt.sentence)
			if len(tr.Phases) > 0 {
				t.Errorf("phase %v read from %q", tr.Phases, tr.Provenance[model.FieldPhases])
			}
			if tr.Ages.Stated() {
				t.Errorf("ages %q read from %q", tr.Ages.Label(), tr.Provenance[model.FieldAges])
			}
		})
	}
}

// TestProseNeverRefused: a page that names a trial's target, phase or ID,
// and nothing else, is read; a page that names a drug but no trial, or a
// phase that is no trial's, is refused.
func TestProseNeverRefused(t *testing.T) {
	tests := []struct {
		name, page string
		read       bool
	}{
		{"only a target, by its name", "Hope for families\n\nA new trial offers a CAR-T therapy that targets CD22 to children whose leukaemia has come back.", true},
		{"only a target, by a drug's name", "Hope for families\n\nOur hospital has opened a study of naxitamab for children whose neuroblastoma has come back.", true},
		{"only a phase", "Our hospital joins an international study\n\nWe are proud to be among the sites of a phase 1b/2 trial for children with leukaemia.", true},
		{"only a phase, in capitals", "We now take part in a Phase II study for children with relapsed neuroblastoma.", true},
		{"only an ID", "Our hospital now offers the trial registered as NCT01234567 to children with leukaemia.", true},
		{"only another registry's ID", "The trial is registered as ISRCTN12345678 and is open at our centre.", true},
		{"only a target, in German", "Neue Hoffnung\n\nUnsere Klinik beteiligt sich an einer Studie mit Blinatumomab für Kinder mit Rückfall.", true},
		{"only a target, in Japanese", "新しい臨床研究\n\nCD22陽性の白血病の子どもを対象とした治験が始まりました。", true},
		{"only a target, in Chinese", "医院新闻\n\n医院开展了靶向CD19的CAR-T细胞临床试验。", true},
		{"a protocol and a brand name, in French", "Le protocole TESTALL : deuxième injection de cellules CAR-T (Kymriah®) chez les enfants atteints de leucémie.", true},
		{"a protocol and a drug's code", "Our hospital now offers a protocol of ARI-0001 cells to children whose leukaemia has come back.", true},
		{"an abstract that evaluated a drug", "Salvage treatment in advanced AML\n\nWe hereby evaluated the feasibility and efficacy of adding gemtuzumab ozogamicin to salvage chemotherapy.", true},
		{"a drug's published results", "Adding blinatumomab to chemotherapy raised the survival of infants with leukaemia. The results were published in a medical journal.", true},
		{"a drug's published results, in Italian", "Aggiungere il blinatumomab alla chemioterapia ha migliorato la sopravvivenza dei bambini. I risultati sono stati pubblicati su una rivista medica.", true},
		{"a target, in Polish", "Projekt dotyczy terapii limfocytami CAR-T skierowanymi przeciwko cząsteczkom CD19 u dorosłych chorych na białaczkę.", true},
		{"a drug and no trial, in Japanese", "ブリナツモマブは点滴で投与する薬です。", false},
		{"a drug and no trial", "Naxitamab is given in hospital as a drip over half an hour to children with neuroblastoma.", false},
		{"earlier work on a target", "Studies have shown that antibodies that target GD2 help children with neuroblastoma.", false},
		{"only another trial's phase", "The earlier phase 3 trial showed that the antibody works.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("page.txt", []byte(tt.page))
			if tt.read && res.Err != nil {
				t.Fatalf("refused: %v", res.Err)
			}
			if !tt.read && res.Err == nil {
				t.Fatalf("read %+v; want it refused", res.Trials[0])
			}
		})
	}
}

// TestProseMark: only a page of running sentences is marked as prose; a
// page with labels, a list or criteria is not, nor is a page of short lines.
func TestProseMark(t *testing.T) {
	tests := []struct {
		name, page string
		prose      bool
	}{
		{"running sentences", "A new trial of naxitamab has opened for children with neuroblastoma aged 1 to 21 years.", true},
		{"a labelled phase", "A new trial of naxitamab has opened for children with neuroblastoma.\nPhase: 2", false},
		{"a list", "A new trial of naxitamab has opened for children with neuroblastoma.\n- aged 1 to 21 years\n- relapsed disease", false},
		{"criteria", "A new trial of naxitamab for children with neuroblastoma\nInclusion criteria\nAged 1 to 21 years\nExclusion criteria\nPregnancy", false},
		{"short lines", "Naxitamab trial\nPhase 2\nAges 1-21", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := readProsePage(t, tt.page)
			if got := strings.Contains(tr.Provenance[model.FieldDocument], proseNote); got != tt.prose {
				t.Errorf("marked as prose: %v, want %v (%q)", got, tt.prose, tr.Provenance[model.FieldDocument])
			}
		})
	}
}

func TestProseAcronym(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Doctors opened the CAMELLIA-Kids trial in May.", "CAMELLIA-Kids"},
		{"Our hospital joins the SUNFLOWER phase 1b/2 trial.", "SUNFLOWER"},
		{"Background: x. BRIGHT-INF is a Phase II study of blinatumomab.", "BRIGHT-INF"},
		{"Children join the AALL1731 study.", "AALL1731"},
		{"Doctors opened the CD19 trial.", ""},
		{"The COG trial is open.", ""},
		{"The Phase 2 trial is open.", ""},
	}
	for _, tt := range tests {
		if got, _, _ := findProseAcronym(tt.text); got != tt.want {
			t.Errorf("findProseAcronym(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestAbstractCriteriaSentences reads the criteria an abstract of a trial
// in progress lists in its sentences, and says where they came from.
func TestAbstractCriteriaSentences(t *testing.T) {
	tr := readProsePage(t, "Abstract 101TiP\nTrial design: This phase I/II study (NCT05000001) tests a B7-H3 antibody in children with relapsed medulloblastoma. "+
		"Key inclusion criteria include age 3-19 years; confirmed medulloblastoma; Lansky score ≥ 50. Key exclusion criteria include prior radiotherapy to the spine, active infection, and pregnancy. The primary endpoint is safety.")
	if want := []string{"age 3-19 years", "confirmed medulloblastoma", "Lansky score ≥ 50"}; !reflect.DeepEqual(tr.Inclusion, want) {
		t.Errorf("inclusion %q, want %q", tr.Inclusion, want)
	}
	if want := []string{"prior radiotherapy to the spine", "active infection", "pregnancy"}; !reflect.DeepEqual(tr.Exclusion, want) {
		t.Errorf("exclusion %q, want %q", tr.Exclusion, want)
	}
	if got := tr.Provenance[model.FieldInclusion]; !strings.Contains(got, "listed in the sentence: Key inclusion criteria include") {
		t.Errorf("inclusion provenance %q", got)
	}
	if got := tr.Ages.Describe(); got != "from 3 years (inclusive) to 19 years (inclusive)" {
		t.Errorf("ages %q", got)
	}
}
