package export

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/trialcompare/trialcompare/model/ingest"
)

// printWorkbook renders a workbook to PDF with LibreOffice, as a printer
// would get it, and returns the PDF's text. It skips when LibreOffice or
// pdftotext is not installed, unless TRIALCOMPARE_REQUIRE_PRINT is set
// (`make check-print` installs both and sets it).
func printWorkbook(t *testing.T, cmp compare.Comparison) string {
	t.Helper()
	missing := t.Skipf
	if os.Getenv("TRIALCOMPARE_REQUIRE_PRINT") != "" {
		missing = t.Fatalf
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		missing("LibreOffice (soffice) is not installed; run make check-print")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		missing("pdftotext (poppler-utils) is not installed; run make check-print")
	}
	dir := t.TempDir()
	book := filepath.Join(dir, "board.xlsx")
	if err := WriteXLSX(context.Background(), book, cmp, testOptions); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", "pdf", "--outdir", dir, book)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := filepath.Join(dir, "board.pdf")
	if keep := os.Getenv("TRIALCOMPARE_PRINT_DIR"); keep != "" {
		data, _ := os.ReadFile(pdf)
		_ = os.WriteFile(filepath.Join(keep, strings.ReplaceAll(t.Name(), "/", "_")+".pdf"), data, 0o644)
	}
	out, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return squeeze(string(out))
}

// squeeze drops spaces and hyphens: pdftotext joins a word broken at a
// line's end and drops the hyphen where a line ended at one.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' {
			return -1
		}
		return r
	}, s)
}

// lastWords is the end of a text as it must appear in print: its last two
// words.
func lastWords(s string) string {
	words := strings.Fields(s)
	return strings.Join(words[max(0, len(words)-2):], " ")
}

// TestWorkbookPrintsAllText renders the workbook of the seeds, with and
// without a patient, and with NCI-MATCH, and finds the last words of every
// criterion, title, site and comparison cell in the printed text: no row is
// too short for its text.
func TestWorkbookPrintsAllText(t *testing.T) {
	if testing.Short() {
		t.Skip("renders with LibreOffice")
	}
	seeds := seedComparison(t)
	days, label, _ := eligibility.ParsePatientAge("7y")
	withPatient := seeds.WithPatient(bAllPatient(t, days, label), nil)
	boards := map[string]compare.Comparison{"seeds": seeds, "patient": withPatient}
	// NCI-MATCH brings 1,218 sites and a criterion longer than a row
	if res := ingest.ReadFile("../../shared/formats/ctgov-xml/NCT02465060.xml"); res.Err == nil {
		boards["nci-match"] = compare.NewComparison(append(res.Trials, seeds.Trials...))
	}
	for name, cmp := range boards {
		t.Run(name, func(t *testing.T) {
			printed := printWorkbook(t, cmp)
			var want []string
			for _, tr := range cmp.Trials {
				want = append(want, lastWords(tr.Title))
				for _, c := range append(append([]string(nil), tr.Inclusion...), tr.Exclusion...) {
					want = append(want, lastWords(c))
				}
				// a facility's last line can sit beside its city's, which
				// pdftotext then reads between them: its last word is sought
				for _, l := range tr.Locations {
					if words := strings.Fields(l.Facility); len(words) > 0 {
						want = append(want, words[len(words)-1])
					}
				}
			}
			book := readBack(t, cmp)
			rows, err := book.GetRows("Comparison")
			if err != nil {
				t.Fatal(err)
			}
			for _, row := range rows {
				for _, cell := range row {
					want = append(want, lastWords(cell))
				}
			}
			for _, w := range want {
				if !strings.Contains(printed, squeeze(w)) {
					t.Errorf("the printed workbook lacks %q", w)
				}
			}
			if name != "nci-match" && !strings.Contains(printed, squeeze("(full text: Criteria sheet, rows 17–29)")) {
				t.Error("the shortened inclusion of NCT06709469 does not point to its criteria")
			}
		})
	}
}
