//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package export

import "os"

// lockTemp does nothing here: Windows refuses to remove a file another
// program has open, which keeps a live temporary file safe.
func lockTemp(*os.File) error { return nil }

// removeUnlocked removes the file at path; Windows refuses while an export
// still writes it.
func removeUnlocked(path string) { os.Remove(path) }
