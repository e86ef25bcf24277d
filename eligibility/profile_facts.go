package eligibility

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// factSetter reads one kind of patient fact, as the command line and the
// patient file write it.
type factSetter struct {
	// flag is the command-line flag, json the patient file's key.
	flag, json string
	// arg and help document the flag for --help.
	arg, help string
	// many is set for a fact that may be given more than once.
	many bool
	set  func(p *Profile, o *Ontology, value string) error
}

// factSetters lists every fact a profile takes, in the order --help shows
// them.
var factSetters = []factSetter{
	{"age", "age", "AGE", "age with its unit: 7y, 7y6m, 18m, 28d", false, (*Profile).setAge},
	{"sex", "sex", "SEX", "female or male", false, (*Profile).setSex},
	{"diagnosis", "diagnosis", "DX", "as a physician writes it: B-ALL, T-ALL, AML, APL, MPAL, JMML, DIPG, medulloblastoma, ALCL, osteosarcoma …", false, (*Profile).setDiagnosis},
	{"lineage", "lineage", "LINEAGE", "B, T, myeloid or mixed", false, (*Profile).setLineage},
	{"marker", "markers", "MARKER", "a marker and whether the disease has it: CD19+, CD22- , \"CD22+ 80%\", \"CLL-1 60%\"", true, (*Profile).addMarker},
	{"cytogenetics", "cytogenetics", "FINDING", "a genetic finding: Ph+, Ph-, KMT2A-r, FLT3-ITD, MYCN-amplified, \"MYCN non-amplified\"", true, (*Profile).addGenetics},
	{"relapse", "relapse", "N", "number of relapses; 0 for primary refractory or first line", false, (*Profile).setRelapses},
	{"site", "relapse_site", "SITE", "site of relapse: marrow, cns (isolated CNS), testicular (isolated testicular), combined, extramedullary", false, (*Profile).setRelapseSite},
	{"disease-status", "disease_status", "STATUS", "newly-diagnosed, relapsed, refractory or remission", false, (*Profile).setStatus},
	{"mrd", "mrd", "LEVEL", "measurable residual disease: 0.1%, 10^-3, negative, positive", false, (*Profile).setMRD},
	{"cns", "cns", "GRADE", "CNS status 1, 2 or 3", false, (*Profile).setCNS},
	{"performance", "performance", "SCORE", "a performance score: \"lansky 70\", \"karnofsky 80\", \"ecog 1\"", true, (*Profile).addScore},
	{"lansky", "", "N", "the Lansky score (same as --performance \"lansky N\")", false, scaleSetter(scaleLansky)},
	{"karnofsky", "", "N", "the Karnofsky score", false, scaleSetter(scaleKarnofsky)},
	{"ecog", "", "N", "the ECOG score", false, scaleSetter(scaleECOG)},
	{"lab", "labs", "VALUE", "a lab value with its unit: \"bilirubin 1.2 xULN\", \"ALT 2 xULN\", \"creatinine clearance 85 mL/min/1.73m2\", \"LVEF 55%\", \"ANC 800/uL\", \"platelets 50000/uL\"", true, (*Profile).addLab},
	{"syndrome", "syndromes", "NAME", "a predisposition syndrome: down, li-fraumeni, nf1, fanconi …, or none", true, (*Profile).addSyndrome},
	{"prior", "prior", "THERAPY:WHEN", "a therapy and the time since it: allo-hsct:8m, tisagenlecleucel:4m, chemotherapy:3w, auto-hsct:ever, blinatumomab:never", true, (*Profile).addPrior},
	{"pregnant", "pregnant", "YES|NO", "whether the patient is pregnant", false, (*Profile).setPregnant},
	{"weight", "weight", "WEIGHT", "weight with its unit: 20kg", false, (*Profile).setWeight},
}

// FactFlag documents one command-line flag of the patient's facts.
type FactFlag struct {
	Name, Arg, Help string
	// Repeatable is set for a flag that may be given more than once.
	Repeatable bool
}

// FactFlags lists the command-line flags that describe a patient, for
// --help and the README.
func FactFlags() []FactFlag {
	out := make([]FactFlag, len(factSetters))
	for i, f := range factSetters {
		out[i] = FactFlag{Name: f.flag, Arg: f.arg, Help: f.help, Repeatable: f.many}
	}
	return out
}

