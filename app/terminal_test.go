//go:build linux || darwin

package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/registry"
	"github.com/trialcompare/trialcompare/registry/registrytest"
)

// hostileTitle sets the window's title, clears the screen and prints a
// green verdict in a terminal that obeys it; it also holds a CSI as a C1
// control, DEL and a right-to-left override.
const hostileTitle = "\x1b]0;owned\x07\x1b[2J\x1b[32m Eligible: YES\x1b[0m \u009b31m red \x7f \u202etxt.exe"

// forgedLine is a line a file name tries to add to the output.
const forgedLine = "FORGED  Eligible: YES"

// drivesTerminal returns the first character in out a terminal would act
// on rather than show, or "".
func drivesTerminal(out string) string {
	for _, r := range out {
		if r != '\n' && r != '\t' && isControl(r) {
			return string(r)
		}
	}
	if !utf8.ValidString(out) {
		return "a byte that is not UTF-8"
	}
	return ""
}

// hostileFiles writes a trial page whose title is hostileTitle under a
// name with a line end and an escape sequence in it.
func hostileFiles(t *testing.T) (page, badName string) {
	t.Helper()
	dir := t.TempDir()
	page = filepath.Join(dir, "page\n"+forgedLine+"\x1b[1A.txt")
	text := "NCT07338357\nTitle: " + hostileTitle + "\nPhase 2\nInclusion Criteria:\n- Age 1 to 21 years\n- " + hostileTitle + "\n"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	badName = filepath.Join(dir, "letter\n"+forgedLine+"\u009b2J.txt")
	if err := os.WriteFile(badName, []byte("Dear colleague, see you on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return page, badName
}

// hostileRegistry serves one study whose title is hostileTitle.
func hostileRegistry(t *testing.T) {
	t.Helper()
	body, err := os.ReadFile(filepath.Join(ctgovDir, seed002ID+".json"))
	if err != nil {
		t.Fatal(err)
	}
	title, err := json.Marshal(hostileTitle)
	if err != nil {
		t.Fatal(err)
	}
	body = bytes.Replace(body, []byte(`"Clinical Study of CLL-1 CAR-T in the Treatment of Children With R/R AML"`), title, 1)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, seed002ID+".json"), body, 0o644); err != nil {
		t.Fatal(err)
	}
	srv := registrytest.New(t, dir)
	t.Setenv(registry.BaseURLEnv, srv.URL)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
}

// TestNoDocumentTextDrivesTheTerminal runs every command that prints what
// it read over a page with a hostile title, under a file name with a line
// end in it: no control character reaches the terminal, no line is
// forged, and the JSON output still reads back to the title as written.
func TestNoDocumentTextDrivesTheTerminal(t *testing.T) {
	page, badName := hostileFiles(t)
	hostileRegistry(t)
	out := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		json bool
	}{
		{"inspect", []string{"inspect", page, badName}, false},
		{"inspect --json", []string{"inspect", "--json", page, badName}, true},
		{"fit", []string{"fit", "--age", "7y", page, badName}, false},
		{"fit --json", []string{"fit", "--age", "7y", "--json", page, badName}, false},
		{"export", []string{"export", "-o", filepath.Join(out, "x\n"+forgedLine+".pdf"), page, badName}, false},
		{"board", []string{"board", "-o", filepath.Join(out, "x\n"+forgedLine+".tcboard"), page, badName}, false},
		{"check", []string{"check", page, badName}, false},
		{"check --json", []string{"check", "--json", page, badName}, true},
		{"search", []string{"search", "--term", "AML"}, false},
		{"search --json", []string{"search", "--term", "AML", "--json"}, true},
		{"fetch", []string{"fetch", "--dir", out, badName}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stdout, stderr := runMain(t, tc.args...)
			for _, stream := range []string{stdout, stderr} {
				if c := drivesTerminal(stream); c != "" {
					t.Errorf("the output holds %q:\n%s", c, stream)
				}
				for _, line := range strings.Split(stream, "\n") {
					if strings.HasPrefix(line, forgedLine) {
						t.Errorf("a file name forged the line %q:\n%s", line, stream)
					}
				}
			}
			if !tc.json {
				return
			}
			if !strings.Contains(stdout, `\u001b]0;owned\u0007`) || !strings.Contains(stdout, `\u009b31m`) || !strings.Contains(stdout, `\u202etxt`) {
				t.Errorf("the JSON does not show the title's controls escaped:\n%.2000s", stdout)
			}
			var decoded any
			if err := json.Unmarshal([]byte(stdout), &decoded); err != nil {
				t.Fatalf("the JSON output does not read back: %v", err)
			}
			if !strings.Contains(jsonStrings(decoded), hostileTitle) {
				t.Errorf("the JSON output does not read back to the title as written")
			}
		})
	}
}

