package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func TestResolveTargetsSkipExclusion(t *testing.T) {
	tr := model.Trial{
		Title:     "Study of isatuximab",
		Exclusion: []string{"Participants exposed to anti-CD22 therapies within 6 months"},
	}
	Resolve(&tr)
	if !reflect.DeepEqual(tr.Targets, []string{"CD38"}) {
		t.Errorf("targets = %v, want [CD38]", tr.Targets)
	}
	if tr.Provenance[model.FieldTargets] == "" {
		t.Error("no provenance for the targets")
	}
}

// TestBackgroundSentenceTargetFamily: a summary's sentence about what
// earlier work found names no target of the trial.
func TestBackgroundSentenceTargetFamily(t *testing.T) {
	tests := []struct {
		summary string
		want    []string
	}{
		{"Antibodies against CD20 have shown benefit in adults. This study tests a CD22 CAR in children.", []string{"CD22"}},
		{"Blinatumomab has been shown to clear MRD; children here receive inotuzumab.", []string{"CD22"}},
		{"This trial gives blinatumomab, which is approved for adults, to infants.", []string{"CD19"}},
		{"This study tests CD19 CAR T cells, which previous studies did not give to infants.", []string{"CD19"}},
		{"Although anti-CD19 CAR-T cell therapies have gained significant results, there are few treatments for MM. This trial tests anti-BCMA CAR-T cells.", []string{"BCMA"}},
		{"Gemtuzumab has demonstrated benefit in adults. Children here receive CD22 CAR T cells.", []string{"CD22"}},
		{"Despite advances with the introduction of anti-GD2 immunotherapy, half of patients relapse. This trial tests ALK inhibitors.", []string{"ALK"}},
		{"Despite therapeutic improvements, the introduction of anti-CD38 antibodies in frontline settings leaves patients triple-class exposed earlier. This trial tests a BCMA-directed CAR-T.", []string{"BCMA"}},
		{"CD19-CAR-T cell therapy has been successful in treating relapsed B-ALL. In this study, we evaluated CD22-CAR-T cells.", []string{"CD22"}},
		{"Much progress has been made with blinatumomab and inotuzumab for B-ALL, but T-ALL lacks targets. This study adds daratumumab to chemotherapy.", []string{"CD38"}},
		{"In AML, common antigens are CD33 and CD123. CD33 and CD123 are expressed on normal stem cells too. This trial tests CAR T cells against CLL-1.", []string{"CLL-1"}},
		// A paper's title that reports its own study's finding names that
		// study's target; one whose subtitle is no study does not.
		{"CD19 targeted CAR-T cell immunotherapy has demonstrated significant activity in children with relapsed ALL: A multicentre study in China", []string{"CD19"}},
		{"Anti-GD2 antibodies have shown benefit in neuroblastoma: results of the HR-NBL1 trial", []string{"GD2"}},
		{"Anti-GD2 antibodies have shown benefit in neuroblastoma: a review. This trial tests ALK inhibitors.", []string{"ALK"}},
		{"The KOALA trial tests KMCAR T cells, distinguishing them from currently approved BCMA-directed CAR-T therapies.", nil},
		{"NVG-111 targets ROR1. Its starting dose used data generated for the marketed CD19xCD3 bispecific antibody, blinatumomab.", []string{"ROR1"}},
	}
	for _, tt := range tests {
		tr := model.Trial{Summary: tt.summary}
		Resolve(&tr)
		if !reflect.DeepEqual(tr.Targets, tt.want) {
			t.Errorf("%q: targets = %v, want %v", tt.summary, tr.Targets, tt.want)
		}
	}
}