// ApplyFlag adds one command-line fact to a profile: ApplyFlag(&p, "prior",
// "allo-hsct:8m"). The error names the flag and says how to write it.
func ApplyFlag(p *Profile, flag, value string) error {
	o, err := DefaultOntology()
	if err != nil {
		return err
	}
	name := strings.TrimLeft(flag, "-")
	for _, f := range factSetters {
		if f.flag == name {
			if err := f.set(p, o, value); err != nil {
				return fmt.Errorf("--%s %s: %w", name, value, err)
			}
			return nil
		}
	}
	return fmt.Errorf("--%s is not a patient fact; the facts are %s", name, flagNames())
}

func flagNames() string {
	names := make([]string, len(factSetters))
	for i, f := range factSetters {
		names[i] = "--" + f.flag
	}
	return strings.Join(names, ", ")
}

func (p *Profile) setAge(_ *Ontology, s string) error {
	days, label, err := ParsePatientAge(s)
	if err != nil {
		return err
	}
	p.AgeDays, p.AgeLabel = days, label
	return nil
}

func (p *Profile) setSex(_ *Ontology, s string) error {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "female", "f", "girl", "woman":
		p.Sex = model.SexFemale
	case "male", "m", "boy", "man":
		p.Sex = model.SexMale
	default:
		return fmt.Errorf("write the sex as female or male")
	}
	return nil
}

// otherDiagnoses splits off the diagnoses a text names besides the main
// one: "NSCLC with a history of AML", "B-ALL and prior neuroblastoma".
var otherDiagnoses = regexp.MustCompile(`(?i)\s+(?:with|and|plus|after)\s+(?:(?:a\s+)?(?:history\s+of|prior|previous|past)\s+)?`)

// pastDiagnosis marks a diagnosis of the past.
var pastDiagnosis = regexp.MustCompile(`(?i)\b(?:history\s+of|prior|previous|past|treated|cured|in\s+remission|resected|years?\s+ago|months?\s+ago)\b`)

func (p *Profile) setDiagnosis(o *Ontology, s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return fmt.Errorf("the diagnosis is empty")
	}
	p.Diagnosis = s
	p.DiagnosisKey = ""
	p.OtherDiagnoses = nil
	if id, ok := o.diagnoses.lookup(s); ok {
		p.DiagnosisKey = o.diagnoses.key(id)
		return nil
	}
	main := s
	if loc := otherDiagnoses.FindStringIndex(s); loc != nil {
		main = s[:loc[0]]
		rest := s[loc[0]:]
		for _, part := range otherDiagnoses.Split(rest, -1) {
			for _, m := range o.diagnoses.names.find(part, tokenize(part)) {
				past := pastDiagnosis.MatchString(rest[:strings.Index(rest, part)+len(part)])
				p.OtherDiagnoses = append(p.OtherDiagnoses, OtherDiagnosis{Key: o.diagnoses.key(m.id), Past: past})
			}
		}
	}
	p.readDiagnosisFacts(s)
	s = main
	if id, ok := o.diagnoses.lookup(s); ok {
		p.DiagnosisKey = o.diagnoses.key(id)
		return nil
	}
	// "relapsed B-ALL", "CD19+ B-ALL with CNS-2": the most specific
	// diagnosis the words name, when they name one line of descent.
	found := -1
	for _, m := range o.diagnoses.names.find(s, tokenize(s)) {
		switch {
		case found < 0 || o.diagnoses.isA(m.id, found):
			found = m.id
		case !o.diagnoses.isA(found, m.id):
			return nil // two diagnoses apart: left unknown, never guessed
		}
	}
	if found >= 0 {
		p.DiagnosisKey = o.diagnoses.key(found)
	}
	return nil
}

func (p *Profile) setLineage(_ *Ontology, s string) error {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "b", "b-cell", "b cell", "b-lineage":
		p.Lineage = "B"
	case "t", "t-cell", "t cell", "t-lineage":
		p.Lineage = "T"
	case "myeloid":
		p.Lineage = "myeloid"
	case "mixed", "ambiguous", "mpal":
		p.Lineage = "mixed"
	default:
		return fmt.Errorf("write the lineage as B, T, myeloid or mixed")
	}
	return nil
}

// markerFact reads "CD19+", "CD22-", "CD22+ 80%", "CLL-1 60%", "CD19
// negative".
var markerFact = regexp.MustCompile(`(?i)^\s*(.+?)\s*(\+|-|−|–|\bpos\b|\bneg\b|\bpositive\b|\bnegative\b)?\s*(?:[:\s]\s*(\d+(?:\.\d+)?)\s*%)?(?:\s+(?:by|on|of|in)\s+[\w\s-]+)?\s*$`)

