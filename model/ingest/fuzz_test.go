package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead runs detection and every reader on arbitrary bytes. Its seed
// corpus holds the five seeds, JSON studies, a Python literal and XML
// records, some with dates. Read must never panic: its recover would turn a
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
