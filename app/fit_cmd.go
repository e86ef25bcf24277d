package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

// listFlag collects a repeated flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

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
}

// patientFlags are the command line's words about a patient.
type patientFlags struct {
	age, diagnosis  *string
	markers, priors listFlag
	cns             *int
}

// addPatientFlags declares the patient flags on a flag set.
func addPatientFlags(flags *flag.FlagSet) *patientFlags {
	p := &patientFlags{
		age:       flags.String("age", "", "the patient's age with its unit: 7y, 7y6m, 18m or 28d"),
		diagnosis: flags.String("diagnosis", "", "B-ALL, T-ALL, ALL, AML, MDS, LBL, neuroblastoma …"),
		cns:       flags.Int("cns", 0, "CNS status: 1, 2 or 3"),
	}
	flags.Var(&p.markers, "marker", "a marker: CD19+, CD22- or \"CLL-1 60%\" (repeatable)")
	flags.Var(&p.priors, "prior", "a prior therapy and the time since: car-t:6m, hsct:4m, anti-cd38:never (repeatable)")
	return p
}

func (p *patientFlags) patient() (eligibility.Patient, error) {
	return patientFromFlags(*p.age, *p.diagnosis, p.markers, p.priors, *p.cns)
}

// patientFromFlags builds a patient from the command line's words.
func patientFromFlags(age, diagnosis string, markers, priors []string, cns int) (eligibility.Patient, error) {
	var p eligibility.Patient
	var err error
	if p.AgeDays, p.AgeLabel, err = eligibility.ParsePatientAge(age); err != nil {
		return p, fmt.Errorf("--age: %w", err)
	}
	if diagnosis != "" {
		dx, ok := rules.ParseDiagnosis(diagnosis)
		if !ok {
			return p, fmt.Errorf("--diagnosis: unknown diagnosis %q (try B-ALL, T-ALL, ALL, AML, MDS, LBL or neuroblastoma)", diagnosis)
		}
		p.Diagnosis = dx
	}
	for _, m := range markers {
		mk, err := eligibility.ParseMarker(m)
		if err != nil {
			return p, fmt.Errorf("--marker: %w", err)
		}
		p.Markers = append(p.Markers, mk)
	}
	for _, s := range priors {
		pr, err := eligibility.ParsePrior(s)
		if err != nil {
			return p, fmt.Errorf("--prior: %w", err)
		}
		p.Priors = append(p.Priors, pr)
	}
	if cns < 0 || cns > 3 {
		return p, fmt.Errorf("--cns: %d is not 1, 2 or 3", cns)
	}
	p.CNS = cns
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
	if *pf.age == "" {
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
					list.add(fitRecord{File: res.File, NCTID: t.NCTID, Verdict: string(f.Verdict), Reasons: nonNil(f.Reasons), Review: nonNil(f.Review), Note: unscreenedNote(f)})
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
			say(w, "    - %s\n", r)
		}
	}
	fmt.Fprintln(w)
}
