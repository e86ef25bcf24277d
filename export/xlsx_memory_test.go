package export

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestMemoryBudget checks that an export sets a soft limit while it runs,
// restores the previous one after, and leaves a limit someone set alone.
func TestMemoryBudget(t *testing.T) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Skip("GOMEMLIMIT is set")
	}
	var inside int64
	_ = withMemoryBudget(64<<20, func() error { inside = debug.SetMemoryLimit(-1); return nil })
	if inside == math.MaxInt64 || inside < 64<<20 {
		t.Errorf("the limit while building = %d, want the live heap plus 64 MiB", inside)
	}
	if after := debug.SetMemoryLimit(-1); after != math.MaxInt64 {
		t.Errorf("the limit after = %d, want none", after)
	}
	prev := debug.SetMemoryLimit(1 << 30)
	defer debug.SetMemoryLimit(prev)
	_ = withMemoryBudget(64<<20, func() error { inside = debug.SetMemoryLimit(-1); return nil })
	if inside != 1<<30 {
		t.Errorf("a limit already set became %d", inside)
	}
}