func (p *Profile) addMarker(o *Ontology, s string) error {
	m := markerFact.FindStringSubmatch(s)
	if m == nil || m[2] == "" && m[3] == "" {
		return fmt.Errorf("write a marker as CD19+, CD22-, \"CD22+ 80%%\" or \"CLL-1 60%%\"")
	}
	target := strings.ToUpper(strings.TrimSpace(m[1]))
	if id, ok := o.targets.lookup(m[1]); ok {
		target = o.targets.key(id)
	}
	f := MarkerFact{Target: target, Present: true, Percent: -1}
	switch strings.ToLower(m[2]) {
	case "-", "−", "–", "neg", "negative":
		f.Present = false
	}
	if m[3] != "" {
		f.Percent, _ = strconv.ParseFloat(m[3], 64)
		f.Present = f.Present && f.Percent > 0
	}
	p.Markers = append(p.Markers, f)
	return nil
}

// polarityWords end or open a finding's name and say whether the disease
// has it.
var (
	absentTail  = regexp.MustCompile(`(?i)(?:\s*[-−–]|[-\s]+(?:negative|neg|absent|not\s+detected|undetected|wild[- ]?type|wt|non[- ]?amplified|not\s+amplified|unmutated|not\s+mutated|not\s+rearranged|not\s+deleted|germline|unmethylated|not\s+methylated))\s*$`)
	presentTail = regexp.MustCompile(`(?i)(?:\s*\+|[-\s]+(?:positive|pos|present|detected|methylated|mutated|mutation|rearranged|amplified|deleted))\s*$`)
	absentHead  = regexp.MustCompile(`(?i)^\s*(?:no|non|not|without)[- ]\s*`)
)

// originHead is where a genetic finding comes from, before its name.
var originHead = regexp.MustCompile(`(?i)^(?:(?:likely\s+)?pathogenic\s+)?(?:germline|somatic|constitutional|acquired|inherited)\s+`)

func (p *Profile) addGenetics(o *Ontology, s string) error {
	// "germline RB1 mutation": the origin does not change the finding.
	text := originHead.ReplaceAllString(strings.TrimSpace(s), "")
	present := true
	if id, ok := o.genetics.lookup(text); ok && !absentTail.MatchString(text) && !absentHead.MatchString(text) {
		p.Genetics = append(p.Genetics, GeneticFact{Key: o.genetics.key(id), Present: true})
		return nil
	}
	switch {
	case absentHead.MatchString(text):
		text, present = absentHead.ReplaceAllString(text, ""), false
	case absentTail.MatchString(text):
		text, present = absentTail.ReplaceAllString(text, ""), false
	case presentTail.MatchString(text):
		text = presentTail.ReplaceAllString(text, "")
	}
	key := strings.TrimSpace(s)
	if id, ok := o.genetics.lookup(text); ok {
		key = o.genetics.key(id)
	}
	// A finding the vocabulary does not know is kept as written; it never
	// decides.
	p.Genetics = append(p.Genetics, GeneticFact{Key: key, Present: present})
	return nil
}

func (p *Profile) setRelapses(_ *Ontology, s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > 20 {
		return fmt.Errorf("write the number of relapses as 0, 1, 2 …")
	}
	p.Relapses, p.RelapsesGiven = n, true
	return nil
}

// relapseSites maps the words for a site of relapse onto the profile's.
var relapseSites = map[string]string{
	"marrow": "marrow", "bone marrow": "marrow", "bm": "marrow", "medullary": "marrow", "isolated marrow": "marrow",
	"isolated-cns": "isolated-cns", "isolated cns": "isolated-cns", "cns": "isolated-cns",
	"isolated-testicular": "isolated-testicular", "isolated testicular": "isolated-testicular", "testicular": "isolated-testicular", "testis": "isolated-testicular",
	"combined": "combined", "extramedullary": "extramedullary", "em": "extramedullary", "isolated extramedullary": "extramedullary",
}

func (p *Profile) setRelapseSite(_ *Ontology, s string) error {
	site, ok := relapseSites[strings.ToLower(strings.TrimSpace(s))]
	if !ok {
		return fmt.Errorf("write the site of relapse as marrow, cns, testicular, combined or extramedullary")
	}
	p.RelapseSite = site
	return nil
}

