package app

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/trialcompare/trialcompare/registry"
)

// registrySettings are what a command or the window sets of the
// ClinicalTrials.gov client.
type registrySettings struct {
	// offline turns the network off.
	offline bool
	// maxAge is how long a cached record is taken as current; 0 takes
	// registry.DefaultMaxAge.
	maxAge time.Duration
	// cacheDir overrides the user's cache folder (tests).
	cacheDir string
}

// newRegistryClient makes the ClinicalTrials.gov client: its address from
// TRIALCOMPARE_CTGOV_URL or the default, its cache in the user's cache
// folder. Making it opens no connection.
func newRegistryClient(s registrySettings) (*registry.Client, error) {
	return registry.New(registry.Options{Offline: s.offline, Version: version, CacheDir: s.cacheDir, MaxAge: s.maxAge})
}

// maxAgeFlag adds --max-age to a command: how many days a cached record's
// status and dates are taken as current.
func maxAgeFlag(flags *flag.FlagSet) *int {
	return flags.Int("max-age", int(registry.DefaultMaxAge/(24*time.Hour)),
		"fetch a cached record again when it is older than this many days (when online)")
}

// maxAgeOf reads --max-age's days; ok is false, with the reason on
// stderr, for fewer than 1.
func maxAgeOf(command string, days int, stderr io.Writer) (time.Duration, bool) {
	if days < 1 {
		fmt.Fprintf(stderr, "%s: --max-age must be at least 1 day; --refresh fetches every record again\n", command)
		return 0, false
	}
	return time.Duration(days) * 24 * time.Hour, true
}

// registrySession is what a command that asks ClinicalTrials.gov needs: the
// client, and a context that Ctrl+C cancels (stop releases it). When the
// client cannot be made, it says so on stderr under the command's name and
// ok is false.
func registrySession(command string, s registrySettings, stderr io.Writer) (client *registry.Client, ctx context.Context, stop context.CancelFunc, ok bool) {
	client, err := newRegistryClient(s)
	if err != nil {
		say(stderr, "%s: %v\n", command, err)
		return nil, nil, nil, false
	}
	ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt)
	return client, ctx, stop, true
}
