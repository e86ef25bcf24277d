package app

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestVersionPrintsFyneAppVersion(t *testing.T) {
	code, out, errOut := runMain(t, "--version")
	if code != exitOK || errOut != "" {
		t.Fatalf("--version: status %d, stderr %q", code, errOut)
	}
	if want := "TrialCompare " + fyneAppVersion(t) + "\n"; out != want {
		t.Errorf("--version printed %q, want %q", out, want)
	}
}

// fyneAppVersion reads the Version of FyneApp.toml's [Details], the one
// the package is built with.
func fyneAppVersion(t *testing.T) string {
	t.Helper()
	f, err := os.Open("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	section := ""
	for scanner := bufio.NewScanner(f); scanner.Scan(); {
		line := strings.TrimSpace(scanner.Text())
		if strings.HasPrefix(line, "[") {
			section = line
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if ok && section == "[Details]" && strings.TrimSpace(key) == "Version" {
			v, err := strconv.Unquote(strings.TrimSpace(value))
			if err != nil {
				t.Fatalf("FyneApp.toml: Version %s: %v", value, err)
			}
			return v
		}
	}
	t.Fatal("FyneApp.toml has no Version in [Details]")
	return ""
}