// jsonStrings joins every string in a decoded JSON value.
func jsonStrings(v any) string {
	switch v := v.(type) {
	case string:
		return v + "\n"
	case []any:
		var b strings.Builder
		for _, e := range v {
			b.WriteString(jsonStrings(e))
		}
		return b.String()
	case map[string]any:
		var b strings.Builder
		for _, e := range v {
			b.WriteString(jsonStrings(e))
		}
		return b.String()
	}
	return ""
}

func TestTerminalWriterEscapes(t *testing.T) {
	for _, tc := range []struct {
		name   string
		writes []string
		want   string
	}{
		{"plain text passes", []string{"NCT01234567  ≥ 18 years · CD19\n\tdone\n"}, "NCT01234567  ≥ 18 years · CD19\n\tdone\n"},
		{"escape sequence", []string{"a\x1b[2Jb"}, `a\u001b[2Jb`},
		{"bell and carriage return", []string{"a\x07\rb"}, `a\u0007\rb`},
		{"C1 control", []string{"a\u009b31mb"}, `a\u009b31mb`},
		{"DEL", []string{"a\x7fb"}, `a\u007fb`},
		{"bidi override and isolate", []string{"a\u202eb\u2066c"}, `a\u202eb\u2066c`},
		{"a byte that is not UTF-8", []string{"a\x9bb"}, `a\x9bb`},
		{"a character split between writes", []string{"a\xe2\x80", "\xaeb", "\xc2", "\x9bc"}, `a\u202eb\u009bc`},
		{"a character cut short at the end", []string{"a\xe2\x80"}, `a\xe2\x80`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := newTerminalWriter(&buf)
			for _, s := range tc.writes {
				if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
					t.Fatalf("Write(%q) = %d, %v", s, n, err)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if buf.String() != tc.want {
				t.Errorf("wrote %q, want %q", buf.String(), tc.want)
			}
		})
	}
}

func TestSayKeepsEachArgumentOnOneLine(t *testing.T) {
	var buf bytes.Buffer
	say(&buf, "%s: %v (%d)\n", "a\nb.txt", os.ErrNotExist, 3)
	if got, want := buf.String(), "a\\nb.txt: file does not exist (3)\n"; got != want {
		t.Errorf("say wrote %q, want %q", got, want)
	}
}

// FuzzTerminalWriter writes any text through the terminal's writer, split
// in two writes anywhere: nothing a terminal acts on comes out, and a JSON
// string written through it reads back as it was.
func FuzzTerminalWriter(f *testing.F) {
	f.Add(hostileTitle, 5)
	f.Add("a\xe2\x80\xaeb\x9b", 2)
	f.Fuzz(func(t *testing.T, s string, at int) {
		at = min(max(at, 0), len(s))
		var out bytes.Buffer
		w := newTerminalWriter(&out)
		w.Write([]byte(s[:at]))
		w.Write([]byte(s[at:]))
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if c := drivesTerminal(out.String()); c != "" {
			t.Fatalf("%q came out with %q in it: %q", s, c, out.String())
		}
		quoted, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		out.Reset()
		w.Write(quoted[:min(at, len(quoted))])
		w.Write(quoted[min(at, len(quoted)):])
		w.Flush()
		var want, back string
		if err := json.Unmarshal(quoted, &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(out.Bytes(), &back); err != nil || back != want {
			t.Fatalf("the JSON string %s came out as %s (%v)", quoted, out.String(), err)
		}
	})
}
