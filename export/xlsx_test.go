package export

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"

	"github.com/xuri/excelize/v2"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// readBack builds the workbook, writes it and opens what was written.
func readBack(t *testing.T, cmp compare.Comparison) *excelize.File {
	t.Helper()
	return readBackWith(t, cmp, testOptions)
}

// readBackWith is readBack with other options.
func readBackWith(t *testing.T, cmp compare.Comparison, opts Options) *excelize.File {
	t.Helper()
	f, err := Workbook(cmp, opts)
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
	t.Cleanup(func() { back.Close() })
	return back
}

func value(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// number reads a cell that must hold a number, not text.
func number(t *testing.T, f *excelize.File, sheet, ref string) float64 {
	t.Helper()
	if typ, _ := f.GetCellType(sheet, ref); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("%s!%s has cell type %v, want a number", sheet, ref, typ)
	}
	raw, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	n, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Errorf("%s!%s = %q, want a number", sheet, ref, raw)
	}
	return n
}

// column finds the letter of the column a heading names in row 1.
func column(t *testing.T, f *excelize.File, sheet, heading string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: %v", sheet, err)
	}
	for c, h := range rows[0] {
		if h == heading {
			name, _ := excelize.ColumnNumberToName(c + 1)
			return name
		}
	}
	t.Fatalf("%s has no column %q: %q", sheet, heading, rows[0])
	return ""
}

// labelRow finds the Comparison sheet's row whose field column reads label.
func labelRow(t *testing.T, f *excelize.File, label string) int {
	t.Helper()
	rows, err := f.GetRows("Comparison")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && r[0] == label {
			return i + 1
		}
	}
	t.Fatalf("the Comparison sheet has no row %q", label)
	return 0
}

// labelCell is the reference of a trial column's cell in a labelled row of
// the Comparison sheet, such as "C14".
func labelCell(t *testing.T, f *excelize.File, col, label string) string {
	return col + strconv.Itoa(labelRow(t, f, label))
}

