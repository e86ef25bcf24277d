package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
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
		{"odd UTF-16 without a BOM", []byte("P\x00h\x00a\x00s\x00e\x00 \x002\x00 "), ErrUndecodable},
		{"Windows-1252 with an undefined byte", []byte("Phase 2, Chiarl\xe9 \x81"), ErrUndecodable},
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

func utf16Bytes(t *testing.T, order unicode.Endianness, bom unicode.BOMPolicy, text string) []byte {
	t.Helper()
	data, err := unicode.UTF16(order, bom).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestDecode holds the encodings a document may come in: the text each
// decodes to and the warning about repaired bytes, if any.
func TestDecode(t *testing.T) {
	const criteria = "Age ≥ 12 months and < 30 years\n"
	tests := []struct {
		name    string
		data    []byte
		want    string
		warning string
	}{
		{"UTF-8", []byte(criteria), criteria, ""},
		{"UTF-8 with a BOM", append([]byte{0xEF, 0xBB, 0xBF}, criteria...), criteria, ""},
		{"UTF-8 with one invalid byte", []byte("Phase 2\n" + criteria + "Sponsor \xff\n"),
			"Phase 2\n" + criteria + "Sponsor \uFFFD\n", "apart from 1 invalid byte (on line 3)"},
		{"UTF-8 with a BOM and invalid bytes", []byte("\xEF\xBB\xBF\xc0" + criteria + "\xfe\xff"),
			"\uFFFD" + criteria + "\uFFFD\uFFFD", "apart from 3 invalid bytes (the first on line 1)"},
		{"UTF-8 cut inside a character", []byte(criteria + "Age \xe2\x89"), criteria + "Age \uFFFD\uFFFD", "2 invalid bytes"},
		{"UTF-8 with one Windows-1252 byte", []byte("Sponsor: Roberto Chiarl\xe9\n" + criteria),
			"Sponsor: Roberto Chiarl\uFFFD\n" + criteria, "1 invalid byte (on line 1)"},
		{"Windows-1252", []byte("Sponsor: Roberto Chiarl\xe9, \x93age >= 12 months\x94 \x96 \xb5g\n"),
			"Sponsor: Roberto Chiarlé, “age >= 12 months” – µg\n", ""},
		{"UTF-16LE with a BOM", utf16Bytes(t, unicode.LittleEndian, unicode.UseBOM, criteria), criteria, ""},
		{"UTF-16BE with a BOM", utf16Bytes(t, unicode.BigEndian, unicode.UseBOM, criteria), criteria, ""},
		{"UTF-16LE without a BOM", utf16Bytes(t, unicode.LittleEndian, unicode.IgnoreBOM, criteria), criteria, ""},
		{"UTF-16BE without a BOM", utf16Bytes(t, unicode.BigEndian, unicode.IgnoreBOM, criteria), criteria, ""},
		{"CRLF and no-break spaces", []byte("Phase\u00a02\r\nAge\r"), "Phase 2\nAge\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != tt.want {
				t.Errorf("text = %q, want %q", got.Text, tt.want)
			}
			switch {
			case tt.warning == "" && len(got.Warnings) > 0:
				t.Errorf("unexpected warnings %q", got.Warnings)
			case tt.warning != "" && (len(got.Warnings) != 1 || !strings.Contains(got.Warnings[0], tt.warning)):
				t.Errorf("warnings = %q, want one with %q", got.Warnings, tt.warning)
			}
		})
	}
}

// TestInvalidUTF8KeepsTheRest reads a seed with one broken byte: the rest
// stays UTF-8 ("≥" is not turned into "â‰¥") and the trial carries the
// warning.
func TestInvalidUTF8KeepsTheRest(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(seedDir, "003_122420f88e2d3046.txt"))
	if err != nil {
		t.Fatal(err)
	}
	broken := bytes.Replace(seed, []byte("Roberto Chiarle"), []byte("Roberto Chiarl\xe9"), 1)
	res := Read("broken.txt", broken)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	tr := res.Trials[0]
	if tr.Ages.Label() != "12 months – <30 years" || tr.Sponsor != "Roberto Chiarl\uFFFD" {
		t.Errorf("ages %q, sponsor %q", tr.Ages.Label(), tr.Sponsor)
	}
	if w := tr.WarningsFor(model.FieldDocument); len(w) != 1 || !strings.Contains(w[0], "1 invalid byte") {
		t.Errorf("document warnings = %q", w)
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
	utf16leBare, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes(seed)
	utf16beBare, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes(seed)
	for name, data := range map[string][]byte{"UTF-16LE": utf16le, "UTF-16BE": utf16be, "UTF-16LE without BOM": utf16leBare,
		"UTF-16BE without BOM": utf16beBare, "CRLF": crlf, "UTF-8 BOM": withBOM} {
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

// TestReadAtMost reads a file whose size changed since it was measured,
// and stops one byte past the limit.
func TestReadAtMost(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 300)
	for _, tt := range []struct {
		expected, limit int64
		want            int
	}{
		{int64(len(data)), 10_000, len(data)},
		{10, 10_000, len(data)},
		{0, 10_000, len(data)},
		{int64(len(data)), 1000, 1001},
		{10, 1000, 1001},
	} {
		got, err := readAtMost(bytes.NewReader(data), tt.expected, tt.limit)
		if err != nil || len(got) != tt.want || !bytes.Equal(got, data[:len(got)]) {
			t.Errorf("expected %d, limit %d: %d bytes, %v", tt.expected, tt.limit, len(got), err)
		}
	}
}

// FuzzLooksBinary: looksBinary, which passes over eight bytes at a time,
// judges any bytes as a byte-by-byte count does.
func FuzzLooksBinary(f *testing.F) {
	f.Add([]byte("{\n  \"a\": \"b\"\r\n}\t\f"))
	f.Add([]byte("a\x01b\x02c\x03d\x04e\x05f\x06g\x07h\x08"))
	f.Add([]byte("text with a NUL\x00 in it"))
	f.Fuzz(func(t *testing.T, data []byte) {
		head := data[:min(len(data), 8192)]
		controls, nul := 0, false
		for _, b := range head {
			switch {
			case b == 0:
				nul = true
			case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
				controls++
			}
		}
		if want := nul || controls*10 > len(head); looksBinary(data) != want {
			t.Fatalf("looksBinary(%q) = %v, want %v", data, !want, want)
		}
	})
}
