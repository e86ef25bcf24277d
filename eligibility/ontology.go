package eligibility

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFiles embed.FS

// Ontology holds the vocabularies the screening reads with: diagnoses (with
// their lineage and parents: B-ALL → ALL → acute leukemia → leukemia →
// hematologic malignancy), therapies (product → class → target:
// tisagenlecleucel → CD19 CAR-T → CAR-T), the targets and markers, the
// genetic findings, the predisposition syndromes and the lab values.
type Ontology struct {
	diagnoses *vocabulary
	therapies *vocabulary
	targets   *vocabulary
	genetics  *vocabulary
	syndromes *vocabulary
	labs      *vocabulary
}

// The values the checked columns may take.
var (
	lineages      = []string{"B", "T", "myeloid", "mixed", "-"}
	labRules      = []string{ruleOrgan, ruleDiseaseStatus, ruleOther}
	labUnits      = []string{unitULN, unitMgDL, unitGFR, unitPercent, unitPerUL, unitGDL, unitMs, unitKg}
	kindsOfTarget = []string{"antigen", "protein", "serology"}
)

// LoadOntology reads the embedded vocabularies and checks that every parent,
// class, target and member they name exists.
func LoadOntology() (*Ontology, error) {
	read := func(name string) (*vocabulary, error) {
		data, err := dataFiles.ReadFile("data/" + name)
		if err != nil {
			return nil, fmt.Errorf("the vocabulary %s is missing: %w", name, err)
		}
		return parseVocabulary(name, string(data))
	}
	var o Ontology
	for _, f := range []struct {
		dst  **vocabulary
		name string
	}{
		{&o.diagnoses, "diagnoses.tsv"}, {&o.therapies, "therapies.tsv"}, {&o.targets, "targets.tsv"},
		{&o.genetics, "genetics.tsv"}, {&o.syndromes, "syndromes.tsv"}, {&o.labs, "labs.tsv"},
	} {
		v, err := read(f.name)
		if err != nil {
			return nil, err
		}
		*f.dst = v
	}
	if err := o.check(); err != nil {
		return nil, err
	}
	return &o, nil
}

// check verifies the columns that name other entries or take set values.
func (o *Ontology) check() error {
	oneOf := func(v *vocabulary, column string, allowed []string, split bool) error {
		for _, e := range v.entries {
			values := []string{e.Attrs[column]}
			if split {
				values = splitBar(e.Attrs[column])
			}
			for _, val := range values {
				if !slices.Contains(allowed, val) {
					return fmt.Errorf("%s: %q has %s %q, which is not one of %s", v.file, e.Key, column, val, strings.Join(allowed, ", "))
				}
			}
		}
		return nil
	}
	targetKeys := make([]string, 0, len(o.targets.entries)+1)
	for _, e := range o.targets.entries {
		targetKeys = append(targetKeys, e.Key)
	}
	labKeys := make([]string, 0, len(o.labs.entries))
	for _, e := range o.labs.entries {
		labKeys = append(labKeys, e.Key)
	}
	for _, c := range []struct {
		v       *vocabulary
		column  string
		allowed []string
		split   bool
	}{
		{o.diagnoses, "lineage", lineages, false},
		{o.therapies, "target", append(targetKeys, "-"), true},
		{o.targets, "kind", kindsOfTarget, false},
		{o.genetics, "exclusive", append(exclusiveGroups(o.genetics), "-"), false},
		{o.labs, "rule", labRules, false},
		{o.labs, "unit", labUnits, false},
		{o.labs, "members", labKeys, true},
	} {
		if err := oneOf(c.v, c.column, c.allowed, c.split); err != nil {
			return err
		}
	}
	return nil
}

