package vocab

import (
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBuiltInVocabularies checks that every line of every built-in file
// parses and that every reference holds: a drug's target and class, a
// diagnosis's parent, a phrase's theme, the CNS lines that are one each.
func TestBuiltInVocabularies(t *testing.T) {
	v := BuiltIn()
	names := builtInFileNames(t)
	if len(v.Files) != len(names) {
		t.Fatalf("%d files read, want %d", len(v.Files), len(names))
	}
	for i, f := range v.Files {
		if f.Name != names[i] || f.User {
			t.Errorf("file %d is %q (user %v), want the built-in %s", i, f.Name, f.User, names[i])
		}
		for _, p := range f.Problems {
			t.Error(p)
		}
		data, err := builtIn.ReadFile("data/" + f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if want := entryLines(string(data)); f.Entries != want {
			t.Errorf("%s: %d entries read, want one for each of its %d entry lines", f.Name, f.Entries, want)
		}
	}
}

// builtInFileNames lists the built-in files in the order they are read:
// each vocabulary's file, or the files of its folder.
func builtInFileNames(t testing.TB) []string {
	t.Helper()
	var names []string
	for _, k := range fileKinds {
		if !k.folder {
			names = append(names, k.name)
			continue
		}
		found, err := builtIn.ReadDir("data/" + k.name)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range found {
			names = append(names, k.name+"/"+d.Name())
		}
	}
	return names
}

// entryLines counts a file's lines that are neither notes nor blank.
func entryLines(data string) int {
	n := 0
	for _, line := range strings.Split(data, "\n") {
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			n++
		}
	}
	return n
}

// writeFiles writes files (name → text) into a new folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestUserEntriesAddAndWin(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"targets.tsv": "# target\tnames\nCD1a\tCD1a, T6\ncd7\tCD7, gp40\n",
		"drugs.tsv":   "# drug\ttarget\tclass\r\nWU-CART-007\tcd7\tcar-t\r\nblinatumomab  CD22\n",
	})
	v := Load(dir)
	builtIn := BuiltIn()
	if got, want := len(v.Targets), len(builtIn.Targets)+1; got != want {
		t.Errorf("%d targets, want %d", got, want)
	}
	if last := v.Targets[len(v.Targets)-1]; last.Name != "CD1a" || !last.User || last.Line != 2 {
		t.Errorf("last target = %+v, want the user's CD1a from line 2", last)
	}
	cd7 := slices.IndexFunc(v.Targets, func(x Target) bool { return strings.EqualFold(x.Name, "CD7") })
	if was := slices.IndexFunc(builtIn.Targets, func(x Target) bool { return x.Name == "CD7" }); cd7 != was {
		t.Errorf("the user's CD7 is at %d, want the built-in one's place %d", cd7, was)
	}
	if got := v.Targets[cd7]; !got.User || !slices.Equal(got.Names, []string{"CD7", "gp40"}) {
		t.Errorf("CD7 = %+v, want the user's names", got)
	}
	drug := func(name string) Drug {
		i := slices.IndexFunc(v.Drugs, func(d Drug) bool { return d.Name == name })
		if i < 0 {
			t.Fatalf("no drug %q", name)
		}
		return v.Drugs[i]
	}
	if d := drug("WU-CART-007"); d.Target != "cd7" || d.Class != "CAR-T" || !d.User || d.File != filepath.Join(dir, "drugs.tsv") {
		t.Errorf("WU-CART-007 = %+v, want the user's CD7 CAR-T, spelled as the vocabularies spell them", d)
	}
	if d := drug("blinatumomab"); d.Target != "CD22" || !d.User {
		t.Errorf("blinatumomab = %+v, want the user's CD22", d)
	}
	if n := len(v.Drugs); n != len(builtIn.Drugs)+1 {
		t.Errorf("%d drugs, want %d", n, len(builtIn.Drugs)+1)
	}
	for _, f := range v.Files {
		if len(f.Problems) > 0 {
			t.Errorf("%s: %v", f.Path, f.Problems)
		}
	}
}

