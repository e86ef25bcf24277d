package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/model"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/rules"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/trialcompare/trialcompare/export"
	"github.com/trialcompare/trialcompare/views"
)

// testWindow builds the window on a test app. Its UI calls queue on a
// channel that pump runs on the test's goroutine, as fyne.Do would.
type testWindow struct {
	*mainWindow
	calls chan func()
	// longestCall is the longest time one UI call took.
	longestCall time.Duration
}

func newTestWindow(t testing.TB) *testWindow {
	t.Helper()
	a := test.NewTempApp(t)
	w := &testWindow{mainWindow: newApp(a, os.DirFS(seedDir)), calls: make(chan func(), 1024)}
	w.apply = func(f func()) { w.calls <- f }
	w.compare.table.Later = w.apply
	w.exclusions.table.Later = w.apply
	w.win.Resize(fyne.NewSize(1400, 900))
	return w
}

// open loads paths and waits until the load and its comparison have been
// shown.
func (w *testWindow) open(paths ...string) {
	w.openPaths(paths)
	for w.loading > 0 || w.building > 0 {
		call := <-w.calls
		start := time.Now()
		call()
		w.longestCall = max(w.longestCall, time.Since(start))
	}
}

func (w *testWindow) row(field model.Field) (int, compare.Row) {
	for i, r := range w.compare.table.Rows() {
		if r.Field == field {
			return i, r
		}
	}
	return -1, compare.Row{}
}

func TestLoadSeedsShowsFiveColumns(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	if n := len(w.compare.comparison.Trials); n != 5 {
		t.Fatalf("%d columns, want 5", n)
	}
	want := map[model.Field][]string{
		model.FieldPhases:  {model.NotStated, "Phase 1", "Early Phase 1", "Phase 1/2", "Phase 1"},
		model.FieldTargets: {"CD38", "CD19, CD22, NKG2D", "CLL-1", "ALK", "CD22"},
		model.FieldAges:    {"28 days – <18 years", "≤30 years", "3 years – 18 years", "12 months – <30 years", "15 years – 70 years"},
	}
	for field, texts := range want {
		_, row := w.row(field)
		for i, text := range texts {
			if got := row.Cells[i].Text; got != text {
				t.Errorf("%s of trial %d = %q, want %q", field, i+1, got, text)
			}
		}
	}
	markup := test.RenderObjectToMarkup(w.win.Content())
	for _, text := range []string{"ISAKIDS", "NCT03860844", "Early Phase 1", "28 days – <18 years", "CLL-1", "not stated"} {
		if !strings.Contains(markup, text) {
			t.Errorf("the window does not show %q", text)
		}
	}
	if !regexp.MustCompile(`<text [^>]*italic[^>]*>not stated</text>`).MatchString(markup) || !hasColouredText(w, "not stated", views.ColorNameNotStated) {
		t.Error("\"not stated\" is not muted and italic")
	}
	if bars := w.ageChart.chart.Bars(); len(bars) != 5 || bars[3].Ages.Label() != "12 months – <30 years" {
		t.Errorf("age chart bars = %+v", bars)
	}
}

func TestDifferencesOnly(t *testing.T) {
	w := newTestWindow(t)
	paths := seedFiles(t)
	w.open(paths[1], paths[3]) // two listings: same status and sex
	all := len(w.compare.table.Rows())
	if _, row := w.row(model.FieldStatus); row.Differs {
		t.Fatal("status differs between two recruiting trials")
	}
	test.Tap(w.compare.differencesOnly)
	if n := len(w.compare.table.Rows()); n >= all {
		t.Fatalf("differences only shows %d of %d rows", n, all)
	}
	if i, _ := w.row(model.FieldStatus); i >= 0 {
		t.Error("differences only still shows the status row")
	}
	if i, _ := w.row(model.FieldTargets); i < 0 {
		t.Error("differences only hides the targets row")
	}
	test.Tap(w.compare.differencesOnly)
	if n := len(w.compare.table.Rows()); n != all {
		t.Errorf("after toggling back: %d rows, want %d", n, all)
	}
}

