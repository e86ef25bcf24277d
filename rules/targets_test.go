package rules

import (
	"reflect"
	"testing"
)

func targetsOf(text string) []string {
	var out []string
	for _, h := range FindTargets(text) {
		out = append(out, h.Target)
	}
	return out
}

func TestFindTargets(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// synonyms
		{"CLEC12A-directed CAR T cells", []string{"CLL-1"}},
		{"CLL1 CAR-T", []string{"CLL-1"}},
		{"CLL-1 CAR-T in children", []string{"CLL-1"}},
		{"CD22 CAR T cells for a CD19-negative relapse", []string{"CD22"}},
		{"anti-CD19 CAR T cells, CD19+CD22 bispecific", []string{"CD19", "CD22"}},
		{"anti-CD276 antibody", []string{"B7-H3"}},
		{"B7-H3 CAR T", []string{"B7-H3"}},
		{"anaplastic lymphoma kinase receptor", []string{"ALK"}},
		{"ERBB2 amplified", []string{"HER2"}},
		{"IL3RA", []string{"CD123"}},
		{"glypican-3 positive", []string{"GPC3"}},
		// written forms
		{"autologous CART-19/22", []string{"CD19", "CD22"}},
		{"dual CD19/CD22 antigens", []string{"CD19", "CD22"}},
		{"CD19/22 bispecific", []string{"CD19", "CD22"}},
		{"anti-CD19 chimeric antigen receptor", []string{"CD19"}},
		{"antiCD19 CAR T cells", []string{"CD19"}},
		{"limfocyty CAR-T antyCD19", []string{"CD19"}},
		{"AntiCD19-CAR T cells", []string{"CD19"}},
		{"an antiGD2 antibody", []string{"GD2"}},
		{"an antibody against antigens", nil},
		{"CD22+ B-ALL", []string{"CD22"}},
		{"hALK.CAR T cells", []string{"ALK"}},
		{"CART19 relapse", []string{"CD19"}},
		{"cellule Car-T dirette verso il bersaglio tumorale Cd19", []string{"CD19"}},
		{"CAR-T cells targeting NKG2D ligands", []string{"NKG2D"}},
		{"CD 33 expression", []string{"CD33"}},
		// drugs
		{"isatuximab SAR650984", []string{"CD38"}},
		{"Daratumumab", []string{"CD38"}},
		{"blinatumomab", []string{"CD19"}},
		{"tisagenlecleucel", []string{"CD19"}},
		{"Inotuzumab ozogamicin", []string{"CD22"}},
		{"gemtuzumab ozogamicin", []string{"CD33"}},
		{"alemtuzumab", []string{"CD52"}},
		{"dinutuximab beta", []string{"GD2"}},
		{"naxitamab", []string{"GD2"}},
		{"crizotinib", []string{"ALK"}},
		{"Lorlatinib", []string{"ALK"}},
		{"UCART22", []string{"CD22"}},
		{"Blincyto (blinatumomab) infusion", []string{"CD19"}},
		{"children who receive Kymriah", []string{"CD19"}},
		{"Qarziba with isotretinoin", []string{"GD2"}},
		{"Xospata plus chemotherapy", []string{"FLT3"}},
		{"polatuzumab vedotin", []string{"CD79b"}},
		{"glofitamab", []string{"CD20"}},
		{"oral neratinib with chemotherapy", []string{"HER2"}},
		{"the CATULUS trial of obe-cel in children", []string{"CD19"}},
		{"India's own CAR-T therapy NexCAR19", []string{"CD19"}},
		{"cilta-cel after two prior lines", []string{"BCMA"}},
		{"GSK said its drug Blenrep failed in a late-stage study", []string{"BCMA"}},
		{"Gazyva plus chemotherapy", []string{"CD20"}},
		{"Enhertu in HER2-low disease", []string{"HER2"}},
		{"Roche's GA101 in previously untreated CLL", []string{"CD20"}},
		{"the anti-CD19 antibody AMG 103 (MT103)", []string{"CD19"}},
		{"SGN-35 in relapsed Hodgkin lymphoma", []string{"CD30"}},
		{"hu3F8 with GM-CSF", []string{"GD2"}},
		{"PF-06463922, a next-generation inhibitor", []string{"ALK"}},
		{"ASP2215 versus salvage chemotherapy", []string{"FLT3"}},
		{"CCR9-directed CAR T cells", []string{"CCR9"}},
		// order follows the vocabulary
		{"NKG2D then CD22 then CD19", []string{"CD19", "CD22", "NKG2D"}},
	}
	for _, tt := range tests {
		if got := targetsOf(tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindTargets(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestFindTargetsIgnores(t *testing.T) {
	for _, text := range []string{
		"chronic lymphocytic leukemia (CLL)",
		"CLLS52 monoclonal antibody",
		"BALLI-01",
		"CD4+ cell count",
		"walking",
		"CD190",
		"Acute Lymphoblastic Leukemia (ALL)",
		"Anaplastic large cell lymphoma, ALK-negative",
		"Lymphome anaplasique à grandes cellules, ALK négatif",
		"relapse after CD19-neg escape",
		"受試者患有已知HER2陰性的胃癌",
		"HER2阴性乳腺癌患者",
		"HER2음성 유방암 환자",
		"больных HER2-отрицательным раком молочной железы",
		"Philadelphia-positive cells in the stem-cell fractions (CD34+CD38+ and CD34+CD38neg cells)",
		"leukaemic stem cells, CD34+CD38- and CD123bright",
	} {
		if got := targetsOf(text); len(got) != 0 {
			t.Errorf("FindTargets(%q) = %v, want none", text, got)
		}
	}
}

func TestFindTargetsSnippet(t *testing.T) {
	hits := FindTargets("The goal is to test anti-CD19 chimeric antigen receptor T cells.")
	if len(hits) != 1 || hits[0].Snippet == "" {
		t.Fatalf("hits = %+v", hits)
	}
}
