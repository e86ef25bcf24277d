package app

import (
	"math"
	"runtime/debug"
)

// commandMemoryLimit is the soft memory limit a command runs under: past
// it the runtime collects garbage more often instead of letting the heap
// grow to twice what is live, so that a command over the largest inputs
// TrialCompare accepts stays under 500 MB. It never fails an allocation.
const commandMemoryLimit = 384 << 20

// limitMemory sets the command's soft memory limit, unless one is set
// already (by GOMEMLIMIT), and returns a function that restores it.
func limitMemory() (restore func()) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return func() {}
	}
	prev := debug.SetMemoryLimit(commandMemoryLimit)
	return func() { debug.SetMemoryLimit(prev) }
}
