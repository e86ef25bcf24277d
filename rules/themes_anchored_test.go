package rules

import (
	"strings"
	"testing"
)

// slowMatches is a phrase's match without the anchored shortcut.
func slowMatches(p phrase, text string) bool {
	lower := strings.ToLower(text)
	for _, s := range p.starts {
		if strings.Contains(lower, s) {
			return p.re.MatchString(text)
		}
	}
	return p.starts == nil && p.re.MatchString(text)
}

// TestAnchoredPhrases checks that trying a rule only where its lead occurs
// decides as running it over the whole text does, on every line of the
// seeds and on texts made to trip it.
func TestAnchoredPhrases(t *testing.T) {
	texts := []string{
		"", "CNS", "xCNS", "CNS3", "cns disease", "No cNs", "prior CNS-directed therapy",
		"Known HIV, HBV or HCV infection", "hepatitis B", "Hepatitis  c", "intracranial bleed",
		"central nervous system involvement", "Central Nerve System", "the brain metastases",
		"Kelvin \u212a and \u017f and \u0130", "pregnant or breast-feeding", "ÄCNS", "_CNS",
	}
	texts = append(texts, seedLines(t)...)
	var all []phrase
	for _, th := range compiledThemes().themes {
		all = append(append(append(all, th.phrases...), th.exceptions...), th.asides...)
	}
	all = append(all, compiledThemes().except...)
	anchored := 0
	for _, p := range all {
		if p.anchored == nil {
			continue
		}
		anchored++
		extra := []string{"12 days before the first dose", "a12 weeks prior to enrolment", "> 4 weeks from", ">>3 days from"}
		for _, s := range p.starts {
			extra = append(extra, s, strings.ToUpper(s), "x"+s, " "+s+" ", s+" CAR-T cells")
		}
		for _, text := range append(texts, extra...) {
			if got, want := p.matches(text, strings.ToLower(text)), slowMatches(p, text); got != want {
				t.Errorf("%s on %q: %v, want %v", p.re, text, got, want)
			}
		}
	}
	if anchored == 0 {
		t.Error("no rule takes the anchored shortcut")
	}
}

func TestAnchoredForm(t *testing.T) {
	for _, c := range []struct {
		pattern            string
		anchored, boundary bool
	}{
		{`\bCNS\b`, true, true},
		{`central nerv(?:e|ous) system`, true, false},
		{`infections?`, true, false},
		{`(?:prior|history of)\b[^.;]{0,60}?CAR`, true, false},
		{`(?:prior|previous)? CAR`, false, false},
		{`\d+\s*days`, true, false},
		{`\d{1,2} days`, false, false},
		{`>\s*\d+`, true, false},
		{`foo|bar`, false, false},
		{`a[|]b`, true, false},
		{`a?b`, false, false},
	} {
		p := anchoredForm(c.pattern, phrase{starts: phraseStarts(c.pattern)})
		if (p.anchored != nil) != c.anchored || p.boundary != c.boundary {
			t.Errorf("%s: anchored %v, boundary %v; want %v, %v", c.pattern, p.anchored != nil, p.boundary, c.anchored, c.boundary)
		}
	}
}

// FuzzAnchoredPhrases: every rule decides on any text as the whole-text
// search does.
func FuzzAnchoredPhrases(f *testing.F) {
	f.Add("Known CNS involvement or HIV infection within 12 days before the first dose")
	f.Add("prior CAR-T cell therapy; > 4 weeks from chemotherapy")
	f.Fuzz(func(t *testing.T, text string) {
		lower := strings.ToLower(text)
		for _, th := range compiledThemes().themes {
			for _, p := range append(append(append([]phrase(nil), th.phrases...), th.exceptions...), th.asides...) {
				if got, want := p.matches(text, lower), slowMatches(p, text); got != want {
					t.Errorf("%s on %q: %v, want %v", p.re, text, got, want)
				}
			}
		}
	})
}