// diseaseStatuses maps the words for the state of the disease onto the
// profile's.
var diseaseStatuses = map[string]string{
	"newly-diagnosed": "newly-diagnosed", "newly diagnosed": "newly-diagnosed", "new": "newly-diagnosed",
	"untreated": "newly-diagnosed", "frontline": "newly-diagnosed", "first-line": "newly-diagnosed",
	"relapsed": "relapsed", "relapse": "relapsed", "recurrent": "relapsed",
	"refractory": "refractory", "primary refractory": "refractory",
	"remission": "remission", "cr": "remission", "complete remission": "remission", "in remission": "remission",
}

func (p *Profile) setStatus(_ *Ontology, s string) error {
	st, ok := diseaseStatuses[strings.ToLower(strings.TrimSpace(s))]
	if !ok {
		return fmt.Errorf("write the disease status as newly-diagnosed, relapsed, refractory or remission")
	}
	p.Status = st
	return nil
}

// mrdPower reads "10^-3", "10-4", "1e-3", "1 x 10^-4".
var mrdPower = regexp.MustCompile(`(?i)^\s*(?:(\d+(?:\.\d+)?)\s*(?:x|×|\*)\s*)?10\s*(?:\^|\*\*)?\s*[-−–]\s*(\d)\s*$|^\s*(\d+(?:\.\d+)?)\s*e\s*[-−–]\s*(\d)\s*$`)

func (p *Profile) setMRD(_ *Ontology, s string) error {
	text := strings.ToLower(strings.TrimSpace(s))
	switch text {
	case "negative", "neg", "undetectable", "not detected", "0", "0%":
		p.MRD = &MRDFact{Percent: 0}
		return nil
	case "positive", "pos", "detectable", "detected":
		p.MRD = &MRDFact{Percent: -1, Positive: true}
		return nil
	}
	if m := mrdPower.FindStringSubmatch(text); m != nil {
		mant, exp := m[1], m[2]
		if m[3] != "" {
			mant, exp = m[3], m[4]
		}
		v := 1.0
		if mant != "" {
			v, _ = strconv.ParseFloat(mant, 64)
		}
		e, _ := strconv.Atoi(exp)
		pct := v * 100
		for range e {
			pct /= 10
		}
		p.MRD = &MRDFact{Percent: pct, Positive: pct > 0}
		return nil
	}
	if v, n, ok := numberAt(text); ok && strings.TrimSpace(text[n:]) == "%" {
		p.MRD = &MRDFact{Percent: v, Positive: v > 0}
		return nil
	}
	return fmt.Errorf("write the MRD level as 0.1%%, 10^-3, negative or positive")
}

// cnsFact reads "2", "CNS2", "CNS-3", "cns 2b".
var cnsFact = regexp.MustCompile(`(?i)^\s*(?:cns\s*[-‐–]?\s*)?([123])[abc]?\s*$`)

func (p *Profile) setCNS(_ *Ontology, s string) error {
	m := cnsFact.FindStringSubmatch(s)
	if m == nil {
		return fmt.Errorf("write the CNS status as 1, 2 or 3")
	}
	p.CNS = int(m[1][0] - '0')
	return nil
}

// scaleNames maps the names of the performance scales onto the profile's.
var scaleNames = map[string]string{
	"lansky": scaleLansky, "lps": scaleLansky, "lansky play": scaleLansky, "lansky play-performance": scaleLansky,
	"karnofsky": scaleKarnofsky, "kps": scaleKarnofsky,
	"ecog": scaleECOG, "zubrod": scaleECOG, "who": scaleECOG, "ecog ps": scaleECOG,
}

func (p *Profile) addScore(_ *Ontology, s string) error {
	text := strings.TrimSpace(s)
	i := strings.LastIndexFunc(text, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == '%') })
	scale, ok := scaleNames[strings.ToLower(strings.TrimSpace(text[:i+1]))]
	v, err := strconv.ParseFloat(strings.TrimSuffix(text[i+1:], "%"), 64)
	if !ok || err != nil {
		return fmt.Errorf("write a performance score as \"lansky 70\", \"karnofsky 80\" or \"ecog 1\"")
	}
	return p.putScore(scale, v)
}

