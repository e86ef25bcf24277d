package eligibility

import (
	"strings"
	"testing"
)

// TestVocabulariesLoad checks that every line of every data file parses,
// that no two entries share a name, and that every parent, class, target
// and member exists: LoadOntology fails on any of these.
func TestVocabulariesLoad(t *testing.T) {
	o, err := LoadOntology()
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []*vocabulary{o.diagnoses, o.therapies, o.targets, o.genetics, o.syndromes, o.labs} {
		if len(v.entries) < 5 {
			t.Errorf("%s has %d entries", v.file, len(v.entries))
		}
		for _, e := range v.entries {
			for _, p := range e.Parents {
				if v.id(p) < 0 {
					t.Errorf("%s: parent %q of %q is not an entry", v.file, p, e.Key)
				}
			}
			for _, n := range e.Names {
				if id, ok := v.lookup(strings.TrimPrefix(n, "=")); !ok || v.key(id) != e.Key {
					t.Errorf("%s: the name %q does not lead back to %q", v.file, n, e.Key)
				}
			}
		}
	}
}

// TestVocabularyErrors feeds broken files to the parser: each is refused
// with a message that names the file and the fault.
func TestVocabularyErrors(t *testing.T) {
	for _, tc := range []struct{ name, data, want string }{
		{"no names column", "key\tparents\nA\t\n", "header"},
		{"missing parent", "key\tparents\tnames\nA\tB\ta\n", `the parent "B" of "A"`},
		{"cycle", "key\tparents\tnames\nA\tB\ta\nB\tA\tb\n", "its own ancestor"},
		{"shared name", "key\tparents\tnames\nA\t\tx\nB\t\tx\n", "already a name"},
		{"short line", "key\tparents\tnames\nA\t\n", "columns"},
		{"open brace", "key\tparents\tnames\nA\t\t{a,b\n", "never closes"},
		{"twice", "key\tparents\tnames\nA\t\ta\nA\t\tb\n", "twice"},
	} {
		_, err := parseVocabulary("test.tsv", tc.data)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "test.tsv") {
			t.Errorf("%s: %v, want an error naming test.tsv and %q", tc.name, err, tc.want)
		}
	}
}

// TestDiagnosisOntology checks the lines of descent the screening relies on.
func TestDiagnosisOntology(t *testing.T) {
	o := testOntology(t)
	v := o.diagnoses
	for _, tc := range []struct {
		name, ancestor string
		want           Truth
	}{
		{"B-ALL", "ALL", True},
		{"B-ALL", "acute leukemia", True},
		{"B-ALL", "leukemia", True},
		{"B-ALL", "hematologic malignancy", True},
		{"T-ALL", "ALL", True},
		{"APL", "AML", True},
		{"AML", "acute leukemia", True},
		{"AML", "ALL", False},
		{"ALL", "B-ALL", Unknown},
		{"MPAL", "acute leukemia", True},
		{"MPAL", "ALL", False},
		{"JMML", "leukemia", True},
		{"DIPG", "diffuse midline glioma", True},
		{"DIPG", "high-grade glioma", True},
		{"DIPG", "glioma", True},
		{"DIPG", "CNS tumor", True},
		{"DIPG", "solid tumor", True},
		{"medulloblastoma", "CNS tumor", True},
		{"neuroblastoma", "solid tumor", True},
		{"neuroblastoma", "CNS tumor", False},
		{"osteosarcoma", "sarcoma", True},
		{"Ewing sarcoma", "bone sarcoma", True},
		{"rhabdomyosarcoma", "soft tissue sarcoma", True},
		{"ALCL", "T-cell lymphoma", True},
		{"DLBCL", "NHL", True},
		{"Burkitt lymphoma", "B-cell malignancy", True},
		{"Burkitt lymphoma", "ALL", False},
		{"T-LBL", "lymphoblastic lymphoma", True},
		{"B-LBL", "ALL", False},
		{"Hodgkin lymphoma", "lymphoma", True},
		{"AML", "solid tumor", False},
		{"Wilms tumor", "renal tumor", True},
	} {
		p, ok1 := v.lookup(tc.name)
		a, ok2 := v.lookup(tc.ancestor)
		if !ok1 || !ok2 {
			t.Errorf("%q or %q is not in the ontology", tc.name, tc.ancestor)
			continue
		}
		if got := o.diagnosisFits(p, a); got != tc.want {
			t.Errorf("%s under %s: %s, want %s", tc.name, tc.ancestor, got, tc.want)
		}
	}
	for _, tc := range []struct{ name, key string }{
		{"Acute Lymphoid Leukemia", "ALL"},
		{"b-cell acute lymphoblastic leukemia", "B-ALL"},
		{"Diffuse Intrinsic Pontine Glioma", "DIPG"},
		{"anaplastic large cell lymphoma", "ALCL"},
		{"Non-small cell lung cancer", "NSCLC"},
		{"Leukemia, Myeloid, Acute", "AML"},
		{"Precursor Cell Lymphoblastic Leukemia-Lymphoma", "lymphoblastic neoplasm"},
		{"Acute Leukemias", "acute leukemia"},
		{"Brain Tumor", "CNS tumor"},
		{"Solid tumour", "solid tumor"},
	} {
		if got, ok := o.DiagnosisKey(tc.name); !ok || got != tc.key {
			t.Errorf("DiagnosisKey(%q) = %q, want %q", tc.name, got, tc.key)
		}
	}
	if got := v.key(o.refineByLineage(v.id("ALL"), "T")); got != "T-ALL" {
		t.Errorf("ALL with lineage T = %s", got)
	}
}

