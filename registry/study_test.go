package registry

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

const aliasID = "NCT01999999"

// A former NCT ID answers 301 to the study's current ID: the record is
// taken, cached under both IDs, and the user is told the current one.
func TestStudyFollowsAnAliasToTheCurrentID(t *testing.T) {
	srv := newServer(t)
	srv.AddAlias(t, seedID, aliasID)
	dir := t.TempDir()
	c := newClient(t, srv.URL, Options{CacheDir: dir})
	rec, err := c.Study(context.Background(), aliasID, false)
	if err != nil {
		t.Fatal(err)
	}
	if rec.NCTID != seedID || rec.Asked != aliasID || rec.Trial.NCTID != seedID {
		t.Errorf("record %s asked %s, trial %s", rec.NCTID, rec.Asked, rec.Trial.NCTID)
	}
	line := Result{NCTID: aliasID, Record: rec}.Report(rec.Fetched)
	if !strings.Contains(line, "current ID "+seedID) || !strings.Contains(line, aliasID+" is a former ID") {
		t.Errorf("report %q", line)
	}
	for _, id := range []string{aliasID, seedID} {
		if _, _, ok, err := c.Cache().Study(id); !ok || err != nil {
			t.Errorf("not cached under %s: %v", id, err)
		}
	}
	offline := newClient(t, srv.URL, Options{CacheDir: dir, Offline: true})
	if again, err := offline.Study(context.Background(), aliasID, false); err != nil || again.NCTID != seedID || again.Asked != aliasID {
		t.Errorf("offline, from cache: %v %+v", err, again.NCTID)
	}
	checked := c.Check(context.Background(), model.Trial{NCTID: aliasID, Title: "A page"}, false)
	if w := checked.Trial.WarningsFor(model.FieldNCTID); checked.Err != nil || len(w) != 1 || !strings.Contains(w[0], "current ID "+seedID) {
		t.Errorf("check of a page with the former ID: %v, warnings %q", checked.Err, w)
	}
}

// A redirect from an ID to a study that does not name it among its former
// IDs, or a record of another study sent without a redirect, is refused.
func TestStudyRefusesAnotherStudy(t *testing.T) {
	srv := newServer(t)
	srv.AddAlias(t, seedID, aliasID)
	srv.Handle("/studies/NCT02222222", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/studies/"+seedID, http.StatusMovedPermanently)
	})
	srv.Handle("/studies/NCT03333333", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write(srv.Record(seedID))
	})
	c := newClient(t, srv.URL, Options{})
	for _, id := range []string{"NCT02222222", "NCT03333333"} {
		if _, err := c.Study(context.Background(), id, false); err == nil || !strings.Contains(err.Error(), "asked for "+id+", it sent the record of "+seedID) {
			t.Errorf("%s: %v", id, err)
		}
		if _, _, ok, _ := c.Cache().Study(id); ok {
			t.Errorf("%s: another study was cached under it", id)
		}
	}
	// The alias's record sent straight, without the redirect, is refused too.
	srv.Handle("/studies/"+aliasID, func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write(srv.Record(seedID)) })
	if _, err := c.Study(context.Background(), aliasID, false); err == nil {
		t.Error("a record naming the ID as a former one was taken without a redirect")
	}
}

// The identity checked is that of the trial the reader reads from the
// bytes cached, not that of another look at the JSON.
func TestStudyChecksTheIdentityTheReaderReads(t *testing.T) {
	srv := newServer(t)
	other := string(srv.Record("NCT02210780"))
	head := `{"protocolSection":{"identificationModule":{"nctId":"` + seedID + `"}}`
	for name, body := range map[string]string{
		"a studies list wins":       head + `,"studies":[` + other + `]}`,
		"a second PROTOCOLSECTION":  `{"protocolSection":` + sectionOf(t, srv.Record(seedID)) + `,"PROTOCOLSECTION":` + sectionOf(t, []byte(other)) + `}`,
		"PROTOCOLSECTION first":     `{"PROTOCOLSECTION":` + sectionOf(t, []byte(other)) + `,"protocolSection":` + sectionOf(t, srv.Record(seedID)) + `}`,
		"an array of two":           `[` + string(srv.Record(seedID)) + `,` + other + `]`,
		"a page of text naming it":  `{"note": "protocolSection", "text": "` + seedID + ` Phase 2"}`,
		"a look-alike of the ID":    strings.Replace(string(srv.Record(seedID)), `"nctId": "`+seedID, `"nctId": "N`+"\u0421"+`T07338357`, 1),
		"full-width digits of it":   strings.Replace(string(srv.Record(seedID)), `"nctId": "`+seedID, `"nctId": "NCT０７３３８３５７`, 1),
		"a zero-width space inside": strings.Replace(string(srv.Record(seedID)), `"nctId": "`+seedID, `"nctId": "NCT0733`+"\u200b"+`8357`, 1),
	} {
		t.Run(name, func(t *testing.T) {
			srv.Handle("/studies/"+seedID, func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(body)) })
			c := newClient(t, srv.URL, Options{})
			rec, err := c.Study(context.Background(), seedID, false)
			if err == nil {
				cached, _, _, _ := c.Cache().Study(seedID)
				res := ingest.Read("cached.json", cached)
				if res.Err != nil || len(res.Trials) != 1 || res.Trials[0].NCTID != seedID || rec.Trial.Title != res.Trials[0].Title {
					t.Errorf("taken, but the cached bytes read as %v (%v)", res.Trials, res.Err)
				}
				return
			}
			if !strings.Contains(err.Error(), "could not be used") {
				t.Errorf("error %v", err)
			}
			if strings.Contains(name, "look-alike") || strings.Contains(name, "full-width") || strings.Contains(name, "zero-width") {
				if !strings.Contains(err.Error(), "is not written as an NCT ID") || !strings.Contains(err.Error(), `\u`) {
					t.Errorf("the look-alike is not named: %v", err)
				}
			}
			if _, _, ok, _ := c.Cache().Study(seedID); ok {
				t.Error("a refused answer was cached")
			}
		})
	}
}

// sectionOf returns a record's protocolSection as it is written.
func sectionOf(t *testing.T, body []byte) string {
	t.Helper()
	var study map[string]json.RawMessage
	if err := json.Unmarshal(body, &study); err != nil {
		t.Fatal(err)
	}
	return string(study["protocolSection"])
}

func TestSearchRefusesALookAlikeID(t *testing.T) {
	srv := newServer(t)
	body := strings.Replace(string(srv.Record(seedID)), `"nctId": "`+seedID, `"nctId": "NCT0733835`+"\uff17", 1)
	srv.Handle("/studies", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte(`{"studies":[` + body + `]}`))
	})
	c := newClient(t, srv.URL, Options{})
	if _, err := c.Search(context.Background(), Query{Cond: "AML"}, ""); err == nil || !strings.Contains(err.Error(), "is not written as an NCT ID") {
		t.Errorf("error %v", err)
	}
}
