package app

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/export"
	"github.com/trialcompare/trialcompare/registry"
)

// fetchCmd fetches studies by NCT ID, each named on the command line or
// found in a text file, and writes each record as DIR/NCT….json, named by
// the study's current ID. It prints one line per ID: fetched, from cache
// (with its date), or the error. Uncached IDs are asked for in batches.
func fetchCmd(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("fetch", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dir := flags.String("dir", ".", "the folder to write NCT….json files to")
	refresh := flags.Bool("refresh", false, "fetch again even when a cached copy exists")
	offline := flags.Bool("offline", false, "use only cached copies; open no connection")
	maxAgeDays := maxAgeFlag(flags)
	if err := flags.Parse(args); err != nil {
		return exitBadUsage
	}
	maxAge, ok := maxAgeOf("fetch", *maxAgeDays, stderr)
	if !ok {
		return exitBadUsage
	}
	if flags.NArg() == 0 {
		fmt.Fprint(stderr, "fetch: name at least one NCT ID or a file that holds them\n"+usage)
		return exitBadUsage
	}
	ids, status := idsFromArgs(flags.Args(), stderr)
	if len(ids) == 0 {
		fmt.Fprintln(stderr, "fetch: no NCT ID found (an NCT ID is NCT and eight digits)")
		return exitFailed
	}
	if !prepareRecordDir("fetch", *dir, stderr) {
		return exitFailed
	}
	client, ctx, stop, ok := registrySession("fetch", registrySettings{offline: *offline, maxAge: maxAge}, stderr)
	if !ok {
		return exitFailed
	}
	defer stop()
	now := time.Now()
	for _, r := range client.StudyMany(ctx, ids, *refresh, nil) {
		if r.Err == nil {
			if err := writeRecord(*dir, r.Record); err != nil {
				r.Err = err
			}
		}
		if r.Err != nil {
			status = exitFailed
		}
		say(stdout, "%s\n", r.Report(now))
	}
	return status
}

// idsFromArgs collects the NCT IDs named, or found in the files named, in
// order and each once. A file that cannot be read is reported.
func idsFromArgs(args []string, stderr io.Writer) ([]string, int) {
	status := exitOK
	var text strings.Builder
	for _, arg := range args {
		if registry.ValidNCTID(strings.ToUpper(arg)) {
			text.WriteString(arg + "\n")
			continue
		}
		data, err := os.ReadFile(arg)
		if err != nil {
			say(stderr, "%s: neither an NCT ID nor a readable file (%v)\n", arg, err)
			status = exitFailed
			continue
		}
		if len(registry.NCTIDs(string(data))) == 0 {
			say(stderr, "%s: no NCT ID in it\n", arg)
			status = exitFailed
		}
		text.Write(data)
		text.WriteString("\n")
	}
	return registry.NCTIDs(text.String()), status
}

// writeRecord writes a record exactly as served to DIR/NCT….json, as the
// exports are written (export.WriteFile).
func writeRecord(dir string, rec registry.Record) error {
	path := filepath.Join(dir, rec.NCTID+".json")
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, rec.Body) {
		return nil
	}
	if err := export.WriteFile(context.Background(), path, rec.Body); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