// TestTherapyVocabulary checks product → class → target.
func TestTherapyVocabulary(t *testing.T) {
	o := testOntology(t)
	set := func(name string) therapySet {
		s, ok := o.readTherapyName(name)
		if !ok {
			t.Fatalf("%q is not a therapy", name)
		}
		return s
	}
	for _, tc := range []struct {
		product, class string
		inside         bool
	}{
		{"tisagenlecleucel", "CD19 CAR-T", true},
		{"tisagenlecleucel", "CAR-T", true},
		{"tisagenlecleucel", "gene therapy", true},
		{"tisagenlecleucel", "cell therapy", true},
		{"tisagenlecleucel", "anti-CD19", true},
		{"axicabtagene ciloleucel", "CD19 CAR-T", true},
		{"brexucabtagene", "CD19 CAR-T", true},
		{"obecabtagene autoleucel", "CD19 CAR-T", true},
		{"blinatumomab", "CD19 bispecific", true},
		{"blinatumomab", "anti-CD19", true},
		{"blinatumomab", "CAR-T", false},
		{"inotuzumab ozogamicin", "CD22 ADC", true},
		{"inotuzumab", "anti-CD22", true},
		{"gemtuzumab ozogamicin", "anti-CD33", true},
		{"daratumumab", "anti-CD38", true},
		{"dinutuximab", "anti-GD2", true},
		{"naxitamab", "GD2 antibody", true},
		{"allo-hsct", "HSCT", true},
		{"auto-hsct", "HSCT", true},
		{"auto-hsct", "allo-HSCT", false},
		{"allogeneic hematopoietic stem cell transplantation", "allo-HSCT", true},
		{"cytarabine", "chemotherapy", true},
		{"TBI", "radiotherapy", true},
		{"nivolumab", "anti-PD-1", true},
	} {
		if got := o.setInside(set(tc.product), set(tc.class)); got != tc.inside {
			t.Errorf("%s inside %s: %v, want %v", tc.product, tc.class, got, tc.inside)
		}
	}
}

func testOntology(t testing.TB) *Ontology {
	t.Helper()
	o, err := DefaultOntology()
	if err != nil {
		t.Fatal(err)
	}
	return o
}
