package app

import "syscall"

// maxRSSBytes reads the peak resident memory: Linux counts it in KiB.
func maxRSSBytes(u *syscall.Rusage) int64 { return u.Maxrss * 1024 }
