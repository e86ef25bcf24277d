package rules

// registryForms lists the trial registries whose numbers are read from any
// text, one line a registry: the registry's name, a literal every number
// starts with (searched for first, so that a text without one costs
// nothing), and the number's form. Adding a registry is one line.
var registryForms = []struct {
	Registry, Anchor, Form string
}{
	{RegistryNCT, "NCT", `^NCT\d{8}`},
	{"ISRCTN", "ISRCTN", `^ISRCTN ?\d{8}`},
	{"ACTRN", "ACTRN", `^ACTRN\d{14}`},
	{"ChiCTR", "ChiCTR", `^ChiCTR(?:-[A-Z]{2,4}-)?\d{8,10}`},
	{"NCI", "NCI-", `^NCI-\d{4}-\d{5}`},
	{"DRKS", "DRKS", `^DRKS\d{8}`},
	{"jRCT", "jRCT", `^jRCT[a-z]?\d{9,10}`},
	{"CTRI", "CTRI/", `^CTRI/\d{4}/\d{2,3}/\d{6}`},
	{"UMIN", "UMIN", `^UMIN\d{9}`},
}

// idLabels are the words on a line that label an identifier: an NCT
// number other than the trial's own is kept only on such a line (or after
// one), so that a trial a criterion mentions is not taken for this one's.
var idLabels = []string{
	"identifier", "registration", "registry", "number", "secondary id", "study id",
	"trial id", "clinicaltrials.gov", "nct id", "other id", "protocol id",
}

// protocolWords are the words after "protocol" that make it the label of a
// sponsor's protocol number ("Protocol number: ABC-123", "Sponsor protocol
// code", "Organization's Unique Protocol ID", "Protocol # :"), longest
// first. "Protocol" alone on its line labels the number on the next.
var protocolWords = []string{" numbers", " number", " identifiers", " identifier", " code", " no.", " no", " ids", " id", " #"}

// studyIDLabels are the words before "study ID" that make it such a label:
// "Other Study ID Numbers: | UCART22_01 |", "Org Study ID", and the legacy
// XML's <org_study_id>.
var studyIDLabels = []string{"other ", "org ", "org_", "irb "}

// studyIDWords are the words after "study" in such a label, longest first.
var studyIDWords = []string{" id numbers", " id number", " id", " number", "_id>"}

// ctepWords are the words after "CTEP" that make it the label of the
// National Cancer Institute's protocol number: "CTEP ID APAL2020SC".
var ctepWords = []string{" id", " number"}

// protocolAPI matches the organisation's study ID in API JSON or its Python
// literal: "orgStudyIdInfo": {"id": "ABC-123"}.
const protocolAPI = `^orgStudyIdInfo['"]?\s*:\s*\{\s*['"]id['"]\s*:\s*['"]`

// gluedIDLabels are the label words a page may glue to the number they
// label, lower-cased: "… registry) numberNCT03813147". A number glued to
// any other word ("XNCT01234567") is not one.
var gluedIDLabels = []string{"number", "identifier", "id"}

// euGluedPrefixes are the names the WHO's trial portal and the sites that
// copy it glue to an EU number: "CTIS2022-500783-35-00" (an EU CT number),
// "EUCTR2016-001935-12-DE" (a EudraCT number with the country of the
// record). A number glued to any other letters is not one.
var euGluedPrefixes = []string{"CTIS", "EUCTR"}

// protocolTrailWords are label words that may follow a protocol label's own
// word, spaced or glued to the number: "Sponsor's protocol code
// numberADVL1712", "Protocol Code Number:ADVL1712".
var protocolTrailWords = []string{"number"}

// referenceWords are the words after "reference" that make it the label of
// a sponsor's study number: "Novartis Reference Number: CADPT07A12101",
// "Sponsor reference no.".
var referenceWords = []string{" numbers", " number", " no.", " no", " id", " code"}

// notSponsorReference are the words before "reference" that make it the
// number of something other than the sponsor's study: an ethics
// committee's, a funder's, a site's.
var notSponsorReference = []string{"rec", "iras", "ethics", "committee", "irb", "grant", "funder", "funding", "site", "hospital", "patient", "your", "our", "cross"}
