package export

import (
	"bytes"
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

func TestPDF(t *testing.T) {
	cmp := seedComparison(t)
	for _, tc := range []struct {
		paper Paper
		size  string
	}{{A4, "841.89 x 595.28 pts (A4)"}, {Letter, "792 x 612 pts (letter)"}} {
		path := filepath.Join(t.TempDir(), "board.pdf")
		opts := testOptions
		opts.Paper = tc.paper
		if err := WritePDF(path, cmp, opts); err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, path)
		for _, want := range []string{"Tumor board 25 Nov", "NCT03860844", "NCT06709469", "NCT07338357", "NCT06803875", "NCT04150497",
			"≥", "μL", "Investigación", "Page 1 of", "Check every value against the full protocol", "Eligibility criteria in full"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the PDF lacks %q", tc.paper, want)
			}
		}
		if info := pdfInfo(t, path); !strings.Contains(info, tc.size) {
			t.Errorf("%s: page size not %s:\n%s", tc.paper, tc.size, info)
		}
	}
}

func TestPDFLongRowSpansPages(t *testing.T) {
	var items []string
	for i := range 120 {
		items = append(items, "Criterion number "+strings.Repeat("x", i%7)+" that is long enough to wrap onto a second line in a narrow column of the table")
	}
	cmp := model.NewComparison([]model.Trial{{NCTID: "NCT00000002", Inclusion: items}})
	path := filepath.Join(t.TempDir(), "long.pdf")
	if err := WritePDF(path, cmp, testOptions); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, path)
	if !strings.Contains(text, "Key inclusion") || !strings.Contains(text, "(continued)") {
		t.Error("the long row does not continue with its label")
	}
	if !strings.Contains(text, "120. Criterion number") {
		t.Error("the last item is missing")
	}
	pages := strings.Count(text, "\f")
	if pages < 3 {
		t.Errorf("%d pages, want the row to span at least two", pages)
	}
}

func TestPDFColumnGroups(t *testing.T) {
	var trials []model.Trial
	for i := range 9 {
		trials = append(trials, model.Trial{NCTID: "NCT0000001" + string(rune('0'+i))})
	}
	var buf bytes.Buffer
	if err := RenderPDF(&buf, model.NewComparison(trials), testOptions); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "wide.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, path)
	if n := strings.Count(text, "Field"); n < 3 {
		t.Errorf("the field column appears %d times, want one per column group (3)", n)
	}
}

func TestAtomicWriteKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "board.xlsx")
	if err := os.WriteFile(path, []byte("the previous export"), 0o644); err != nil {
		t.Fatal(err)
	}
	failure := errors.New("disk full")
	err := writeAtomic(path, func(w io.Writer) error {
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
	err := WritePDF(filepath.Join(t.TempDir(), "no", "such", "board.pdf"), seedComparison(t), testOptions)
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
	err := WriteXLSX(filepath.Join(dir, "board.xlsx"), seedComparison(t), testOptions)
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
	if err := WriteXLSX(filepath.Join(dir, "fit.xlsx"), cmp, testOptions); err != nil {
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
	if err := WritePDF(path, cmp, testOptions); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, path)
	for _, want := range []string{"Patient: 7 years, B-ALL", "screening aid", "Exclusions at a glance", "Live vaccines", "Excluded"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}
