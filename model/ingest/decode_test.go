package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func TestRefusals(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"only spaces", []byte(" \n\t \n"), ErrEmpty},
		{"binary", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, ErrBinary},
		{"oversized", bytes.Repeat([]byte("a"), MaxFileSize+1), ErrTooLarge},
		{"undecodable", []byte("Phase 1 trial \x81\x8d\x90 NCT01234567"), ErrUndecodable},
		{"odd UTF-16", []byte{0xFF, 0xFE, 'a', 0, 'b'}, ErrUndecodable},
		{"bad UTF-8 after a BOM", []byte("\xEF\xBB\xBFPhase \xff\xfe 1"), ErrUndecodable},
		{"nothing trial-like", []byte("Dear colleague,\nsee you on Tuesday.\n"), ErrNotTrialLike},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("case.txt", tt.data)
			if !errors.Is(res.Err, tt.want) {
				t.Fatalf("err = %v, want %v", res.Err, tt.want)
			}
			if !strings.HasPrefix(res.Err.Error(), "case.txt: ") {
				t.Errorf("the message does not name the file: %q", res.Err)
			}
		})
	}
}

func TestReadFileRefusesOversizedWithoutReading(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if res := ReadFile(path); !errors.Is(res.Err, ErrTooLarge) {
		t.Errorf("err = %v", res.Err)
	}
	if res := ReadFile(filepath.Join(t.TempDir(), "missing.txt")); res.Err == nil || !strings.Contains(res.Err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", res.Err)
	}
}

func TestEncodings(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(seedDir, "003_122420f88e2d3046.txt"))
	if err != nil {
		t.Fatal(err)
	}
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(seed)
	utf16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes(seed)
	crlf := bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n"))
	withBOM := append([]byte{0xEF, 0xBB, 0xBF}, seed...)
	for name, data := range map[string][]byte{"UTF-16LE": utf16le, "UTF-16BE": utf16be, "CRLF": crlf, "UTF-8 BOM": withBOM} {
		res := Read(name, data)
		if res.Err != nil || res.Trials[0].NCTID != "NCT06803875" || len(res.Trials[0].Exclusion) != 13 {
			t.Errorf("%s: %v %+v", name, res.Err, res.Trials)
		}
	}
	// Windows-1252 has no ≥; a page saved in it spells "≥" as ">=".
	ascii := strings.NewReplacer("≥", ">=", "≤", "<=", "μ", "u", "•", "-").Replace(string(seed))
	latin, err := charmap.Windows1252.NewEncoder().String(strings.Replace(ascii, "Roberto Chiarle", "Roberto Chiarlé", 1))
	if err != nil {
		t.Fatal(err)
	}
	res := Read("latin.txt", []byte(latin))
	if res.Err != nil || res.Trials[0].Sponsor != "Roberto Chiarlé" {
		t.Errorf("Windows-1252: %v %+v", res.Err, res.Trials)
	}
}

func TestHTMLPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>x</title><script>var a = "Phase 3";</script></head><body>
<h1>Study of Blinatumomab in Children</h1>
<p>ClinicalTrials.gov ID: NCT01234567</p><p>Phase 2</p>
<h2>Eligibility</h2>
<p>Inclusion Criteria:</p><ul><li>Age &ge; 1 year and &lt; 18 years</li><li>CD19+ B-ALL</li></ul>
<p>Exclusion Criteria:</p><ul><li>Active CNS disease</li></ul>
</body></html>`
	res := Read("saved.html", []byte(page))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	tr := res.Trials[0]
	if tr.NCTID != "NCT01234567" || len(tr.Inclusion) != 2 || len(tr.Exclusion) != 1 || tr.Ages.Label() != "1 year – <18 years" {
		t.Errorf("got %+v", tr)
	}
	if len(tr.Phases) != 1 || tr.Phases[0] != "PHASE2" {
		t.Errorf("phases = %v (the script must be skipped)", tr.Phases)
	}
	if len(tr.Targets) != 1 || tr.Targets[0] != "CD19" {
		t.Errorf("targets = %v", tr.Targets)
	}
}

func TestGenericWarns(t *testing.T) {
	res := Read("notes.txt", []byte("Trial NCT09999999, Phase II\nInclusion Criteria:\n- adults\nExclusion Criteria:\n- pregnancy\n"))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	tr := res.Trials[0]
	if tr.Source.Layout != "generic-text" || len(tr.Warnings) == 0 || tr.NCTID != "NCT09999999" || len(tr.Exclusion) != 1 {
		t.Errorf("got %+v", tr)
	}
}
