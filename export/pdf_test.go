package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/rules"

	"github.com/jung-kurt/gofpdf"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// layoutFor lays a comparison out as RenderPDF would, without drawing.
func layoutFor(t testing.TB, cmp compare.Comparison, opts Options) document {
	t.Helper()
	size := map[Paper]string{A4: "A4", Letter: "Letter"}[opts.Paper]
	pdf := gofpdf.New("L", "mm", size, "")
	if err := loadSheetFonts(pdf, cmp, opts); err != nil {
		t.Fatal(err)
	}
	w, h := pdf.GetPageSize()
	return layoutDocument(measurer{pdf}, cmp, opts, w, h)
}

// withShared adds the reference records in ../shared/formats to the seeds,
// skipping when that folder is absent.
func withShared(t testing.TB, files ...string) compare.Comparison {
	t.Helper()
	trials := seedComparison(t).Trials
	for _, f := range files {
		path := filepath.Join("..", "..", "shared", "formats", f)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("%s is absent", path)
		}
		res := ingest.ReadFile(path)
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		trials = append(trials, res.Trials...)
	}
	return compare.NewComparison(trials)
}

var nctNumber = regexp.MustCompile(`NCT\d{8}`)

// layoutsOnEachPaper lays the comparison out on A4 and on Letter.
func layoutsOnEachPaper(t *testing.T, cmp compare.Comparison) map[Paper]document {
	t.Helper()
	docs := map[Paper]document{}
	for _, paper := range []Paper{A4, Letter} {
		opts := testOptions
		opts.Paper = paper
		docs[paper] = layoutFor(t, cmp, opts)
	}
	return docs
}

func checkOverview(t *testing.T, doc document, cmp compare.Comparison, overviewPages int) {
	t.Helper()
	pages := doc.pageTexts()
	if len(doc.overview.pages) != overviewPages {
		t.Fatalf("the overview takes %d pages, want %d", len(doc.overview.pages), overviewPages)
	}
	for i, tr := range cmp.Trials {
		page := i / ((len(cmp.Trials) + overviewPages - 1) / overviewPages)
		if !strings.Contains(pages[page], tr.NCTID) {
			t.Errorf("overview page %d lacks %s", page+1, tr.NCTID)
		}
	}
	bars := 0
	for _, p := range doc.overview.pages {
		for _, r := range p.rows {
			for _, c := range r.cells {
				if c.ages != nil {
					bars++
				}
			}
		}
	}
	if bars != len(cmp.Trials) {
		t.Errorf("%d age bars for %d trials", bars, len(cmp.Trials))
	}
}

// checkDetails checks that every detail page names the trials it shows and
// that no column ends with a heading or a label.
func checkDetails(t *testing.T, doc document, cmp compare.Comparison) {
	t.Helper()
	texts := doc.pageTexts()[len(doc.overview.pages):]
	started := map[string]bool{}
	for _, p := range doc.details {
		for _, col := range p.columns {
			for _, l := range col {
				text := l.text()
				if head, ok := strings.CutSuffix(text, " (continued)"); ok && l.band != nil && !started[head] {
					t.Errorf("%q before the trial starts", text)
				}
				if l.band != nil && len(l.spans) > 0 && l.spans[0].st == detailHeadingStyle {
					started[text] = true
				}
			}
		}
	}
	if len(doc.details) > 0 && len(started) != len(cmp.Trials) {
		t.Errorf("%d trial headings for %d trials", len(started), len(cmp.Trials))
	}
	for n, p := range doc.details {
		for c, col := range p.columns {
			for i := len(col) - 1; i >= 0; i-- {
				if len(col[i].spans) == 0 {
					continue
				}
				if col[i].band != nil || col[i].spans[0].st == detailLabelStyle {
					t.Errorf("detail page %d, column %d ends with the heading %q", n+1, c+1, col[i].text())
				}
				break
			}
		}
		for _, trial := range p.trials {
			if id := cmp.Trials[trial].NCTID; !strings.Contains(texts[n], id) {
				t.Errorf("detail page %d shows %s but does not name it", n+1, id)
			}
		}
	}
}

