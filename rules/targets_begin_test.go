package rules

import (
	"strings"
	"testing"
)

// mayBeginNameSlow is mayBeginName as two calls of mayName.
func mayBeginNameSlow(ix *targetIndex, text string, i int) bool {
	return ix.mayName(text[i:min(len(text), i+minLead)]) || i+maxLead <= len(text) && ix.mayName(text[i:i+maxLead])
}

// TestMayBeginName checks that deciding both leads at once decides as
// mayName does, at every place of the seeds and of the vocabulary's
// names in either case.
func TestMayBeginName(t *testing.T) {
	texts := []string{"", "CD", "CD1", "CD19", "cd-19", "anti-CD19 CAR-T", "Ünterberg", "CDé", "abcé", "Kelvin \u212a"}
	for _, e := range InUse().Targets {
		for _, n := range e.Names {
			texts = append(texts, n, strings.ToUpper(n), strings.ToLower(n))
		}
	}
	for _, d := range InUse().Drugs {
		texts = append(texts, d.Name, strings.ToUpper(d.Name))
	}
	texts = append(texts, seedTexts(t)...)
	ix := targets()
	for _, text := range texts {
		for i := range len(text) {
			if got, want := ix.mayBeginName(text, i), mayBeginNameSlow(ix, text, i); got != want {
				t.Fatalf("mayBeginName(%q, %d) = %v, want %v", text, i, got, want)
			}
		}
	}
}

func FuzzMayBeginName(f *testing.F) {
	for _, s := range []string{"CD19", "anti-CD22", "Blinatumomab", "inotuzumab ozogamicin", "x\xffCD", "hALK.CAR"} {
		f.Add(s)
	}
	ix := targets()
	f.Fuzz(func(t *testing.T, text string) {
		for i := range len(text) {
			if got, want := ix.mayBeginName(text, i), mayBeginNameSlow(ix, text, i); got != want {
				t.Fatalf("mayBeginName(%q, %d) = %v, want %v", text, i, got, want)
			}
		}
	})
}
