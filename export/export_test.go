package export

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

func seedComparison(t testing.TB) model.Comparison {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/seeds/0*.txt")
	if len(paths) != 5 {
		t.Fatalf("seeds: %v", paths)
	}
	var trials []model.Trial
	for _, p := range paths {
		res := ingest.ReadFile(p)
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		trials = append(trials, res.Trials...)
	}
	return model.NewComparison(trials)
}

var testOptions = Options{Title: "Tumor board 25 Nov", Paper: A4, Generated: time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)}

func TestWorkbook(t *testing.T) {
	cmp := seedComparison(t)
	path := filepath.Join(t.TempDir(), "board.xlsx")
	if err := WriteXLSX(context.Background(), path, cmp, testOptions); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, ",") != "Comparison,Trials,Criteria,Exclusions" {
		t.Fatalf("sheets = %v", got)
	}
	cell := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if cell("Comparison", "B1") != "NCT03860844 · ISAKIDS" || cell("Comparison", "A4") != "Phase" || cell("Comparison", "B4") != model.NotStated {
		t.Errorf("comparison cells: %q %q %q", cell("Comparison", "B1"), cell("Comparison", "A4"), cell("Comparison", "B4"))
	}
	if !strings.Contains(cell("Comparison", "E8"), "12 months – <30 years") || !strings.Contains(cell("Comparison", "E8"), "≥ 12 months") {
		t.Errorf("age cell of 003 = %q", cell("Comparison", "E8"))
	}
	panes, err := f.GetPanes("Comparison")
	if err != nil || !panes.Freeze || panes.XSplit != 1 || panes.YSplit != 1 {
		t.Errorf("panes = %+v, %v", panes, err)
	}
	layout, err := f.GetPageLayout("Comparison")
	if err != nil || *layout.Orientation != "landscape" || *layout.FitToWidth != 1 || *layout.FitToHeight != 0 {
		t.Errorf("page layout = %+v, %v", layout, err)
	}
	names := f.GetDefinedName()
	if len(names) == 0 || !strings.Contains(names[0].RefersTo, "$A:$A") || !strings.Contains(names[0].RefersTo, "$1:$1") {
		t.Errorf("print titles = %+v", names)
	}
	hf, err := f.GetHeaderFooter("Comparison")
	if err != nil || !strings.Contains(hf.OddFooter, "Page &P of &N") || !strings.Contains(hf.OddFooter, "&D") {
		t.Errorf("footer = %+v, %v", hf, err)
	}
	// a differing row is shaded, a wrapped cell is top-aligned
	styleID, _ := f.GetCellStyle("Comparison", "C4")
	style, err := f.GetStyle(styleID)
	if err != nil || len(style.Fill.Color) == 0 || style.Alignment == nil || !style.Alignment.WrapText || style.Alignment.Vertical != "top" {
		t.Errorf("style of a differing value = %+v", style)
	}
	if h, _ := f.GetRowHeight("Comparison", 14); h < 100 {
		t.Errorf("the inclusion row is %v points high; its height is not computed", h)
	}
	tables, err := f.GetTables("Trials")
	if err != nil || len(tables) != 1 {
		t.Errorf("Trials tables = %v, %v", tables, err)
	}
	rows, _ := f.GetRows("Criteria")
	if len(rows) != 1+(5+10)+(13+10)+(10+11)+(7+13)+(3+1) {
		t.Errorf("%d criteria rows", len(rows))
	}
	// seed 004's only exclusion was written "-Prior cellular therapy…"
	for _, r := range rows {
		if len(r) == 5 && r[0] == "NCT04150497" && r[2] == "Exclusion" && !strings.HasPrefix(r[4], "Prior cellular") {
			t.Errorf("004 exclusion = %q", r[4])
		}
	}
}

