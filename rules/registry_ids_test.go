package rules

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

func idsOf(t model.Trial) []string {
	var out []string
	for _, id := range t.RegistryIDs {
		out = append(out, id.Registry+" "+id.ID)
	}
	return out
}

// TestRegistryIDs: one registry a line, the numbers made up but well formed.
func TestRegistryIDs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"ISRCTN: ISRCTN40581726", []string{"ISRCTN ISRCTN40581726"}},
		{"Registered as ISRCTN 40581726 in 2021", []string{"ISRCTN ISRCTN40581726"}},
		{"This study was registered with ISRCTN code: 94206677.", []string{"ISRCTN ISRCTN94206677"}},
		{"ISRCTN number 94206677; ISRCTN no. 12345678", []string{"ISRCTN ISRCTN94206677", "ISRCTN ISRCTN12345678"}},
		{"ISRCTN #94206677", []string{"ISRCTN ISRCTN94206677"}},
		{"ISRCTN registry 2021 and 94206677", nil},
		{"EudraCT number 2017-004312-28", []string{"EudraCT 2017-004312-28"}},
		{"EU CT number: 2024-510873-41-00", []string{"EU CT 2024-510873-41-00"}},
		{"Trial registered with ACTRN12620000713954", []string{"ACTRN ACTRN12620000713954"}},
		{"ChiCTR2100045872 (registration)", []string{"ChiCTR ChiCTR2100045872"}},
		{"Registry number ChiCTR-IOR-16008754", []string{"ChiCTR ChiCTR-IOR-16008754"}},
		{"Netherlands Trial Register: NTR5736", []string{"NTR NTR5736"}},
		{"臨床試験ID : JMA-IIA00354", []string{"JMACCT JMA-IIA00354"}},
		{"登记号 CTR20171407", []string{"China Drug Trials CTR20171407"}},
		{"NCI Trial ID: NCI-2022-03918", []string{"NCI NCI-2022-03918"}},
		{"German register DRKS00027465", []string{"DRKS DRKS00027465"}},
		{"jRCT2031220318", []string{"jRCT jRCT2031220318"}},
		{"Registration number: IRCT20200101012345N1", []string{"IRCT IRCT20200101012345N1"}},
		{"CRIS KCT0001234 (Korea)", []string{"CRIS KCT0001234"}},
		{"TCTR20200101001", []string{"TCTR TCTR20200101001"}},
		{"PACTR202001123456789", []string{"PACTR PACTR202001123456789"}},
		{"ReBEC: RBR-6qvdftm", []string{"ReBEC RBR-6qvdftm"}},
		{"Onderzoeksregister: NL-OMON52345", []string{"OMON NL-OMON52345"}},
		{"SLCTR/2020/001 (Sri Lanka)", []string{"SLCTR SLCTR/2020/001"}},
		{"LBCTR2020013456", []string{"LBCTR LBCTR2020013456"}},
		{"RPCEC00000301", []string{"RPCEC RPCEC00000301"}},
		{"KCT00012345 has a digit too many", nil},
		{"Japan: jRCTs041190087", []string{"jRCT jRCTs041190087"}},
		{"CTRI/2023/04/051862 [Registered on: 21/04/2023]", []string{"CTRI CTRI/2023/04/051862"}},
		{"UMIN Clinical Trials Registry: UMIN000012345", []string{"UMIN UMIN000012345"}},
		{"Protocol number: ONC-PED-117", []string{"sponsor protocol ONC-PED-117"}},
		{"Sponsor protocol code | KIDS-CAR-02 |", []string{"sponsor protocol KIDS-CAR-02"}},
		{"Other Study ID Numbers: |\nPEDCAR_2023_01 |", []string{"sponsor protocol PEDCAR_2023_01"}},
		{"Other trial ID\n\nKIDS-CML-201, EudraCT no. 2021-001286-20", []string{"sponsor protocol KIDS-CML-201", "EudraCT 2021-001286-20"}},
		{"The other trial identified 40 patients", nil},
		{`"orgStudyIdInfo": {"id": "HOSP-19-447"}`, []string{"sponsor protocol HOSP-19-447"}},
		{"<org_study_id>COG-AX41</org_study_id>", []string{"sponsor protocol COG-AX41"}},
		{"<org_study_id>RTOG L-0117</org_study_id>", []string{"sponsor protocol RTOG L-0117"}},
		{"'orgStudyIdInfo': {'id': 'KIDSCAR'}", []string{"sponsor protocol KIDSCAR"}},
		{"Protocol number: 05-1109 Version 2", []string{"sponsor protocol 05-1109"}},
		{"Protocol # :\n21-117\nConditions", []string{"sponsor protocol 21-117"}},
		{"Protocol\n\n19-042\n\nPhase", []string{"sponsor protocol 19-042"}},
		{"IRB Study Number 20-118", []string{"sponsor protocol 20-118"}},
		{"CTEP ID ACNS2021", []string{"sponsor protocol ACNS2021"}},
		{"A.5.2US NCT (ClinicalTrials.gov registry) numberNCT01234567", []string{"ClinicalTrials.gov NCT01234567"}},
		{"A.4.1Sponsor's protocol code numberADVL1812", []string{"sponsor protocol ADVL1812"}},
		{"Sponsor's Protocol Code Number:ACNS1422", []string{"sponsor protocol ACNS1422"}},
		{"Registry ID\nCTIS2022-500783-35-00\nAcronym", []string{"EU CT 2022-500783-35-00"}},
		{"Registration Number\nEUCTR2016-001935-12-DE", []string{"EudraCT 2016-001935-12"}},
		{"randomized Ewing 2008R1 trial (EudraCT2008-003658-13) was conducted", []string{"EudraCT 2008-003658-13"}},
		{"XYZ2008-003658-13", nil},
		{"Protocol IDs\nN2004-05 (primary)", []string{"sponsor protocol N2004-05"}},
		{"Protocol identifiers: KIDS-07", []string{"sponsor protocol KIDS-07"}},
		{"Protocol COG ACNS1422\nStudy for WNT medulloblastoma", []string{"sponsor protocol ACNS1422"}},
		{"Protocol: AALL1731\nPhase 3", []string{"sponsor protocol AALL1731"}},
		// a page that heads each trial it lists: the first
		{"Protocol COG ACNS1422\nFirst trial\nProtocol COG ACNS1721\nSecond trial", []string{"sponsor protocol ACNS1422"}},
		{"Novartis Reference Number: CADPT07A12101", []string{"sponsor protocol CADPT07A12101"}},
		{"Sponsor's reference no. PX-2291", []string{"sponsor protocol PX-2291"}},
		{"ClinicalTrials.GovNCT04293562", []string{"ClinicalTrials.gov NCT04293562"}},
		{"Trial IDNCT01234567Recruiting", []string{"ClinicalTrials.gov NCT01234567"}},
		// several in one text, in its order
		{"Secondary IDs: 2019-002731-11, NCI-2019-06627", []string{"EudraCT 2019-002731-11", "NCI NCI-2019-06627"}},
	}
	for _, tt := range tests {
		var tr model.Trial
		ResolveRegistryIDs(&tr, tt.text)
		if got := idsOf(tr); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRegistryIDsNotIDs: numbers that only look like identifiers, and
// labels with no protocol number after them.
func TestRegistryIDsNotIDs(t *testing.T) {
	for _, text := range []string{
		"Call 2019-004312 for details",
		"Serial 12019-004312-28",
		"2019-004312-28-1234",
		"ISRCTN4058172",
		"XISRCTN40581726",
		"XNCT01234567",
		"paidNCT01234567",
		"NCT012345678",
		"Protocol number: not stated",
		"as described in the protocol",
		"Protocol\nTreatment follows the 2012 guideline",
		"The protocol # is given on request",
		"Sites open the trial under the protocol identification AB1234 at the support unit",
		"NCI-20-0012",
		"XCTIS2022-500783-35-00",
		"ABC2016-001935-12-DE",
		"EUCTR2016-001935-12-DEU",
		"REC reference: 20/LO/1234",
		"IRAS reference number 270337",
		"Ethics committee's reference number: 2019-117",
		"Please quote your reference number 40021 when you call",
		"Protocol amendment 2 was approved",
		"Protocol 2",
		"In this protocol COG ACNS1422 was cited",
	} {
		var tr model.Trial
		ResolveRegistryIDs(&tr, text)
		if len(tr.RegistryIDs) != 0 {
			t.Errorf("%q: got %v, want none", text, idsOf(tr))
		}
	}
}

// TestRegistryIDsNCT: the trial's own NCT ID leads; another NCT ID counts
// only under a label, whatever the label says; a trial with no NCT ID takes
// a labelled one.
func TestRegistryIDsNCT(t *testing.T) {
	tests := []struct {
		own, text string
		want      []string
		wantNCT   string
	}{
		{"NCT05512345", "Patients on NCT04400123 are excluded", []string{"ClinicalTrials.gov NCT05512345"}, "NCT05512345"},
		{"NCT05512345", "Secondary IDs: NCT04400123", []string{"ClinicalTrials.gov NCT05512345", "ClinicalTrials.gov NCT04400123"}, "NCT05512345"},
		{"", "ClinicalTrials.gov number\nNCT04400123", []string{"ClinicalTrials.gov NCT04400123"}, "NCT04400123"},
		{"", "Registration number: NCT04400123; ISRCTN40581726", []string{"ClinicalTrials.gov NCT04400123", "ISRCTN ISRCTN40581726"}, "NCT04400123"},
		{"", "see NCT04400123 for the pilot", nil, ""},
	}
	for _, tt := range tests {
		tr := model.Trial{NCTID: tt.own}
		ResolveRegistryIDs(&tr, tt.text)
		if got := idsOf(tr); !reflect.DeepEqual(got, tt.want) || tr.NCTID != tt.wantNCT {
			t.Errorf("%q: got %v (NCT ID %q), want %v (%q)", tt.text, got, tr.NCTID, tt.want, tt.wantNCT)
		}
	}
}

// TestRegistryIDsResolvedTwice: resolving a trial again with no text, as
// a document of several trials is, keeps its identifiers and notes each
// once.
func TestRegistryIDsResolvedTwice(t *testing.T) {
	tr := model.Trial{NCTID: "NCT05512345"}
	ResolveRegistryIDs(&tr, "Protocol ID: AALL1732\nClinicalTrials.gov ID: NCT05512345")
	ids, notes := idsOf(tr), tr.Provenance[model.FieldRegistryIDs]
	ResolveRegistryIDs(&tr, "")
	if !reflect.DeepEqual(idsOf(tr), ids) || tr.Provenance[model.FieldRegistryIDs] != notes {
		t.Errorf("after a second pass: %v, %q; want %v, %q", idsOf(tr), tr.Provenance[model.FieldRegistryIDs], ids, notes)
	}
}

// TestAddRecordIDs: identifiers a record states in its own fields, the
// sponsor's protocol number kept only where the field is one, follow the
// NCT ID even in a document of several trials.
func TestAddRecordIDs(t *testing.T) {
	tr := model.Trial{NCTID: "NCT05512345"}
	AddRecordIDs(&tr, []string{"PED-ONC-07"}, true, "orgStudyIdInfo.id")
	AddRecordIDs(&tr, []string{"2020-004417-35", "R01CA123456", "NCI-2020-07712"}, false, "secondaryIdInfos.id")
	ResolveRegistryIDs(&tr, "")
	want := []string{"ClinicalTrials.gov NCT05512345", "sponsor protocol PED-ONC-07", "EudraCT 2020-004417-35", "NCI NCI-2020-07712"}
	if got := idsOf(tr); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// A document that names more than 50 identifiers keeps the first 50, with
// a warning.
func TestRegistryIDsBounded(t *testing.T) {
	var text strings.Builder
	for i := range 60 {
		fmt.Fprintf(&text, "Secondary ID: NCT%08d\n", 10000000+i)
	}
	tr := model.Trial{}
	ResolveRegistryIDs(&tr, text.String())
	if len(tr.RegistryIDs) != maxRegistryIDs || len(tr.WarningsFor(model.FieldRegistryIDs)) != 1 {
		t.Errorf("%d identifiers and warnings %v, want %d and one warning", len(tr.RegistryIDs), tr.WarningsFor(model.FieldRegistryIDs), maxRegistryIDs)
	}
}