func height(t *testing.T, f *excelize.File, sheet string, row int) float64 {
	t.Helper()
	h, err := f.GetRowHeight(sheet, row)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestWorkbook(t *testing.T) {
	f := readBack(t, seedComparison(t))
	if got := f.GetSheetList(); strings.Join(got, ",") != "Comparison,Trials,Criteria,Exclusions,Outcomes,Sites" {
		t.Fatalf("sheets = %v", got)
	}
	if value(t, f, "Comparison", "B1") != "NCT03860844 · ISAKIDS" || value(t, f, "Comparison", "A4") != "Phase" || value(t, f, "Comparison", "B4") != model.NotStated {
		t.Errorf("comparison cells: %q %q %q", value(t, f, "Comparison", "B1"), value(t, f, "Comparison", "A4"), value(t, f, "Comparison", "B4"))
	}
	if age := value(t, f, "Comparison", labelCell(t, f, "E", "Age range")); !strings.Contains(age, "12 months – <30 years") || !strings.Contains(age, "≥ 12 months") {
		t.Errorf("age cell of 003 = %q", age)
	}
	for col, want := range map[string]float64{"A": labelColumnWidth, "B": trialColumnWidth, "F": trialColumnWidth} {
		if w, err := f.GetColWidth("Comparison", col); err != nil || w != want {
			t.Errorf("column %s is %v wide, want %v (%v)", col, w, want, err)
		}
	}
	panes, err := f.GetPanes("Comparison")
	if err != nil || !panes.Freeze || panes.XSplit != 1 || panes.YSplit != 1 {
		t.Errorf("panes = %+v, %v", panes, err)
	}
	// a differing row is shaded, a wrapped cell is top-aligned
	styleID, _ := f.GetCellStyle("Comparison", "C4")
	style, err := f.GetStyle(styleID)
	if err != nil || len(style.Fill.Color) == 0 || style.Alignment == nil || !style.Alignment.WrapText || style.Alignment.Vertical != "top" {
		t.Errorf("style of a differing value = %+v", style)
	}
	for _, sheet := range []string{"Trials", "Criteria", "Outcomes", "Sites"} {
		if tables, err := f.GetTables(sheet); err != nil || len(tables) != 1 {
			t.Errorf("%s tables = %v, %v", sheet, tables, err)
		}
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

// TestWorkbookPageSetup checks that every sheet prints landscape on the
// chosen paper, one page wide, with its heading row on every page.
func TestWorkbookPageSetup(t *testing.T) {
	f := readBack(t, seedComparison(t))
	titles := map[string]string{}
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Titles" {
			titles[n.Scope] = n.RefersTo
		}
	}
	for _, sheet := range f.GetSheetList() {
		layout, err := f.GetPageLayout(sheet)
		if err != nil || layout.Orientation == nil || *layout.Orientation != "landscape" || *layout.FitToWidth != 1 || *layout.FitToHeight != 0 || *layout.Size != excelA4 {
			t.Errorf("%s: page layout = %+v, %v", sheet, layout, err)
		}
		props, err := f.GetSheetProps(sheet)
		if err != nil || props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fitted to the page: %+v, %v", sheet, props, err)
		}
		if !strings.Contains(titles[sheet], "'"+sheet+"'!$1:$1") {
			t.Errorf("%s: print titles = %q", sheet, titles[sheet])
		}
		grid := sheet == "Comparison" || sheet == "Exclusions"
		if strings.Contains(titles[sheet], "$A:$A") != grid {
			t.Errorf("%s: print titles = %q; the field column repeats on grids only", sheet, titles[sheet])
		}
		hf, err := f.GetHeaderFooter(sheet)
		if err != nil || !strings.Contains(hf.OddFooter, "Page &P of &N") || !strings.Contains(hf.OddFooter, "&D") {
			t.Errorf("%s: footer = %+v, %v", sheet, hf, err)
		}
	}
	if tables, _ := f.GetTables("Trials"); len(tables) == 1 && tables[0].Range != "A1:"+column(t, f, "Trials", "Warnings")+"6" {
		t.Errorf("Trials table = %q", tables[0].Range)
	}
}

func TestWorkbookPaperLetter(t *testing.T) {
	opts := testOptions
	opts.Paper = Letter
	back := readBackWith(t, seedComparison(t), opts)
	if layout, err := back.GetPageLayout("Criteria"); err != nil || *layout.Size != excelLetter {
		t.Errorf("Letter page layout = %+v, %v", layout, err)
	}
}

// dated is a trial with its dates, ages and enrollment set by hand.
func dated() model.Trial {
	return model.Trial{
		NCTID: "NCT00000009", Title: "A trial with every date", Status: model.StatusRecruiting,
		Enrollment: 1206, EnrollmentType: model.EnrollmentActual,
		Ages: model.AgeRange{Min: &model.AgeBound{Value: 12, Unit: model.Months, Inclusive: true}, Max: &model.AgeBound{Value: 30, Unit: model.Years}},
		Dates: model.Dates{
			Start:             model.Date{Year: 2021, Month: 3, Day: 15},
			PrimaryCompletion: model.Date{Year: 2023, Month: 7, Estimated: true},
			FirstPosted:       model.Date{Year: 2020, Month: 11, Day: 2},
			LastUpdate:        model.Date{Year: 2022, Month: 9, Day: 27},
			LastVerified:      model.Date{Year: 2022, Month: 9},
		},
		Inclusion: []string{"Age 12 months to 30 years", "Relapsed disease"},
		Exclusion: []string{"Active CNS disease"},
	}
}

