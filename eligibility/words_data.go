package eligibility

import (
	"regexp"
	"strings"
)

// wordClass is what a word between requirements does to them.
type wordClass uint8

// The classes of word.
const (
	// wcUnknown is a word of no family: it narrows the requirement it
	// stands by (the requirement may then fail, never hold on its own).
	wcUnknown wordClass = iota
	// wcFiller carries no meaning for the screening: "patients with",
	// "documented", "the".
	wcFiller
	wcOr
	wcAnd
	// wcAndOr is "/" between two requirements ("ALT/AST"): decided only
	// when both agree.
	wcAndOr
	// wcList is a comma or a semicolon between requirements.
	wcList
	// wcColon ends a lead-in ("Any of the following cardiac criteria:").
	wcColon
	// wcNeg negates the requirement after it: "no", "without".
	wcNeg
	// wcEscape opens an alternative or an exception: "unless", "except",
	// "allowed if", "are eligible".
	wcEscape
	// wcExcluding says that the words state what rules a patient out:
	// "are not eligible", "will be excluded".
	wcExcluding
	// wcScope limits the words to a part of the trial: "Arm B", "Cohort
	// 2", "for patients with".
	wcScope
	// wcChanger changes what a requirement means, so that it can no
	// longer be compared: "planned", "allergy", "at diagnosis",
	// "history of" (for a state), a number left over.
	wcChanger
	// wcRestrict narrows a requirement: "active", "uncontrolled".
	wcRestrict
	// wcCurrent is "active", "current", "known": the patient's facts are
	// current, so beside a state of the disease (a CNS status, a
	// relapse) it is filler; beside anything else it narrows.
	wcCurrent
	// wcOther is "other", "another", "additional": harmless beside a
	// therapy ("CAR-T or other gene therapy"), a change beside anything
	// else ("other malignancy").
	wcOther
	// wcTherapyCue speaks of a therapy given ("prior", "received",
	// "after"): it belongs to a requirement about therapies or the course
	// of the disease, and changes any other ("CD19+ at diagnosis", "CNS
	// disease treated with radiation").
	wcTherapyCue
)

// wordFamilies files single words, lower case, one family a line; a
// word stands in one family only (TestWordFamilies). Words not listed
// are wcUnknown.
var wordFamilies = []struct {
	class wordClass
	words string
}{
	{wcFiller, `a an the of to in on at by for from as per via with into onto its their his her this these those that which who whom whose
		is are was were be been being has have having had do does did must should shall will would need needs needed required requires require
		patient patients participant participants subject subjects child children adolescent adolescents young adult adults infant infants
		person persons individual individuals pediatric paediatric boy boys girl girls male males female females man men woman women
		diagnosis diagnosed confirmed confirmation confirm documented documentation document known evidence evident proven proof established
		histologically histological histologic cytologically cytological pathologically pathological pathologic morphologically morphological
		immunophenotypically immunophenotypic immunophenotype verified verification radiographically radiologically
		disease diseases status any all each every both also only alone
		criteria criterion defined definition below above example e g eg i ie
		study trial protocol entry enrollment enrolment registration screening time point visit
		level levels value values count counts score scores result results test tested testing
		flow cytometry immunohistochemistry ihc fish pcr karyotype karyotyping cytogenetic cytogenetics molecular assay assays analysis
		ngs sequencing local central laboratory lab institutional institution standard
		blast blasts leukemic leukaemic leukemia leukaemia tumor tumour cell cells bone marrow peripheral blood csf tissue sample samples
		specimen specimens biopsy site sites lesion
		present presence detected detectable expressed expression positive positivity
		cent percent
		cardiac hepatic renal pulmonary liver kidney heart lung organ organs function functions adequate sufficient normal
		echocardiography echocardiogram echo muga scan mri ct pet imaging multigated ejection
		bearing potential childbearing reproductive fertile specifically directly pathway using formula schwartz cockcroft gault
		mdrd ckd epi bedside equation calculated measured estimated method
		they them he she you your we demonstrates demonstrate demonstrated show shows showing displays exhibits childhood`},
	{wcTherapyCue, `received receive receiving given treated treatment treatments therapy therapies regimen regimens line lines
		course courses cycle cycles dose doses infusion infusions administration administered undergone underwent undergo exposure exposed
		prior previous previously history past ever earlier after following post since last refractory resistant failed failure
		intolerant intolerance taking take takes management manage managed participated participate participation`},
	{wcOr, `or either nor including include includes incl`},
	{wcOther, `other another additional`},
	{wcCurrent, `active current currently overt`},
	{wcAnd, `and plus`},
	{wcNeg, `no not without never none neither absence absent free lack lacking lacks non`},
	{wcEscape, `unless except excepting exception exceptions excluding apart besides allowed allow allows permitted permit permits
		permissible acceptable accepted eligible can may might provided providing if however regardless irrespective even although though
		but waived considered okay ok whichever alternatively otherwise`},
	{wcScope, `arm arms cohort cohorts stratum strata substudy sub-study portion expansion escalation`},
	{wcChanger, `planned plan plans planning candidate candidates suitable unsuitable fit unfit scheduled awaiting await intend intended
		intends intention expected anticipated anticipate allergy allergies allergic hypersensitivity hypersensitive
		contraindication contraindications contraindicated toxicity toxicities complication complications related due secondary induced
		recovered recovery recover resolved resolution donor donors sibling siblings family familial mother father parent parents guardian
		initial original initially originally baseline before until during when while once then
		consent willing able unable inability agree agrees refuse refused dim loss lost escape negativity
		risk predisposition prophylaxis prevention preventive maintenance consolidation induction reinduction salvage
		second new
		rate response responsive responding respond stable stabilized improving
		first third fourth`},
	{wcRestrict, `actively progressive progressing progression uncontrolled symptomatic significant clinically severe serious
		untreated persistent ongoing concurrent concomitant recent recently major acute chronic bulky measurable evaluable
		high highly poor intermediate advanced extensive widespread metastatic unresectable inoperable
		systemic intravenous oral early late`},
}

