package ingest

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

// seedRecord is the real API v2 record of seed 002.
const seedRecord = "../../testdata/ctgov/NCT07338357.json"

// withIdentity rewrites the record's nctId line, and adds an nctIdAliases
// list after it when aliases is not empty. With decoded set, a key written
// with an escape makes the one-pass scanner give up, so that
// encoding/json reads the record.
func withIdentity(t *testing.T, nctID, aliases string, decoded bool) []byte {
	t.Helper()
	data, err := os.ReadFile(seedRecord)
	if err != nil {
		t.Fatal(err)
	}
	const line = `"nctId": "NCT07338357"`
	if !strings.Contains(string(data), line) {
		t.Fatal("the seed record's nctId line moved")
	}
	repl := `"nctId": "` + nctID + `"`
	if decoded {
		repl = `"x\u0079z": 1, ` + repl
	}
	if aliases != "" {
		repl += `, "nctIdAliases": [` + aliases + `]`
	}
	return []byte(strings.Replace(string(data), line, repl, 1))
}

func TestStudyNCTIDRefusesLookAlikes(t *testing.T) {
	for name, id := range map[string]string{
		"Cyrillic С":        "\u0421T07338357",
		"full-width digits": "NCT０７３３８３５７",
		"zero-width space":  "NCT0733\u200b8357",
		"lower case":        "nct07338357",
		"nine digits":       "NCT073383570",
	} {
		for _, decoded := range []bool{false, true} {
			res := Read("study.json", withIdentity(t, id, "", decoded))
			if res.Err != nil || len(res.Trials) != 1 {
				t.Fatalf("%s (decoded %v): %v", name, decoded, res.Err)
			}
			tr := res.Trials[0]
			warnings := strings.Join(tr.WarningsFor(model.FieldNCTID), " ")
			if tr.NCTID != "" || !strings.Contains(warnings, "is not written as an NCT ID") {
				t.Errorf("%s (decoded %v): NCT ID %q, warnings %q", name, decoded, tr.NCTID, warnings)
			}
			if strings.ContainsFunc(warnings, func(r rune) bool { return r > 127 }) {
				t.Errorf("%s: the warning does not spell the look-alike out: %q", name, warnings)
			}
		}
	}
	if !IsNCTID("NCT07338357") || IsNCTID(" NCT07338357") || IsNCTID("NCT0733835") {
		t.Error("IsNCTID")
	}
}

func TestStudyAliasesAreRegistryIDs(t *testing.T) {
	res := Read("study.json", withIdentity(t, "NCT07338357", `"NCT01999999", "NCT0199999\u0399"`, false))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	tr := res.Trials[0]
	if tr.NCTID != "NCT07338357" || !slices.Contains(tr.RegistryIDs, model.RegistryID{Registry: rules.RegistryNCT, ID: "NCT01999999"}) {
		t.Errorf("NCT ID %s, identifiers %v", tr.NCTID, tr.RegistryIDs)
	}
	if w := tr.WarningsFor(model.FieldNCTID); len(w) != 1 || !strings.Contains(w[0], "nctIdAliases") {
		t.Errorf("warnings %q", w)
	}
	if !strings.Contains(tr.Provenance[model.FieldRegistryIDs], "identificationModule.nctIdAliases: NCT01999999") {
		t.Errorf("provenance %q", tr.Provenance[model.FieldRegistryIDs])
	}
}
