package ingest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// formatsDir holds real ClinicalTrials.gov records beside the project; the
// tests that use it are skipped where it is absent.
const formatsDir = "../../../shared/formats"

func formatFiles(t testing.TB, pattern string) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(formatsDir, pattern))
	if len(paths) == 0 {
		t.Skipf("no %s in %s", pattern, formatsDir)
	}
	return paths
}

func TestReferenceFormats(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		layout  model.Layout
	}{
		{"ctgov-v2/*.json", model.LayoutCTGovJSON},
		{"ctgov-xml/*.xml", model.LayoutCTGovXML},
		{"ctgov-csv/*.csv", model.LayoutCTGovCSV},
	} {
		for _, path := range formatFiles(t, tc.pattern) {
			res := ReadFile(path)
			if res.Err != nil {
				t.Errorf("%v", res.Err)
				continue
			}
			for _, tr := range res.Trials {
				if tr.Source.Layout != tc.layout || tr.NCTID == "" || tr.Title == "" {
					t.Errorf("%s: layout %s, nct %q, title %q", path, tr.Source.Layout, tr.NCTID, tr.Title)
				}
			}
		}
	}
}

func TestReferenceDetails(t *testing.T) {
	dir := filepath.Join(formatsDir, "ctgov-v2")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no reference records")
	}
	one := func(name string) model.Trial {
		res := ReadFile(filepath.Join(formatsDir, name))
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		return res.Trials[0]
	}
	if tr := one("ctgov-v2/NCT00763412.json"); len(tr.Phases) != 1 || tr.Phases[0] != model.PhaseNA || tr.Ages.Label() != "12 years – 24 years" {
		t.Errorf("NCT00763412: %v %q", tr.Phases, tr.Ages.Label())
	}
	if tr := one("ctgov-v2/NCT03475563.json"); tr.Acronym == "" || len(tr.Locations) == 0 || tr.Ages.Max != nil {
		t.Errorf("NCT03475563: acronym %q, %d locations, max %v", tr.Acronym, len(tr.Locations), tr.Ages.Max)
	}
	if tr := one("ctgov-v2/NCT03630471.json"); len(tr.Inclusion) == 0 || len(tr.Exclusion) == 0 {
		t.Errorf("NCT03630471: %d inclusion, %d exclusion", len(tr.Inclusion), len(tr.Exclusion))
	}
	if tr := one("ctgov-xml/NCT00023673.xml"); len(tr.Phases) != 2 {
		t.Errorf("NCT00023673 phases = %v", tr.Phases)
	}
	if tr := one("ctgov-xml/NCT02028676.xml"); tr.Ages.Min == nil || tr.Ages.Min.Unit != model.Months || tr.Ages.Min.Value != 3 {
		t.Errorf("NCT02028676 min age = %v", tr.Ages.Min)
	}
	if tr := one("ctgov-xml/NCT01207388.xml"); len(tr.Targets) != 1 || tr.Targets[0] != "CD19" {
		t.Errorf("NCT01207388 targets = %v", tr.Targets)
	}
	res := ReadFile(filepath.Join(formatsDir, "ctgov-csv/mrd-article-search_ctg-studies.csv"))
	if res.Err != nil || len(res.Trials) != 245 {
		t.Errorf("CSV: %v, %d trials", res.Err, len(res.Trials))
	}
}

func TestSearchPageAndArray(t *testing.T) {
	paths := formatFiles(t, "ctgov-v2/*.json")
	a, _ := os.ReadFile(paths[0])
	b, _ := os.ReadFile(paths[1])
	page := `{"studies": [` + string(a) + "," + string(b) + `], "nextPageToken": "x"}`
	array := "[" + string(a) + "," + string(b) + "]"
	for name, text := range map[string]string{"page": page, "array": array} {
		res := Read(name+".json", []byte(text))
		if res.Err != nil || len(res.Trials) != 2 {
			t.Errorf("%s: %v, %d trials", name, res.Err, len(res.Trials))
		}
	}
}