// wordClasses maps each word of wordFamilies to its class.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, f := range wordFamilies {
		for _, w := range strings.Fields(f.words) {
			m[w] = f.class
		}
	}
	return m
}()

// excludingPhrase says that a sentence states what rules a patient out:
// "are not eligible", "will be excluded".
var excludingPhrase = regexp.MustCompile(`(?i)\b(?:(?:are|is|will\s+be|shall\s+be|would\s+be|be|will)\s+)?(?:not\s+(?:be\s+)?(?:eligible|allowed|permitted|candidates?)|ineligible|excluded)\b|\b(?:is|are)\s+prohibited\b|\bexcludes?\b|\bunsuitable\s+for\s+(?:enrol+ment|participation|the\s+(?:study|trial))`)

// The phrases that class several words at once; they are read before
// single words, so that "are not eligible" is one wcExcluding, not a
// negation. A phrase anchored with ^ is read at the start of a sentence
// only.
var phraseClasses = []struct {
	re    *regexp.Regexp
	class wordClass
}{
	// "Exception: Participants with … are eligible": an escape, not a
	// heading.
	{regexp.MustCompile(`(?i)^\s*exceptions?\s*:\s*\S`), wcEscape},
	{regexp.MustCompile(`(?i)\b(?:are|is|will\s+be|be|remain)\s+(?:also\s+)?eligible\s+for\s+(?:screening|enrol+ment|participation|inclusion|the\s+(?:study|trial)|this\s+(?:study|trial))\b`), wcEscape},
	{regexp.MustCompile(`(?i)\bat\s+(?:the\s+)?time\s+of\s+(?:the\s+)?(?:first\s+|start\s+of\s+)?(?:signing\s+(?:the\s+)?(?:informed\s+)?|informed\s+)?(?:study\s+|protocol\s+)?(?:drug\s+)?(?:administration|dose|dosing|treatment|therapy|enrol+ment|registration|screening|study\s+entry|entry|consent|infusion|randomi[sz]ation)\b(?:\s+(?:and/or|or|and)\s+assent)?(?:,?\s+(?:as\s+applicable|if\s+applicable|where\s+applicable))?|\bbefore\s+or\s+during\s+the\s+(?:study|trial)\b`), wcFiller},
	{regexp.MustCompile(`(?i)\bif\s+(?:there\s+is\s+(?:a\s+)?)?clinical(?:ly)?\s+indicat\w*(?:\s+for\s+(?:its\s+)?determination)?|\bat\s+sea\s+level\b|\bon\s+room\s+air\b`), wcFiller},
	{regexp.MustCompile(`(?i)\b(?:obtained|collected|performed|taken|done|tested)\s+at\s+any\s+time\b|\b(?:where|when|if|as)\s+(?:permitted|allowed|required|applicable)\s+(?:by|according\s+to|under)\s+(?:the\s+)?(?:local|national|applicable|country|regional)\s+(?:law|laws|regulations?|guidelines|requirements)\b(?:[^()]|\([^()]*\))*|\b(?:before|prior\s+to)\s+(?:study\s+)?(?:enrol+ment|registration|entry|screening|randomi[sz]ation|consent)\b`), wcFiller},
	{regexp.MustCompile(`(?i)\band\s*/\s*or\b|\bsuch\s+as\b|\be\.\s?g\.?|\bfor\s+(?:example|instance)\b|\bincluding,?\s+(?:but\s+)?not\s+limited\s+to\b,?|\binclusive\s+of\b`), wcOr},
	{regexp.MustCompile(`(?i)\b(?:(?:will|shall|are|is|would)\s+)?not\s+(?:be\s+)?excluded\b`), wcEscape},
	{excludingPhrase, wcExcluding},
	{regexp.MustCompile(`(?i)\b(?:may|must|should|will|shall|can|could|did|does|do|has|have)\s+not\b|\bcannot\b|\bcan't\b|\bcan’t\b`), wcNeg},
	{regexp.MustCompile(`(?i)\b(?:other\s+than|apart\s+from|with\s+the\s+exception\s+of|except\s+for|but\s+not|as\s+long\s+as|so\s+long\s+as|only\s+if|even\s+if)\b`), wcEscape},
	{regexp.MustCompile(`(?i)\b(?:requiring|needing|in\s+need\s+of)\s+(?:systemic\s+|active\s+)?(?:therapy|treatment)\b`), wcRestrict},
	{regexp.MustCompile(`(?i)\btime\s+to\s+(?:progression|relapse|recurrence|treatment\s+failure|response)|\bduration\s+of\s+(?:response|remission|first\s+remission)|\b(?:remission|response)\s+duration|\binterval\b`), wcChanger},
	{regexp.MustCompile(`(?i)\b(?:at|by)\s+(?:the\s+)?(?:time\s+of\s+)?(?:initial\s+|original\s+|first\s+|primary\s+)?(?:diagnosis|relapse|presentation|recurrence)\b|\bin\s+the\s+(?:opinion|judge?ment)\s+of\b|\b(?:due|secondary|related|attributable)\s+to\b|\b(?:eligible|candidates?|suitable|scheduled|planned|indicated)\s+for\b|\b(?:able|unable|willing)\s+to\b|\bat\s+any\s+time\b|\bin\s+the\s+(?:future|past)\b`), wcChanger},
	{regexp.MustCompile(`(?i)\b(?:arm|cohort|part|stratum|group|phase|segment|level|sub[- ]?study|step)\s*[-:]?\s*(?:[A-H]|[1-9][a-c]?|I{1,3}|IV)\b|\b(?:dose[- ](?:escalation|expansion|finding)|expansion\s+(?:cohort|phase|part))\b`), wcScope},
	{regexp.MustCompile(`(?i)^\s*(?:for|in)\s+(?:patients|participants|subjects|those|children|females|males|women|men|girls|boys|adolescents|adults)\b`), wcScope},
	{regexp.MustCompile(`^\s*[A-Z][A-Za-z/ ]{0,30}:\s`), wcFiller},
	// "a pathogenic somatic or known germline RB1 mutation": either
	// origin, any mutation.
	{regexp.MustCompile(`(?i)\b(?:(?:likely\s+)?pathogenic\s+)?(?:somatic|germline|constitutional|acquired)\s+(?:or|and/or|and)\s+(?:known\s+|likely\s+)?(?:pathogenic\s+)?(?:germline|somatic|constitutional|acquired)\b`), wcFiller},
	// "Acute leukemia of any lineage": the diagnosis, all of it.
	{regexp.MustCompile(`(?i)\b(?:of\s+)?any\s+(?:lineage|subtype|sub-type|type|histology|histologic\s+subtype|stage|grade)\b`), wcFiller},
	// "previously diagnosed B lymphoblastic lymphoma": the diagnosis.
	{regexp.MustCompile(`(?i)\b(?:previously|initially|originally)\s+diagnosed(?:\s+with)?\b`), wcFiller},
	// "≥ 5% (M2 or M3) bone marrow blasts": the marrow grades that say
	// the same.
	{regexp.MustCompile(`\(\s*M[123](?:\s*(?:or|and|/|,)\s*M[123])*(?:\s+marrow)?\s*\)`), wcFiller},
	// "For subject undergoing HSCT, …": of patients who had it.
	{regexp.MustCompile(`(?i)^\s*(?:for|in)\s+(?:a\s+|the\s+|any\s+|all\s+)?(?:patients?|participants?|subjects?|those|children)\s+(?:who\s+are\s+|who\s+have\s+been\s+)?undergoing\b`), wcFiller},
	{regexp.MustCompile(`(?i)\b(?:to\s+be|who\s+(?:will|are\s+to)\s+be|being)\s+(?:enrol+ed|treated|included)\s+(?:in|on|into)\b`), wcFiller},
	{regexp.MustCompile(`(?i)\b(?:(?:meeting|meets?|fulfil+(?:ing|s)?|satisfy(?:ing)?)\s+)?(?:one|any|all|each|at\s+least\s+one)\s+of\s+the\s+following(?:\s+(?:\d+\s+)?(?:conditions|criteria|requirements|categories))?\b`), wcFiller},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:upper\s+limit\s+of\s+normal|ULN)\s+for\s+age\b|\bfor\s+age(?:\s+and\s+(?:sex|gender))?\b`), wcFiller},
}
