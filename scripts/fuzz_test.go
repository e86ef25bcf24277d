// Package scripts holds the checks of the repository's scripts.
package scripts

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fuzzTargets finds every fuzz target under root by parsing the test
// files: a function named Fuzz… that takes one *testing.F. It returns
// "folder name" lines as scripts/fuzz --list prints them.
func fuzzTargets(t *testing.T, root string) []string {
	t.Helper()
	var found []string
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, decl := range file.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Fuzz") || len(fn.Type.Params.List) != 1 {
				continue
			}
			star, ok := fn.Type.Params.List[0].Type.(*ast.StarExpr)
			if sel, isSel := star.X.(*ast.SelectorExpr); ok && isSel && sel.Sel.Name == "F" {
				rel, err := filepath.Rel(root, filepath.Dir(path))
				if err != nil {
					return err
				}
				found = append(found, "./"+filepath.ToSlash(rel)+" "+fn.Name.Name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(found)
	return found
}

// TestFuzzRunsEveryTarget checks that `make fuzz` (scripts/fuzz) runs
// every fuzz target in the repository, however its file is laid out.
func TestFuzzRunsEveryTarget(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	want := fuzzTargets(t, "..")
	if len(want) < 33 {
		t.Fatalf("found %d fuzz targets, want at least the 33 there are", len(want))
	}
	out, err := exec.Command("bash", "fuzz", "--list").Output()
	if err != nil {
		t.Fatalf("scripts/fuzz --list: %v", err)
	}
	got := strings.Split(strings.TrimSpace(string(out)), "\n")
	for _, target := range want {
		if !slices.Contains(got, target) {
			t.Errorf("scripts/fuzz does not run %s", target)
		}
	}
	for _, target := range got {
		if !slices.Contains(want, target) {
			t.Errorf("scripts/fuzz runs %s, which is no fuzz target", target)
		}
	}
	t.Logf("%d fuzz targets", len(want))
}
