package export

import (
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

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/xuri/excelize/v2"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
	"github.com/trialcompare/trialcompare/rules"
)

func seedComparison(t testing.TB) compare.Comparison {
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
	return compare.NewComparison(trials)
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
	days, label, _ := eligibility.ParsePatientAge("7y")
	cmp = cmp.WithPatient(bAllPatient(t, days, label), nil)
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

// bAllPatient is a child with CD19+ B-ALL of the given age.
func bAllPatient(t testing.TB, days float64, label string) eligibility.Profile {
	t.Helper()
	p := eligibility.Profile{AgeDays: days, AgeLabel: label}
	for _, f := range [][2]string{{"diagnosis", "B-ALL"}, {"marker", "CD19+"}} {
		if err := eligibility.ApplyFlag(&p, f[0], f[1]); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// TestPDFSaysNoneWhereTheDocumentDoes: a list the document says is empty
// reads "None" in the details, and a list it does not give "not stated".
func TestPDFSaysNoneWhereTheDocumentDoes(t *testing.T) {
	none := model.Trial{NCTID: "NCT01234567", Title: "Trial of drug X", Inclusion: []string{"Relapsed AML"}}
	none.Note(model.FieldExclusion, model.NoneStated+": There are no exclusion criteria for this study.")
	path := filepath.Join(t.TempDir(), "board.pdf")
	if err := WritePDF(context.Background(), path, compare.NewComparison([]model.Trial{none}), testOptions); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfText(t, path)), " ")
	if !strings.Contains(text, "Exclusion criteria (0) None: the document says there are none.") {
		t.Errorf("the details do not say the list is empty:\n%s", text)
	}
}

// oneWithoutExclusions compares a trial with one exclusion criterion, in
// the infection theme, and a trial of which none was read.
func oneWithoutExclusions() compare.Comparison {
	trials := []model.Trial{
		{NCTID: "NCT01234567", Title: "Trial of drug X", Exclusion: []string{"Active infection"}},
		{NCTID: "NCT07654321", Title: "Trial of drug Y"},
	}
	for i := range trials {
		rules.Resolve(&trials[i])
	}
	return compare.NewComparison(trials)
}

// TestOverviewThemesNotStatedWithoutExclusions: the overview's theme rows
// say "not stated" for a trial of which no exclusion criterion was read,
// not "–", which reads as none in that theme.
func TestOverviewThemesNotStatedWithoutExclusions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "board.pdf")
	if err := WritePDF(context.Background(), path, oneWithoutExclusions(), testOptions); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfText(t, path)), " ")
	if !strings.Contains(text, "Active infection, HIV, HBV, HCV ●1 not stated") {
		t.Errorf("the theme row does not say not stated:\n%s", text)
	}
}

// TestWorkbookThemesNotStatedWithoutExclusions: the workbook's Exclusions
// sheet says "not stated" for a trial of which no exclusion criterion was
// read, and "none" for one whose criteria name no such theme.
func TestWorkbookThemesNotStatedWithoutExclusions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "board.xlsx")
	if err := WriteXLSX(context.Background(), path, oneWithoutExclusions(), testOptions); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheetExclusions)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if len(r) == 3 && r[0] == "CNS disease" {
			if r[1] != "none" || r[2] != model.NotStated {
				t.Errorf("CNS row %q", r)
			}
			return
		}
	}
	t.Fatalf("no CNS row in %q", rows)
}