func TestWorkbookNumbersAndDates(t *testing.T) {
	small := model.Trial{NCTID: "NCT00000010", Title: "A small trial", Status: model.StatusCompleted, Enrollment: 194,
		Ages:  model.AgeRange{Min: &model.AgeBound{Value: 28, Unit: model.Days, Inclusive: true}},
		Dates: model.Dates{LastVerified: model.Date{Year: 2026, Month: 1, Day: 5}}}
	open := model.Trial{NCTID: "NCT00000011", Status: model.StatusRecruiting}
	asOf := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	cmp := compare.NewComparisonAsOf([]model.Trial{dated(), small, open}, asOf)
	// the model marks the stale status in the status row
	for r := range cmp.Rows {
		if cmp.Rows[r].Field == model.FieldStatus {
			cmp.Rows[r].Cells[0].Stale = cmp.Trials[0].StatusStale(asOf)
		}
	}
	f := readBack(t, cmp)
	at := func(heading string, row int) string { return column(t, f, "Trials", heading) + strconv.Itoa(row) }

	if n := number(t, f, "Trials", at("Enrollment", 2)); n != 1206 {
		t.Errorf("enrollment = %v", n)
	}
	if n := number(t, f, "Trials", at("Enrollment", 3)); n != 194 {
		t.Errorf("enrollment = %v", n)
	}
	if v := value(t, f, "Trials", at("Enrollment type", 2)); v != "actual" {
		t.Errorf("enrollment type = %q", v)
	}
	if lo, hi := number(t, f, "Trials", at("Min age (years)", 2)), number(t, f, "Trials", at("Max age (years)", 2)); lo != 1 || hi != 30 {
		t.Errorf("ages in years = %v, %v", lo, hi)
	}
	if lo := number(t, f, "Trials", at("Min age (years)", 3)); lo != 0.08 {
		t.Errorf("28 days in years = %v", lo)
	}
	if v := value(t, f, "Trials", at("Max age (years)", 3)); v != "" {
		t.Errorf("an unstated maximum age reads %q, want an empty cell", v)
	}
	for _, tc := range []struct {
		heading, format, text string
		date                  time.Time
	}{
		{"Start", dayFormat, "15 Mar 2021", time.Date(2021, 3, 15, 0, 0, 0, 0, time.UTC)},
		{"Primary completion", monthFormat, "Jul 2023", time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)},
		{"First posted", dayFormat, "2 Nov 2020", time.Date(2020, 11, 2, 0, 0, 0, 0, time.UTC)},
		{"Last update posted", dayFormat, "27 Sep 2022", time.Date(2022, 9, 27, 0, 0, 0, 0, time.UTC)},
		{"Last verified", monthFormat, "Sep 2022", time.Date(2022, 9, 1, 0, 0, 0, 0, time.UTC)},
	} {
		ref := at(tc.heading, 2)
		serial := number(t, f, "Trials", ref)
		if got, err := excelize.ExcelDateToTime(serial, false); err != nil || !got.Equal(tc.date) {
			t.Errorf("%s = %v (%v), want %v", tc.heading, got, err, tc.date)
		}
		id, _ := f.GetCellStyle("Trials", ref)
		style, _ := f.GetStyle(id)
		if style == nil || style.CustomNumFmt == nil || *style.CustomNumFmt != tc.format {
			t.Errorf("%s has no date format %q: %+v", tc.heading, tc.format, style)
		}
		if v := value(t, f, "Trials", ref); v != tc.text {
			t.Errorf("%s reads %q, want %q", tc.heading, v, tc.text)
		}
	}
	if v := value(t, f, "Trials", at("Estimated dates", 2)); v != "primary completion" {
		t.Errorf("estimated dates = %q", v)
	}
	id, _ := f.GetCellStyle("Comparison", "B5")
	if style, _ := f.GetStyle(id); value(t, f, "Comparison", "A5") != "Status" || style == nil || style.Font == nil || !style.Font.Bold || style.Font.Color != "9C5700" {
		t.Errorf("a stale status is not marked: %q %+v", value(t, f, "Comparison", "A5"), style)
	}
	for row, want := range map[int]string{2: "TRUE", 3: "FALSE", 4: ""} {
		if v := value(t, f, "Trials", at("Status stale", row)); v != want {
			t.Errorf("row %d: status stale = %q, want %q", row, v, want)
		}
	}
	if n := number(t, f, "Trials", at("Inclusion criteria", 2)); n != 2 {
		t.Errorf("inclusion criteria = %v", n)
	}
	if v := value(t, f, "Trials", at("Criteria rows", 2)); v != "Criteria sheet, rows 2–4" {
		t.Errorf("criteria rows = %q", v)
	}
	for row := 2; row <= 4; row++ {
		if n := number(t, f, "Criteria", "D"+strconv.Itoa(row)); n != float64(map[int]int{2: 1, 3: 2, 4: 1}[row]) {
			t.Errorf("criterion number in row %d = %v", row, n)
		}
	}
}

