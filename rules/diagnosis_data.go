package rules

// diagnosisVocabulary lists the diagnoses a patient can have, each with its
// parent (B-ALL counts as ALL) and the names that mean it (case ignored,
// matched as whole words). Adding a diagnosis or a synonym is one line.
var diagnosisVocabulary = []struct {
	Key    string
	Parent string
	Names  []string
}{
	{"ALL", "", []string{"ALL", "acute lymphoblastic leukemia", "acute lymphoblastic leukaemia", "acute lymphocytic leukemia", "lymphoblastic leukemia", "precursor cell lymphoblastic leukemia"}},
	{"B-ALL", "ALL", []string{"B-ALL", "BALL", "B-cell acute lymphoblastic leukemia", "B cell acute lymphoblastic leukemia", "B-cell ALL", "B-precursor ALL", "B-lymphoblastic leukemia", "B-cell precursor acute lymphoblastic leukemia"}},
	{"T-ALL", "ALL", []string{"T-ALL", "TALL", "T-cell acute lymphoblastic leukemia", "T cell acute lymphoblastic leukemia", "T-cell ALL", "T-lymphoblastic leukemia"}},
	{"AML", "", []string{"AML", "acute myeloid leukemia", "acute myeloid leukaemia", "acute myelogenous leukemia", "acute myeloblastic leukemia", "acute non-lymphocytic leukemia"}},
	{"APL", "AML", []string{"APL", "acute promyelocytic leukemia"}},
	{"MDS", "", []string{"MDS", "myelodysplastic syndrome", "myelodysplastic syndromes", "myelodysplasia"}},
	{"LBL", "", []string{"LBL", "lymphoblastic lymphoma"}},
	{"T-LBL", "LBL", []string{"T-LBL", "T-lymphoblastic lymphoma", "T-cell lymphoblastic lymphoma"}},
	{"B-LBL", "LBL", []string{"B-LBL", "B-lymphoblastic lymphoma", "B-cell lymphoblastic lymphoma"}},
	{"MPAL", "", []string{"MPAL", "mixed phenotype acute leukemia", "acute leukemia of ambiguous lineage"}},
	{"CML", "", []string{"CML", "chronic myeloid leukemia", "chronic myelogenous leukemia"}},
	{"JMML", "", []string{"JMML", "juvenile myelomonocytic leukemia"}},
	{"Neuroblastoma", "", []string{"neuroblastoma", "NB", "ganglioneuroblastoma"}},
	{"Hodgkin lymphoma", "", []string{"Hodgkin lymphoma", "Hodgkin's lymphoma", "Hodgkin disease"}},
	{"Burkitt lymphoma", "", []string{"Burkitt lymphoma", "Burkitt's lymphoma"}},
	{"Osteosarcoma", "", []string{"osteosarcoma"}},
	{"Ewing sarcoma", "", []string{"Ewing sarcoma", "Ewing's sarcoma"}},
	{"Rhabdomyosarcoma", "", []string{"rhabdomyosarcoma"}},
	{"Wilms tumor", "", []string{"Wilms tumor", "Wilms tumour", "nephroblastoma"}},
	{"Medulloblastoma", "", []string{"medulloblastoma"}},
	{"Glioma", "", []string{"glioma", "DIPG", "diffuse midline glioma"}},
}