// TestProblemsNameFileAndLine checks that each bad line is reported with
// its file and line number and left out, while every other entry, and the
// built-in vocabularies, still load.
func TestProblemsNameFileAndLine(t *testing.T) {
	for _, c := range []struct {
		name, file, text string
		line             int
		reason           string
	}{
		{"no header", "drugs.tsv", "WU-CART-007\tCD7\n", 1, "the first line must be # and this file's columns"},
		{"wrong header", "drugs.tsv", "# drug\ttarget\n", 1, "drug, target, class"},
		{"one column", "drugs.tsv", "# drug\ttarget\tclass\n# a note\n\nWU-CART-007\n", 4, "2 or 3 columns expected (drug, target, class), separated by tabs; this line has 1"},
		{"unknown target", "drugs.tsv", "# drug\ttarget\tclass\nWU-CART-007\tCD7x\n", 2, `the target "CD7x" is not in targets.tsv`},
		{"unknown class", "drugs.tsv", "# drug\ttarget\tclass\nWU-CART-007\tCD7\tvaccine\n", 2, `the class "vaccine"`},
		{"short drug", "drugs.tsv", "# drug\ttarget\tclass\nWU7\tCD7\n", 2, "6 letters or more"},
		{"repeated", "drugs.tsv", "# drug\ttarget\tclass\nWU-CART-007\tCD7\nwu-cart-007\tCD7\n", 3, "line 2 has this entry already"},
		{"not UTF-8", "drugs.tsv", "# drug\ttarget\tclass\nWU-CART-\xff\tCD7\n", 2, "not UTF-8"},
		{"bad pattern", "themes.tsv", "# theme\tkind\ttext\ncns\tphrase\tmeninge(al\n", 2, "missing closing )"},
		{"unknown theme", "themes.tsv", "# theme\tkind\ttext\nrenal\tphrase\tdialysis\n", 2, `the theme "renal" has no label line`},
		{"bad kind", "cns.tsv", "# kind\tpattern\nmentions\tmeningeal\n", 2, `the kind "mentions" is not one of`},
		{"parent loop", "diagnoses.tsv", "# diagnosis\tparent\tnames\nALL\tB-ALL\tALL\n", 2, "lead back"},
		{"unknown parent", "diagnoses.tsv", "# diagnosis\tparent\tnames\nETP-ALL\tT-ALLL\tETP-ALL\n", 2, `the parent "T-ALLL"`},
		{"bad source", "modalities.tsv", "# modality\tsource\tpattern\nvaccine\tmaybe\tvaccin\n", 2, "yes or no"},
		{"form", "registry_ids.tsv", "# registry\tstarts with\tform\nCTIS\tCTIS\tCTIS\\d+\n", 2, "must begin with ^"},
		{"unknown file", "drug.tsv", "# drug\ttarget\tclass\n", 0, "named after the vocabulary it extends"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{c.file: c.text, "targets.tsv": "# target\tnames\nCD1a\tCD1a\n"})
			v := Load(dir)
			path := filepath.Join(dir, c.file)
			var found []Problem
			for _, f := range v.Files {
				if f.Path == filepath.Join(dir, "targets.tsv") && (f.Entries != 1 || len(f.Problems) > 0) {
					t.Errorf("the good file: %+v", f)
				}
				if !f.User && len(f.Problems) > 0 {
					t.Errorf("the built-in %s: %v", f.Name, f.Problems)
				}
				if f.Path == path {
					found = f.Problems
				}
			}
			if len(found) != 1 || found[0].Line != c.line || found[0].File != path || !strings.Contains(found[0].String(), c.reason) {
				t.Fatalf("problems = %v, want one at %s line %d saying %q", found, path, c.line, c.reason)
			}
			if c.line > 0 && !strings.HasPrefix(found[0].String(), path+", line ") {
				t.Errorf("%q does not begin with the file and the line", found[0])
			}
			if got, want := len(v.Targets), len(BuiltIn().Targets)+1; got != want {
				t.Errorf("%d targets, want %d: the other files still load", got, want)
			}
		})
	}
}

