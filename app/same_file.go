package app

import (
	"fmt"
	"os"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// dropRepeats keeps the first of several names for one file (the same
// file named twice, or through a link, or found again in a folder named)
// and notes the others on it, so that it is read once. Names that cannot
// be checked are kept as they are.
func dropRepeats(files []pathToRead) []pathToRead {
	type seen struct {
		info os.FileInfo
		at   int
	}
	// Files are told apart by size and time first, then by os.SameFile.
	type key struct {
		size int64
		time int64
	}
	byKey := map[key][]seen{}
	out := make([]pathToRead, 0, len(files))
	for _, f := range files {
		info, err := os.Stat(f.path)
		if f.err != nil || err != nil {
			out = append(out, f)
			continue
		}
		k := key{info.Size(), info.ModTime().UnixNano()}
		repeated := false
		for _, s := range byKey[k] {
			if os.SameFile(s.info, info) {
				out[s.at].alsoAs = append(out[s.at].alsoAs, f.path)
				repeated = true
				break
			}
		}
		if repeated {
			continue
		}
		byKey[k] = append(byKey[k], seen{info, len(out)})
		out = append(out, f)
	}
	return out
}

// noteRepeats warns on each trial read from a file that was named more
// than once.
func (p pathToRead) noteRepeats(results []readResult) {
	if len(p.alsoAs) == 0 {
		return
	}
	msg := fmt.Sprintf("This file was named more than once (also as %s); it is read once.", strings.Join(p.alsoAs, ", "))
	for i := range results {
		for k := range results[i].Trials {
			t := &results[i].Trials[k]
			t.Warnings = append(t.Warnings[:len(t.Warnings):len(t.Warnings)], model.Warning{Field: model.FieldDocument, Message: msg})
		}
	}
}