func TestResolveSupportiveAgent(t *testing.T) {
	tr := model.Trial{
		Title: "UCART22 in CD22+ B-ALL",
		Interventions: []model.Intervention{
			{Name: "Biological: UCART22", Description: "anti-CD22 CAR T cells given following a lymphodepleting regimen"},
			{Name: "Biological: CLLS52", Description: "A monoclonal antibody that recognizes a CD52 antigen Other Name: Alemtuzumab"},
		},
		Outcomes: []model.Outcome{{Measure: "PK of CLLS52 (Alemtuzumab) used during lymphodepletion"}},
	}
	Resolve(&tr)
	if !reflect.DeepEqual(tr.Targets, []string{"CD22"}) {
		t.Errorf("targets = %v, want [CD22]", tr.Targets)
	}
	if !tr.Interventions[1].Supportive || tr.Interventions[0].Supportive {
		t.Errorf("supportive flags = %v, %v", tr.Interventions[0].Supportive, tr.Interventions[1].Supportive)
	}
	if !strings.Contains(tr.Provenance[model.FieldTargets], "CD52 not counted") {
		t.Errorf("provenance does not explain CD52: %q", tr.Provenance[model.FieldTargets])
	}
}

func TestResolveAgeConflict(t *testing.T) {
	tr := model.Trial{
		Ages:      model.AgeRange{Min: bound(12, model.Years, true), Max: bound(29, model.Years, true)},
		Inclusion: []string{"Age ≥ 12 months and < 30 years at the time of consent."},
	}
	tr.Note(model.FieldAges, "header: 12-29 years")
	Resolve(&tr)
	if tr.Ages.Label() != "12 months – <30 years" {
		t.Errorf("ages = %q", tr.Ages.Label())
	}
	w := tr.WarningsFor(model.FieldAges)
	if len(w) != 1 || !strings.Contains(w[0], "12-29 years") || !strings.Contains(w[0], "≥ 12 months and < 30 years") {
		t.Errorf("warnings = %q", w)
	}
}

func TestResolveAgeAgreement(t *testing.T) {
	tr := model.Trial{
		Ages:      model.AgeRange{Min: bound(3, model.Years, true), Max: bound(18, model.Years, true)},
		Inclusion: []string{"Aged 3 to 18 years (inclusive), and body weight ≥10 kg."},
	}
	Resolve(&tr)
	if len(tr.Warnings) != 0 {
		t.Errorf("warnings = %v", tr.Warnings)
	}
}

func TestResolvePhaseConflict(t *testing.T) {
	tr := model.Trial{Title: "Phase 1/2 Study of UCART22", Phases: []model.Phase{model.Phase1}}
	Resolve(&tr)
	if !reflect.DeepEqual(tr.Phases, []model.Phase{model.Phase1}) {
		t.Errorf("phases = %v, the stated phase must win", tr.Phases)
	}
	if w := tr.WarningsFor(model.FieldPhases); len(w) != 1 || !strings.Contains(w[0], "Phase 1/2") {
		t.Errorf("warnings = %q", w)
	}
	untitled := model.Trial{Title: "Phase I Clinical Trial of CART", Phases: []model.Phase{model.Phase1}}
	Resolve(&untitled)
	if len(untitled.Warnings) != 0 {
		t.Errorf("agreeing title warned: %v", untitled.Warnings)
	}
}

func TestResolvePhaseFromTitleOfAPart(t *testing.T) {
	tr := model.Trial{Title: "Gracell Doses First Patient in Phase 2 Portion of Registrational Phase 1/2 Clinical Trial"}
	Resolve(&tr)
	if !reflect.DeepEqual(tr.Phases, []model.Phase{model.Phase1, model.Phase2}) {
		t.Errorf("phases = %v, want the trial's phase 1/2, not its part's", tr.Phases)
	}
}

func TestResolvePhaseFromOrdinalTitle(t *testing.T) {
	tr := model.Trial{Title: "Prostate Cancer Vaccine Enters Third Phase of Clinical Testing"}
	Resolve(&tr)
	if !reflect.DeepEqual(tr.Phases, []model.Phase{model.Phase3}) {
		t.Errorf("phases = %v, want phase 3", tr.Phases)
	}
}
