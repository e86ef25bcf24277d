package app

import (
	"context"
	"io"
	"os"
	"os/signal"

	"github.com/trialcompare/trialcompare/registry"
)

// newRegistryClient makes the ClinicalTrials.gov client: its address from
// TRIALCOMPARE_CTGOV_URL or the default, its cache in the user's cache
// folder (cacheDir overrides it, for tests). Making it opens no connection.
func newRegistryClient(offline bool, cacheDir string) (*registry.Client, error) {
	return registry.New(registry.Options{Offline: offline, Version: version, CacheDir: cacheDir})
}

// registrySession is what a command that asks ClinicalTrials.gov needs: the
// client, and a context that Ctrl+C cancels (stop releases it). When the
// client cannot be made, it says so on stderr under the command's name and
// ok is false.
func registrySession(command string, offline bool, stderr io.Writer) (client *registry.Client, ctx context.Context, stop context.CancelFunc, ok bool) {
	client, err := newRegistryClient(offline, "")
	if err != nil {
		say(stderr, "%s: %v\n", command, err)
		return nil, nil, nil, false
	}
	ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt)
	return client, ctx, stop, true
}
