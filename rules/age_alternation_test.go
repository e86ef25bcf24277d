package rules

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestAlternationFindsAsJoined checks that the age phrases, searched one
// pattern at a time, find what the patterns joined by | find, on every line
// of the seeds and on phrases made to overlap.
func TestAlternationFindsAsJoined(t *testing.T) {
	for _, alts := range []alternation{agePhrase, ageRarePhrase} {
		testAlternation(t, alts)
	}
}

// submatches is what the joined pattern finds.
func submatches(re *regexp.Regexp, s string) []ageMatch {
	var out []ageMatch
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		out = append(out, ageMatchAt(re, s, loc))
	}
	return out
}

func testAlternation(t *testing.T, alts alternation) {
	var patterns []string
	for _, alt := range alts {
		patterns = append(patterns, alt.re.String())
	}
	joined := regexp.MustCompile(strings.Join(patterns, "|"))
	texts := []string{
		"", "12-29 years", "28 days to less than 18 years", ">= 12 months and < 30 years",
		"30 years and younger", "18 years of age or older", "3 years", "= 30 years",
		"between 1 and 21 years, 5 days, up to the age of 21 years or 6 months and <16 years",
		"age 1 month through age 29; 2 yrs3 yrs 4y", "younger than 26 years old and 12 mos",
		"1 1 1 years 2 2 days", "x12 yearsy", "> > 3 weeks", "12.5 years-13 years",
		"ages 1-39", "aged 1 to 30", "stages 1-3", "1 month through age 29", "n/a to 21 years", "18 years to n/a",
		"(>=) 1 … (<=) 30 years", ">= 1 and <= 30 years", "up to the age of 21", "banana 5 years", "3 yearsages 2-4",
		"over the age of 12", "1 yearn/a", "2 years to n/ab", "ages 5 to 9 %", "the ages 3-5 and ages 6-8 years",
	}
	for _, line := range seedLines(t) {
		texts = append(texts, ageNormalizer.Replace(strings.ToLower(line)))
	}
	for _, text := range texts {
		got, want := alts.findAll(text, -1), submatches(joined, text)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", text, got, want)
		}
	}
}

// FuzzAlternation: the age phrases, one pattern at a time, find on any
// text what the joined patterns find.
func FuzzAlternation(f *testing.F) {
	f.Add("ages 1-39 and >= 12 months and < 30 years, n/a to 21 years")
	f.Add("28 days to less than 18 years; up to the age of 21")
	joined := map[*regexp.Regexp]alternation{}
	for _, alts := range []alternation{agePhrase, ageRarePhrase} {
		var patterns []string
		for _, alt := range alts {
			patterns = append(patterns, alt.re.String())
		}
		joined[regexp.MustCompile(strings.Join(patterns, "|"))] = alts
	}
	f.Fuzz(func(t *testing.T, text string) {
		for re, alts := range joined {
			got, want := alts.findAll(text, -1), submatches(re, text)
			if (len(got) != 0 || len(want) != 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("%q:\n got %v\nwant %v", text, got, want)
			}
		}
	})
}