// exclusiveGroups lists the groups of findings that exclude one another.
func exclusiveGroups(v *vocabulary) []string {
	var out []string
	for _, e := range v.entries {
		if g := e.Attrs["exclusive"]; g != "-" && g != "" && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// defaultOntology is read once, on first use, and never changed.
var defaultOntology = sync.OnceValues(LoadOntology)

// DefaultOntology returns the embedded vocabularies. Their test guarantees
// that they load; should they not, the error says which file is wrong.
func DefaultOntology() (*Ontology, error) { return defaultOntology() }

// DiagnosisKey returns the diagnosis a name means, such as "B-ALL" for
// "b-cell acute lymphoblastic leukemia" or "DIPG" for "diffuse intrinsic
// pontine glioma".
func (o *Ontology) DiagnosisKey(name string) (string, bool) {
	id, ok := o.diagnoses.lookup(name)
	if !ok {
		return "", false
	}
	return o.diagnoses.key(id), true
}

// refineByLineage narrows a diagnosis to its only child of a lineage: ALL
// with lineage B is B-ALL. A diagnosis that already has a lineage, or has
// no such child, stays as it is.
func (o *Ontology) refineByLineage(id int, lineage string) int {
	v := o.diagnoses
	if lineage == "" || v.attr(id, "lineage") != "" {
		return id
	}
	child := -1
	for c, e := range v.entries {
		if c == id || !slices.Contains(e.Parents, v.key(id)) || v.attr(c, "lineage") != lineage {
			continue
		}
		if child >= 0 {
			return id
		}
		child = c
	}
	if child < 0 {
		return id
	}
	return child
}

// diagnosisFits says whether a patient's diagnosis falls under a stated
// one: true when it does (B-ALL under ALL), unknown when the two overlap
// (ALL against B-ALL: the patient's lineage is not given), false when they
// are apart (AML against ALL).
func (o *Ontology) diagnosisFits(patient, stated int) Truth {
	v := o.diagnoses
	switch {
	case v.isA(patient, stated):
		return True
	case v.overlaps(patient, stated):
		return Unknown
	}
	return False
}

// therapySet is a set of therapies a text or a fact names: a class (or a
// product), a target, or both, less some exceptions ("CD19-directed therapy
// other than blinatumomab").
type therapySet struct {
	class  int // an entry of the therapy vocabulary, or -1 for any
	target string
	except []int
}

// label renders the set for a reason: "CD19 CAR-T", "CD19-directed
// therapy", "CD19-directed therapy other than blinatumomab".
func (o *Ontology) therapyLabel(s therapySet) string {
	var label string
	switch {
	case s.class >= 0:
		label = o.therapies.key(s.class)
	case s.target != "":
		label = s.target + "-directed therapy"
	default:
		label = "any therapy"
	}
	if len(s.except) > 0 {
		names := make([]string, len(s.except))
		for i, e := range s.except {
			names[i] = o.therapies.key(e)
		}
		label += " other than " + strings.Join(names, ", ")
	}
	return label
}

// therapyTargets returns the targets of an entry, its own or its
// ancestors'.
func (o *Ontology) therapyTargets(id int) []string {
	v := o.therapies
	var out []string
	for a := range v.entries {
		if v.ancestors[id].has(a) {
			for _, t := range splitBar(v.attr(a, "target")) {
				if !slices.Contains(out, t) {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// inSet reports whether therapy entry id is a member of a set.
func (o *Ontology) inSet(id int, s therapySet) bool {
	v := o.therapies
	if s.class >= 0 && !v.isA(id, s.class) {
		return false
	}
	if s.target != "" && !slices.Contains(o.therapyTargets(id), s.target) {
		return false
	}
	for _, e := range s.except {
		if v.isA(id, e) {
			return false
		}
	}
	return true
}

// setInside reports whether every therapy of set a is in set b.
func (o *Ontology) setInside(a, b therapySet) bool {
	v := o.therapies
	if a.class < 0 {
		// A target alone: inside b only when b asks for that target and
		// nothing else.
		return b.class < 0 && b.target != "" && b.target == a.target && len(b.except) == 0
	}
	if b.class >= 0 && !v.isA(a.class, b.class) {
		return false
	}
	if b.target != "" && !slices.Contains(o.therapyTargets(a.class), b.target) && a.target != b.target {
		return false
	}
	for _, e := range b.except {
		if v.overlaps(a.class, e) {
			return false
		}
	}
	return true
}

// setsOverlap reports whether some therapy could be in both sets.
func (o *Ontology) setsOverlap(a, b therapySet) bool {
	for id := range o.therapies.entries {
		if o.inSet(id, a) && o.inSet(id, b) {
			return true
		}
	}
	return false
}

// countable reports whether the courses of a therapy set can be counted
// from the patient's therapy facts: a transplant, a cell therapy, a named
// product; not a whole class such as chemotherapy, whose facts are not
// its lines.
func (o *Ontology) countable(s therapySet) bool {
	if s.class < 0 {
		return false
	}
	switch o.therapies.key(s.class) {
	case "anticancer therapy", "systemic therapy", "chemotherapy", "targeted therapy", "immunotherapy", "monoclonal antibody":
		return false
	}
	return true
}