// putScore sets a score, after checking its range.
func (p *Profile) putScore(scale string, v float64) error {
	if scale == scaleECOG && (v < 0 || v > 5) || scale != scaleECOG && (v < 0 || v > 100) {
		return fmt.Errorf("%s %g is outside its scale", scaleLabel(scale), v)
	}
	for i, old := range p.Scores {
		if old.Scale == scale {
			p.Scores[i].Value = v
			return nil
		}
	}
	p.Scores = append(p.Scores, ScoreFact{Scale: scale, Value: v})
	return nil
}

// scaleSetter sets one scale's score from a bare number: --lansky 70.
func scaleSetter(scale string) func(*Profile, *Ontology, string) error {
	return func(p *Profile, _ *Ontology, s string) error {
		v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(s), "%"), 64)
		if err != nil {
			return fmt.Errorf("write the %s score as a number", scaleLabel(scale))
		}
		return p.putScore(scale, v)
	}
}

// firstDigit finds where a lab value's number begins.
var firstDigit = regexp.MustCompile(`\s[<>≤≥]?\s*\d|\s\.\d`)

func (p *Profile) addLab(o *Ontology, s string) error {
	text := strings.TrimSpace(s)
	loc := firstDigit.FindStringIndex(" " + text)
	if loc == nil {
		return fmt.Errorf("write a lab value as \"bilirubin 1.2 xULN\", \"LVEF 55%%\" or \"ANC 800/uL\"")
	}
	at := max(loc[0]-1, 0)
	name := strings.TrimSpace(text[:at])
	id, ok := o.labs.lookup(name)
	if !ok {
		return fmt.Errorf("the lab %q is not in the vocabulary of labs (data/labs.tsv)", name)
	}
	v, n, found := numberAt(strings.TrimLeft(text[at:], " <>≤≥"))
	if !found {
		return fmt.Errorf("write a lab value as \"bilirubin 1.2 xULN\", \"LVEF 55%%\" or \"ANC 800/uL\"")
	}
	rest := strings.TrimLeft(text[at:], " <>≤≥")[n:]
	unit, factor, un := unitAt(unlabelledULN(rest))
	if strings.TrimSpace(unlabelledULN(rest)[un:]) != "" {
		return fmt.Errorf("cannot read the unit %q", strings.TrimSpace(rest))
	}
	canonical := o.labs.attr(id, "unit")
	if unit == unitNone {
		switch canonical {
		case unitPercent, unitPerUL, unitMs, unitKg, unitGFR:
			unit = canonical
		default:
			return fmt.Errorf("%s needs its unit, as %s", o.labs.key(id), unitLabel(canonical))
		}
	}
	p.Labs = append(p.Labs, LabFact{Analyte: o.labs.key(id), Value: quantity{value: v * factor, unit: unit}})
	return nil
}

// unlabelledULN writes "ULN" with its "×" when a value gives it bare: "1.2
// ULN".
func unlabelledULN(s string) string {
	t := strings.TrimSpace(s)
	if strings.EqualFold(t, "uln") {
		return "xULN"
	}
	return s
}

func (p *Profile) addSyndrome(o *Ontology, s string) error {
	text := strings.TrimSpace(s)
	if strings.EqualFold(text, "none") {
		p.NoSyndrome = true
		return nil
	}
	if id, ok := o.syndromes.lookup(text); ok {
		text = o.syndromes.key(id)
	}
	// A syndrome the vocabulary does not know is kept as written; it
	// never decides, and the patient is not "without syndrome".
	p.Syndromes = append(p.Syndromes, text)
	return nil
}

func (p *Profile) addPrior(o *Ontology, s string) error {
	name, when, ok := strings.Cut(s, ":")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return fmt.Errorf("write a prior therapy as THERAPY:WHEN, such as allo-hsct:8m, blinatumomab:never or auto-hsct:ever")
	}
	// A therapy the vocabulary does not know is kept as written: no
	// criterion can be compared with it, so it never decides.
	set, known := o.readTherapyName(name)
	f := TherapyFact{Name: name, set: set, known: known}
	switch strings.ToLower(strings.TrimSpace(when)) {
	case "never", "no":
	case "ever", "yes", "had":
		p.Therapies = append(p.Therapies, f)
		return nil
	case "now", "current", "ongoing":
		f.SinceKnown, f.SinceLabel = true, "0 days"
		p.Therapies = append(p.Therapies, f)
		return nil
	default:
		days, label, err := ParsePatientAge(when)
		if err != nil {
			return fmt.Errorf("the time since %s: %w, or write ever or never", name, err)
		}
		f.SinceDays, f.SinceKnown, f.SinceLabel = days, true, label
		p.Therapies = append(p.Therapies, f)
		return nil
	}
	f.Never = true
	p.Therapies = append(p.Therapies, f)
	return nil
}