func TestPDFSeedsOnOnePage(t *testing.T) {
	cmp := seedComparison(t)
	for paper, doc := range layoutsOnEachPaper(t, cmp) {
		checkOverview(t, doc, cmp, 1)
		checkDetails(t, doc, cmp)
		if n := len(doc.pageTexts()); n > 8 {
			t.Errorf("%s: %d pages, want at most 8", paper, n)
		}
		page1 := doc.pageTexts()[0]
		for _, want := range []string{"Tumor board 25 Nov", "ISAKIDS", "BALLI-01", "Phase 1/2", "UCART22", "12 months – <30 years",
			"CLL-1 ≥50% (incl. 4)", "Shaded rows: the trials on this page differ", "details p. 2"} {
			if !strings.Contains(page1, want) {
				t.Errorf("%s: page 1 lacks %q:\n%s", paper, want, page1)
			}
		}
	}
}

func TestPDFEightTrialsOnOnePage(t *testing.T) {
	cmp := withShared(t, "ctgov-v2/NCT02210780.json", "ctgov-v2/NCT00763412.json", "ctgov-v2/NCT03630471.json")
	if len(cmp.Trials) != 8 {
		t.Fatalf("%d trials", len(cmp.Trials))
	}
	for _, doc := range layoutsOnEachPaper(t, cmp) {
		checkOverview(t, doc, cmp, 1)
		checkDetails(t, doc, cmp)
	}
}

func TestPDFSixteenTrialsOnTwoPages(t *testing.T) {
	cmp := trialsOf(t, 16)
	for _, doc := range layoutsOnEachPaper(t, cmp) {
		checkOverview(t, doc, cmp, 2)
		checkDetails(t, doc, cmp)
	}
}