// TestWorkbookRowHeights checks that rows are as tall as their tallest
// cell, and that a comparison cell past Excel's row limit is shortened and
// names the rows with its full text.
func TestWorkbookRowHeights(t *testing.T) {
	cmp := seedComparison(t)
	long := dated()
	long.NCTID = "NCT00000012"
	long.Title = strings.Repeat("A title that goes on and on about the study ", 8)
	long.Inclusion = append(long.Inclusion, strings.Repeat("A criterion long enough to wrap over many lines of the Criteria sheet. ", 12))
	cmp = compare.NewComparison(append(cmp.Trials, long))
	f := readBack(t, cmp)

	// NCT06709469's inclusion criteria need more than 409 pt
	if h := height(t, f, "Comparison", labelRow(t, f, "Key inclusion")); h != rowHeight(maxRowLines) || h > maxRowHeight {
		t.Errorf("the inclusion row is %v pt, want the most lines under Excel's limit", h)
	}
	incl := value(t, f, "Comparison", labelCell(t, f, "C", "Key inclusion"))
	if !strings.HasSuffix(incl, "… (full text: Criteria sheet, rows 17–29)") {
		t.Errorf("the shortened inclusion cell ends %q", incl[max(0, len(incl)-80):])
	}
	if lines := newMeasure(trialColumnWidth, false).lines(incl); lines > maxRowLines {
		t.Errorf("the shortened cell still needs %d lines", lines)
	}
	if value(t, f, "Criteria", "A17") != "NCT06709469" || value(t, f, "Criteria", "D17") != "1" ||
		value(t, f, "Criteria", "A29") != "NCT06709469" || value(t, f, "Criteria", "D29") != "13" || value(t, f, "Criteria", "C29") != "Inclusion" {
		t.Error("rows 17–29 of the Criteria sheet are not NCT06709469's 13 inclusion criteria")
	}
	// a short value stays whole
	if v := value(t, f, "Comparison", labelCell(t, f, "F", "Key inclusion")); v == "" || strings.Contains(v, "full text") {
		t.Errorf("BALLI-01's inclusion was shortened: %q", v)
	}

	// the trial with the long title: its Trials row and its criteria rows
	// are as tall as the title needs
	titleLines := newMeasure(40, false).lines(long.Title)
	if h := height(t, f, "Trials", 7); h < rowHeight(titleLines) || titleLines < 4 {
		t.Errorf("the Trials row is %v pt for a title of %d lines", h, titleLines)
	}
	rows, _ := f.GetRows("Criteria")
	last := len(rows)
	if h := height(t, f, "Criteria", last-1); h < rowHeight(newMeasure(40, false).lines(long.Title)) {
		t.Errorf("criteria row %d is %v pt; the title column needs more", last-1, h)
	}
	// the long criterion's row is taller still
	if h, title := height(t, f, "Criteria", last-1), height(t, f, "Criteria", last-2); h <= title {
		t.Errorf("the long criterion's row is %v pt, no taller than a short one's %v pt", h, title)
	}
	// every criterion row fits its criterion
	for r, row := range rows[1:] {
		need := rowHeight(max(newMeasure(90, false).lines(row[4]), newMeasure(40, false).lines(row[1])))
		if h := height(t, f, "Criteria", r+2); h < need {
			t.Errorf("criteria row %d is %v pt, needs %v", r+2, h, need)
		}
	}
}

