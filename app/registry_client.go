package app

import (
	"github.com/trialcompare/trialcompare/registry"
)

// newRegistryClient makes the ClinicalTrials.gov client: its address from
// TRIALCOMPARE_CTGOV_URL or the default, its cache in the user's cache
// folder (cacheDir overrides it, for tests). Making it opens no connection.
func newRegistryClient(offline bool, cacheDir string) (*registry.Client, error) {
	return registry.New(registry.Options{Offline: offline, Version: version, CacheDir: cacheDir})
}