// targetTherapy reads a therapy named by its target alone: "anti-CD38",
// "CD19-directed", "CD22 targeted therapy".
var targetTherapy = regexp.MustCompile(`(?i)^\s*(?:anti[- ]?)?(.+?)(?:[- ](?:directed|targeted|targeting|specific|based))?(?:\s+(?:therapy|therapies|agents?|treatment|drugs?))?\s*$`)

// readTherapyName reads a therapy's name: an entry of the vocabulary, or a
// target ("anti-CD38").
func (o *Ontology) readTherapyName(name string) (therapySet, bool) {
	if id, ok := o.therapies.lookup(name); ok {
		return therapySet{class: id}, true
	}
	m := targetTherapy.FindStringSubmatch(name)
	if m == nil {
		return therapySet{}, false
	}
	if id, ok := o.targets.lookup(m[1]); ok && (strings.Contains(strings.ToLower(name), "anti") || len(m[1]) < len(strings.TrimSpace(name))) {
		return therapySet{class: -1, target: o.targets.key(id)}, true
	}
	// "heart-surgery", "pelvic radiotherapy", "lincl-gene-therapy-study":
	// the one therapy the words name, when they name one line of descent.
	found := -1
	for _, m := range o.therapies.names.find(name, tokenize(name)) {
		switch {
		case found < 0 || o.therapies.isA(m.id, found):
			found = m.id
		case !o.therapies.isA(found, m.id):
			return therapySet{}, false
		}
	}
	if found >= 0 {
		return therapySet{class: found}, true
	}
	return therapySet{}, false
}

func (p *Profile) setPregnant(_ *Ontology, s string) error {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "yes", "true", "y":
		v := true
		p.Pregnant = &v
	case "no", "false", "n":
		v := false
		p.Pregnant = &v
	default:
		return fmt.Errorf("write yes or no")
	}
	return nil
}

// weightForm reads "20kg", "20 kg", "44 lb".
var weightForm = regexp.MustCompile(`(?i)^\s*(\d+(?:\.\d+)?)\s*(kg|kgs|kilograms?|lb|lbs|pounds?|g|grams?)\s*$`)

func (p *Profile) setWeight(_ *Ontology, s string) error {
	m := weightForm.FindStringSubmatch(s)
	if m == nil {
		return fmt.Errorf("write the weight with its unit, as 20kg")
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	switch unit := strings.ToLower(m[2]); {
	case strings.HasPrefix(unit, "l") || strings.HasPrefix(unit, "p"):
		v *= 0.45359237
	case unit == "g" || strings.HasPrefix(unit, "gram"):
		v /= 1000
	}
	p.WeightKg = v
	return nil
}

var (
	// cnsProgressing and cnsResponding read how CNS disease behaves on
	// therapy from the diagnosis text.
	cnsProgressing = regexp.MustCompile(`(?i)\bCNS\s*-?\s*[23]?\b[^,;.]{0,30}\b(?:progressing|progressive|refractory)\b|\b(?:progressing|progressive|refractory)\s+CNS\b`)
	cnsResponding  = regexp.MustCompile(`(?i)\bCNS\s*-?\s*[23]?\b[^,;.]{0,30}\b(?:responding|responsive|cleared|clearing|resolved)\b`)
	// marrowBlasts reads "marrow blasts 3%" from the diagnosis text.
	marrowBlasts = regexp.MustCompile(`(?i)\b(?:bone\s+)?marrow\s+blasts?\s*(?:of\s+)?(\d+(?:\.\d+)?)\s*%`)
)

// readDiagnosisFacts reads the facts a diagnosis written in full states
// besides the diagnosis: how CNS disease behaves on therapy, the marrow
// blasts.
func (p *Profile) readDiagnosisFacts(text string) {
	switch {
	case cnsProgressing.MatchString(text):
		v := true
		p.CNSProgressing = &v
	case cnsResponding.MatchString(text):
		v := false
		p.CNSProgressing = &v
	}
	if m := marrowBlasts.FindStringSubmatch(text); m != nil {
		if _, ok := p.lab("blasts"); !ok {
			v, _ := strconv.ParseFloat(m[1], 64)
			p.Labs = append(p.Labs, LabFact{Analyte: "blasts", Value: quantity{value: v, unit: unitPercent}})
		}
	}
}
