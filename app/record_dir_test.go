package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestFetchAndSearchMakeTheirFolder(t *testing.T) {
	registryServer(t)
	for _, args := range [][]string{
		{"fetch", "--dir", "", seed002ID},
		{"search", "--cond", "leukemia", "--max", "1", "--dir", ""},
	} {
		dir := filepath.Join(t.TempDir(), "new", "records")
		args[slices.Index(args, "--dir")+1] = dir
		code, _, errOut := runMain(t, args...)
		if code != exitOK {
			t.Fatalf("%s: %d %s", args[0], code, errOut)
		}
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			t.Errorf("%s did not make %s: %v", args[0], dir, err)
		}
		if !strings.Contains(errOut, args[0]+": made the folder "+dir) {
			t.Errorf("%s does not say it made the folder: %q", args[0], errOut)
		}
	}
}

func TestFetchRefusesAFileAsItsFolder(t *testing.T) {
	registryServer(t)
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runMain(t, "fetch", "--dir", file, seed002ID)
	if code != exitFailed || !strings.Contains(errOut, "is a file, not a folder") {
		t.Errorf("fetch --dir FILE: %d %q", code, errOut)
	}
}
