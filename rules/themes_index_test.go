package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// allThemePhrases returns every phrase the themes run: their own, their
// exceptions and asides, and the except clauses.
func allThemePhrases() []phrase {
	var all []phrase
	for _, th := range compiledThemes().themes {
		all = append(append(append(all, th.phrases...), th.exceptions...), th.asides...)
	}
	return append(all, compiledThemes().except...)
}

// plainMatches decides a phrase with its regular expression alone. Where
// lower-casing turns a rune into an ASCII letter (the dotted capital I,
// the Kelvin sign) or case folding does (the long s), the phrase's starts
// are looked for in the lower-case text first, as they always were.
func plainMatches(p phrase, text string) bool {
	if foldsIntoASCII(text) {
		return slowMatches(p, text)
	}
	return p.re.MatchString(text)
}

// plainThemesOf is ThemesOf with every phrase decided by plainMatches.
func plainThemesOf(criterion string, targets []string) []model.ThemeKey {
	aside := func(text string, asides []phrase) string {
		for _, a := range asides {
			if plainMatches(a, text) {
				text = a.re.ReplaceAllString(text, " ")
			}
		}
		return text
	}
	any := func(ps []phrase, text string) bool {
		for _, p := range ps {
			if plainMatches(p, text) {
				return true
			}
		}
		return false
	}
	var out []model.ThemeKey
	text := aside(criterion, compiledThemes().except)
	for _, th := range compiledThemes().themes {
		switch {
		case th.Key == model.ThemePriorTargetedTherapy:
			if NamesAnyTarget(criterion, targets) {
				out = append(out, th.Key)
			}
		case !any(th.exceptions, text) && any(th.phrases, aside(text, th.asides)):
			out = append(out, th.Key)
		}
	}
	return out
}

// themeTexts are criteria made to trip the one-pass matcher: starts at the
// ends of a text, inside words, overlapping, in odd cases and next to text
// outside ASCII.
var themeTexts = []string{
	"", "CNS", "xCNS", "CNS3", "cns disease", "No cNs", "prior CNS-directed therapy", "éCNS", "CNSé",
	"Known HIV, HBV or HCV infection", "hepatitis B", "Hepatitis  c", "intracranial bleed", "HIVAIDS", "_HIV_",
	"central nervous system involvement", "Central Nerve System", "the brain metastases",
	"Pregnant or breast-feeding", "negative serum pregnancy test", "solid organ transplantation", "organ transplant and HSCT",
	"except for hematopoietic stem cell transplantation", "(except for carcinoma in situ) other malignancy",
	"12 days before the first dose", "a12 weeks prior to enrolment", "> 4 weeks from", ">>3 days from", "within 7 days prior to",
	"Karnofsky ≥ 50", "LANSKY", "ECOGs", "performance score", "live attenuated vaccine", "vaccine(s)",
	"Previously received CAR-T cells", "history of gene therapy", "prior\u00a0CART-19",
	"\u0130NFECTION", "\u212aarnofsky", "\u017fteroids", "ſepsis and \u212a", "pregnanc\u0130",
	"immunosuppressive steroid prednisone dexamethasone", "allergy anaphylaxis hypersensitivity",
}

// TestThemesOfOnePass checks that the themes found with one pass over the
// criterion are those its regular expressions find, on made-up criteria and
// every line of the seeds.
func TestThemesOfOnePass(t *testing.T) {
	for _, text := range append(append([]string(nil), themeTexts...), seedLines(t)...) {
		for _, targets := range [][]string{nil, {"CD19", "CD22"}} {
			if got, want := ThemesOf(text, targets), plainThemesOf(text, targets); !reflect.DeepEqual(got, want) {
				t.Errorf("%q: %v, want %v", text, got, want)
			}
		}
	}
}

// TestPhrasesInIndex checks each phrase, found through the index, against
// its regular expression.
func TestPhrasesInIndex(t *testing.T) {
	texts := append([]string(nil), themeTexts...)
	for _, p := range allThemePhrases() {
		for _, s := range p.starts {
			texts = append(texts, s, strings.ToUpper(s), "x"+s, s+"x", " "+s+" ", s+" CAR-T cells", "é"+s+"é")
		}
	}
	for _, text := range texts {
		found := compiledThemes().starts.find(strings.ToLower(text))
		for _, p := range allThemePhrases() {
			if got, want := p.matchesIn(text, found), plainMatches(p, text); got != want {
				t.Errorf("%s on %q: %v, want %v", p.re, text, got, want)
			}
		}
	}
}

func TestLiteralForm(t *testing.T) {
	for _, c := range []struct {
		pattern, literal      string
		boundary, endBoundary bool
	}{
		{`infection`, "infection", false, false},
		{`\bHIV\b`, "hiv", true, true},
		{`\bsepsis`, "sepsis", true, false},
		{`nursing\b`, "nursing", false, true},
		{`organ function`, "organ function", false, false},
		{`\blungs?\b`, "", false, false},
		{`hepatitis\s*[BC]\b`, "", false, false},
		{`vaccine\(s\)`, "", false, false},
		{`a`, "a", false, false},
		{`trailing `, "", false, false},
	} {
		p := literalForm(c.pattern, phrase{})
		if p.literal != c.literal || p.literal != "" && (p.boundary != c.boundary || p.endBoundary != c.endBoundary) {
			t.Errorf("%s: literal %q, boundaries %v %v; want %q, %v %v", c.pattern, p.literal, p.boundary, p.endBoundary,
				c.literal, c.boundary, c.endBoundary)
		}
	}
}

// FuzzThemesOnePass: on any text, each phrase found through the index, and
// the themes as a whole, decide as the plain regular expressions do.
func FuzzThemesOnePass(f *testing.F) {
	for _, text := range themeTexts {
		f.Add(text)
	}
	phrases := allThemePhrases()
	f.Fuzz(func(t *testing.T, text string) {
		found := compiledThemes().starts.find(strings.ToLower(text))
		for _, p := range phrases {
			if got, want := p.matchesIn(text, found), plainMatches(p, text); got != want {
				t.Errorf("%s on %q: %v, want %v", p.re, text, got, want)
			}
		}
		if got, want := ThemesOf(text, []string{"CD19"}), plainThemesOf(text, []string{"CD19"}); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	})
}
