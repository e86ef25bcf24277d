package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

const (
	emptyStudy = `{"protocolSection":{}}`
	realStudy  = `{"protocolSection":{"identificationModule":{"nctId":"NCT01234567","briefTitle":"A study"}}}`
)

func repeatJSON(study string, n int) string {
	return strings.TrimSuffix(strings.Repeat(study+",", n), ",")
}

// TestEmptyStudies: a study with no NCT ID, title, phase, ages, targets or criteria
// is an error alone and left out, with one warning, among others.
func TestEmptyStudies(t *testing.T) {
	for _, tt := range []struct {
		name, text, wantErr string
	}{
		{"one empty study", emptyStudy, "the study has no NCT ID, title, phase, ages, targets or criteria"},
		{"an array of empty studies", "[" + repeatJSON(emptyStudy, 10_000) + "]", "all 10,000 studies in it have no NCT ID"},
		{"a page of empty studies", `{"studies":[` + repeatJSON(emptyStudy, 3) + `]}`, "all 3 studies in it have no NCT ID"},
		{"an empty XML record", `<clinical_study><brief_summary><textblock>x</textblock></brief_summary></clinical_study>`, "the study has no NCT ID"},
		{"empty CSV rows", "NCT Number,Study Title,Phases\n,,\n , , \n", "all 2 studies in it have no NCT ID"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("studies.json", []byte(tt.text))
			if !errors.Is(res.Err, ErrEmptyStudy) || !strings.HasPrefix(res.Err.Error(), "studies.json: ") || !strings.Contains(res.Err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want %q", res.Err, tt.wantErr)
			}
		})
	}
	res := Read("mixed.json", []byte("["+emptyStudy+","+realStudy+","+emptyStudy+"]"))
	if res.Err != nil || len(res.Trials) != 1 || res.Trials[0].NCTID != "NCT01234567" {
		t.Fatalf("mixed: %v, %d trials", res.Err, len(res.Trials))
	}
	if w := res.Trials[0].WarningsFor(model.FieldDocument); len(w) != 1 || w[0] != "2 of the 3 studies in this file have no NCT ID, title, phase, ages, targets or criteria, and were left out." {
		t.Errorf("warnings = %q", w)
	}
}

// TestStudyCap: one document yields at most MaxTrials studies.
func TestStudyCap(t *testing.T) {
	var csvRows strings.Builder
	csvRows.WriteString("NCT Number,Study Title,Phases\n")
	for i := range MaxTrials + 1 {
		fmt.Fprintf(&csvRows, "NCT%08d,Study %d,PHASE2\n", i, i)
	}
	for name, text := range map[string]string{
		"array.json": "[" + repeatJSON(realStudy, MaxTrials+1) + "]",
		"page.json":  `{"studies":[` + repeatJSON(realStudy, MaxTrials+1) + `]}`,
		"rows.csv":   csvRows.String(),
	} {
		res := Read(name, []byte(text))
		if !errors.Is(res.Err, ErrTooManyStudies) || !strings.Contains(res.Err.Error(), "more than 20,000 studies") {
			t.Errorf("%s: err = %v", name, res.Err)
		}
	}
	res := Read("max.json", []byte("["+repeatJSON(realStudy, MaxTrials)+"]"))
	if res.Err != nil || len(res.Trials) != MaxTrials {
		t.Errorf("%d studies: %v, %d trials", MaxTrials, res.Err, len(res.Trials))
	}
}

