package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/registry"
)

// checkRecord is one object of `check --json`: the trial as `inspect
// --json` prints it after the check, and what the check found.
type checkRecord struct {
	inspectRecord
	Registry registryRecord `json:"registry"`
}

// registryRecord is what checking one trial against ClinicalTrials.gov
// found.
type registryRecord struct {
	// Error says why the trial was not checked, or is "".
	Error string `json:"error"`
	// Source is the provenance given to every value filled in.
	Source    string `json:"source"`
	Fetched   string `json:"fetched"`
	FromCache bool   `json:"from_cache"`
	// Filled names the fields filled in from the record.
	Filled []string `json:"filled"`
	// Disagreements are the warnings that name both values.
	Disagreements []string `json:"disagreements"`
}

// checkCmd checks each trial read from the files against its
// ClinicalTrials.gov record.
func checkCmd(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	asJSON := flags.Bool("json", false, "print a JSON array, one object per trial")
	refresh := flags.Bool("refresh", false, "fetch the records again even when cached")
	offline := flags.Bool("offline", false, "use only cached records; open no connection")
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	if flags.NArg() == 0 {
		fmt.Fprint(stderr, "check: name at least one file\n"+usage)
		return exitBadUsage
	}
	client, ctx, stop, ok := registrySession("check", *offline, stderr)
	if !ok {
		return exitFailed
	}
	defer stop()
	now := time.Now()
	status := exitOK
	list := newJSONList(stdout)
	readInOrder(context.Background(), expandPaths(flags.Args()), func(fr fileResults) bool {
		for _, res := range fr.results {
			if res.Err != nil {
				status = exitFailed
				if *asJSON {
					list.add(checkRecord{inspectRecord: errorRecord(res.File, res.Err), Registry: registryRecord{Filled: []string{}, Disagreements: []string{}}})
				} else {
					say(stdout, "%s\n  error: %v\n\n", res.File, res.Err)
				}
				continue
			}
			for _, t := range res.Trials {
				checked := client.Check(ctx, t, *refresh)
				if checked.Err != nil && checked.Err != registry.ErrNoNCTID {
					status = exitFailed
				}
				if *asJSON {
					list.add(checkRecord{inspectRecord: recordOf(res.File, checked.Trial, now), Registry: registryRecordOf(checked)})
				} else {
					writeCheck(stdout, res.File, checked, now)
				}
			}
		}
		return true
	})
	if *asJSON {
		return max(status, closeJSONList(list, stderr, "check"))
	}
	return status
}

func registryRecordOf(c registry.Checked) registryRecord {
	r := registryRecord{Filled: []string{}, Disagreements: []string{}}
	if c.Err != nil {
		r.Error = c.Err.Error()
		return r
	}
	r.Source = model.RegistrySource(&c.Record.Trial, c.Record.Fetched)
	r.Fetched = c.Record.Fetched.UTC().Format(time.RFC3339)
	r.FromCache = c.Record.FromCache
	for _, f := range c.Check.Filled {
		r.Filled = append(r.Filled, string(f))
	}
	for _, w := range c.Check.Disagreements {
		r.Disagreements = append(r.Disagreements, w.Message)
	}
	return r
}

// writeCheck prints what the check found, then the trial as inspect does.
func writeCheck(w io.Writer, file string, c registry.Checked, now time.Time) {
	switch {
	case c.Err != nil:
		say(w, "%s  %s: %v\n", file, orNotStated(c.Trial.NCTID), c.Err)
	default:
		rec := c.Record
		say(w, "%s  checked against the %s", file, model.RegistrySource(&rec.Trial, rec.Fetched))
		if rec.FromCache {
			say(w, " (from cache, fetched %s)", registry.Ago(now, rec.Fetched))
		}
		fmt.Fprintln(w)
		if len(c.Check.Filled) == 0 {
			fmt.Fprintln(w, "  filled in: nothing; the page states every field the record does")
		}
		for _, f := range c.Check.Filled {
			say(w, "  filled in: %s\n", string(f))
		}
		for _, d := range c.Check.Disagreements {
			say(w, "  disagrees: %s\n", d.Message)
		}
		if c.Record.Failure != nil {
			say(w, "  note: %v\n", c.Record.Failure)
		}
	}
	writeSummary(w, file, c.Trial, now)
}
