package app

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/vocab"
)

// userVocabularyDir points the configuration folder at a new folder,
// writes files (name → text) into its vocabulary folder and returns that.
func userVocabularyDir(t *testing.T, files map[string]string) string {
	t.Helper()
	config := t.TempDir()
	for _, name := range []string{"XDG_CONFIG_HOME", "HOME", "AppData"} {
		t.Setenv(name, config)
	}
	dir, err := vocab.UserDir()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// wuDrugs adds a CAR-T to the drugs, and holds a line that cannot be read.
const wuDrugs = "# drug\ttarget\tclass\nWU-CART-007\tCD7\tCAR-T\nWU-CART-008\tCD7x\n"

func TestVocabListsTheFilesAndTheLinesNotRead(t *testing.T) {
	dir := userVocabularyDir(t, map[string]string{"drugs.tsv": wuDrugs})
	var out, errOut bytes.Buffer
	if code := Main([]string{"vocab"}, nil, &out, &errOut); code != exitFailed {
		t.Errorf("exit status %d, want %d for a line not read; stderr %q", code, exitFailed, errOut.String())
	}
	want := []string{"Your vocabularies, in " + dir + ":", "drugs.tsv                1 entry",
		`line 3: the target "CD7x" is not in targets.tsv; the line is left out`}
	for _, f := range vocab.BuiltIn().Files {
		want = append(want, fmt.Sprintf("%-24s %d entries", f.Name, f.Entries))
	}
	for _, w := range want {
		if !strings.Contains(out.String(), w) {
			t.Errorf("output lacks %q:\n%s", w, out.String())
		}
	}
}

func TestVocabCheck(t *testing.T) {
	dir := userVocabularyDir(t, map[string]string{"drugs.tsv": wuDrugs, "targets.tsv": "# target\tnames\nCD1a\tCD1a\n"})
	good := filepath.Join(t.TempDir(), "new-drugs.tsv")
	if err := os.WriteFile(good, []byte("# drug\ttarget\tclass\nanti-CD1a-CAR\tCD1a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"vocab", "check", good}, exitOK, good + ": 1 entry of drugs.tsv; every line can be read"},
		{[]string{"vocab", "check", filepath.Join(dir, "drugs.tsv")}, exitFailed,
			filepath.Join(dir, "drugs.tsv") + `, line 3: the target "CD7x" is not in targets.tsv`},
		{[]string{"vocab", "check"}, exitBadUsage, ""},
		{[]string{"vocab", "list"}, exitBadUsage, ""},
	} {
		var out, errOut bytes.Buffer
		if code := Main(c.args, nil, &out, &errOut); code != c.code || !strings.Contains(out.String(), c.want) {
			t.Errorf("%q: exit status %d, output %q; want %d and %q", c.args, code, out.String(), c.code, c.want)
		}
	}
}
