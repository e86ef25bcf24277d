package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/trialcompare/trialcompare"

// allowedImports lists, for each package of the module, the packages of the
// module its non-test files may import. Imports flow one way: main → app →
// views/export → compare/eligibility → rules → model and vocab.
var allowedImports = map[string][]string{
	".":                     {"app"},
	"app":                   {"board", "compare", "eligibility", "export", "model", "model/ingest", "registry", "rules", "views", "vocab"},
	"views":                 {"compare", "eligibility", "model"},
	"export":                {"compare", "eligibility", "model", "rules"},
	"board":                 {"compare", "model", "model/ingest"},
	"registry":              {"compare", "model", "model/ingest", "rules"},
	"registry/registrytest": {},
	"compare":               {"eligibility", "model", "rules"},
	"eligibility":           {"model", "rules"},
	"model/ingest":          {"model", "rules"},
	"model/ingest/pdftest":  {},
	"rules":                 {"model", "vocab"},
	"model":                 {},
	"vocab":                 {},
}

func TestImportsFlowOneWay(t *testing.T) {
	problems, err := importProblems(".", allowedImports)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

func TestImportProblemsFindsAForbiddenImport(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "model"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package model\n\nimport _ \"" + module + "/compare\"\n"
	if err := os.WriteFile(filepath.Join(root, "model", "x.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	problems, err := importProblems(root, map[string][]string{"model": {}})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || !strings.Contains(problems[0], "model/x.go imports compare") {
		t.Errorf("problems = %q, want model/x.go importing compare", problems)
	}
}

// importProblems walks the packages under root and lists every import of
// this module's packages that allowed does not permit, and every package
// allowed does not name.
func importProblems(root string, allowed map[string][]string) ([]string, error) {
	var problems []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "tools") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		dir := filepath.ToSlash(filepath.Dir(rel))
		may, known := allowed[dir]
		if !known {
			problems = append(problems, rel+": package "+dir+" is not in allowedImports; add it with the imports it may have")
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, spec := range f.Imports {
			imp, _ := strconv.Unquote(spec.Path.Value)
			pkg, ours := strings.CutPrefix(imp, module+"/")
			if ours && !slices.Contains(may, pkg) {
				problems = append(problems, rel+" imports "+pkg+"; package "+dir+" may import only "+strings.Join(may, ", "))
			}
		}
		return nil
	})
	return problems, err
}
