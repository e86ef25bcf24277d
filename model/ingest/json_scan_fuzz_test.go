package ingest

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// studyKeys are the keys a generated study is built from, each with the
// kind of value the study type expects under it: a text, a list of texts,
// an object, a list of objects or a count. Keys in another case and keys
// the study does not hold are among them.
var studyKeys = []struct {
	key  string
	kind byte
}{
	{"protocolSection", 'o'}, {"identificationModule", 'o'}, {"nctId", 's'}, {"briefTitle", 's'},
	{"officialTitle", 's'}, {"acronym", 's'}, {"orgStudyIdInfo", 'o'}, {"secondaryIdInfos", 'O'},
	{"id", 's'}, {"statusModule", 'o'}, {"overallStatus", 's'}, {"startDateStruct", 'o'},
	{"date", 's'}, {"type", 's'}, {"designModule", 'o'}, {"phases", 'l'}, {"enrollmentInfo", 'o'},
	{"count", 'n'}, {"eligibilityModule", 'o'}, {"eligibilityCriteria", 's'}, {"minimumAge", 's'},
	{"maximumAge", 's'}, {"sex", 's'}, {"stdAges", 'l'}, {"conditionsModule", 'o'}, {"conditions", 'l'},
	{"armsInterventionsModule", 'o'}, {"armGroups", 'O'}, {"interventions", 'O'}, {"label", 's'},
	{"description", 's'}, {"name", 's'}, {"otherNames", 'l'}, {"outcomesModule", 'o'},
	{"primaryOutcomes", 'O'}, {"secondaryOutcomes", 'O'}, {"measure", 's'}, {"timeFrame", 's'},
	{"contactsLocationsModule", 'o'}, {"locations", 'O'}, {"facility", 's'}, {"city", 's'},
	{"country", 's'}, {"status", 's'}, {"sponsorCollaboratorsModule", 'o'}, {"leadSponsor", 'o'},
	{"descriptionModule", 'o'}, {"briefSummary", 's'}, {"resultsSection", 'o'}, {"hasResults", 's'},
	{"studies", 'O'}, {"NCTId", 's'}, {"Sex", 's'}, {"PROTOCOLSECTION", 'o'}, {"x", 's'},
}

// studyTexts are the texts a generated study holds: plain, escaped and
// wide ones.
var studyTexts = []string{
	"", "NCT01234567", "PHASE1", "PHASE2", "RECRUITING", "1 Year", "18 Years", "ALL", "2023-07-31", "ACTUAL",
	"Inclusion Criteria:\n\n* Age ≥ 1 year\n\nExclusion Criteria:\n\n* Prior CD19 therapy", `a "quoted" \ text`,
	"été ≥ 12 mois", "CD19 CAR-T", "smile 😀", "SURROGATES", "tab\there", "<b>&</b>", "\u2028", " padded ",
}

// studyGenerator writes a JSON document from a fuzzer's bytes, taken as a
// stream of choices: mostly the kind of value the study type expects under
// each key, sometimes another.
type studyGenerator struct {
	choices []byte
	next    int
	out     strings.Builder
}

// choose returns the next choice, below n; 0 once the bytes run out.
func (g *studyGenerator) choose(n int) int {
	if g.next >= len(g.choices) {
		return 0
	}
	g.next++
	return int(g.choices[g.next-1]) % n
}

// text writes one of studyTexts, escaped as encoding/json writes it, or
// with its wide characters and solidus escaped as well, and SURROGATES as
// surrogate escapes in and out of pairs.
func (g *studyGenerator) text() {
	b, _ := json.Marshal(studyTexts[g.choose(len(studyTexts))])
	s := string(b)
	if g.choose(2) == 0 {
		s = strings.NewReplacer("é", `\u00e9`, "≥", `\u2265`, "/", `\/`, "😀", `\ud83d\ude00`,
			"SURROGATES", `\ude00\ud83d\ud83d\ude00x\ud83d`).Replace(s)
	}
	g.out.WriteString(s)
}

func (g *studyGenerator) value(kind byte, depth int) {
	if g.choose(8) == 0 {
		kind = "slnoOtfN"[g.choose(8)]
	}
	if depth > 6 && (kind == 'o' || kind == 'O' || kind == 'l') {
		kind = 'N'
	}
	switch kind {
	case 's':
		g.text()
	case 'n':
		g.out.WriteString([]string{"0", "40", "-0", "1.5", "1e2", "-12", "99999999999999999999"}[g.choose(7)])
	case 't':
		g.out.WriteString([]string{"true", "false"}[g.choose(2)])
	case 'N':
		g.out.WriteString("null")
	case 'l', 'O':
		g.out.WriteString("[")
		for i := range g.choose(4) {
			if i > 0 {
				g.out.WriteString(",")
			}
			if kind == 'l' {
				g.value('s', depth+1)
			} else {
				g.value('o', depth+1)
			}
		}
		g.out.WriteString("]")
	default:
		g.out.WriteString("{")
		for i := range g.choose(6) {
			if i > 0 {
				g.out.WriteString(",")
			}
			k := studyKeys[g.choose(len(studyKeys))]
			g.out.WriteString(`"` + k.key + `":`)
			if g.choose(3) == 0 {
				g.out.WriteString(" \n\t")
			}
			g.value(k.kind, depth+1)
		}
		g.out.WriteString("}")
	}
}

// FuzzScanGeneratedStudies builds valid JSON studies, search pages and lists
// from the fuzzer's bytes, with duplicate keys, nulls, values of the wrong
// kind, escapes and keys in another case, and checks that the scanner
// either gives up or reads the same trials as encoding/json.
func FuzzScanGeneratedStudies(f *testing.F) {
	f.Add([]byte{0, 0, 5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{1, 3, 1, 2, 2, 9, 9, 9, 1, 0, 0, 4, 4, 4})
	f.Add([]byte{2, 2, 7, 7, 7, 0, 1, 1, 18, 3, 2, 19, 3, 20})
	f.Fuzz(func(t *testing.T, choices []byte) {
		g := &studyGenerator{choices: choices}
		switch g.choose(3) {
		case 0:
			g.out.WriteString(`{"protocolSection":`)
			g.value('o', 1)
			g.out.WriteString(`,"derivedSection":{"x":[1,2,{"y":null}]}}`)
		case 1:
			g.out.WriteString(`{"studies":`)
			g.value('O', 1)
			g.out.WriteString(`,"nextPageToken":"x"}`)
		default:
			g.value('O', 0)
		}
		text := g.out.String()
		got, read := scanStudies(text)
		if !read {
			return
		}
		want, err := studiesFromJSON(text)
		if err != nil {
			t.Fatalf("the scanner read what encoding/json refuses: %v\n%s", err, text)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("scanned %+v\nencoding/json %+v\n%s", got, want, text)
		}
	})
}