func TestWorkbookWithPatient(t *testing.T) {
	cmp := seedComparison(t)
	days, label, _ := eligibility.ParsePatientAge("7y")
	cmp = cmp.WithPatient(bAllPatient(t, days, label), nil)
	f := readBack(t, cmp)

	heading := value(t, f, "Comparison", "A1")
	if !strings.Contains(heading, "Patient: 7 years, B-ALL, CD19+") || !strings.Contains(heading, "screening aid") {
		t.Errorf("A1 = %q", heading)
	}
	if h := height(t, f, "Comparison", 1); h < rowHeight(newMeasure(labelColumnWidth, true).lines(heading)) || h < 4*cellLineHeight {
		t.Errorf("the heading row is %v pt for %q", h, heading)
	}
	if value(t, f, "Comparison", "A2") != "Fit" {
		t.Fatalf("A2 = %q, want the Fit row", value(t, f, "Comparison", "A2"))
	}
	balli := value(t, f, "Comparison", "F2")
	if !strings.HasPrefix(balli, "Excluded\nAge: 7 years is outside") {
		t.Errorf("BALLI-01's fit = %q", balli)
	}
	id, _ := f.GetCellStyle("Comparison", "F2")
	if style, _ := f.GetStyle(id); style == nil || len(style.Fill.Color) == 0 || style.Fill.Color[0] != "FDE2E1" {
		t.Errorf("an exclusion is not marked red: %+v", style)
	}
	possible := 0
	for _, ref := range []string{"B2", "C2", "D2", "E2"} {
		if !strings.HasPrefix(value(t, f, "Comparison", ref), "Possible") {
			continue
		}
		possible++
		id, _ := f.GetCellStyle("Comparison", ref)
		if style, _ := f.GetStyle(id); style == nil || len(style.Fill.Color) == 0 || style.Fill.Color[0] == "FDE2E1" || strings.HasPrefix(style.Fill.Color[0], "C6EF") {
			t.Errorf("%s: a possible fit must be neutral: %+v", ref, style)
		}
	}
	if possible == 0 {
		t.Error("no trial is possible for the patient")
	}
	if fit := value(t, f, "Comparison", "C2"); !strings.HasPrefix(fit, "Possible") || !strings.Contains(fit, "\nTo check by hand: Inclusion ") {
		t.Errorf("NCT06709469's fit = %q", fit)
	}
	verdict, reasons := column(t, f, "Trials", "Verdict"), column(t, f, "Trials", "Reasons")
	if value(t, f, "Trials", verdict+"6") != "Excluded" || !strings.HasPrefix(value(t, f, "Trials", reasons+"6"), "Age: 7 years is outside") {
		t.Errorf("BALLI-01's Trials row: %q, %q", value(t, f, "Trials", verdict+"6"), value(t, f, "Trials", reasons+"6"))
	}
	if v := value(t, f, "Trials", verdict+"3"); v != "Possible" && v != "Excluded" {
		t.Errorf("verdict = %q", v)
	}
}

func TestWorkbookFormulaSafety(t *testing.T) {
	tr := model.Trial{NCTID: "NCT00000001", Title: "=HYPERLINK(\"http://x\")",
		Inclusion: []string{"-Prior therapy", "+1 dose", "@risk", "=1+1"}}
	back := readBack(t, compare.NewComparison([]model.Trial{tr}))
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
	if v := value(t, back, "Criteria", "E5"); v != "=1+1" {
		t.Errorf("criteria E5 = %q, want the text =1+1", v)
	}
	if v := value(t, back, "Criteria", "E2"); v != "-Prior therapy" {
		t.Errorf("criteria E2 = %q, want the text -Prior therapy", v)
	}
}

