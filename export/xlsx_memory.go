package export

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// workbookHeadroom is how far above the live heap the runtime may let the
// heap grow while a workbook is built and written. excelize keeps each
// streamed sheet's buffer (up to 32 MB) until the file is written, and the
// cells' garbage would otherwise double the heap before each collection:
// 10,000 trials then peak near 330 MB instead of about 240 MB.
const workbookHeadroom = 176 << 20

// withMemoryBudget runs fn under a soft memory limit of the live heap plus
// headroom, and restores the previous limit after. The one collection it
// starts with costs a few milliseconds against the seconds a large
// workbook takes. It leaves a limit that is
// already set (by GOMEMLIMIT, or by another export running) alone. Past the
// limit the runtime collects more often; it never fails an allocation.
func withMemoryBudget(headroom int64, fn func() error) error {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return fn()
	}
	// A collection first, so that the live heap is what the caller holds
	// now, not the garbage of a previous export.
	runtime.GC()
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	limit := headroom
	if live[0].Value.Kind() == metrics.KindUint64 {
		limit += int64(live[0].Value.Uint64())
	}
	prev := debug.SetMemoryLimit(limit)
	defer debug.SetMemoryLimit(prev)
	return fn()
}