func TestPDFWithNCIMatch(t *testing.T) {
	cmp := withShared(t, "ctgov-xml/NCT02465060.xml")
	doc := layoutFor(t, cmp, testOptions)
	checkOverview(t, doc, cmp, 1)
	checkDetails(t, doc, cmp)
	pages := doc.pageTexts()
	if len(pages) > 12 {
		t.Errorf("%d pages, want at most 12", len(pages))
	}
	all := strings.Join(pages, "\n")
	for _, want := range []string{"1,218 sites", "and 1208 more"} {
		if !strings.Contains(all, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}

func TestPDFPatientOnPageOne(t *testing.T) {
	cmp := seedComparison(t)
	days, label, _ := eligibility.ParsePatientAge("7y")
	cmp = cmp.WithPatient(bAllPatient(t, days, label), nil)
	doc := layoutFor(t, cmp, testOptions)
	fit := doc.overview.pages[0].rows[0]
	if fit.key != compare.OverviewFit {
		t.Fatalf("the first row is %s", fit.key)
	}
	var balli []string
	for _, l := range fit.cells[4].lines {
		balli = append(balli, l.text())
	}
	if got := strings.Join(balli, " "); !strings.HasPrefix(got, "Excluded ages, 15 years – 70 years") {
		t.Errorf("BALLI-01's fit = %q", got)
	}
	if *fit.cells[4].fill != excludedFill || *fit.cells[0].fill != possibleFill {
		t.Error("the verdicts are not coloured excluded red and possible neutral")
	}
	for i, c := range fit.cells {
		if len(c.lines) == 0 || (c.lines[0].text() != "Possible" && c.lines[0].text() != "Excluded") {
			t.Errorf("trial %d has no verdict on page 1", i)
		}
	}
	if !strings.Contains(doc.pageTexts()[0], "to check (incl.") {
		t.Error("page 1 does not name the criteria to check")
	}
	// The details mark each criterion: × rules out, ? to check, √ met.
	details := strings.Join(doc.pageTexts()[1:], "\n")
	for _, mark := range []string{"? 1.", "× ", "√ "} {
		if !strings.Contains(details, mark) {
			t.Errorf("the details pages lack the mark %q", mark)
		}
	}
}

func TestPDFTextNeverUnderSevenPoints(t *testing.T) {
	doc := layoutFor(t, trialsOf(t, 16), testOptions)
	check := func(lines []line) {
		for _, l := range lines {
			for _, s := range l.spans {
				if s.st.size < 7 {
					t.Fatalf("%q is set at %g pt", s.text, s.st.size)
				}
			}
		}
	}
	check(doc.overview.title)
	check(doc.overview.legend)
	for _, p := range doc.overview.pages {
		for _, h := range p.header {
			check(h.lines)
		}
		for _, r := range p.rows {
			check(r.label)
			for _, c := range r.cells {
				check(c.lines)
			}
		}
	}
	for _, p := range doc.details {
		for _, col := range p.columns {
			check(col)
		}
	}
}

func TestPDFShortenedCellNamesItsPage(t *testing.T) {
	long := model.Trial{NCTID: "NCT00000001", Sponsor: strings.Repeat("A sponsor with a very long name indeed ", 30)}
	short := model.Trial{NCTID: "NCT00000002", Sponsor: "Short"}
	cmp := compare.NewComparison([]model.Trial{long, short})
	doc := layoutFor(t, cmp, testOptions)
	var sponsor ovRow
	for _, r := range doc.overview.pages[0].rows {
		if r.key == compare.OverviewSponsor {
			sponsor = r
		}
	}
	lines := sponsor.cells[0].lines
	if len(lines) == 0 || !strings.HasSuffix(lines[len(lines)-1].text(), "… see p. 2") {
		t.Fatalf("the long sponsor is not shortened with its page: %+v", lines)
	}
	if !strings.Contains(doc.pageTexts()[1], "NCT00000001") {
		t.Error("page 2 does not hold the trial's details")
	}
	overviewOnly := testOptions
	overviewOnly.Sections = SectionsOverview
	doc = layoutFor(t, cmp, overviewOnly)
	if len(doc.pageTexts()) != 1 {
		t.Errorf("the overview alone takes %d pages", len(doc.pageTexts()))
	}
}

func TestPDFChosenRows(t *testing.T) {
	opts := testOptions
	opts.Rows = []compare.OverviewKey{compare.OverviewAges, compare.OverviewPhase}
	doc := layoutFor(t, seedComparison(t), opts)
	var keys []string
	for _, r := range doc.overview.pages[0].rows {
		keys = append(keys, string(r.key))
	}
	if strings.Join(keys, ",") != "phase,ages" {
		t.Errorf("rows = %v", keys)
	}
}

func TestPDFRefusesTooManyTrials(t *testing.T) {
	cmp := trialsOf(t, MaxPDFTrials+1)
	err := RenderPDF(io.Discard, cmp, testOptions)
	if !errors.Is(err, ErrTooManyForPDF) || !strings.Contains(err.Error(), "Excel") {
		t.Errorf("err = %v", err)
	}
	if err := WritePDF(context.Background(), filepath.Join(t.TempDir(), "x.pdf"), cmp, testOptions); !errors.Is(err, ErrTooManyForPDF) {
		t.Errorf("WritePDF: err = %v", err)
	}
}

// TestPDF checks the drawn file with pdftotext: the fonts print ≥ μ é, and
// every page has its footer.
func TestPDF(t *testing.T) {
	cmp := seedComparison(t)
	for _, tc := range []struct {
		paper Paper
		size  string
	}{{A4, "841.89 x 595.28 pts (A4)"}, {Letter, "792 x 612 pts (letter)"}} {
		path := filepath.Join(t.TempDir(), "board.pdf")
		opts := testOptions
		opts.Paper = tc.paper
		if err := WritePDF(context.Background(), path, cmp, opts); err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, path)
		for _, want := range []string{"Tumor board 25 Nov", "NCT03860844", "NCT06709469", "NCT07338357", "NCT06803875", "NCT04150497",
			"≥", "μL", "Investigación", "Page 1 of", "Check every value against the full protocol", "Inclusion criteria (13)"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the PDF lacks %q", tc.paper, want)
			}
		}
		pages := strings.Split(text, "\f")
		for i, p := range pages[:len(pages)-1] {
			if !strings.Contains(p, fmt.Sprintf("Page %d of %d", i+1, len(pages)-1)) {
				t.Errorf("%s: page %d has no footer", tc.paper, i+1)
			}
		}
		if first := pages[0]; len(nctNumber.FindAllString(first, -1)) < 5 {
			t.Errorf("%s: page 1 does not show the five trials", tc.paper)
		}
		if info := pdfInfo(t, path); !strings.Contains(info, tc.size) {
			t.Errorf("%s: page size not %s:\n%s", tc.paper, tc.size, info)
		}
	}
}

