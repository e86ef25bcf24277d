package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// formatsDir holds real ClinicalTrials.gov records beside the project; the
// tests that use it are skipped where it is absent.
const formatsDir = "../../shared/formats"

func TestFitNeedsAgeUnit(t *testing.T) {
	for _, age := range []string{"7", "7.5", "18"} {
		var out, errOut bytes.Buffer
		args := append([]string{"fit", "--age", age}, seedFiles(t)...)
		if code := Main(args, nil, &out, &errOut); code != exitBadUsage {
			t.Errorf("--age %s: exit %d, want %d", age, code, exitBadUsage)
		}
		if msg := errOut.String(); !strings.Contains(msg, "no unit") || !strings.Contains(msg, age+"y for years") {
			t.Errorf("--age %s: the message %q does not ask for a unit", age, msg)
		}
		if out.Len() != 0 {
			t.Errorf("--age %s: screened anyway:\n%s", age, out.String())
		}
	}
	for _, age := range []string{"7 years", "7 yrs", "18 months", "7y6m", "28d"} {
		var out, errOut bytes.Buffer
		args := append([]string{"fit", "--age", age}, seedFiles(t)...)
		if code := Main(args, nil, &out, &errOut); code != exitOK {
			t.Errorf("--age %q: exit %d: %s", age, code, errOut.String())
		}
	}
}

func TestFitCNSOverSeeds(t *testing.T) {
	var out, errOut bytes.Buffer
	args := append([]string{"fit", "--age", "7y", "--cns", "3"}, seedFiles(t)...)
	if code := Main(args, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	text := out.String()
	block := text[strings.Index(text, "NCT06709469"):]
	block = block[:strings.Index(block, "\n\n")]
	if !strings.HasPrefix(block, "NCT06709469  EXCLUDED") || !strings.Contains(block, "reason: CNS: CNS-3 is excluded by exclusion 4 (\"Presence of CNS-3 disease") {
		t.Errorf("NCT06709469 with CNS-3:\n%s", block)
	}
}

func TestFitAgeGroupsOverCSV(t *testing.T) {
	path := filepath.Join(formatsDir, "ctgov-csv", "ctRestart_ctg-studies.csv")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no %s", path)
	}
	var out, errOut bytes.Buffer
	if code := Main([]string{"fit", "--age", "7y", "--json", path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var records []fitRecord
	if err := json.Unmarshal(out.Bytes(), &records); err != nil || len(records) != 10 {
		t.Fatalf("%v: %d records", err, len(records))
	}
	excluded := 0
	for _, r := range records {
		if r.Verdict == "excluded" {
			excluded++
			if len(r.Reasons) != 1 || !strings.Contains(r.Reasons[0], "7 years is outside Adult") {
				t.Errorf("%s: %v", r.NCTID, r.Reasons)
			}
		}
	}
	if excluded != 7 {
		t.Errorf("%d trials excluded, want the 7 adult-only ones", excluded)
	}
}

func TestFitNotEnoughStated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(path, []byte("NCT01234567\nTitle: A study of a new drug\nPhase 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := Main([]string{"fit", "--age", "7y", path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "NCT01234567  POSSIBLE — not enough stated to screen") {
		t.Errorf("output:\n%s", out.String())
	}
	out.Reset()
	if code := Main([]string{"fit", "--age", "7y", "--json", path}, nil, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), `"note": "not enough stated to screen"`) {
		t.Errorf("JSON:\n%s", out.String())
	}
}

// TestFitOptionsAreOneCriterion screens a patient against a page whose
// inclusion list asks for one of several diagnoses: the patient has one of
// them, so the trial is not excluded for lacking the others. Nor is a
// patient excluded by options a page indents under a criterion.
func TestFitOptionsAreOneCriterion(t *testing.T) {
	dir := t.TempDir()
	pages := map[string]string{
		"options.txt":  "Trial of drug X in relapsed myeloid leukemia\nNCT01234567\n\nInclusion Criteria\n\nPatient must have one of the following:\n\n  • Relapsed AML\n  • Relapsed MDS\n\nExclusion Criteria\n\n  • Pregnancy\n",
		"indented.txt": "Trial of drug Y in neuroblastoma\nNCT07654321\n\nInclusion Criteria:\n\n   - Age 1 to 30 years\n   - Neuroblastoma; the following are eligible:\n      - Stage M disease with MYCN amplification\n      - Age > 547 days with stage M disease\n   - Consent\n",
		"ages.txt":     "Observation of infants with neuroblastoma\nNCT07654322\n\nEligibility:\nAge: up to 17 months\n•Patients must be:\n\n◦< 12 months of age at diagnosis with stage L1; or\n◦< 18 months of age at diagnosis with stage L2\n•Patients must have newly diagnosed neuroblastoma.\n",
		"lettered.txt": "Induction for neuroblastoma\nNCT07654323\n\nParticipant Eligibility\n\n-Patients must be >= 365 days and <= 30 years of age at diagnosis.\n- Patients with stage 4 neuroblastoma are eligible with the following:\na. MYCN amplification and age >= 365 days\nb. Age > 18 months regardless of biology\n",
	}
	disease := map[string]string{"NCT01234567": "AML", "NCT07654321": "neuroblastoma", "NCT07654322": "neuroblastoma", "NCT07654323": "neuroblastoma"}
	var files []string
	for name, text := range pages {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	for _, patient := range [][]string{{"--age", "7y", "--diagnosis", "AML"}, {"--age", "14m", "--diagnosis", "neuroblastoma"}} {
		var out, errOut bytes.Buffer
		args := append(append([]string{"fit", "--json"}, patient...), files...)
		if code := Main(args, nil, &out, &errOut); code != exitOK {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		var records []fitRecord
		if err := json.Unmarshal(out.Bytes(), &records); err != nil {
			t.Fatal(err)
		}
		for _, r := range records {
			if r.Verdict == "excluded" && disease[r.NCTID] == patient[3] {
				t.Errorf("%v: %s excluded: %v", patient, r.NCTID, r.Reasons)
			}
		}
	}
}