// TestJSONMessages: a decoder failure is told as where the JSON is wrong
// and what to do, never as a Go type or struct field.
func TestJSONMessages(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"phases not a list", `{"protocolSection":{"designModule":{"phases":"PHASE2"}}}`,
			[]string{"the JSON field protocolSection.designModule.phases is a text, where the format has a list of texts", "download it again"}},
		{"count not a number", `[{"protocolSection":{"designModule":{"enrollmentInfo":{"count":"ten"}}}}]`,
			[]string{"study 1 of the list: the JSON field protocolSection.designModule.enrollmentInfo.count is a text, where the format has a whole number"}},
		{"count a fraction", `{"studies":[` + realStudy + `,{"protocolSection":{"designModule":{"enrollmentInfo":{"count":1.5}}}}]}`,
			[]string{"study 2 of the list: the JSON field protocolSection.designModule.enrollmentInfo.count is the number 1.5, where the format has a whole number"}},
		{"interventions not a list", `{"protocolSection":{"armsInterventionsModule":{"interventions":{}}}}`,
			[]string{"protocolSection.armsInterventionsModule.interventions is an object, where the format has a list of objects"}},
		{"cut short", `{"protocolSection":{"identificationModule":{"nctId":"NCT01234567",`, []string{"the JSON stops in the middle, so the file is cut short"}},
		{"broken", "{\"protocolSection\":\n{\"identificationModule\" x}}", []string{"the JSON is broken at line 2, column 25 (unexpected character 'x' after object key)"}},
		{"broken after blank lines", "\n\n" + `{"protocolSection":{"a" x}}`, []string{"the JSON is broken at line 3, column 25"}},
		{"studies not a list", `{"studies":{"protocolSection":{}}}`, []string{"the JSON field studies is not a list"}},
		{"trailing text", "[" + realStudy + "]\n x", []string{"the JSON is broken at line 2, column 2 (unexpected character 'x' after top-level value)"}},
		{"trailing JSON", "[" + realStudy + "]\n[]", []string{"more JSON follows the end of the document at line 2"}},
		{"empty list", `{"studies":[], "protocolSection":{}}`, []string{"the list of studies is empty"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("study", []byte(tt.text))
			if res.Err == nil {
				t.Fatalf("read %d trials", len(res.Trials))
			}
			msg := res.Err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("%q\nlacks %q", msg, w)
				}
			}
			for _, technical := range []string{"Go struct", "json:", "unmarshal", "[]string", "*int"} {
				if strings.Contains(msg, technical) {
					t.Errorf("%q says %q", msg, technical)
				}
			}
		})
	}
}

// TestJSONBrokenAfterProtocol keeps a single study whose protocol section
// is whole, and warns that the rest was not read.
func TestJSONBrokenAfterProtocol(t *testing.T) {
	res := Read("cut.json", []byte(`{"protocolSection":{"identificationModule":{"nctId":"NCT01234567"}},"resultsSection":{"x":[1,2`))
	if res.Err != nil || len(res.Trials) != 1 || res.Trials[0].NCTID != "NCT01234567" {
		t.Fatalf("%v, %+v", res.Err, res.Trials)
	}
	if w := res.Trials[0].WarningsFor(model.FieldDocument); len(w) != 1 || !strings.Contains(w[0], "Only the protocol section was read: the JSON stops in the middle, so the file is cut short") {
		t.Errorf("warnings = %q", w)
	}
}

// TestXMLMessages: an XML decoder failure is told by line and what to do.
func TestXMLMessages(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"<clinical_study>\n<id_info><nct_id>NCT01234567</nct_id>\n", "the XML stops in the middle (line 3), so the file is cut short"},
		{"<clinical_study>\n<brief_title>a</official_title>\n</clinical_study>", "the XML is broken at line 2 (element <brief_title> closed by </official_title>)"},
		{"<clinical_study><brief_title>&lol9;</brief_title></clinical_study>", "the XML uses the entity &lol9; (line 1), which is not one of XML's own"},
	} {
		res := Read("record", []byte(tt.text))
		if res.Err == nil || !strings.Contains(res.Err.Error(), tt.want) || strings.Contains(res.Err.Error(), "xml:") {
			t.Errorf("err = %v, want %q", res.Err, tt.want)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 20000: "20,000", 1234567: "1,234,567", -1500: "-1,500"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestSummaryWithTargetsIsContent: a study that states nothing but a
// summary naming the antigens its trial aims at is read; one whose summary
// names an antigen only as a prior therapy is still empty.
func TestSummaryWithTargetsIsContent(t *testing.T) {
	res := Read("summary.json", []byte(`{"protocolSection":{"descriptionModule":{"briefSummary":"Objectives: to test CD19/CD22-CAR T cells in children."}}}`))
	if res.Err != nil || len(res.Trials) != 1 || strings.Join(res.Trials[0].Targets, ",") != "CD19,CD22" {
		t.Fatalf("summary with targets: %v, %+v", res.Err, res.Trials)
	}
	res = Read("prior.json", []byte(`{"protocolSection":{"descriptionModule":{"briefSummary":"Patients who relapsed after CART19 are followed."}}}`))
	if !errors.Is(res.Err, ErrEmptyStudy) {
		t.Errorf("summary with a prior therapy only: err = %v", res.Err)
	}
}
