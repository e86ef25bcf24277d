package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/trialcompare/trialcompare/compare"
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
	// NCTID is the record's current NCT ID: another than the trial's when
	// the page gives a former one.
	NCTID string `json:"nct_id,omitempty"`
	// Note is why a cached record was used after a request failed, or "".
	Note string `json:"note,omitempty"`
	// NotSaved is why the fetched record could not be cached, or "".
	NotSaved string `json:"not_saved,omitempty"`
}

// checkDeadline is how long check waits for ClinicalTrials.gov in all,
// unless --timeout says otherwise.
const checkDeadline = 2 * time.Minute

// checkItem is one thing check prints: a file that could not be read, or
// a trial to check.
type checkItem struct {
	file  string
	err   error
	trial int
}

// checkCmd checks each trial read from the files against its
// ClinicalTrials.gov record. The records are fetched together (from the
// cache, in batches, then one by one) under one deadline, and each trial
// is printed, in the files' order, as soon as its check is done; --json
// prints the array object by object as well.
func checkCmd(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	asJSON := flags.Bool("json", false, "print a JSON array, one object per trial")
	refresh := flags.Bool("refresh", false, "fetch the records again even when cached")
	offline := flags.Bool("offline", false, "use only cached records; open no connection")
	timeout := flags.Duration("timeout", checkDeadline, "how long to wait for ClinicalTrials.gov in all")
	maxAgeDays := maxAgeFlag(flags)
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	if flags.NArg() == 0 {
		fmt.Fprint(stderr, "check: name at least one file\n"+usage)
		return exitBadUsage
	}
	maxAge, ok := maxAgeOf("check", *maxAgeDays, stderr)
	if !ok || *timeout <= 0 {
		if ok {
			fmt.Fprintln(stderr, "check: --timeout must be longer than 0, such as 2m")
		}
		return exitBadUsage
	}
	client, ctx, stop, ok := registrySession("check", registrySettings{offline: *offline, maxAge: maxAge}, stderr)
	if !ok {
		return exitFailed
	}
	defer stop()
	var items []checkItem
	var trials []model.Trial
	readInOrder(context.Background(), expandPaths(flags.Args()), func(fr fileResults) bool {
		for _, res := range fr.results {
			if res.Err != nil {
				items = append(items, checkItem{file: res.File, err: res.Err})
				continue
			}
			for _, t := range res.Trials {
				items = append(items, checkItem{file: res.File, trial: len(trials)})
				trials = append(trials, t)
			}
		}
		return true
	})
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	ready := make([]chan registry.Checked, len(trials))
	for i := range ready {
		ready[i] = make(chan registry.Checked, 1)
	}
	go client.CheckMany(ctx, trials, *refresh, func(i int, c registry.Checked) { ready[i] <- c })
	now := time.Now()
	status := exitOK
	list := newJSONList(stdout)
	for _, it := range items {
		if it.err != nil {
			status = exitFailed
			if *asJSON {
				list.add(checkRecord{inspectRecord: errorRecord(it.file, it.err), Registry: registryRecord{Filled: []string{}, Disagreements: []string{}}})
			} else {
				say(stdout, "%s\n  error: %v\n\n", it.file, it.err)
			}
			continue
		}
		checked := <-ready[it.trial]
		checked.Err = deadlineWords(checked.Err, *timeout, "try again later, or give a longer --timeout")
		if checked.Err != nil && !errors.Is(checked.Err, registry.ErrNoNCTID) {
			status = exitFailed
		}
		if *asJSON {
			list.add(checkRecord{inspectRecord: recordOf(it.file, checked.Trial, now), Registry: registryRecordOf(checked)})
		} else {
			writeCheck(stdout, it.file, checked, now)
		}
	}
	if *asJSON {
		return max(status, closeJSONList(list, stderr, "check"))
	}
	return status
}

// deadlineWords words a check that the overall deadline, or the user,
// cut short; advice ends the deadline's message.
func deadlineWords(err error, timeout time.Duration, advice string) error {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("not checked: ClinicalTrials.gov did not answer within %s in all; %s", timeout, advice)
	case errors.Is(err, context.Canceled):
		return errors.New("not checked: stopped before its record came")
	}
	return err
}

func registryRecordOf(c registry.Checked) registryRecord {
	r := registryRecord{Filled: []string{}, Disagreements: []string{}}
	if c.Err != nil {
		r.Error = c.Err.Error()
		return r
	}
	r.Source = compare.RegistrySource(&c.Record.Trial, c.Record.Fetched)
	r.Fetched = c.Record.Fetched.UTC().Format(time.RFC3339)
	r.FromCache = c.Record.FromCache
	r.NCTID = c.Record.NCTID
	if c.Record.Failure != nil {
		r.Note = c.Record.Failure.Error()
	}
	if c.Record.NotSaved != nil {
		r.NotSaved = c.Record.NotSaved.Error()
	}
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
		say(w, "%s  checked against the %s", file, compare.RegistrySource(&rec.Trial, rec.Fetched))
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
		if c.Record.Asked != "" {
			fmt.Fprintf(w, "  note: ClinicalTrials.gov lists %s under its current ID %s\n", c.Record.Asked, c.Record.NCTID)
		}
		if c.Record.Failure != nil {
			say(w, "  note: %v\n", c.Record.Failure)
		}
		if c.Record.NotSaved != nil {
			fmt.Fprintf(w, "  note: %v\n", c.Record.NotSaved)
		}
	}
	writeSummary(w, file, c.Trial, now)
}
