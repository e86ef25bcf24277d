package rules

import (
	"reflect"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestPhasePhraseFamily(t *testing.T) {
	tests := []struct {
		text string
		want []model.Phase
	}{
		{"Phase: III", []model.Phase{model.Phase3}},
		{"an open-label phase I study", []model.Phase{model.Phase1}},
		{"Phase Ib", []model.Phase{model.Phase1}},
		{"Phase I/II", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase 1/Phase 2", []model.Phase{model.Phase1, model.Phase2}},
		{"Early Phase 1", []model.Phase{model.PhaseEarly1}},
		{"Phase 0", []model.Phase{model.PhaseEarly1}},
		{"Phase 2/3", []model.Phase{model.Phase2, model.Phase3}},
		{"Phase II & III", []model.Phase{model.Phase2, model.Phase3}},
		{"PHASE 1 STUDY OF LORLATINIB", []model.Phase{model.Phase1}},
		{"Biological: CAR-CD19 T Cells Phase 1 Phase 2", []model.Phase{model.Phase1, model.Phase2}},
		{"Phase I Phase II", []model.Phase{model.Phase1, model.Phase2}},
		{"Human pharmacology (Phase I): no Therapeutic exploratory (Phase II): yes", []model.Phase{model.Phase2}},
		{"phase 1, 2 and 3", []model.Phase{model.Phase1, model.Phase2, model.Phase3}},
		{"The phase one clinical trial", []model.Phase{model.Phase1}},
		{"a Phase Two study", []model.Phase{model.Phase2}},
		{"phase one/two", []model.Phase{model.Phase1, model.Phase2}},
		{"Nonrandomized Phase 1b–2 Study", []model.Phase{model.Phase1, model.Phase2}},
	}
	for _, tt := range tests {
		got, ok := ParsePhases(tt.text)
		if !ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParsePhases(%q) = %v, %v; want %v", tt.text, got, ok, tt.want)
		}
	}
}

func TestTrialPhaseInTextFamily(t *testing.T) {
	tests := []struct {
		text string
		want []model.Phase
	}{
		{"This randomized phase III trial compares two regimens.", []model.Phase{model.Phase3}},
		{"Phase 1 trials conducted solely on adults are not shown.\nA phase 2 study of a CD22 CAR.", []model.Phase{model.Phase2}},
		{"to find the recommended phase 2 dose (RP2D) of the drug", nil},
		{"to screen for eligibility for available Phase I/II PedAL sub-trials", nil},
		{"The dose will be the phase 2 dose.\nThis phase 1/2 trial", []model.Phase{model.Phase1, model.Phase2}},
		{"PLAT-03 is a phase 1 trial that will test booster infusions.", []model.Phase{model.Phase1}},
		{"The studies include pilot, observational, phase I, phase II, and phase III trials.", nil},
		{"Guide to phase 1, phase 2 or phase 3 studies.\nThis phase 2 trial tests X.", []model.Phase{model.Phase2}},
		{"As a member of the Children's Oncology Group Phase 1 Consortium, we offer early studies.", nil},
		{"Referrals go to the Phase I Clinic.", nil},
		{"The company dosed the first patient in KOMET-017, a protocol comprising two independent, global, randomized, double-blind Phase 3 trials in AML.", []model.Phase{model.Phase3}},
		{"Imetelstat showed promising results in a phase 2 trial. Methods: In phase 3 of IMerge, patients were randomly assigned.", []model.Phase{model.Phase3}},
		{"Purpose: Revumenib showed promising efficacy and safety in a phase I study of heavily pretreated patients. Methods: AUGMENT-101 is a phase I/II, open-label study.", []model.Phase{model.Phase1, model.Phase2}},
		{"This study tests the drug's safety in a phase 1 trial in children.", []model.Phase{model.Phase1}},
		{"Following a successful End-of-Phase 2 meeting with the FDA, the company agreed the design of the study.", nil},
		{"Following a successful End-of-Phase 2 meeting, the company agreed the design of the Phase 3 study ZILO-301.", []model.Phase{model.Phase3}},
		{"The first patient was dosed in the Phase 2 portion of its registrational Phase 1/2 clinical trial.", []model.Phase{model.Phase1, model.Phase2}},
		{"Gracell Doses First Patient in Phase 2 Portion of Registrational Phase 1/2 Clinical Trial", []model.Phase{model.Phase1, model.Phase2}},
		{"The vaccine has entered the third and final phase of clinical testing in men with prostate cancer.", []model.Phase{model.Phase3}},
		{"The drug is now in the second phase of clinical trials.", []model.Phase{model.Phase2}},
		{"A first-phase clinical trial of the vaccine began in May.", []model.Phase{model.Phase1}},
		{"The vaccine completed the second phase of clinical trials and now enters the third phase of clinical trials.", []model.Phase{model.Phase3}},
		{"The first phase of the study will enrol 20 patients.", nil},
		{"This page is about protocol JN-H-07, run in 40 centres from 2007 to 2009. The group's paper, Results of a phase II trial of protocol JN-H-07, appeared in 2018.", []model.Phase{model.Phase2}},
		{"This page is about protocol JN-H-07, run in 40 centres from 2007 to 2009. The group's paper, Results of a phase II trial of protocol JN-H-03, appeared in 2018.", nil},
		{"CD19 CAR-T cells are now given to children here. Results of a phase 1 trial of CD19 CAR-T in adults were published.", nil},
		{"The AALL1731 trial opened here in 2019. Results of the phase 3 AALL1731 trial were published in 2024.", []model.Phase{model.Phase3}},
		{"Our phase 1 unit runs first-in-human trials.", nil},
		{"A phase 1 trial run by the consortium", []model.Phase{model.Phase1}},
		{"The phase one clinical trial will treat 12 children.", []model.Phase{model.Phase1}},
		{"the recommended phase two dose", nil},
		{"In this open-label, phase 1 dose-escalation trial, children were treated.", []model.Phase{model.Phase1}},
		{"Phase 1/2 Dose Escalation Study of CD19/CD22 CAR T Cells in Children", []model.Phase{model.Phase1, model.Phase2}},
		{"The first study part (Phase 1) finds the dose. The second study part (Phase 2) tests how well it works.", []model.Phase{model.Phase1, model.Phase2}},
		{"L'essai vérifie d'abord la sécurité (phase I), puis son efficacité (phase II).", []model.Phase{model.Phase1, model.Phase2}},
		{"This trial (phase 2) tests a drug that a phase 3 trial will compare.", []model.Phase{model.Phase2}},
		{"Patients will receive the phase 1/2 dose of the drug.", nil},
		{"A phase 2 dose-finding part follows.", []model.Phase{model.Phase2}},
		{"The antibody has been evaluated in adults and in phase 1 studies in children.", nil},
		{"The results support moving the drug into phase 3 trials for newly diagnosed children.", nil},
		{"The day 1 + 8 schedule met the criteria to be selected as the preferred regimen for phase III comparison with supportive care.", nil},
		{"If the dose is safe, the study will advance to phase 2.", nil},
		{"The CD19-directed therapy made at the hospital is now in phase one clinical trials at three centres.", []model.Phase{model.Phase1}},
		{"The vaccine has entered phase 2 trials in children with neuroblastoma.", []model.Phase{model.Phase2}},
		{"Promising bone marrow cancer drug enters phase two trials", []model.Phase{model.Phase2}},
		{"The antibody will enter phase 2 trials at two hospitals next year.", []model.Phase{model.Phase2}},
		{"Phase 2 trials usually enrol more patients than phase 1 trials.", nil},
		{"As part of this approval, the cells will be evaluated in a phase I clinical trial.", []model.Phase{model.Phase1}},
		{"The company has received the regulator's approval for conducting a phase-2 trial of its CAR-T cell therapy.", []model.Phase{model.Phase2}},
		{"The regulator granted approval to start a phase 3 study of the antibody in children.", []model.Phase{model.Phase3}},
		{"The drug won approval after a phase 2 study in adults.", nil},
		{"An international phase 1/2 study established the dose that was used.", nil},
		{"Phase: Human pharmacology (Phase I): no Therapeutic exploratory (Phase II): yes Therapeutic confirmatory - (Phase III): yes Therapeutic use (Phase IV): no", []model.Phase{model.Phase2, model.Phase3}},
		{"E.7.1 Human pharmacology (Phase I) Yes\nE.7.2 Therapeutic exploratory (Phase II) No\nE.7.4 Therapeutic use (Phase IV) No", []model.Phase{model.Phase1}},
		{"E.7.4 Therapeutic use (Phase IV) No", nil},
		{"The approval rests on findings from the phase 2 SUNRISE-2 trial (NCT01234567), in which 80 children were treated.", []model.Phase{model.Phase2}},
		{"The approval rests on findings from the phase 2 SUNRISE-2 trial (NCT01234567); a new trial (NCT07654321) will follow.", nil},
		{"Human pharmacology (Phase I): noTherapeutic exploratory (Phase II): noTherapeutic confirmatory - (Phase III): yesTherapeutic use (Phase IV): no", []model.Phase{model.Phase3}},
	}
	for _, tt := range tests {
		got, _, _ := FindTrialPhase(tt.text)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindTrialPhase(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

func TestLatinNumerals(t *testing.T) {
	for value, want := range map[string]string{
		"ІІІ":       "III", // Cyrillic
		"ΙΙ":        "II",  // Greek
		"І/ІІ":      "I/II",
		"IV":        "IV",
		"фаза 2":    "фаза 2",
		"Phase 1/2": "Phase 1/2",
	} {
		if got := LatinNumerals(value); got != want {
			t.Errorf("LatinNumerals(%q) = %q, want %q", value, got, want)
		}
	}
}