// TestWorkbookLongCriterion writes a criterion longer than Excel's cell
// limit: the Criteria sheet holds it in full, in rows that each fit, and
// the Comparison sheet points to them.
func TestWorkbookLongCriterion(t *testing.T) {
	huge := strings.Repeat("word ", maxCellChars/5+100)
	back := readBack(t, compare.NewComparison([]model.Trial{{NCTID: "NCT00000003", Inclusion: []string{huge, "Age ≥ 18 years"}}}))
	rows, err := back.GetRows("Criteria")
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	for r, row := range rows[1 : len(rows)-1] {
		if row[0] != "NCT00000003" || row[2] != "Inclusion" || row[3] != "1" {
			t.Errorf("row %d = %q", r+2, row[:4])
		}
		if h := height(t, back, "Criteria", r+2); h < rowHeight(newMeasure(criterionWidth, false).lines(row[4])) {
			t.Errorf("row %d is %v pt, too short for its part", r+2, h)
		}
		parts = append(parts, row[4])
	}
	checkParts(t, newMeasure(criterionWidth, false), huge, parts, maxRowLines)
	last := len(rows)
	if rows[last-1][3] != "2" {
		t.Errorf("the second criterion is not in the last row: %q", rows[last-1])
	}
	want := "(full text: Criteria sheet, rows 2–" + strconv.Itoa(last) + ")"
	if v := value(t, back, "Comparison", labelCell(t, back, "B", "Key inclusion")); !strings.HasSuffix(v, want) {
		t.Errorf("the inclusion cell ends %q, want %q", v[max(0, len(v)-60):], want)
	}
}

func TestCellText(t *testing.T) {
	long := strings.Repeat("a", maxCellChars+10)
	got := cellText(long)
	if len([]rune(got)) != maxCellChars || !strings.HasSuffix(got, cutMarker) {
		t.Errorf("cut text has %d characters and ends %q", len([]rune(got)), got[len(got)-20:])
	}
	astral := strings.Repeat("𝛼", maxCellChars)
	if got := cellText(astral); utf16Len(got) > maxCellChars || !strings.HasSuffix(got, cutMarker) {
		t.Errorf("astral text cut to %d UTF-16 units", utf16Len(got))
	}
	if cellText("short") != "short" {
		t.Error("short text changed")
	}
}

func TestWorkbookTooManyTrials(t *testing.T) {
	trials := make([]model.Trial, maxTrialColumns+1)
	for i := range trials {
		trials[i].NCTID = "NCT" + strconv.Itoa(10000000+i)
	}
	dir := t.TempDir()
	err := WriteXLSX(context.Background(), filepath.Join(dir, "board.xlsx"), compare.NewComparison(trials), testOptions)
	if !errors.Is(err, ErrWorkbookTooLarge) || !strings.Contains(err.Error(), "16,383 trials") || !strings.Contains(err.Error(), "16,384") {
		t.Errorf("err = %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files written: %v", entries)
	}
	if err := checkWorkbookLimits(compare.NewComparison(trials[:maxTrialColumns]), listIndex{}); err != nil {
		t.Errorf("16,383 trials refused: %v", err)
	}
}

func TestWorkbookEmpty(t *testing.T) {
	f := readBack(t, compare.NewComparison(nil))
	if v := value(t, f, "Comparison", "A1"); v != testOptions.Title {
		t.Errorf("A1 = %q", v)
	}
	if tables, _ := f.GetTables("Trials"); len(tables) != 0 {
		t.Errorf("an empty Trials sheet has tables %v", tables)
	}
}

