package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead runs decoding, detection and every reader on arbitrary bytes.
// Its seed corpus holds the five seeds, JSON studies, a Python literal and
// XML records, some with dates, a PDF and a Word document. Read must never panic: its recover would turn a
// panic into an error, so the fuzzer calls readBytes, which has none.
func FuzzRead(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "0*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add("seed.txt", data)
	}
	f.Add("study.json", []byte(`{"protocolSection":{"identificationModule":{"nctId":"NCT01234567"},"designModule":{"phases":["PHASE1","PHASE2"]},"eligibilityModule":{"minimumAge":"1 Year","eligibilityCriteria":"Inclusion Criteria:\n\n* a\n\nExclusion Criteria:\n\n* b"}}}`))
	f.Add("viewer.txt", []byte("Raw JSON\n\n{'protocolSection': {'identificationModule': {'nctId': 'NCT07338357', 'briefTitle': \"It's\"}}, 'x': [True, None, 1.5, (1, 2)]}"))
	f.Add("record.xml", []byte(`<?xml version="1.0"?><clinical_study><id_info><nct_id>NCT00000001</nct_id></id_info><phase>Phase 1/Phase 2</phase></clinical_study>`))
	f.Add("dates.xml", []byte(`<clinical_study><id_info><nct_id>NCT00000005</nct_id></id_info><start_date type="Actual">August 12, 2015</start_date><enrollment type="Anticipated">64</enrollment><verification_date>March 2018</verification_date></clinical_study>`))
	f.Add("dates.json", []byte(`{"protocolSection":{"identificationModule":{"nctId":"NCT00000006"},"statusModule":{"statusVerifiedDate":"2022-09","startDateStruct":{"date":"2019-10-14","type":"ACTUAL"}},"designModule":{"enrollmentInfo":{"count":40,"type":"ESTIMATED"}}}}`))
	f.Add("page.html", []byte(`<html><body><ul><li>Inclusion Criteria:<ul><li>Age &ge; 1 year</li></ul></li></ul></body></html>`))
	f.Add("search.csv", []byte("NCT Number,Study Title,Phases\nNCT00000002,\"A, b\",PHASE1|PHASE2\n"))
	for _, doc := range []string{"004_1517137e1f039c7a.libreoffice.pdf", "004_1517137e1f039c7a.libreoffice.docx"} {
		if data, err := os.ReadFile(filepath.Join(documentDir, doc)); err == nil {
			f.Add(doc, data)
		}
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		trials, err := readBytes(name, data)
		if err == nil && len(trials) == 0 {
			t.Fatal("no error and no trial")
		}
		for _, tr := range trials {
			_ = tr.Ages.Label()
		}
	})
}

// addFormatSeeds adds the reference records that match pattern to a fuzz
// corpus, when they are present.
func addFormatSeeds(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(filepath.Join(formatsDir, pattern))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
}

// technicalWords are the marks of a library's message that must never
// reach a reader.
var technicalWords = []string{"Go struct", "json:", "xml:", "csv:", "unmarshal", "reflect"}

func checkMessage(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		return
	}
	for _, w := range technicalWords {
		if strings.Contains(err.Error(), w) {
			t.Fatalf("the message %q says %q", err, w)
		}
	}
}

// FuzzDecode: decoding never panics, and what it accepts is valid UTF-8
// with "\n" line endings and no NUL.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Age ≥ 12 months\r\n"))
	f.Add([]byte("Chiarl\xe9 \x93x\x94"))
	f.Add([]byte("\xef\xbb\xbfPhase \xff 2"))
	f.Add([]byte("\xff\xfeP\x00h\x00"))
	f.Add([]byte("P\x00h\x00a\x00s\x00e\x00"))
	f.Add([]byte("\x00P\x00h\x00a\x00s\x00e"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Decode(data)
		if err != nil {
			return
		}
		switch {
		case !utf8.ValidString(d.Text):
			t.Fatalf("invalid UTF-8: %q", d.Text)
		case strings.ContainsAny(d.Text, "\r\x00"):
			t.Fatalf("a CR or NUL is left: %q", d.Text)
		case strings.TrimSpace(d.Text) == "":
			t.Fatal("accepted blank text")
		case len(d.Warnings) > 1:
			t.Fatalf("warnings %q", d.Warnings)
		}
	})
}

