package app

import "syscall"

// maxRSSBytes reads the peak resident memory: macOS counts it in bytes.
func maxRSSBytes(u *syscall.Rusage) int64 { return u.Maxrss }
