package registrytest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// searchPage is a decoded search answer.
type searchPage struct {
	Studies []struct {
		ProtocolSection struct {
			IdentificationModule struct {
				NCTID string `json:"nctId"`
			} `json:"identificationModule"`
		} `json:"protocolSection"`
	} `json:"studies"`
	NextPageToken string `json:"nextPageToken"`
	TotalCount    *int   `json:"totalCount"`
}

func (p searchPage) ids() []string {
	var ids []string
	for _, s := range p.Studies {
		ids = append(ids, s.ProtocolSection.IdentificationModule.NCTID)
	}
	return ids
}

// get asks the server without following redirects and returns the status,
// the content type and the body.
func get(t *testing.T, srv *Server, path string, query url.Values) (int, string, string, http.Header) {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	address := srv.URL + path
	if len(query) > 0 {
		address += "?" + query.Encode()
	}
	resp, err := client.Get(address)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(body), resp.Header
}

func searchFor(t *testing.T, srv *Server, query url.Values) searchPage {
	t.Helper()
	code, _, body, _ := get(t, srv, "/studies", query)
	if code != http.StatusOK {
		t.Fatalf("%v: %d %s", query, code, body)
	}
	var page searchPage
	if err := json.Unmarshal([]byte(body), &page); err != nil {
		t.Fatal(err)
	}
	return page
}

// newTestServer serves the recorded studies and 12 copies of NCT07338357
// under made-up IDs, so that a search has more than a default page.
func newTestServer(t *testing.T) *Server {
	srv := New(t, formatsDir, ctgovDir)
	for i := range 12 {
		srv.Add(t, Variant(t, srv.Record("NCT07338357"), fmt.Sprintf("NCT9100%04d", i), nil))
	}
	return srv
}

func TestStudyAnswersAsTheAPIDoes(t *testing.T) {
	srv := New(t, formatsDir, ctgovDir)
	srv.AddAlias(t, "NCT02210780", "NCT01999999")
	tests := []struct {
		path, wantType, wantBody string
		wantCode                 int
	}{
		{"/studies/NCT02210780", "application/json", `"nctId": "NCT02210780"`, 200},
		{"/studies/nct02210780", "application/json", `"nctId": "NCT02210780"`, 200},
		{"/studies/NCT99999999", "text/plain", "NCT number NCT99999999 not found", 404},
		{"/studies/02210780", "text/plain", "Parameter `nctId` has incorrect format", 400},
		{"/studies/NCT01999999", "", "", 301},
	}
	for _, tc := range tests {
		code, ctype, body, header := get(t, srv, tc.path, nil)
		if code != tc.wantCode || !strings.HasPrefix(ctype, tc.wantType) || !strings.Contains(body, tc.wantBody) {
			t.Errorf("%s: %d %s %.80q", tc.path, code, ctype, body)
		}
		if code == 301 && header.Get("Location") != "/studies/NCT02210780" {
			t.Errorf("%s: Location %q", tc.path, header.Get("Location"))
		}
	}
	_, _, body, _ := get(t, srv, "/studies/NCT02210780", nil)
	if !strings.Contains(body, `"NCT01999999"`) {
		t.Error("the record does not list its alias in nctIdAliases")
	}
}

func TestSearchTotalOnTheFirstPageOnly(t *testing.T) {
	srv := newTestServer(t)
	q := url.Values{"countTotal": {"true"}, "pageSize": {"5"}, "query.cond": {"AML"}}
	first := searchFor(t, srv, q)
	if first.TotalCount == nil || *first.TotalCount != 13 || len(first.Studies) != 5 || first.NextPageToken == "" {
		t.Fatalf("first page: %d studies, total %v, token %q", len(first.Studies), first.TotalCount, first.NextPageToken)
	}
	q.Set("pageToken", first.NextPageToken)
	second := searchFor(t, srv, q)
	if second.TotalCount != nil || len(second.Studies) != 5 {
		t.Errorf("second page: %d studies, total %v", len(second.Studies), second.TotalCount)
	}
	q.Set("pageToken", second.NextPageToken)
	last := searchFor(t, srv, q)
	if len(last.Studies) != 3 || last.NextPageToken != "" {
		t.Errorf("last page: %d studies, token %q", len(last.Studies), last.NextPageToken)
	}
	seen := append(append(first.ids(), second.ids()...), last.ids()...)
	slices.Sort(seen)
	if len(slices.Compact(seen)) != 13 {
		t.Errorf("the pages repeat or miss studies: %v", seen)
	}
}

