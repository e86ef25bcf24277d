package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestScanStudy reads one study object with the scanner and checks that it
// either gives up or fills the study exactly as json.Unmarshal does.
func TestScanStudy(t *testing.T) {
	tests := []struct {
		name string
		text string
		// read is whether the scanner reads the text (false: it gives up).
		read bool
		// title is the brief title the study must have when read.
		title string
	}{
		{"plain", `{"protocolSection":{"identificationModule":{"briefTitle":"A study"}}}`, true, "A study"},
		{"quote and backslash escapes", `{"protocolSection":{"identificationModule":{"briefTitle":"a \"b\" c\\d \/ e"}}}`, true, `a "b" c\d / e`},
		{"control escapes", `{"protocolSection":{"identificationModule":{"briefTitle":"a\nb\tc\rd\be\ff"}}}`, true, "a\nb\tc\rd\be\ff"},
		{"unicode escapes", `{"protocolSection":{"identificationModule":{"briefTitle":"\u2265 12 \u00E9t\u00e9 \u0041"}}}`, true, "≥ 12 été A"},
		{"escaped NUL", `{"protocolSection":{"identificationModule":{"briefTitle":"a\u0000b"}}}`, true, "a\x00b"},
		{"raw UTF-8", `{"protocolSection":{"identificationModule":{"briefTitle":"≥ 12 mois, été"}}}`, true, "≥ 12 mois, été"},
		{"long text across words", `{"protocolSection":{"identificationModule":{"briefTitle":"` + strings.Repeat("abcdefgh", 9) + `\"x"}}}`, true, strings.Repeat("abcdefgh", 9) + `"x`},
		{"surrogate pair escape", `{"protocolSection":{"identificationModule":{"briefTitle":"a \ud83d\ude00 b"}}}`, true, "a \U0001F600 b"},
		{"lone high surrogate", `{"protocolSection":{"identificationModule":{"briefTitle":"\ud83d x"}}}`, true, "\uFFFD x"},
		{"lone high surrogate at the end", `{"protocolSection":{"identificationModule":{"briefTitle":"x\ud83d"}}}`, true, "x\uFFFD"},
		{"lone low surrogate", `{"protocolSection":{"identificationModule":{"briefTitle":"\ude00"}}}`, true, "\uFFFD"},
		{"surrogates in the wrong order", `{"protocolSection":{"identificationModule":{"briefTitle":"\ude00\ud83d"}}}`, true, "\uFFFD\uFFFD"},
		{"high surrogate before another escape", `{"protocolSection":{"identificationModule":{"briefTitle":"\ud83d\u0041\n"}}}`, true, "\uFFFDA\n"},
		{"two high surrogates, then a low one", `{"protocolSection":{"identificationModule":{"briefTitle":"\ud83d\ud83d\ude00"}}}`, true, "\uFFFD\U0001F600"},
		{"invalid UTF-8 in a text read is left to encoding/json", "{\"protocolSection\":{\"identificationModule\":{\"briefTitle\":\"a\xffb\"}}}", false, ""},
		{"invalid UTF-8 in a text with escapes is left to encoding/json", "{\"protocolSection\":{\"identificationModule\":{\"briefTitle\":\"a\\n\xffb\"}}}", false, ""},
		{"invalid UTF-8 in a text skipped", "{\"protocolSection\":{\"identificationModule\":{\"briefTitle\":\"t\",\"x\":\"a\xffb\"}}}", true, "t"},
		{"bad escape", `{"protocolSection":{"identificationModule":{"briefTitle":"a\qb"}}}`, false, ""},
		{"short unicode escape", `{"protocolSection":{"identificationModule":{"briefTitle":"a\u12"}}}`, false, ""},
		{"raw control character", "{\"protocolSection\":{\"identificationModule\":{\"briefTitle\":\"a\tb\"}}}", false, ""},
		{"null text", `{"protocolSection":{"identificationModule":{"briefTitle":null}}}`, true, ""},
		{"null after a text keeps the text", `{"protocolSection":{"identificationModule":{"briefTitle":"A","briefTitle":null}}}`, true, "A"},
		{"duplicate key: the last wins", `{"protocolSection":{"identificationModule":{"briefTitle":"A","briefTitle":"B"}}}`, true, "B"},
		{"duplicate object: merged", `{"protocolSection":{"identificationModule":{"briefTitle":"A"},"identificationModule":{"nctId":"NCT01234567"}}}`, true, "A"},
		{"duplicate list: elements decoded again", `{"protocolSection":{"contactsLocationsModule":{"locations":[{"city":"A","country":"B"},{"city":"C"}],"locations":[{"city":"D"},null]}}}`, true, ""},
		{"duplicate list: shorter, then longer", `{"protocolSection":{"conditionsModule":{"conditions":["a","b","c"],"conditions":["d"],"conditions":[null,null,"e"]}}}`, true, ""},
		{"empty list", `{"protocolSection":{"conditionsModule":{"conditions":["a"],"conditions":[]}}}`, true, ""},
		{"null list", `{"protocolSection":{"conditionsModule":{"conditions":["a"],"conditions":null}}}`, true, ""},
		{"null study", `null`, true, ""},
		{"null module", `{"protocolSection":{"identificationModule":null}}`, true, ""},
		{"count", `{"protocolSection":{"designModule":{"enrollmentInfo":{"count":40,"type":"ACTUAL"}}}}`, true, ""},
		{"negative zero count", `{"protocolSection":{"designModule":{"enrollmentInfo":{"count":-0}}}}`, true, ""},
		{"null count", `{"protocolSection":{"designModule":{"enrollmentInfo":{"count":3,"count":null}}}}`, true, ""},
		{"fractional count is left to encoding/json", `{"protocolSection":{"designModule":{"enrollmentInfo":{"count":1.5}}}}`, false, ""},
		{"exponent count is left to encoding/json", `{"protocolSection":{"designModule":{"enrollmentInfo":{"count":1e2}}}}`, false, ""},
		{"huge count is left to encoding/json", `{"protocolSection":{"designModule":{"enrollmentInfo":{"count":99999999999999999999}}}}`, false, ""},
		{"numbers skipped", `{"a":[0,-1,1.5,-0.25e+10,2E-3,12345678901234567890],"protocolSection":{"identificationModule":{"briefTitle":"N"}}}`, true, "N"},
		{"leading zero", `{"a":01,"protocolSection":{}}`, false, ""},
		{"bare minus", `{"a":-,"protocolSection":{}}`, false, ""},
		{"dot without digits", `{"a":1.,"protocolSection":{}}`, false, ""},
		{"exponent without digits", `{"a":1e+,"protocolSection":{}}`, false, ""},
		{"literals skipped", `{"a":[true,false,null],"protocolSection":{"identificationModule":{"briefTitle":"L"}}}`, true, "L"},
		{"misspelt literal", `{"a":tru,"protocolSection":{}}`, false, ""},
		{"nested skipping", `{"resultsSection":{"a":[{"b":[[],{},[{"c":"}]{["}]],"d":{"e":{"f":[1,{"g":null}]}}}]},"protocolSection":{"identificationModule":{"briefTitle":"S"}}}`, true, "S"},
		{"empty containers skipped", `{"a":{},"b":[],"c":[{},[]],"d":[[[]]],"e":{"f":{}},"protocolSection":{"identificationModule":{"briefTitle":"E"}}}`, true, "E"},
		{"missing comma in a skipped list", `{"a":[1 2],"protocolSection":{}}`, false, ""},
		{"missing comma in a skipped object", `{"a":{"b":1 "c":2},"protocolSection":{}}`, false, ""},
		{"missing colon in a skipped object", `{"a":{"b" 1},"protocolSection":{}}`, false, ""},
		{"key that is not a text in a skipped object", `{"a":{1:2},"protocolSection":{}}`, false, ""},
		{"list closed as an object", `{"a":[1},"protocolSection":{}}`, false, ""},
		{"object closed as a list", `{"a":{"b":1],"protocolSection":{}}`, false, ""},
		{"trailing comma in a skipped object", `{"a":{"b":1,},"protocolSection":{}}`, false, ""},
		{"raw control character in a skipped text", "{\"a\":\"x\u0001y\",\"protocolSection\":{}}", false, ""},
		{"control character between skipped values", "{\"a\":[1,\u000b2],\"protocolSection\":{}}", false, ""},
		{"white space everywhere", " \n\t\r{ \"protocolSection\" :\n{ \"identificationModule\" : { \"briefTitle\" :\t\"W\" , \"acronym\" : \"X\" } } } \n", true, "W"},
		{"text of the wrong kind", `{"protocolSection":{"identificationModule":{"briefTitle":5}}}`, false, ""},
		{"list of the wrong kind", `{"protocolSection":{"designModule":{"phases":"PHASE2"}}}`, false, ""},
		{"object of the wrong kind", `{"protocolSection":{"identificationModule":[]}}`, false, ""},
		{"key in another case is left to encoding/json", `{"protocolSection":{"identificationModule":{"BriefTitle":"A"}}}`, false, ""},
		{"key with an escape is left to encoding/json", `{"protocolSection":{"identificationModule":{"brief\u0054itle":"A"}}}`, false, ""},
		{"key with a long s is left to encoding/json", "{\"protocolSection\":{\"eligibilityModule\":{\"\u017fex\":\"MALE\"}}}", false, ""},
		{"trailing comma", `{"protocolSection":{"identificationModule":{"briefTitle":"A",}}}`, false, ""},
		{"leading comma", `{"protocolSection":{,"identificationModule":{}}}`, false, ""},
		{"missing comma", `{"protocolSection":{"identificationModule":{"briefTitle":"A" "acronym":"B"}}}`, false, ""},
		{"missing colon", `{"protocolSection":{"identificationModule":{"briefTitle" "A"}}}`, false, ""},
		{"trailing comma in a list", `{"protocolSection":{"conditionsModule":{"conditions":["a",]}}}`, false, ""},
		{"truncated in a text", `{"protocolSection":{"identificationModule":{"briefTitle":"A`, false, ""},
		{"truncated in an escape", `{"protocolSection":{"identificationModule":{"briefTitle":"A\`, false, ""},
		{"truncated after a key", `{"protocolSection":{"identificationModule":{"briefTitle"`, false, ""},
		{"truncated in a skipped part", `{"protocolSection":{},"resultsSection":{"a":[1,`, false, ""},
		{"truncated in a number", `{"protocolSection":{},"a":1`, false, ""},
		{"unclosed", `{"protocolSection":{}`, false, ""},
		{"trailing text", `{"protocolSection":{}} x`, false, ""},
		{"two values", `{"protocolSection":{}} {}`, false, ""},
		{"too deep", `{"a":` + strings.Repeat("[", maxJSONDepth+1) + strings.Repeat("]", maxJSONDepth+1) + `,"protocolSection":{}}`, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got study
			s := &jsonScanner{data: tt.text}
			scanStudy(s, &got)
			if read := s.end(); read != tt.read {
				t.Fatalf("read %v, want %v", read, tt.read)
			}
			if !tt.read {
				return
			}
			var want study
			if err := json.Unmarshal([]byte(tt.text), &want); err != nil {
				t.Fatalf("the scanner read what encoding/json refuses: %v", err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("scanned %+v\nencoding/json %+v", got, want)
			}
			if title := got.ProtocolSection.IdentificationModule.BriefTitle; title != tt.title {
				t.Errorf("title %q, want %q", title, tt.title)
			}
		})
	}
}

// TestScanStudies checks that the documents the scanner reads, a study, a
// search page and a list of studies, read to the same trials as through
// encoding/json, and that it leaves to encoding/json what it must.
func TestScanStudies(t *testing.T) {
	const one = `{"protocolSection":{"identificationModule":{"nctId":"NCT01234567","briefTitle":"A"}}}`
	const two = `{"protocolSection":{"identificationModule":{"nctId":"NCT07654321","briefTitle":"B"}}}`
	tests := []struct {
		name   string
		text   string
		read   bool
		trials int
	}{
		{"a study", one, true, 1},
		{"a study with results", `{"protocolSection":{"identificationModule":{"nctId":"NCT01234567"}},"resultsSection":{"x":[1,{"y":"z"}]},"hasResults":true}`, true, 1},
		{"the last protocol section, read afresh", `{"protocolSection":{"identificationModule":{"nctId":"NCT01234567","acronym":"X"}},"protocolSection":{"identificationModule":{"briefTitle":"B"}}}`, true, 1},
		{"a null protocol section after one", `{"protocolSection":{"identificationModule":{"nctId":"NCT01234567"}},"protocolSection":null}`, true, 1},
		{"a protocol section in a list is left to encoding/json", `{"protocolSection":[]}`, false, 0},
		{"a protocol section in another case is not one", `{"ProtocolSection":{}}`, false, 0},
		{"a search page", `{"studies":[` + one + `,` + two + `],"nextPageToken":"x"}`, true, 2},
		{"a search page with a protocol section too", `{"protocolSection":{},"studies":[` + two + `]}`, true, 1},
		{"a search page's null study", `{"studies":[` + one + `,null]}`, true, 2},
		{"a search page's study with a key in another case", `{"studies":[{"PROTOCOLSECTION":{}}]}`, false, 0},
		{"a search page's studies in an object", `{"studies":{"a":` + one + `}}`, false, 0},
		{"an empty search page", `{"studies":[]}`, false, 0},
		{"a search page whose last list is empty", `{"studies":[` + one + `],"studies":[]}`, false, 0},
		{"a search page's study of the wrong kind", `{"studies":[` + one + `,"x"]}`, false, 0},
		{"a list of studies", "[\n" + one + ",\n" + two + "\n]\n", true, 2},
		{"an empty list", `[]`, false, 0},
		{"text after the list", `[` + one + `] x`, false, 0},
		{"no studies", `{"x":1}`, false, 0},
		{"not JSON", `protocolSection`, false, 0},
		{"white space that is not JSON's", "\u00a0" + one, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, read := scanStudies(tt.text)
			if read != tt.read {
				t.Fatalf("read %v, want %v", read, tt.read)
			}
			if !read {
				return
			}
			want, err := studiesFromJSON(tt.text)
			if err != nil {
				t.Fatalf("the scanner read what encoding/json refuses: %v", err)
			}
			if len(got) != tt.trials || !reflect.DeepEqual(got, want) {
				t.Fatalf("scanned %d trials %+v\nencoding/json %+v", len(got), got, want)
			}
		})
	}
}

// TestScanReferenceRecords reads the API v2 reference records alone, as a
// list and as a search page: the scanner reads every one of them, to the
// same trials as encoding/json.
func TestScanReferenceRecords(t *testing.T) {
	paths := formatFiles(t, "ctgov-v2/*.json")
	var records []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, doc.Text)
	}
	documents := map[string]string{
		"list":        "[\n" + strings.Join(records, ",\n") + "\n]\n",
		"search page": `{"studies": [` + strings.Join(records, ", ") + `], "nextPageToken": "x"}`,
	}
	for i, r := range records {
		documents[filepath.Base(paths[i])] = r
	}
	for name, text := range documents {
		got, read := scanStudies(text)
		if !read {
			t.Errorf("%s: the scanner gave up", name)
			continue
		}
		want, err := studiesFromJSON(text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the scanner's trials differ from encoding/json's", name)
		}
	}
}

// TestScanStudiesTooMany leaves a list of more than MaxTrials studies to
// encoding/json, which refuses it.
func TestScanStudiesTooMany(t *testing.T) {
	text := "[" + strings.Repeat(emptyStudy+",", MaxTrials) + emptyStudy + "]"
	if _, read := scanStudies(text); read {
		t.Fatal("read a list longer than MaxTrials")
	}
	if _, read := scanStudies("[" + strings.Repeat(emptyStudy+",", MaxTrials-1) + emptyStudy + "]"); !read {
		t.Fatal("did not read a list of MaxTrials studies")
	}
}

// FuzzScanStudies: for any text, the one-pass scanner either gives up or
// reads the same trials as encoding/json.
func FuzzScanStudies(f *testing.F) {
	f.Add(realStudy)
	f.Add(`{"studies":[` + realStudy + `,null],"nextPageToken":"x"}`)
	f.Add(`[` + realStudy + `,{"protocolSection":{"identificationModule":{"nctId":"A","nctId":null}}}]`)
	f.Add(`{"protocolSection":{"designModule":{"phases":["PHASE1"],"phases":[null,"PHASE2"],"enrollmentInfo":{"count":-0}}}}`)
	f.Add(`{"protocolSection":{"identificationModule":{"briefTitle":"\u00e9\n\"x\"","secondaryIdInfos":[{"id":"1"},{"id":"2"}],"secondaryIdInfos":[{}]}}}`)
	f.Add(`{"protocolSection":{"eligibilityModule":{"eligibilityCriteria":"Inclusion Criteria:\n\n* Age \u2265 1 year\n\nExclusion Criteria:\n\n* b","sex":"ALL"}},"resultsSection":{"a":[1.5e3,true,false,null]}}`)
	addFormatSeeds(f, "ctgov-v2/*.json")
	f.Fuzz(func(t *testing.T, text string) {
		got, read := scanStudies(text)
		if !read {
			return
		}
		if !json.Valid([]byte(text)) {
			t.Fatal("the scanner read invalid JSON")
		}
		want, err := studiesFromJSON(text)
		if err != nil {
			t.Fatalf("the scanner read what encoding/json refuses: %v", err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("scanned %+v\nencoding/json %+v", got, want)
		}
	})
}
