package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/model"
)

// fitRecord is one object of `fit --json`.
type fitRecord struct {
	File    string   `json:"file"`
	NCTID   string   `json:"nct_id"`
	Verdict string   `json:"verdict"`
	Reasons []string `json:"reasons"`
	Review  []string `json:"review"`
	// Note qualifies a "possible": "not enough stated to screen" when the
	// trial states nothing to screen against, "" otherwise.
	Note string `json:"note"`
	// Summary is the verdict in one line, as the board sheet's Fit row.
	Summary string `json:"summary"`
	// Criteria are every criterion screened, with its outcome ("rules
	// out", "met", "to check"), its requirements and the reason.
	Criteria []eligibility.CriterionResult `json:"criteria"`
}

// patientFlags are the command line's facts about a patient, in the order
// given: a flag for each fact of eligibility.FactFlags.
type patientFlags struct {
	facts []patientFact
}

// patientFact is one fact as the command line or the patient form gives
// it: the fact's flag name and its value.
type patientFact struct{ name, value string }

// addPatientFlags declares the patient flags on a flag set.
func addPatientFlags(flags *flag.FlagSet) *patientFlags {
	p := &patientFlags{}
	for _, f := range eligibility.FactFlags() {
		help := f.Help
		if f.Repeatable {
			help += " (repeatable)"
		}
		name := f.Name
		flags.Func(name, help, func(v string) error {
			p.facts = append(p.facts, patientFact{name, v})
			return nil
		})
	}
	return p
}

// given reports whether the command line describes a patient.
func (p *patientFlags) given() bool { return len(p.facts) > 0 }

func (p *patientFlags) patient() (eligibility.Profile, error) {
	return patientFromFacts(p.facts)
}

// patientFromFacts builds a patient from facts; the age must be among
// them. A fact not given is never assumed.
func patientFromFacts(facts []patientFact) (eligibility.Profile, error) {
	var p eligibility.Profile
	hasAge := false
	for _, f := range facts {
		if strings.TrimSpace(f.value) == "" {
			continue
		}
		if err := eligibility.ApplyFlag(&p, f.name, f.value); err != nil {
			return p, err
		}
		hasAge = hasAge || f.name == "age"
	}
	if !hasAge {
		_, _, err := eligibility.ParsePatientAge("")
		return p, fmt.Errorf("--age: %w", err)
	}
	return p, nil
}

// fit screens a patient against each trial read from files.
func fit(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("fit", flag.ContinueOnError)
	flags.SetOutput(stderr)
	pf := addPatientFlags(flags)
	asJSON := flags.Bool("json", false, "print a JSON array, one object per trial")
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	if !pf.given() {
		fmt.Fprint(stderr, "fit: give --age and at least one file\n"+usage)
		return exitBadUsage
	}
	p, err := pf.patient()
	if err != nil {
		say(stderr, "fit: %v\n", err)
		return exitBadUsage
	}
	if flags.NArg() == 0 {
		fmt.Fprint(stderr, "fit: give --age and at least one file\n"+usage)
		return exitBadUsage
	}
	status := exitOK
	list := newJSONList(stdout)
	if !*asJSON {
		say(stdout, "Patient: %s\nA screening aid, not an eligibility decision: check every trial's full protocol.\n\n", p.Describe())
	}
	readInOrder(context.Background(), expandPaths(flags.Args()), func(fr fileResults) bool {
		for _, res := range fr.results {
			if res.Err != nil {
				status = exitFailed
				say(stderr, "fit: %v\n", res.Err)
				continue
			}
			for i := range res.Trials {
				t := &res.Trials[i]
				f := eligibility.Assess(p, t)
				if *asJSON {
					list.add(fitRecord{File: res.File, NCTID: t.NCTID, Verdict: string(f.Verdict), Reasons: nonNil(f.Reasons), Review: nonNil(f.Review), Note: unscreenedNote(f), Summary: f.Summary, Criteria: criteriaOf(f)})
				} else {
					writeFit(stdout, res.File, t, f)
				}
			}
		}
		return true
	})
	if *asJSON {
		return max(status, closeJSONList(list, stderr, "fit"))
	}
	return status
}

func unscreenedNote(f eligibility.Fit) string {
	if f.Unscreened {
		return eligibility.NotEnoughToScreen
	}
	return ""
}

func writeFit(w io.Writer, file string, t *model.Trial, f eligibility.Fit) {
	id := t.NCTID
	if id == "" {
		id = file
	}
	verdict := strings.ToUpper(string(f.Verdict))
	if q := f.Qualifier(); q != "" {
		verdict += " — " + q
	}
	say(w, "%s  %s\n", id, verdict)
	for _, r := range f.Reasons {
		say(w, "  reason: %s\n", r)
	}
	if len(f.Review) > 0 {
		say(w, "  to check (%d):\n", len(f.Review))
		for _, r := range f.Review {
			// A criterion with options is shown on one line, its "•"
			// marks between them.
			say(w, "    - %s\n", strings.Join(strings.Fields(r), " "))
		}
	}
	fmt.Fprintln(w)
}

// criteriaOf is a fit's criteria, never null in JSON.
func criteriaOf(f eligibility.Fit) []eligibility.CriterionResult {
	if f.Criteria == nil {
		return []eligibility.CriterionResult{}
	}
	return f.Criteria
}