func TestPDFRendersEmptyAndOddTrials(t *testing.T) {
	many := make([]string, 60)
	for i := range many {
		many[i] = fmt.Sprintf("CD%d", i+1)
	}
	odd := []model.Trial{{NCTID: "NCT2", Title: "\n\n", Acronym: strings.Repeat("X", 300), Targets: many, Sponsor: strings.Repeat("y", 5000),
		Inclusion: []string{strings.Repeat("z", 20000), "", "\t"}, Exclusion: []string{"\x00\x01"}}}
	for _, trials := range [][]model.Trial{nil, {{}}, {{NCTID: "NCT1", Inclusion: []string{strings.Repeat("word ", 3000)}}}, odd} {
		var buf bytes.Buffer
		cmp := compare.NewComparison(trials)
		opts := testOptions
		opts.Title = strings.Repeat("A very long title ", 40)
		if err := RenderPDF(&buf, cmp, opts); err != nil {
			t.Errorf("%d trials: %v", len(trials), err)
		}
		doc := layoutFor(t, cmp, opts)
		if h := overviewHeight(doc, doc.overview.pages[0]); h > 210-margin-footerSpace {
			t.Errorf("%d trials: the overview needs %.1f mm", len(trials), h)
		}
	}
}

// overviewHeight is how much of a page the overview page p takes.
func overviewHeight(doc document, p ovPage) float64 {
	h := heightOf(doc.overview.title) + heightOf(doc.overview.legend) + p.headerH
	for _, r := range p.rows {
		h += r.h
	}
	return h
}

func TestPDFOverviewFitsItsPageAtWorst(t *testing.T) {
	long := strings.Repeat("a long value that keeps going ", 12)
	var exclusion []string
	for _, th := range []string{"CNS disease", "active infection", "prior CAR-T", "prior HSCT", "pregnant", "other malignancy",
		"other investigational agents", "systemic steroids", "live vaccine", "cardiac function", "Karnofsky", "within 2 weeks of chemotherapy", "allergy to"} {
		exclusion = append(exclusion, th+" "+long)
	}
	trials := make([]model.Trial, 16)
	for i := range trials {
		trials[i] = model.Trial{NCTID: fmt.Sprintf("NCT%08d", i), Title: long, Sponsor: long, Conditions: []string{long}, Status: model.StatusRecruiting,
			Targets: []string{"CD19", "CD22", "CD38", "CLL-1", "ALK"}, Inclusion: []string{"relapsed " + long, "CD19 positive " + long, "no more than 2 prior lines " + long},
			Exclusion: exclusion, Locations: []model.Location{{Facility: "A", Country: long}}}
		rules.Resolve(&trials[i])
	}
	days, label, _ := eligibility.ParsePatientAge("7y")
	cmp := compare.NewComparison(trials).WithPatient(eligibility.Profile{AgeDays: days, AgeLabel: label, Diagnosis: "B-ALL"}, nil)
	for paper, doc := range layoutsOnEachPaper(t, cmp) {
		pageH := map[Paper]float64{A4: 210, Letter: 215.9}[paper]
		room := pageH - margin - footerSpace
		if len(doc.overview.pages) != 2 {
			t.Fatalf("%s: %d overview pages", paper, len(doc.overview.pages))
		}
		for i, p := range doc.overview.pages {
			if h := overviewHeight(doc, p); h > room+0.01 {
				t.Errorf("%s: overview page %d needs %.1f mm of %.1f", paper, i+1, h, room)
			}
		}
		if page1 := doc.pageTexts()[0]; !strings.Contains(page1, "… see p. 3") {
			t.Errorf("%s: no shortened cell names its page", paper)
		}
	}
}