func TestSearchTokensAreOpaqueAndBoundToTheirSearch(t *testing.T) {
	srv := newTestServer(t)
	q := url.Values{"query.cond": {"AML"}, "pageSize": {"4"}}
	token := searchFor(t, srv, q).NextPageToken
	if token == "" || strings.Trim(token, "0123456789") == "" {
		t.Fatalf("token %q is empty or a plain number", token)
	}
	// Another page size and countTotal may change; nothing else.
	next := url.Values{"query.cond": {"AML"}, "pageSize": {"2"}, "countTotal": {"true"}, "pageToken": {token}}
	if page := searchFor(t, srv, next); len(page.Studies) != 2 || page.TotalCount != nil {
		t.Errorf("the same search with another page size: %d studies, total %v", len(page.Studies), page.TotalCount)
	}
	for _, bad := range []url.Values{
		{"query.cond": {"leukemia"}, "pageToken": {token}},
		{"query.cond": {"AML"}, "sort": {"@relevance"}, "pageToken": {token}},
		{"query.cond": {"AML"}, "pageToken": {"4"}},
	} {
		if code, ctype, body, _ := get(t, srv, "/studies", bad); code != 400 || !strings.HasPrefix(ctype, "text/plain") || !strings.Contains(body, "pageToken") {
			t.Errorf("%v: %d %s %q", bad, code, ctype, body)
		}
	}
}

func TestSearchOrdersOnlyWhenAsked(t *testing.T) {
	srv := newTestServer(t)
	q := url.Values{"pageSize": {"100"}}
	unsorted := searchFor(t, srv, q).ids()
	if slices.IsSorted(unsorted) || !slices.Equal(unsorted, searchFor(t, srv, q).ids()) {
		t.Errorf("without sort the order is by ID, or not stable: %v", unsorted)
	}
	q.Set("sort", "LastUpdatePostDate")
	byDate := searchFor(t, srv, q).ids()
	if byDate[0] != "NCT07338357" && !strings.HasPrefix(byDate[0], "NCT9100") || byDate[len(byDate)-1] != "NCT00763412" {
		t.Errorf("newest first: %v", byDate)
	}
	q.Set("sort", "LastUpdatePostDate:asc")
	if asc := searchFor(t, srv, q).ids(); asc[0] != "NCT00763412" {
		t.Errorf("oldest first: %v", asc)
	}
	rel := url.Values{"query.intr": {"placebo OR dupilumab OR repaglinide OR \"enhanced usual care\""}, "sort": {"@relevance"}}
	if got := searchFor(t, srv, rel).ids(); len(got) != 3 || got[2] != "NCT03630471" {
		t.Errorf("by relevance: %v", got)
	}
}

func TestSearchPageSize(t *testing.T) {
	for value, want := range map[string]int{"": 10, "0": 10, "5": 5, "1000": 1000, "5000": 1000} {
		if got, err := pageSize(value); err != nil || got != want {
			t.Errorf("pageSize=%q: %d %v, want %d", value, got, err, want)
		}
	}
	for _, bad := range []string{"-1", "ten", "1.5"} {
		if _, err := pageSize(bad); err == nil {
			t.Errorf("pageSize=%q accepted", bad)
		}
	}
	srv := newTestServer(t)
	if page := searchFor(t, srv, url.Values{}); len(page.Studies) != 10 || page.NextPageToken == "" {
		t.Errorf("default page: %d studies", len(page.Studies))
	}
	if page := searchFor(t, srv, url.Values{"pageSize": {"5000"}}); len(page.Studies) != 18 || page.NextPageToken != "" {
		t.Errorf("a page size over 1,000: %d studies", len(page.Studies))
	}
}

func TestSearchFilters(t *testing.T) {
	srv := New(t, formatsDir, ctgovDir)
	got := searchFor(t, srv, url.Values{"filter.overallStatus": {"RECRUITING|NOT_YET_RECRUITING"}}).ids()
	slices.Sort(got)
	if strings.Join(got, " ") != "NCT06171568 NCT07338357" {
		t.Errorf("statuses: %v", got)
	}
	got = searchFor(t, srv, url.Values{"filter.ids": {"NCT02210780,nct00763412,NCT99999999"}, "pageSize": {"100"}}).ids()
	slices.Sort(got)
	if strings.Join(got, " ") != "NCT00763412 NCT02210780" {
		t.Errorf("ids: %v", got)
	}
	for _, bad := range []url.Values{
		{"filter.overallStatus": {"OPEN"}},
		{"filter.ids": {"NCT123"}},
		{"query.cond": {"CD19 [CAR-T]"}},
		{"query.conditions": {"AML"}},
		{"sort": {"EnrollmentCount"}},
		{"sort": {"@relevance,LastUpdatePostDate,@relevance"}},
		{"pageSize": {"-3"}},
	} {
		if code, ctype, body, _ := get(t, srv, "/studies", bad); code != 400 || !strings.HasPrefix(ctype, "text/plain") || body == "" {
			t.Errorf("%v: %d %s %q", bad, code, ctype, body)
		}
	}
}
