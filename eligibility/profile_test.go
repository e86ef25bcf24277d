package eligibility

import (
	"strings"
	"testing"
)

// schemaPatient is the patient of the screening benchmark's format, with
// every fact.
const schemaPatient = `{"age": "7y", "sex": "female", "diagnosis": "B-ALL", "lineage": "B",
	"markers": ["CD19+", "CD22+ 80%", "CD33-"], "cytogenetics": ["Ph+", "KMT2A-r", "FLT3-ITD", "MYCN-amplified"],
	"relapse": 2, "relapse_site": "isolated-cns", "disease_status": "relapsed", "mrd": "0.1%", "cns": 3,
	"performance": ["lansky 70"], "labs": ["bilirubin 1.2 xULN", "ALT 2 xULN", "creatinine clearance 85 mL/min/1.73m2",
	"LVEF 55%", "shortening fraction 30%", "SpO2 95%", "ANC 800/uL", "platelets 50000/uL"], "syndromes": ["down"],
	"prior": ["allo-hsct:8m", "blinatumomab:never", "tisagenlecleucel:4m", "chemotherapy:3w", "auto-hsct:ever"],
	"pregnant": false, "weight": "20kg"}`

func TestParseProfile(t *testing.T) {
	p, err := ParseProfile([]byte(schemaPatient))
	if err != nil {
		t.Fatal(err)
	}
	want := "7 years, female, B-ALL, B lineage, CD19+, CD22 80%, CD33−, BCR-ABL1, KMT2A rearrangement, FLT3-ITD, " +
		"MYCN amplification, relapse 2, isolated-cns relapse, relapsed, MRD 0.1%, CNS-3, Lansky 70, bilirubin 1.2 × ULN, " +
		"ALT 2 × ULN, GFR 85 mL/min/1.73 m², LVEF 55%, SF 30%, SpO2 95%, ANC 800 /µL, platelets 50000 /µL, down, " +
		"allo-hsct 8 months ago, no blinatumomab, tisagenlecleucel 4 months ago, chemotherapy 3 weeks ago, " +
		"auto-hsct (date not given), not pregnant, 20 kg"
	if got := p.Describe(); got != want {
		t.Errorf("Describe:\n got %s\nwant %s", got, want)
	}
	if p.DiagnosisKey != "B-ALL" || !p.RelapsesGiven || p.Relapses != 2 || p.CNS != 3 || p.Pregnant == nil || *p.Pregnant {
		t.Errorf("facts not read: %+v", p)
	}

	// Only age: nothing else is assumed.
	p, err = ParseProfile([]byte(`{"age": "18m"}`))
	if err != nil {
		t.Fatal(err)
	}
	if p.Sex != "" || p.RelapsesGiven || p.CNS != 0 || p.Pregnant != nil || p.MRD != nil || len(p.Therapies) != 0 || p.WeightKg != 0 {
		t.Errorf("a fact was assumed: %+v", p)
	}
	if p.Describe() != "18 months" {
		t.Errorf("Describe = %q", p.Describe())
	}
}

func TestParseProfileErrors(t *testing.T) {
	for _, tc := range []struct{ json, want string }{
		{`{}`, `no "age"`},
		{`[]`, `not a JSON object`},
		{`null`, `not a JSON object`},
		{`{"age":"7"}`, `no unit`},
		{`{"age":"7y","colour":"red"}`, `unknown fact "colour"`},
		{`{"age":"7y","relapse":"two"}`, `number of relapses`},
		{`{"age":"7y","sex":["female"]}`, `not a list`},
		{`{"age":"7y","sex":"other"}`, `"sex"`},
		{`{"age":"7y","prior":["allo-hsct:8x"]}`, `"8x"`},
		{`{"age":"7y","prior":["allo-hsct"]}`, `THERAPY:WHEN`},
		{`{"age":"7y","cns":4}`, `1, 2 or 3`},
		{`{"age":"7y","mrd":"lots"}`, `MRD level`},
		{`{"age":"7y","performance":["lansky 700"]}`, `outside its scale`},
		{`{"age":"7y","labs":["bilirubin"]}`, `lab value`},
		{`{"age":"7y","weight":"20"}`, `unit`},
		{`{"age":"7y","pregnant":"maybe"}`, `yes or no`},
	} {
		_, err := ParseProfile([]byte(tc.json))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.json, err, tc.want)
		}
	}
}

func TestApplyFlag(t *testing.T) {
	for _, tc := range []struct{ flag, value, want string }{
		{"sex", "f", "female"},
		{"--sex", "male", "male"},
		{"lineage", "b", "B lineage"},
		{"relapse", "2", "relapse 2"},
		{"site", "cns", "isolated-cns relapse"},
		{"site", "testicular", "isolated-testicular relapse"},
		{"mrd", "0.1%", "MRD 0.1%"},
		{"mrd", "10^-3", "MRD 0.1%"},
		{"lansky", "70", "Lansky 70"},
		{"performance", "ecog 1", "ECOG 1"},
		{"lab", "bilirubin 1.2 xULN", "bilirubin 1.2 × ULN"},
		{"lab", "ANC 800/uL", "ANC 800 /µL"},
		{"prior", "allo-hsct:8m", "allo-hsct 8 months ago"},
		{"prior", "blinatumomab:never", "no blinatumomab"},
		{"prior", "auto-hsct:ever", "auto-hsct (date not given)"},
		{"syndrome", "down", "down"},
		{"marker", "CD19-", "CD19−"},
		{"cytogenetics", "Ph+", "BCR-ABL1"},
		{"cns", "3", "CNS-3"},
		{"weight", "20kg", "20 kg"},
		{"pregnant", "no", "not pregnant"},
	} {
		var p Profile
		if err := ApplyFlag(&p, tc.flag, tc.value); err != nil {
			t.Errorf("--%s %s: %v", tc.flag, tc.value, err)
			continue
		}
		if got := p.Describe(); got != tc.want {
			t.Errorf("--%s %s: %q, want %q", tc.flag, tc.value, got, tc.want)
		}
	}
	for _, tc := range []struct{ flag, value, want string }{
		{"colour", "red", "not a patient fact"},
		{"lansky", "700", "outside its scale"},
		{"prior", "allo-hsct", "THERAPY:WHEN"},
		{"weight", "20", "unit"},
	} {
		var p Profile
		err := ApplyFlag(&p, tc.flag, tc.value)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "--"+tc.flag) {
			t.Errorf("--%s %s: error %v, want one naming the flag and saying %q", tc.flag, tc.value, err, tc.want)
		}
	}
}

// TestFactFlags checks that every fact has its flag documented and that
// the patient file's keys are the benchmark's.
func TestFactFlags(t *testing.T) {
	names := map[string]bool{}
	for _, f := range FactFlags() {
		if f.Name == "" || f.Arg == "" || f.Help == "" {
			t.Errorf("undocumented flag %+v", f)
		}
		names[f.Name] = true
	}
	for _, want := range []string{"age", "sex", "lineage", "relapse", "site", "mrd", "lansky", "lab", "prior", "syndrome"} {
		if !names[want] {
			t.Errorf("no --%s", want)
		}
	}
	if got := jsonKeys(); !strings.Contains(got, `"relapse_site"`) || !strings.Contains(got, `"disease_status"`) {
		t.Errorf("patient file keys %s", got)
	}
}
