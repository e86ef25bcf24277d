package eligibility

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
	"github.com/trialcompare/trialcompare/rules"
)

// screeningDir holds the screening benchmark: real records and
// patient–trial pairs read by hand (see its README).
const screeningDir = "../testdata/screening"

// benchmarkPair is one patient–trial pair of the benchmark.
type benchmarkPair struct {
	ID    string `json:"id"`
	Trial string `json:"trial"`
	// File, when set, is a saved trial page the pair is about, relative
	// to the benchmark's folder, instead of the trial's record.
	File     string          `json:"file"`
	Patient  json.RawMessage `json:"patient"`
	Expected struct {
		Verdict  string `json:"verdict"`
		Deciding []struct {
			List  string `json:"list"`
			Quote string `json:"quote"`
			Rule  string `json:"rule"`
		} `json:"deciding"`
		Note    string `json:"note"`
		Pattern string `json:"pattern"`
	} `json:"expected"`
}

// loadPairs reads the benchmark's pairs; the test is skipped without them.
func loadPairs(t testing.TB) []benchmarkPair {
	t.Helper()
	path := filepath.Join(screeningDir, "pairs.json")
	if alt := os.Getenv("SCREENING_PAIRS"); alt != "" {
		// A batch of pairs, to score it alone.
		path = alt
	}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skip("no screening benchmark in " + screeningDir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var pairs []benchmarkPair
	if err := json.Unmarshal(data, &pairs); err != nil {
		t.Fatalf("pairs.json: %v", err)
	}
	return pairs
}

// loadTrial reads the trial of a pair: its saved page, read as the app
// reads it, or its registry record.
func loadTrial(t testing.TB, p benchmarkPair) (*model.Trial, error) {
	if p.File == "" {
		return loadRecord(t, p.Trial)
	}
	res := ingest.ReadFile(filepath.Join(screeningDir, p.File))
	if res.Err != nil {
		return nil, res.Err
	}
	if len(res.Trials) != 1 {
		return nil, fmt.Errorf("%s: %d trials", p.File, len(res.Trials))
	}
	return &res.Trials[0], nil
}

// loadRecord reads one record of the benchmark, its criteria split as
// SplitEligibility splits them.
func loadRecord(t testing.TB, nct string) (*model.Trial, error) {
	t.Helper()
	var path string
	for _, ext := range []string{".json", ".xml"} {
		if p := filepath.Join(screeningDir, "records", nct+ext); fileExists(p) {
			path = p
		}
	}
	if path == "" {
		return nil, fmt.Errorf("no record for %s", nct)
	}
	res := ingest.ReadFile(path)
	if res.Err != nil {
		return nil, res.Err
	}
	if len(res.Trials) != 1 {
		return nil, fmt.Errorf("%s: %d trials", path, len(res.Trials))
	}
	tr := res.Trials[0]
	raw, err := rawEligibility(path)
	if err != nil {
		return nil, err
	}
	tr.Inclusion, tr.Exclusion = SplitEligibility(raw)
	return &tr, nil
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// rawEligibility returns a record's eligibility text as the registry
// states it.
func rawEligibility(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if strings.HasSuffix(path, ".xml") {
		var doc struct {
			Criteria string `xml:"eligibility>criteria>textblock"`
		}
		if err := xml.Unmarshal(data, &doc); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
		return doc.Criteria, nil
	}
	var doc struct {
		ProtocolSection struct {
			EligibilityModule struct {
				EligibilityCriteria string `json:"eligibilityCriteria"`
			} `json:"eligibilityModule"`
		} `json:"protocolSection"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return doc.ProtocolSection.EligibilityModule.EligibilityCriteria, nil
}

// score is the benchmark's count.
type score struct {
	pairs, possible, excluded                      int
	falseExclusions, missed, silent, rightReason   int
	excludedBoth, unreadable                       int
	falseIDs, missedIDs, silentIDs, wrongReasonIDs []string
}

// fold lower-cases a text, joins its runs of space and drops the
// registry's markdown escapes ("\\<"), which the readers drop too.
func fold(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(rules.Unescape(s)), " "))
}

// scorePairs screens every pair and counts as the benchmark's README says.
func scorePairs(t testing.TB, pairs []benchmarkPair, verbose bool) score {
	t.Helper()
	var sc score
	trials := map[string]*TrialRequirements{}
	o := testOntology(t)
	for _, p := range pairs {
		key := p.Trial + "|" + p.File
		tr, ok := trials[key]
		if !ok {
			trial, err := loadTrial(t, p)
			if err != nil {
				t.Errorf("%s: %v", p.ID, err)
				continue
			}
			tr = ParseRequirements(o, trial)
			trials[key] = tr
		}
		prof, err := ParseProfile(p.Patient)
		if err != nil {
			sc.unreadable++
			t.Errorf("%s: the patient cannot be read: %v", p.ID, err)
			continue
		}
		s := tr.Screen(prof)
		sc.pairs++
		truthExcluded := p.Expected.Verdict == "excluded"
		engineExcluded := s.Verdict == VerdictExcluded
		detail := func() string {
			var b strings.Builder
			fmt.Fprintf(&b, "  %s (%s) truth %s, engine %s — %s\n", p.ID, p.Expected.Pattern, p.Expected.Verdict, s.Verdict, p.Expected.Note)
			for _, d := range p.Expected.Deciding {
				fmt.Fprintf(&b, "      deciding %s %q (%s)\n", d.List, d.Quote, d.Rule)
			}
			for _, r := range s.Reasons() {
				fmt.Fprintf(&b, "      engine: %s\n", r)
			}
			return b.String()
		}
		switch {
		case !truthExcluded:
			sc.possible++
			if engineExcluded {
				sc.falseExclusions++
				sc.falseIDs = append(sc.falseIDs, detail())
			}
		case !engineExcluded:
			sc.excluded++
			sc.missed++
			sc.missedIDs = append(sc.missedIDs, detail())
			if !anyDecidingIn(p, s, ToCheck) {
				sc.silent++
				sc.silentIDs = append(sc.silentIDs, detail())
			}
		default:
			sc.excluded++
			sc.excludedBoth++
			if anyDecidingIn(p, s, RulesOut) {
				sc.rightReason++
			} else {
				sc.wrongReasonIDs = append(sc.wrongReasonIDs, detail())
			}
		}
	}
	return sc
}

// anyDecidingIn reports whether one of a pair's deciding criteria is among
// the screening's criteria with an outcome: its text holds the quote, or,
// for the conditions, ages and sex, it is of that list.
func anyDecidingIn(p benchmarkPair, s Screening, outcome Outcome) bool {
	for _, d := range p.Expected.Deciding {
		q := fold(d.Quote)
		for _, c := range s.Criteria {
			if c.Outcome != outcome {
				continue
			}
			if q != "" && strings.Contains(fold(c.Text), q) {
				return true
			}
			switch d.List {
			case ListConditions, ListAges, ListSex:
				if c.List == d.List {
					return true
				}
			}
		}
	}
	return false
}

// TestScreeningBenchmark scores the engine on the screening benchmark and
// prints the table: false exclusions, missed exclusions, silent misses and
// right reasons. The goals: no false exclusion, at most 10% missed
// exclusions, no silent miss, every exclusion with its right reason.
func TestScreeningBenchmark(t *testing.T) {
	pairs := loadPairs(t)
	sc := scorePairs(t, pairs, testing.Verbose())
	pct := func(n, of int) string {
		if of == 0 {
			return "–"
		}
		return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(of))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nscreening benchmark: %d pairs (%d possible, %d excluded by hand)\n", sc.pairs, sc.possible, sc.excluded)
	fmt.Fprintf(&b, "  %-22s %4d of %4d  %5s   goal 0\n", "false exclusions", sc.falseExclusions, sc.possible, pct(sc.falseExclusions, sc.possible))
	fmt.Fprintf(&b, "  %-22s %4d of %4d  %5s   goal ≤ 10%%\n", "missed exclusions", sc.missed, sc.excluded, pct(sc.missed, sc.excluded))
	fmt.Fprintf(&b, "  %-22s %4d of %4d  %5s   goal 0\n", "silent misses", sc.silent, sc.excluded, pct(sc.silent, sc.excluded))
	fmt.Fprintf(&b, "  %-22s %4d of %4d  %5s   goal all\n", "right reasons", sc.rightReason, sc.excludedBoth, pct(sc.rightReason, sc.excludedBoth))
	for _, group := range []struct {
		title string
		ids   []string
	}{
		{"false exclusions", sc.falseIDs}, {"missed exclusions", sc.missedIDs}, {"silent misses", sc.silentIDs}, {"wrong reasons", sc.wrongReasonIDs},
	} {
		if len(group.ids) == 0 {
			continue
		}
		sort.Strings(group.ids)
		fmt.Fprintf(&b, "%s:\n%s", group.title, strings.Join(group.ids, ""))
	}
	t.Log(b.String())
	if sc.falseExclusions > 0 {
		t.Errorf("%d false exclusions, want 0", sc.falseExclusions)
	}
	if sc.silent > 0 {
		t.Errorf("%d silent misses, want 0", sc.silent)
	}
	if sc.excluded > 0 && float64(sc.missed) > 0.10*float64(sc.excluded) {
		t.Errorf("%d of %d exclusions missed, want at most 10%%", sc.missed, sc.excluded)
	}
	if sc.rightReason < sc.excludedBoth {
		t.Errorf("%d of %d exclusions without the right reason", sc.excludedBoth-sc.rightReason, sc.excludedBoth)
	}
}
