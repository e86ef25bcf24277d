package ingest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"

	"github.com/trialcompare/trialcompare/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const seedDir = "../../testdata/seeds"

func seedPaths(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedDir, "0*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("want the five seeds in %s, got %v (%v)", seedDir, paths, err)
	}
	return paths
}

func readOne(t *testing.T, path string) model.Trial {
	t.Helper()
	res := ReadFile(path)
	if res.Err != nil {
		t.Fatalf("%v", res.Err)
	}
	if len(res.Trials) != 1 {
		t.Fatalf("%s: %d trials, want 1", path, len(res.Trials))
	}
	return res.Trials[0]
}

type seedWant struct {
	layout     model.Layout
	nct        string
	phases     []model.Phase
	status     model.Status
	targets    []string
	min, max   string
	sex        model.Sex
	inclusion  int
	exclusion  int
	acronym    string
	enrollment int
	sponsor    string
	warnings   []model.Field
	locations  int
}

// The expectations of the reader issue, seed by seed.
var seedWants = map[string]seedWant{
	"000": {layout: model.LayoutAggregator, nct: "NCT03860844", targets: []string{"CD38"},
		min: "28 days incl", max: "18 years excl", inclusion: 5, exclusion: 10, acronym: "ISAKIDS"},
	"001": {layout: model.LayoutTrialFinder, nct: "NCT06709469", phases: []model.Phase{model.Phase1}, status: model.StatusRecruiting,
		targets: []string{"CD19", "CD22", "NKG2D"}, max: "30 years incl", sex: model.SexAll, inclusion: 13, exclusion: 10,
		sponsor: "Instituto de Investigación Hospital Universitario La Paz"},
	"002": {layout: model.LayoutRecordViewer, nct: "NCT07338357", phases: []model.Phase{model.PhaseEarly1}, status: model.StatusNotYetRecruiting,
		targets: []string{"CLL-1"}, min: "3 years incl", max: "18 years incl", sex: model.SexAll, inclusion: 10, exclusion: 11,
		enrollment: 10, sponsor: "First Affiliated Hospital of Guangxi Medical University"},
	"003": {layout: model.LayoutTrialFinder, nct: "NCT06803875", phases: []model.Phase{model.Phase1, model.Phase2}, status: model.StatusRecruiting,
		targets: []string{"ALK"}, min: "12 months incl", max: "30 years excl", sex: model.SexAll, inclusion: 7, exclusion: 13,
		sponsor: "Roberto Chiarle", warnings: []model.Field{model.FieldAges}},
	"004": {layout: model.LayoutClassicRecord, nct: "NCT04150497", phases: []model.Phase{model.Phase1}, status: model.StatusRecruiting,
		targets: []string{"CD22"}, min: "15 years incl", max: "70 years incl", sex: model.SexAll, inclusion: 3, exclusion: 1,
		acronym: "BALLI-01", enrollment: 40, sponsor: "Cellectis S.A.", warnings: []model.Field{model.FieldPhases}, locations: 11},
}

func boundText(b *model.AgeBound) string {
	if b == nil {
		return ""
	}
	incl := "excl"
	if b.Inclusive {
		incl = "incl"
	}
	return strings.TrimSuffix(b.Quantity(), "s") + "s " + incl
}

func TestSeeds(t *testing.T) {
	for _, path := range seedPaths(t) {
		key := filepath.Base(path)[:3]
		want := seedWants[key]
		t.Run(key, func(t *testing.T) {
			tr := readOne(t, path)
			check := func(name string, got, want any) {
				t.Helper()
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %#v, want %#v", name, got, want)
				}
			}
			check("layout", tr.Source.Layout, want.layout)
			check("nct_id", tr.NCTID, want.nct)
			check("phases", tr.Phases, want.phases)
			check("status", tr.Status, want.status)
			check("targets", tr.Targets, want.targets)
			check("min_age", boundText(tr.Ages.Min), want.min)
			check("max_age", boundText(tr.Ages.Max), want.max)
			check("sex", tr.Sex, want.sex)
			check("inclusion items", len(tr.Inclusion), want.inclusion)
			check("exclusion items", len(tr.Exclusion), want.exclusion)
			check("acronym", tr.Acronym, want.acronym)
			check("enrollment", tr.Enrollment, want.enrollment)
			check("sponsor", tr.Sponsor, want.sponsor)
			check("locations", len(tr.Locations), want.locations)
			var fields []model.Field
			for _, w := range tr.Warnings {
				fields = append(fields, w.Field)
			}
			check("warnings", fields, want.warnings)
			for _, f := range []model.Field{model.FieldNCTID, model.FieldTitle, model.FieldInclusion} {
				if tr.Provenance[f] == "" {
					t.Errorf("no provenance for %s", f)
				}
			}
		})
	}
}