// FuzzCSV: the CSV reader never panics and never yields more than
// MaxTrials studies.
func FuzzCSV(f *testing.F) {
	f.Add("NCT Number,Study Title,Phases\nNCT00000002,\"A, b\",PHASE1|PHASE2\n")
	f.Add("NCT Number,Study Title,Interventions,Locations\nNCT1,\"open quote,DRUG: x|BIOLOGICAL,a, b, c\n")
	addFormatSeeds(f, "ctgov-csv/*.csv")
	f.Fuzz(func(t *testing.T, text string) {
		trials, err := readCTGovCSV(text)
		checkMessage(t, err)
		if len(trials) > MaxTrials {
			t.Fatalf("%d trials", len(trials))
		}
	})
}

// FuzzJSON: the API JSON reader never panics, its messages never show the
// decoder's own words, and a valid object is never taken as cut short.
func FuzzJSON(f *testing.F) {
	f.Add(realStudy)
	f.Add(`{"protocolSection":{"designModule":{"phases":"PHASE2","enrollmentInfo":{"count":1.5}}}}`)
	f.Add(`{"studies":[` + realStudy + `,{"protocolSection":[]}], "nextPageToken":"x"}`)
	f.Add(`[{"protocolSection":{"eligibilityModule":{"minimumAge":"1 Year"}}}] x`)
	f.Add(`{"protocolSection":{"identificationModule":{"nctId":"NCT01234567"}},"resultsSection":{`)
	addFormatSeeds(f, "ctgov-v2/*.json")
	f.Fuzz(func(t *testing.T, text string) {
		trials, err := studiesFromJSON(text)
		checkMessage(t, err)
		if err == nil && (len(trials) == 0 || len(trials) > MaxTrials) {
			t.Fatalf("%d trials and no error", len(trials))
		}
		if strings.HasPrefix(strings.TrimSpace(text), "{") && json.Valid([]byte(text)) {
			if _, _, _, whole := scanTopLevel(text); !whole {
				t.Fatal("a valid JSON object was taken as cut short")
			}
		}
	})
}

// FuzzXML: the clinical_study reader never panics, and its messages never
// show the decoder's own words.
func FuzzXML(f *testing.F) {
	f.Add(`<?xml version="1.0"?><clinical_study><id_info><nct_id>NCT00000001</nct_id></id_info><phase>Phase 1/Phase 2</phase></clinical_study>`)
	f.Add("<clinical_study>\n<brief_title>a &amp; &lol; b</official_title>")
	f.Add(`<!DOCTYPE x [<!ENTITY a "b">]><clinical_study><enrollment>x</enrollment>`)
	addFormatSeeds(f, "ctgov-xml/*.xml")
	f.Fuzz(func(t *testing.T, text string) {
		trials, err := readCTGovXML(text)
		checkMessage(t, err)
		if err == nil && len(trials) != 1 {
			t.Fatalf("%d trials", len(trials))
		}
	})
}

// FuzzHTML: turning a page into text never panics, keeps valid UTF-8
// valid, and drops scripts.
func FuzzHTML(f *testing.F) {
	f.Add(`<html><body><ul><li>Inclusion Criteria:<ul><li>Age &ge; 1 year</li></ul></li></ul></body></html>`)
	f.Add(`<table><tr><td>a<td>b</table><pre> x
 y</pre><script>var secret = 1;</script><svg><svg/></svg><br/>`)
	f.Add(`<ul><li>a<li>b</ol></ul></ul><template><p>x`)
	f.Fuzz(func(t *testing.T, page string) {
		text, err := htmlToText(page)
		if err != nil {
			t.Fatal(err)
		}
		if utf8.ValidString(page) && !utf8.ValidString(text) {
			t.Fatalf("invalid UTF-8 from valid input: %q", text)
		}
		if !strings.Contains(page, "secret") && strings.Contains(text, "secret") {
			t.Fatal("text appeared from nowhere")
		}
	})
}

// FuzzPythonLiteral: the literal reader never panics, and what it writes
// is valid JSON.
func FuzzPythonLiteral(f *testing.F) {
	f.Add(`{'protocolSection': {'identificationModule': {'nctId': 'NCT07338357', 'briefTitle': "It's"}}, 'x': [True, None, 1.5, (1, 2)]}`)
	f.Add(`{1: 'a', None: "\x41\u00e9\U0001F600\n", 2.5e-9: [+.5, -1., 1e21]}`)
	f.Add(`['\\', "\"", 'open`)
	if seed, err := os.ReadFile(filepath.Join(seedDir, "002_28d411cdab2f7767.txt")); err == nil {
		_, literal, _ := strings.Cut(string(seed), "Raw JSON")
		f.Add(literal)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, err := pythonLiteralToJSON(src)
		if err == nil && !json.Valid([]byte(out)) {
			t.Fatalf("invalid JSON %q from %q", out, src)
		}
	})
}