// TestWorkbookManySites puts NCI-MATCH's 1,218 sites beside the seeds: its
// Locations cell is shortened and points to its rows on the Sites sheet.
func TestWorkbookManySites(t *testing.T) {
	path := "../../shared/formats/ctgov-xml/NCT02465060.xml"
	if _, err := os.Stat(path); err != nil {
		t.Skip("the shared formats are not beside the repository")
	}
	res := ingest.ReadFile(path)
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	seeds := seedComparison(t)
	cmp := compare.NewComparison(append(res.Trials, seeds.Trials...))
	f := readBack(t, cmp)
	sites := len(cmp.Trials[0].Locations)
	if sites < 1000 {
		t.Fatalf("NCI-MATCH has %d sites", sites)
	}
	want := "… (full text: Sites sheet, rows 2–" + strconv.Itoa(sites+1) + ")"
	if v := value(t, f, "Comparison", labelCell(t, f, "B", "Locations")); !strings.HasSuffix(v, want) {
		t.Errorf("NCI-MATCH's locations end %q, want %q", v[max(0, len(v)-60):], want)
	}
	last := strconv.Itoa(sites + 1)
	if value(t, f, "Sites", "A"+last) != "NCT02465060" || value(t, f, "Sites", "C"+last) != strconv.Itoa(sites) {
		t.Errorf("row %s of the Sites sheet is not NCI-MATCH's last site", last)
	}
	if n := number(t, f, "Trials", column(t, f, "Trials", "Sites")+"2"); int(n) != sites {
		t.Errorf("the Trials sheet counts %v sites", n)
	}
	// its longest criterion is longer than a row can show: its rows hold it
	// in full
	rows, _ := f.GetRows("Criteria")
	parts := map[string][]string{}
	for _, row := range rows[1:] {
		if row[0] == "NCT02465060" && row[2] == "Inclusion" {
			parts[row[3]] = append(parts[row[3]], row[4])
		}
	}
	split := 0
	for n, item := range cmp.Trials[0].Inclusion {
		got := parts[strconv.Itoa(n+1)]
		if len(got) > 1 {
			split++
		}
		checkParts(t, newMeasure(criterionWidth, false), item, got, maxRowLines)
	}
	if split == 0 {
		t.Error("no criterion of NCI-MATCH went on over several rows")
	}
}

// TestWorkbookOddText writes control characters, broken UTF-8 and very long
// words; the workbook still opens.
func TestWorkbookOddText(t *testing.T) {
	tr := model.Trial{NCTID: "NCT00000004", Title: "Bell\x07 and \xff\xfe broken", Sponsor: strings.Repeat("x", 5000),
		Inclusion: []string{"tab\tand\rreturn", strings.Repeat("醫", 3000), ""}}
	f := readBack(t, compare.NewComparison([]model.Trial{tr}))
	if v := value(t, f, "Criteria", "E2"); v != "tab\tand\rreturn" && v != "tab\tand\nreturn" {
		t.Errorf("criteria E2 = %q", v)
	}
	if v := value(t, f, "Comparison", labelCell(t, f, "B", "Sponsor")); !strings.HasPrefix(v, "xxxxx") || !strings.HasSuffix(v, "xx … (full text: Trials sheet, row 2)") {
		t.Errorf("the 5,000-letter sponsor reads %q", v[max(0, len(v)-60):])
	}
}

// TestExclusionsSheetReadsAsTheComparison checks that the Exclusions sheet,
// built a row at a time, says what Comparison.ExclusionRows says.
func TestExclusionsSheetReadsAsTheComparison(t *testing.T) {
	cmp := seedComparison(t)
	f := readBack(t, cmp)
	for r, row := range cmp.ExclusionRows() {
		if got := value(t, f, "Exclusions", "A"+strconv.Itoa(r+2)); got != row.Label {
			t.Errorf("row %d is %q, want %q", r+2, got, row.Label)
		}
		for i, cell := range row.Cells {
			want := cell.Text
			if len(cell.Items) > 0 {
				want = strings.Join(cell.Items, "\n")
			}
			ref, _ := excelize.CoordinatesToCellName(i+2, r+2)
			got := value(t, f, "Exclusions", ref)
			if got != want && !strings.Contains(got, "(full text: Criteria sheet") {
				t.Errorf("%s = %q, want %q", ref, got, want)
			}
		}
	}
}
