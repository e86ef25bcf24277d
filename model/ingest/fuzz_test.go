package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead runs detection and every reader on arbitrary bytes. Its seed
// corpus holds the five seeds, a JSON study, a Python literal and an XML
// record. Read must never panic: its recover would turn a panic into an
// error, so the fuzzer calls readBytes, which has none.
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
	f.Add("page.html", []byte(`<html><body><ul><li>Inclusion Criteria:<ul><li>Age &ge; 1 year</li></ul></li></ul></body></html>`))
	f.Add("search.csv", []byte("NCT Number,Study Title,Phases\nNCT00000002,\"A, b\",PHASE1|PHASE2\n"))
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