func TestSelectCellShowsSource(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	i, _ := w.row(model.FieldPhases)
	w.compare.table.Table.Select(widget.TableCellID{Row: i, Col: 4})
	markup := test.RenderObjectToMarkup(w.compare.detail.Scroll)
	for _, text := range []string{"Phase — NCT04150497 · BALLI-01", "Phase 1 |", "title says Phase 1/2"} {
		if !strings.Contains(markup, text) {
			t.Errorf("the detail does not show %q:\n%s", text, markup)
		}
	}
}

func TestBadFileShowsErrorWhileOthersLoad(t *testing.T) {
	w := newTestWindow(t)
	bad := filepath.Join(t.TempDir(), "broken.txt")
	if err := os.WriteFile(bad, []byte{0, 1, 2, 3, 0, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	w.open(append(seedFiles(t), bad)...)
	items := w.list.Items()
	if len(items) != 6 || len(w.compare.comparison.Trials) != 5 {
		t.Fatalf("%d list items, %d columns; want 6 and 5", len(items), len(w.compare.comparison.Trials))
	}
	last := items[5]
	if !strings.Contains(last.Error, "broken.txt") || !strings.Contains(last.Error, "binary") {
		t.Errorf("error = %q", last.Error)
	}
	w.list.List.Select(5)
	if !strings.Contains(w.list.Message.Text, "binary") {
		t.Errorf("selecting the bad file shows %q", w.list.Message.Text)
	}
}

func TestPasteTrial(t *testing.T) {
	w := newTestWindow(t)
	data, err := os.ReadFile(seedFiles(t)[3])
	if err != nil {
		t.Fatal(err)
	}
	w.app.Clipboard().SetContent(string(data))
	w.pasteTrial()
	if len(w.compare.comparison.Trials) != 1 || w.compare.comparison.Trials[0].NCTID != "NCT06803875" {
		t.Fatalf("pasted trials = %+v", w.compare.comparison.Trials)
	}
	if items := w.list.Items(); items[0].Title == "" || len(items[0].Warnings) != 1 {
		t.Errorf("list item = %+v", items[0])
	}
	w.app.Clipboard().SetContent("")
	w.pasteTrial()
	if items := w.list.Items(); len(items) != 2 || items[1].Error == "" {
		t.Errorf("empty clipboard: %+v", items)
	}
}

func TestStartWithExamplesThenRemembers(t *testing.T) {
	w := newTestWindow(t)
	w.start(nil)
	if len(w.compare.comparison.Trials) != 5 {
		t.Fatalf("a first start shows %d example trials, want 5", len(w.compare.comparison.Trials))
	}
	paths := seedFiles(t)
	w.state.entries = nil
	w.open(paths[0], paths[2])
	w.includeChanged(0, false)
	w.moveTrial(1, -1)
	files, excluded := w.prefs.openFiles()
	if len(files) != 2 || files[0] != paths[2] || len(excluded) != 1 || excluded[0] != paths[0] {
		t.Errorf("saved files %v, excluded %v", files, excluded)
	}
	if recent := w.prefs.recent(); len(recent) == 0 || recent[0] != paths[2] && recent[0] != paths[0] {
		t.Errorf("recent = %v", recent)
	}
}

func TestFilterAndSort(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	test.Type(w.search, "neuroblastoma")
	if items := w.list.Items(); len(items) != 1 || !strings.Contains(items[0].Subtitle, "NCT06803875") {
		t.Errorf("filter: %+v", items)
	}
	w.search.SetText("")
	w.sorter.SetSelected(string(sortByNCTID))
	if first := w.compare.comparison.Trials[0].NCTID; first != "NCT03860844" {
		t.Errorf("sorted by NCT ID, first = %s", first)
	}
	w.sorter.SetSelected(string(sortByMinAge))
	if first := w.compare.comparison.Trials[0].NCTID; first != "NCT06709469" {
		t.Errorf("sorted by minimum age, first = %s (no lower limit comes first)", first)
	}
}

func TestExportFromTheWindow(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	w.includeChanged(1, false)
	dir := t.TempDir()
	for _, ext := range []string{".xlsx", ".pdf"} {
		path := filepath.Join(dir, "board"+ext)
		w.runExport(path, ext, export.Options{Title: "Tumor board", Paper: export.A4, Generated: time.Now()})
		(<-w.calls)()
		info, err := os.Stat(path)
		if err != nil || info.Size() == 0 {
			t.Errorf("%s: %v", ext, err)
		}
	}
	if got := w.app.Preferences().String(prefExportFolder); got != dir {
		t.Errorf("the export folder remembered is %q, want %q", got, dir)
	}
}

func TestExportFormRemembersPDFChoices(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	f, items := w.newExportForm(".pdf")
	ticked := func(f *exportForm) []string {
		var out []string
		for _, c := range f.rows {
			if c.Checked {
				out = append(out, c.Text)
			}
		}
		return out
	}
	if len(items) != 6 || f.sections.Selected != sectionLabels[export.SectionsCriteria] || len(ticked(f)) != len(compare.OverviewKeys()) {
		t.Fatalf("a first PDF form: %d items, sections %q, rows %v", len(items), f.sections.Selected, ticked(f))
	}
	f.sections.SetSelected(sectionLabels[export.SectionsOverview])
	for _, c := range f.rows {
		c.SetChecked(c.Text == "Sites" || c.Text == "Phase" || c.Text == "Age range")
	}
	f.paper.SetSelected(string(export.Letter))
	opts := f.options()
	if opts.Sections != export.SectionsOverview || compare.JoinOverviewKeys(opts.Rows) != "phase,ages,sites" || opts.Paper != export.Letter {
		t.Fatalf("options = %+v", opts)
	}
	path := filepath.Join(t.TempDir(), "board.pdf")
	w.runExport(path, ".pdf", opts)
	(<-w.calls)()
	again, _ := w.newExportForm(".pdf")
	if again.sections.Selected != sectionLabels[export.SectionsOverview] || strings.Join(ticked(again), ",") != "Phase,Age range,Sites" || again.paper.Selected != "letter" {
		t.Errorf("the next form shows %q, %v, %q", again.sections.Selected, ticked(again), again.paper.Selected)
	}
	if _, xlsxItems := w.newExportForm(".xlsx"); len(xlsxItems) != 3 {
		t.Errorf("the workbook form has %d items, want title, file name and folder", len(xlsxItems))
	}
}

func TestPatientFitRow(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	w.patientForm.panel.Age.SetText("7y")
	w.patientForm.panel.Diagnosis.SetText("B-ALL")
	w.patientForm.panel.Markers.SetText("CD19+, CD22+")
	w.patientForm.panel.Priors.SetText("car-t:6m")
	test.Tap(w.patientForm.panel.Apply)
	rows := w.compare.table.Rows()
	if rows[0].Field != model.FieldFit {
		t.Fatalf("the first row is %s, want the Fit row", rows[0].Label)
	}
	want := []eligibility.Verdict{eligibility.VerdictPossible, eligibility.VerdictPossible, eligibility.VerdictExcluded, eligibility.VerdictExcluded, eligibility.VerdictExcluded}
	for i, v := range want {
		if got := rows[0].Cells[i].Verdict; got != v {
			t.Errorf("trial %d: %s, want %s", i+1, got, v)
		}
	}
	markup := test.RenderObjectToMarkup(w.win.Content())
	if !strings.Contains(markup, "Excluded") || !strings.Contains(markup, "Possible") || !strings.Contains(markup, " to check") {
		t.Error("the Fit row's verdicts are not on show")
	}
	if w.ageChart.chart.Bars() == nil || !strings.Contains(w.patientForm.panel.Message.Text, "7 years, B-ALL") {
		t.Errorf("message = %q", w.patientForm.panel.Message.Text)
	}
	// The Patient tab lists each trial's criteria with their marks.
	if got := len(w.patientForm.panel.Results.Objects); got != 5 {
		t.Errorf("the Patient tab lists %d trials, want 5", got)
	}
	results := test.RenderObjectToMarkup(w.patientForm.panel.Results)
	for _, want := range []string{"× ", "? Inclusion", "Excluded:"} {
		if !strings.Contains(results, want) {
			t.Errorf("the Patient tab's criteria lack %q", want)
		}
	}
	w.patientForm.panel.Age.SetText("seven")
	test.Tap(w.patientForm.panel.Apply)
	if !strings.Contains(w.patientForm.panel.Message.Text, "seven") {
		t.Errorf("a bad age gives %q", w.patientForm.panel.Message.Text)
	}
	test.Tap(w.patientForm.panel.Clear)
	if w.compare.table.Rows()[0].Field == model.FieldFit {
		t.Error("clearing the patient keeps the Fit row")
	}
	if len(w.patientForm.panel.Results.Objects) != 0 {
		t.Error("clearing the patient keeps its criteria on show")
	}
	if files, _ := w.prefs.openFiles(); strings.Contains(strings.Join(files, " "), "B-ALL") {
		t.Error("patient data was stored")
	}
}

func TestExclusionsMatrix(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	w.tabs.SelectIndex(2)
	rows := w.exclusions.table.Rows()
	if len(rows) != len(rules.Themes()) || rows[0].Label != rules.ThemeLabel(model.ThemeCNS) {
		t.Fatalf("matrix rows: %d, first %q", len(rows), rows[0].Label)
	}
	if rows[0].Cells[0].Text != "● 6" || rows[0].Cells[4].Text != "none" {
		t.Errorf("cns row = %q … %q", rows[0].Cells[0].Text, rows[0].Cells[4].Text)
	}
	w.exclusions.table.Table.Select(widget.TableCellID{Row: 0, Col: 0})
	markup := test.RenderObjectToMarkup(w.exclusions.detail.Scroll)
	if !strings.Contains(markup, "central nerve system involvement") {
		t.Errorf("clicking the mark does not show the criterion:\n%s", markup)
	}
}

func TestStaleStatusShown(t *testing.T) {
	w := newTestWindow(t)
	paths := seedFiles(t)
	w.open(paths[2], paths[4])
	_, status := w.row(model.FieldStatus)
	if c := status.Cells[1]; !c.Stale || c.Text != "Recruiting\nstatus not verified since Sep 2022" || status.Cells[0].Stale {
		t.Fatalf("status row = %+v", status)
	}
	if i, dates := w.row(model.FieldDates); i < 0 || !strings.Contains(dates.Cells[1].Text, "Primary completion: Jul 2023 (estimated)") {
		t.Errorf("dates row = %+v", dates)
	}
	markup := test.RenderObjectToMarkup(w.win.Content())
	if !regexp.MustCompile(`<text bold color="[^"]*"[^>]*>status not verified since Sep 2022</text>`).MatchString(markup) ||
		!hasColouredText(w, "status not verified since Sep 2022", views.ColorNameWarningText) {
		t.Error("the window does not show the stale status in bold warning colour")
	}
	if !strings.Contains(markup, ">verified Jan 2026</text>") {
		t.Error("the window does not show the verification date")
	}
}

// hasColouredText reports whether the comparison shows text in a theme
// colour.
func hasColouredText(w *testWindow, text string, name fyne.ThemeColorName) bool {
	for _, d := range textsIn(w.compare.table.Table, fyne.Position{}) {
		if d.text == text && d.color == w.theme.Color(name, theme.VariantLight) {
			return true
		}
	}
	return false
}

// TestPatientOtherFacts screens with a fact the form's other facts give,
// one a line as the command line's flags, and names a fact it does not
// know.
func TestPatientOtherFacts(t *testing.T) {
	w := newTestWindow(t)
	w.open(seedFiles(t)...)
	p := w.patientForm.panel
	p.Age.SetText("7y")
	p.Other.SetText("sex female\nlansky 70\nlab bilirubin 1.2 xULN")
	test.Tap(p.Apply)
	if w.patientForm.patient == nil || !strings.Contains(p.Message.Text, "Lansky 70") {
		t.Errorf("other facts: message %q", p.Message.Text)
	}
	form := w.patientForm.savedForm()
	if form == nil || len(form.Other) != 3 {
		t.Errorf("saved form = %+v", form)
	}
	p.Other.SetText("shoe size 30")
	test.Tap(p.Apply)
	if !strings.Contains(p.Message.Text, "not a patient fact") {
		t.Errorf("an unknown fact gives %q", p.Message.Text)
	}
}