func TestValuesInQuotesAndSpaces(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"a\tb\tc", []string{"a", "b", "c"}},
		{"a  b   c", []string{"a", "b", "c"}},
		{"a b\t c d ", []string{"a b", "c d"}},
		{`"has been show "`, []string{"has been show "}},
		{`study id label	"other "`, []string{"study id label", "other "}},
		{"a\t\tc", []string{"a", "", "c"}},
		{"a\t", []string{"a", ""}},
	} {
		if got := splitValues(c.line); !slices.Equal(got, c.want) {
			t.Errorf("splitValues(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

func TestCheck(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"targets.tsv": "# target\tnames\nCD1a\tCD1a\n",
		"good.tsv":    "# drug\ttarget\tclass\nanti-CD1a-CAR\tCD1a\tCAR-T\n",
		"drugs.tsv":   "# drug\ttarget\tclass\nWU-CART-007\tCD7\nfoo\tCD7\nWU-CART-008\tCD77\n",
		"notes.tsv":   "drug\ttarget\n",
	})
	if f := Check(filepath.Join(dir, "good.tsv"), dir); len(f.Problems) > 0 || f.Entries != 1 || f.Name != "drugs.tsv" {
		t.Errorf("good.tsv: %+v, want 1 entry of drugs.tsv, no problem (its target is the user's)", f)
	}
	f := Check(filepath.Join(dir, "drugs.tsv"), dir)
	var lines []int
	for _, p := range f.Problems {
		lines = append(lines, p.Line)
	}
	if f.Entries != 1 || !slices.Equal(lines, []int{3, 4}) {
		t.Errorf("drugs.tsv: %+v, want 1 entry and lines 3 and 4 named", f)
	}
	if f := Check(filepath.Join(dir, "notes.tsv"), dir); len(f.Problems) != 1 || !strings.Contains(f.Problems[0].String(), "names the columns of no vocabulary") {
		t.Errorf("notes.tsv: %+v", f)
	}
	if f := Check(filepath.Join(dir, "missing.tsv"), dir); len(f.Problems) != 1 || f.Problems[0].Line != 0 {
		t.Errorf("missing.tsv: %+v", f)
	}
}

// FuzzRead checks that any file is read without a panic, that each problem
// names a line of it, and that every entry read has its columns.
func FuzzRead(f *testing.F) {
	for _, name := range builtInFileNames(f) {
		data, err := builtIn.ReadFile("data/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(path.Base(name), data)
	}
	f.Add("drugs.tsv", []byte("\uFEFF# drug  target  class\r\n\"x\"\t\"\"\t\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		k, ok := kindOf(name, data)
		if !ok {
			return
		}
		l := newLoader()
		l.read(k, data, File{Name: fileKinds[k].name, Path: "user.tsv", User: true})
		lines := strings.Count(string(data), "\n") + 1
		v := l.finish()
		for _, p := range v.Files[0].Problems {
			if p.Line < 0 || p.Line > lines {
				t.Errorf("%v names no line of a file of %d", p, lines)
			}
		}
		for _, e := range l.entries[k] {
			if len(e.values) != len(fileKinds[k].columns) {
				t.Errorf("entry %q has %d values, want %d", e.values, len(e.values), len(fileKinds[k].columns))
			}
		}
	})
}

// TestBadUserEntryKeepsBuiltIn checks that a user's entry left out for what
// it names gives back the built-in entry it would have replaced.
func TestBadUserEntryKeepsBuiltIn(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"drugs.tsv":     "# drug\ttarget\tclass\nblinatumomab\tCD7x\n",
		"diagnoses.tsv": "# diagnosis\tparent\tnames\nALL\tB-ALL\tALL\n",
	})
	v, builtIn := Load(dir), BuiltIn()
	i := slices.IndexFunc(v.Drugs, func(d Drug) bool { return d.Name == "blinatumomab" })
	if i < 0 || v.Drugs[i].Target != "CD19" || v.Drugs[i].User {
		t.Errorf("blinatumomab is not the built-in CD19 drug: %+v", v.Drugs)
	}
	if !slices.EqualFunc(v.Diagnoses, builtIn.Diagnoses, func(a, b Diagnosis) bool { return a.Name == b.Name && a.Parent == b.Parent }) {
		t.Errorf("diagnoses = %+v, want the built-in ones", v.Diagnoses)
	}
	for _, f := range v.Files {
		if f.User && len(f.Problems) != 1 {
			t.Errorf("%s: %v, want one problem", f.Path, f.Problems)
		}
	}
}
