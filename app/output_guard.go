package app

import (
	"os"
)

// inputsAtOutput returns the places among files of the ones that are the
// file out names: the same file, also when either name is a link to it or
// a second hard link. It returns none when out does not exist yet.
func inputsAtOutput(out string, files []pathToRead) map[int]bool {
	target, err := os.Stat(out)
	if err != nil {
		return nil
	}
	found := map[int]bool{}
	for i, f := range files {
		if f.err != nil {
			continue
		}
		if info, err := os.Stat(f.path); err == nil && os.SameFile(info, target) {
			found[i] = true
		}
	}
	return found
}