func TestPDFMarksAStaleStatus(t *testing.T) {
	stale := model.Trial{NCTID: "NCT00000001", Status: model.StatusRecruiting, Dates: model.Dates{LastVerified: model.Date{Year: 2022, Month: 9}}}
	fresh := model.Trial{NCTID: "NCT00000002", Status: model.StatusRecruiting, Dates: model.Dates{LastVerified: model.Date{Year: 2026, Month: 10}}}
	cmp := compare.NewComparisonAsOf([]model.Trial{stale, fresh}, testOptions.Generated)
	doc := layoutFor(t, cmp, testOptions)
	for _, r := range doc.overview.pages[0].rows {
		if r.key != compare.OverviewStatus {
			continue
		}
		mark := r.cells[0].lines[len(r.cells[0].lines)-1]
		if mark.text() != "status not verified since Sep 2022" || mark.spans[0].st.color != warningInk || !mark.spans[0].st.bold {
			t.Errorf("the stale status reads %q in %+v", mark.text(), mark.spans[0].st)
		}
		if got := r.cells[1].lines[1].text(); got != "verified Oct 2026" {
			t.Errorf("the fresh status's date reads %q", got)
		}
	}
	if !strings.Contains(doc.pageTexts()[1], "Last verified: Sep 2022") {
		t.Error("the details do not list the dates")
	}
}

func TestPDFShadesWhatThePageShowsDiffers(t *testing.T) {
	trials := make([]model.Trial, 9)
	for i := range trials {
		trials[i] = model.Trial{NCTID: fmt.Sprintf("NCT%08d", i), Title: fmt.Sprintf("Trial %d", i), Exclusion: []string{"Pregnant women"}}
	}
	trials[0].Exclusion = []string{"Active CNS disease"}
	for i := range trials {
		rules.Resolve(&trials[i])
	}
	doc := layoutFor(t, compare.NewComparison(trials), testOptions)
	shaded := func(page int, label string) bool {
		for _, r := range doc.overview.pages[page].rows {
			if len(r.label) > 0 && r.label[0].text() == label {
				return r.differs
			}
		}
		t.Fatalf("page %d has no row %q", page+1, label)
		return false
	}
	if !shaded(0, "CNS disease") || shaded(1, "CNS disease") {
		t.Error("the CNS row is not shaded on page 1 only")
	}
	if shaded(1, "Phase") {
		t.Error("a row the same for every trial is shaded")
	}
}

func TestHangingLabelsAreNeverOverprinted(t *testing.T) {
	pdf := gofpdf.New("L", "mm", "A4", "")
	if err := loadFonts(pdf); err != nil {
		t.Fatal(err)
	}
	m := measurer{pdf}
	short := m.hanging("12.", detailFactStyle, "text", detailBodyStyle, numberIndent, 100)
	if len(short) != 1 || short[0].text() != "12. text" {
		t.Errorf("short label: %+v", short)
	}
	long := m.hanging("A label far wider than its indent", detailFactStyle, "text", detailBodyStyle, numberIndent, 100)
	if len(long) != 2 || long[0].text() != "A label far wider than its indent" || long[1].spans[0].x != numberIndent {
		t.Errorf("long label: %+v", long)
	}
}

func TestHeaderChipsTakeAtMostTwoRows(t *testing.T) {
	pdf := gofpdf.New("L", "mm", "A4", "")
	if err := loadFonts(pdf); err != nil {
		t.Fatal(err)
	}
	b := &overviewBuilder{m: measurer{pdf}}
	if got := b.chipsWithin([]string{"CD19", "CD22", "NKG2D"}, 26, 2); len(got) != 3 {
		t.Errorf("three chips in two rows became %v", got)
	}
	many := []string{"CD19", "CD22", "CD38", "CLL-1", "ALK", "NKG2D", "CD33", "CD123"}
	got := b.chipsWithin(many, 26, 2)
	if last := got[len(got)-1]; last != fmt.Sprintf("+%d", len(many)-len(got)+1) {
		t.Errorf("the chips left out are not counted: %v", got)
	}
}
