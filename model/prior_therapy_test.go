package model

import (
	"reflect"
	"strings"
	"testing"
)

// TestDrugVocabulary: each drug the issue names, in a phrase of our own.
func TestDrugVocabulary(t *testing.T) {
	tests := []struct{ text, want string }{
		{"naxitamab with GM-CSF", "GD2"},
		{"dinutuximab beta maintenance", "GD2"},
		{"humanized hu14.18K322A antibody", "GD2"},
		{"ch14.18 immunotherapy", "GD2"},
		{"blinatumomab consolidation", "CD19"},
		{"tisagenlecleucel infusion", "CD19"},
		{"CTL019 cells", "CD19"},
		{"axicabtagene ciloleucel", "CD19"},
		{"brexucabtagene autoleucel", "CD19"},
		{"obecabtagene autoleucel", "CD19"},
		{"lisocabtagene maraleucel", "CD19"},
		{"inotuzumab ozogamicin", "CD22"},
		{"daratumumab and chemotherapy", "CD38"},
		{"isatuximab", "CD38"},
		{"gemtuzumab ozogamicin", "CD33"},
		{"gilteritinib tablets", "FLT3"},
		{"midostaurin with induction", "FLT3"},
		{"quizartinib", "FLT3"},
		{"crizotinib", "ALK"},
		{"lorlatinib", "ALK"},
		{"ceritinib", "ALK"},
		{"tagraxofusp-erzs", "CD123"},
		{"brentuximab vedotin", "CD30"},
		{"rituximab", "CD20"},
	}
	for _, tt := range tests {
		if got := targetsOf(tt.text); !reflect.DeepEqual(got, []string{tt.want}) {
			t.Errorf("FindTargets(%q) = %v, want [%s]", tt.text, got, tt.want)
		}
	}
}

// TestFindTrialTargetsPrior: a target named only as a therapy the
// patients had before is not the trial's target, wherever it is written.
func TestFindTrialTargetsPrior(t *testing.T) {
	tests := []struct {
		text       string
		own, prior []string
	}{
		{"Patients must have failed two anti-HER2 agents", nil, []string{"HER2"}},
		{"Prior CD19-directed therapy is allowed", nil, []string{"CD19"}},
		{"CD19-targeted treatment before enrolment is permitted", nil, []string{"CD19"}},
		{"B-ALL in relapse after CART19", nil, []string{"CD19"}},
		{"Previously treated with blinatumomab or inotuzumab", nil, []string{"CD19", "CD22"}},
		{"Disease refractory to crizotinib", nil, []string{"ALK"}},
		{"Patients who have received rituximab", nil, []string{"CD20"}},
		{"CD22 CAR T cells for relapse after CD19 CAR T cells", []string{"CD22"}, []string{"CD19"}},
		{"CD19 expression on blasts; no prior CD19 therapy required", []string{"CD19"}, nil},
		{"Prior chemotherapy allowed. Blasts must express CD33", []string{"CD33"}, nil},
		{"Anti-GD2 antibody after induction chemotherapy", []string{"GD2"}, nil},
		{"Lymphodepletion prior to CD19 CAR T-cell infusion", []string{"CD19"}, nil},
		{"Previously untreated CD20-positive lymphoma", []string{"CD20"}, nil},
		{"CD22-positive disease after prior anti-CD19 therapy", []string{"CD22"}, []string{"CD19"}},
	}
	names := func(hits []TargetHit) []string {
		var out []string
		for _, h := range hits {
			out = append(out, h.Target)
		}
		return out
	}
	for _, tt := range tests {
		own, prior := FindTrialTargets(tt.text)
		if !reflect.DeepEqual(names(own), tt.own) || !reflect.DeepEqual(names(prior), tt.prior) {
			t.Errorf("FindTrialTargets(%q) = %v, prior %v; want %v, prior %v", tt.text, names(own), names(prior), tt.own, tt.prior)
		}
	}
}

// A prior-therapy mention in the inclusion criteria does not make a target;
// the provenance says why it was not counted.
func TestResolvePriorTherapyNotTarget(t *testing.T) {
	tr := Trial{
		Title:     "CD22 CAR T cells for relapsed B-ALL",
		Inclusion: []string{"Relapse after CART19", "Must have failed two anti-HER2 agents"},
		Exclusion: []string{"Active CNS disease"},
	}
	Resolve(&tr)
	if !reflect.DeepEqual(tr.Targets, []string{"CD22"}) {
		t.Errorf("targets %v, want [CD22]", tr.Targets)
	}
	if p := tr.Provenance[FieldTargets]; !strings.Contains(p, "CD19 not counted") || !strings.Contains(p, "HER2 not counted") {
		t.Errorf("provenance %q does not say why CD19 and HER2 were not counted", p)
	}
}
