package registry

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// FuzzAnswers feeds any bytes to the readers of a study record and a search
// page: they return a record, a page or an error, and never panic.
func FuzzAnswers(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(ctgovDir, "*.json"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
			f.Add([]byte(`{"studies":[` + string(data) + `],"nextPageToken":"x","totalCount":1}`))
		}
	}
	f.Add([]byte(`{"studies":[]}`))
	f.Add([]byte(`<html></html>`))
	f.Add([]byte("99999999999999999999"))
	f.Add([]byte("Parameter `nctId` has incorrect format\n\x1b[2J"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if rec, err := recordOf(seedID, data); err == nil && rec.Trial.NCTID != seedID {
			t.Errorf("a record of %q was taken for %s", rec.Trial.NCTID, seedID)
		}
		if page, err := pageOf(data); err == nil {
			for _, h := range page.Hits {
				if !ValidNCTID(h.Trial.NCTID) {
					t.Errorf("a hit without an NCT ID: %q", h.Trial.NCTID)
				}
			}
		}
		_ = checkJSON("application/json", data)
		if reason := reasonOf("text/plain", data); strings.ContainsFunc(reason, unicode.IsControl) || utf8.RuneCountInString(reason) > 301 {
			t.Errorf("reason %q", reason)
		}
		if wait := retryAfterOf(string(data), time.Unix(0, 0)); wait < 0 || wait > maxStatedWait {
			t.Errorf("Retry-After %q: %v", data, wait)
		}
	})
}

// FuzzNCTIDs checks that every ID found is a valid one, found once.
func FuzzNCTIDs(f *testing.F) {
	f.Add("see NCT07338357, nct 02210780 and NCT07338357")
	f.Fuzz(func(t *testing.T, text string) {
		seen := map[string]bool{}
		for _, id := range NCTIDs(text) {
			if !ValidNCTID(id) || seen[id] {
				t.Errorf("%q from %q", id, text)
			}
			seen[id] = true
			if !strings.Contains(strings.ToUpper(text), id[3:]) {
				t.Errorf("%q is not in the text", id)
			}
		}
	})
}