func TestSeedDetails(t *testing.T) {
	paths := seedPaths(t)
	neuro := readOne(t, paths[3])
	if item := neuro.Inclusion[1]; strings.Count(item, "\n  • ") != 4 || !strings.HasPrefix(item, "Disease Status:") {
		t.Errorf("inclusion item 2 of 003 does not keep its four sub-items: %q", item)
	}
	if w := neuro.WarningsFor(model.FieldAges); len(w) != 1 || !strings.Contains(w[0], "12-29 years") || !strings.Contains(w[0], "< 30 years") {
		t.Errorf("003 age warning = %q", w)
	}
	balli := readOne(t, paths[4])
	if w := balli.WarningsFor(model.FieldPhases); len(w) != 1 || !strings.Contains(w[0], "Phase 1/2") {
		t.Errorf("004 phase warning = %q", w)
	}
	if balli.Exclusion[0] != "Prior cellular therapy or investigational cellular or gene therapy within 60 days prior to enrollment" {
		t.Errorf("004 exclusion = %q", balli.Exclusion[0])
	}
	isakids := readOne(t, paths[0])
	for _, item := range append(isakids.Inclusion, isakids.Exclusion...) {
		if rules.IsBoilerplate(item) || strings.Contains(item, "Clear my responses") || strings.Contains(item, "not intended") {
			t.Errorf("boilerplate read as a criterion: %q", item)
		}
	}
	for _, tr := range []model.Trial{isakids, neuro, balli} {
		for _, item := range append(tr.Inclusion, tr.Exclusion...) {
			if strings.HasPrefix(item, "•") || strings.HasPrefix(item, "-") || strings.ContainsAny(item[:1], "0123456789") && strings.Contains(item[:3], ".") {
				t.Errorf("%s: marker left on %q", tr.NCTID, item)
			}
		}
	}
}

// TestSeedGolden compares everything read from each seed with
// testdata/golden; run with -update to rewrite after a deliberate change.
func TestSeedGolden(t *testing.T) {
	for _, path := range seedPaths(t) {
		tr := readOne(t, path)
		tr.Source.File = filepath.Base(tr.Source.File)
		got, err := json.MarshalIndent(tr, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(path), ".txt")+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update once)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
			t.Errorf("%s differs from %s; rerun with -update if the change is intended", path, golden)
		}
	}
}

// TestSeedThemes holds the exclusion themes the fit issue expects.
func TestSeedThemes(t *testing.T) {
	paths := seedPaths(t)
	themes := make([]map[model.ThemeKey][]int, len(paths))
	for i, p := range paths {
		tr := readOne(t, p)
		themes[i] = tr.ExclusionThemes
	}
	expect := []struct {
		theme model.ThemeKey
		in    []int
		notIn []int
	}{
		{model.ThemeCNS, []int{0, 1, 2, 3}, []int{4}},
		{model.ThemePriorCellTherapy, []int{3, 4}, []int{0, 1, 2}},
		{model.ThemePriorTransplant, []int{0, 2}, []int{3, 4}},
		{model.ThemePregnancy, []int{1, 3}, []int{0, 4}},
		{model.ThemeLiveVaccine, []int{0}, []int{1, 2, 3, 4}},
		{model.ThemePriorTargetedTherapy, []int{0}, []int{1, 2, 3, 4}},
	}
	for _, e := range expect {
		for _, s := range e.in {
			if len(themes[s][e.theme]) == 0 {
				t.Errorf("seed 00%d has no %s", s, e.theme)
			}
		}
		for _, s := range e.notIn {
			if len(themes[s][e.theme]) != 0 {
				t.Errorf("seed 00%d has %s in items %v", s, e.theme, themes[s][e.theme])
			}
		}
	}
	if got := themes[0][model.ThemeLiveVaccine]; len(got) != 1 || got[0] != 8 {
		t.Errorf("seed 000 live_vaccine items = %v, want [8]", got)
	}
	// ISAKIDS exclusion 7, "therapy related acute leukemia", is a kind of
	// the trial's own disease, not another malignancy.
	if got := themes[0][model.ThemeOtherMalignancy]; slices.Contains(got, 7) {
		t.Errorf("seed 000 other_malignancy items = %v, include 7", got)
	}
	// NCT07338357 exclusion 7 is an organ transplant "(except for
	// hematopoietic stem cell transplantation)"; 6 (GVHD) and 8 (allo-HSCT)
	// stay.
	if got := themes[2][model.ThemePriorTransplant]; !slices.Equal(got, []int{6, 8}) {
		t.Errorf("seed 002 prior_transplant items = %v, want [6 8]", got)
	}
}