func TestWorkbookFormulaSafety(t *testing.T) {
	tr := model.Trial{NCTID: "NCT00000001", Title: "=HYPERLINK(\"http://x\")",
		Inclusion: []string{"-Prior therapy", "+1 dose", "@risk", "=1+1"}}
	f, err := Workbook(model.NewComparison([]model.Trial{tr}), testOptions)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, sheet := range back.GetSheetList() {
		rows, _ := back.GetRows(sheet)
		for r, row := range rows {
			for c := range row {
				ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := back.GetCellFormula(sheet, ref); formula != "" {
					t.Errorf("%s!%s became the formula %q", sheet, ref, formula)
				}
			}
		}
	}
	if v, _ := back.GetCellValue("Criteria", "E5"); v != "=1+1" {
		t.Errorf("criteria E5 = %q, want the text =1+1", v)
	}
}

func TestCellLimit(t *testing.T) {
	long := strings.Repeat("a", maxCellChars+10)
	got := cellText(long)
	if len([]rune(got)) != maxCellChars || !strings.HasSuffix(got, cutMarker) {
		t.Errorf("cut text has %d characters and ends %q", len([]rune(got)), got[len(got)-20:])
	}
	if cellText("short") != "short" {
		t.Error("short text changed")
	}
}

// pdfText extracts a PDF's text with pdftotext, skipping where it is absent.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func pdfInfo(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestAtomicWriteKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "board.xlsx")
	if err := os.WriteFile(path, []byte("the previous export"), 0o644); err != nil {
		t.Fatal(err)
	}
	failure := errors.New("disk full")
	err := writeAtomic(context.Background(), path, func(w io.Writer) error {
		w.Write([]byte("half a workb"))
		return failure
	})
	if !errors.Is(err, failure) {
		t.Fatalf("err = %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "the previous export" {
		t.Errorf("the previous file became %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestMissingFolder(t *testing.T) {
	err := WritePDF(context.Background(), filepath.Join(t.TempDir(), "no", "such", "board.pdf"), seedComparison(t), testOptions)
	if !errors.Is(err, ErrFolderMissing) {
		t.Errorf("err = %v", err)
	}
}

func TestUnwritableTarget(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	err := WriteXLSX(context.Background(), filepath.Join(dir, "board.xlsx"), seedComparison(t), testOptions)
	if err == nil || !strings.Contains(err.Error(), "open in another program") {
		t.Errorf("err = %v", err)
	}
}

func TestDefaultPaper(t *testing.T) {
	for locale, want := range map[string]Paper{"en_US.UTF-8": Letter, "fr_CA.UTF-8": Letter, "en-US": Letter, "en_GB.UTF-8": A4, "de_DE": A4, "": A4, "C.UTF-8": A4} {
		if got := DefaultPaper(locale); got != want {
			t.Errorf("DefaultPaper(%q) = %s, want %s", locale, got, want)
		}
	}
}

func TestPermissionMessage(t *testing.T) {
	err := explain(&os.PathError{Op: "rename", Path: "board.xlsx", Err: fs.ErrPermission})
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "Excel") {
		t.Errorf("err = %v", err)
	}
}

func TestExportsWithPatient(t *testing.T) {
	cmp := seedComparison(t)
	days, label, _ := model.ParsePatientAge("7y")
	cmp = cmp.WithPatient(model.Patient{AgeDays: days, AgeLabel: label, Diagnosis: "B-ALL"})
	dir := t.TempDir()
	if err := WriteXLSX(context.Background(), filepath.Join(dir, "fit.xlsx"), cmp, testOptions); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "fit.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if a1, _ := f.GetCellValue("Comparison", "A1"); !strings.Contains(a1, "Patient: 7 years, B-ALL") {
		t.Errorf("A1 = %q", a1)
	}
	if fit, _ := f.GetCellValue("Comparison", "D2"); !strings.HasPrefix(fit, "Excluded") {
		t.Errorf("the Fit row of 002 = %q", fit)
	}
	if cns, _ := f.GetCellValue("Exclusions", "B2"); !strings.Contains(cns, "Exclusion 6: Acute leukemia with testicular") {
		t.Errorf("Exclusions!B2 = %q", cns)
	}
	path := filepath.Join(dir, "fit.pdf")
	if err := WritePDF(context.Background(), path, cmp, testOptions); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, path)
	for _, want := range []string{"Patient: 7 years, B-ALL", "screening aid", "Exclusion criteria by theme", "Live vaccines", "Excluded"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}
