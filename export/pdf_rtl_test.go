package export

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/trialcompare/trialcompare/model"
)

// TestVisualOrder orders lines of Hebrew, Arabic and Latin as the Unicode
// bidirectional algorithm sets them from the left.
func TestVisualOrder(t *testing.T) {
	for line, want := range map[string]string{
		"plain text":                "plain text",
		"אבג":                       "גבא",
		"אב 12 גד":                  "דג 12 בא",
		"abc אבג def":               "abc גבא def",
		"incl. 1 אב 2 גד…, incl. 2": "incl. 1 דג 2 בא…, incl. 2",
		"לוקמיה ל-CD19":             "CD19-ל הימקול",
		"אב (גד)":                   "(דג) בא",
		"שלב 2 of the trial":        "of the trial 2 בלש",
		"نص ١٢ عربي":                "يبرع ١٢ صن",
		"":                          "",
		"(18)":                      "(18)",
	} {
		if got := visualOrder(line); got != want {
			t.Errorf("visualOrder(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestShapeArabic joins Arabic letters by their place in a word, and a lam
// and an alef into their ligature.
func TestShapeArabic(t *testing.T) {
	for text, want := range map[string]string{
		"بب":        "\uFE91\uFE90",
		"سلام":      "\uFEB3\uFEFC\uFEE1",
		"لا":        "\uFEFB",
		"دار":       "\uFEA9\uFE8D\uFEAD",
		"ی":         "\uFBFC",
		"ہے":        "\uFBA8\uFBAF",
		"ٹرائل":     "\uFB68\uFEAE\uFE8D\uFE8B\uFEDE",
		"CD19 ب":    "CD19 \uFE8F",
		"بَب":       "\uFE91\u064E\uFE90",
		"no arabic": "no arabic",
	} {
		if got := shapeArabic(text); got != want {
			t.Errorf("shapeArabic(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestPDFPrintsHebrewAndArabic prints trials whose titles and criteria are
// in Hebrew and Arabic: they print in a font that has the letters, the
// Arabic letters joined, and a reader of the PDF gets the words back in
// their order; each line fits its column.
func TestPDFPrintsHebrewAndArabic(t *testing.T) {
	trials := []model.Trial{{
		Title:     "ניסוי קליני בשלב 2 של בלינטומומאב בילדים עם לוקמיה חוזרת",
		Phases:    []model.Phase{model.Phase2},
		Inclusion: []string{"ילדים בני 1 עד 18 במועד ההרשמה", "לוקמיה חוזרת מסוג B חיובית ל-CD19"},
		Source:    model.Source{File: "he.txt", Layout: "generic-text"},
	}, {
		Title:     "تجربة سريرية من المرحلة الثانية لعقار بليناتوموماب لدى الأطفال",
		Phases:    []model.Phase{model.Phase2},
		Exclusion: []string{"عدوى نشطة غير مسيطر عليها"},
		Source:    model.Source{File: "ar.txt", Layout: "generic-text"},
	}, {
		Title:  "بچوں میں بلیناٹوموماب کا دوسرے مرحلے کا ٹرائل",
		Phases: []model.Phase{model.Phase2},
		Source: model.Source{File: "ur.txt", Layout: "generic-text"},
	}}
	cmp, path := writeTrialsPDF(t, trials...)
	// The reader marks each right-to-left run with embedding controls;
	// Arabic comes back in its joined forms, which NFKC folds.
	text := norm.NFKC.String(strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E {
			return -1
		}
		return r
	}, pdfText(t, path)))
	for _, want := range []string{"ניסוי קליני בשלב", "בילדים עם לוקמיה", "تجربة سريرية", "عدوى نشطة", "دوسرے مرحلے", "ٹرائل"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	checkPrintsIn(t, path, "utf8righttoleft")
	doc := layoutFor(t, cmp, testOptions)
	checkDetailsFit(t, doc)
	// A line that reads from the right is set against the column's right
	// edge.
	rightSet := 0
	for _, p := range doc.details {
		for _, col := range p.columns {
			for _, l := range col {
				for _, sp := range l.spans {
					if readsRightToLeft(sp.text) && sp.x > doc.columnW/4 {
						rightSet++
					}
				}
			}
		}
	}
	if rightSet < 4 {
		t.Errorf("%d lines of Hebrew or Arabic are set against the right edge, want the titles' and criteria's", rightSet)
	}
}

// FuzzPrintForm checks that the printed form of any line keeps as many
// characters as the line has once its Arabic letters are joined, and never
// fails.
func FuzzPrintForm(f *testing.F) {
	for _, s := range []string{"ניסוי 2 (CD19)", "لا سلام ١٢", "abc", "", "\u064e\u0644", ")(][ 12 א", "ٹرائل ہے (CD19) ں"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		shaped := shapeArabic(line)
		if got, want := utf8.RuneCountInString(visualOrder(shaped)), utf8.RuneCountInString(shaped); got != want {
			t.Errorf("visualOrder(%q) has %d characters, want %d", shaped, got, want)
		}
		_ = printForm(line)
	})
}
