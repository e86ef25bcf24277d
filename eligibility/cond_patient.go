package eligibility

import (
	"slices"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// ageCond asks for an age inside a range; item is set when it is read
// from a criterion that states the trial's ages ("Age ≥ 1 year and < 21
// years").
type ageCond struct {
	ages model.AgeRange
	item bool
}

func (c ageCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	if p.AgeLabel == "" {
		return Unknown, ""
	}
	return truthOf(c.ages.Admits(p.AgeDays)), p.AgeLabel
}

// ageGroupsCond asks for an age inside ClinicalTrials.gov's age groups, for
// a record that states no bound.
type ageGroupsCond struct{ groups []model.AgeGroup }

func (c ageGroupsCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	if p.AgeLabel == "" {
		return Unknown, ""
	}
	return truthOf(model.AgeGroupsAdmit(c.groups, p.AgeDays)), p.AgeLabel
}

// sexCond asks for one sex.
type sexCond struct{ sex model.Sex }

func (c sexCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	if p.Sex == "" {
		return Unknown, ""
	}
	return truthOf(p.Sex == c.sex), strings.ToLower(string(p.Sex))
}

// diagnosisCond asks for a diagnosis under one of the stated ones, and
// under none of the exceptions ("AML other than APL").
type diagnosisCond struct {
	ids    []int
	except []int
	// others is set where a diagnosis the patient has or had besides the
	// main one counts too: an exclusion ("Patients with MDS/AML").
	others bool
}

// patientDiagnosis returns the entry of the patient's diagnosis, narrowed by
// the lineage when one is given, or -1 when the ontology does not know it.
func (o *Ontology) patientDiagnosis(p *Profile) int {
	if p.DiagnosisKey == "" {
		return -1
	}
	id := o.diagnoses.id(p.DiagnosisKey)
	if id < 0 {
		return -1
	}
	return o.refineByLineage(id, p.Lineage)
}

func (c diagnosisCond) eval(p *Profile, o *Ontology) (Truth, string) {
	if c.others {
		for _, d := range p.OtherDiagnoses {
			if id := o.diagnoses.id(d.Key); id >= 0 && c.fits(o, id) == True {
				return True, d.describe()
			}
		}
	}
	pid := o.patientDiagnosis(p)
	if pid < 0 {
		return Unknown, ""
	}
	return c.fits(o, pid), diagnosisFact(p, o, pid)
}

// fits says whether a diagnosis falls under the stated ones and none of
// the exceptions.
func (c diagnosisCond) fits(o *Ontology, pid int) Truth {
	fits := make([]Truth, len(c.ids))
	for i, id := range c.ids {
		fits[i] = o.diagnosisFits(pid, id)
	}
	t := orTruth(fits...)
	for _, e := range c.except {
		t = andTruth(t, o.diagnosisFits(pid, e).not())
	}
	return t
}

// describe names another diagnosis for a reason: "history of AML".
func (d OtherDiagnosis) describe() string {
	if d.Past {
		return "history of " + d.Key
	}
	return "also " + d.Key
}

// otherMalignancyCond asks whether the patient has or had a malignancy
// besides the one the trial treats ("history of other malignancy",
// "previous or concurrent malignancies"), other than the exceptions. Only
// one stated decides: a profile that names none says nothing.
type otherMalignancyCond struct{ except []int }

func (c otherMalignancyCond) eval(p *Profile, o *Ontology) (Truth, string) {
	root := o.diagnoses.id("malignancy")
	for _, d := range p.OtherDiagnoses {
		id := o.diagnoses.id(d.Key)
		if id < 0 || !o.diagnoses.isA(id, root) {
			continue
		}
		excepted := False
		for _, e := range c.except {
			switch o.diagnosisFits(id, e) {
			case True:
				excepted = True
			case Unknown:
				if excepted == False {
					excepted = Unknown
				}
			}
		}
		if excepted == False {
			return True, d.describe()
		}
	}
	return Unknown, ""
}

// diagnosisFact names the patient's diagnosis for a reason: "AML", or
// "ALL (B lineage)".
func diagnosisFact(p *Profile, o *Ontology, pid int) string {
	key := o.diagnoses.key(pid)
	if p.Diagnosis != "" && !strings.EqualFold(p.Diagnosis, key) {
		return p.Diagnosis + " (" + key + ")"
	}
	return key
}

// lineageCond asks for a lineage: "of B-cell origin".
type lineageCond struct{ lineage string }

// patientLineage returns the lineage given, or the one the diagnosis
// carries.
func (o *Ontology) patientLineage(p *Profile) string {
	if p.Lineage != "" {
		return p.Lineage
	}
	if pid := o.patientDiagnosis(p); pid >= 0 {
		return o.diagnoses.attr(pid, "lineage")
	}
	return ""
}

func (c lineageCond) eval(p *Profile, o *Ontology) (Truth, string) {
	l := o.patientLineage(p)
	if l == "" {
		return Unknown, ""
	}
	return truthOf(l == c.lineage), l + " lineage"
}

// syndromeCond asks whether the patient has a syndrome. Only a syndrome
// stated, or "none", decides: a list of one syndrome says nothing of the
// others.
type syndromeCond struct{ id int }

func (c syndromeCond) eval(p *Profile, o *Ontology) (Truth, string) {
	v := o.syndromes
	for _, s := range p.Syndromes {
		if id := v.id(s); id >= 0 && v.isA(id, c.id) {
			return True, s + " syndrome"
		}
	}
	if p.NoSyndrome && len(p.Syndromes) == 0 {
		return False, "no predisposition syndrome"
	}
	return Unknown, ""
}

// The pregnancy states a criterion names.
const (
	statePregnant      = "pregnant"
	stateBreastfeeding = "breastfeeding"
)

// pregnancyCond asks whether the patient is pregnant or breastfeeding.
type pregnancyCond struct{ state string }

func (c pregnancyCond) eval(p *Profile, _ *Ontology) (Truth, string) {
	if p.Sex == model.SexMale {
		return False, "male"
	}
	if c.state == statePregnant && p.Pregnant != nil {
		if *p.Pregnant {
			return True, "pregnant"
		}
		return False, "not pregnant"
	}
	return Unknown, ""
}

// containsInt reports whether a list holds n.
func containsInt(list []int, n int) bool { return slices.Contains(list, n) }
