package registry

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/registry/registrytest"
)

// The IDs of the variants of the pediatric AML record NCT07338357 (3–18
// years) that addVariants serves.
const (
	noMinID  = "NCT90000001"
	noMaxID  = "NCT90000002"
	noAgesID = "NCT90000003"
)

// addVariants serves three copies of NCT07338357: one with no minimum
// age, one with no maximum, one with neither.
func addVariants(t *testing.T, srv *registrytest.Server) {
	t.Helper()
	for id, drop := range map[string][]string{
		noMinID: {"minimumAge"}, noMaxID: {"maximumAge"}, noAgesID: {"minimumAge", "maximumAge"},
	} {
		srv.Add(t, registrytest.Variant(t, srv.Record(seedID), id, func(p map[string]any) {
			for _, key := range drop {
				delete(registrytest.Eligibility(p), key)
			}
		}))
	}
}

func hitIDs(hits []Hit) []string {
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.Trial.NCTID)
	}
	return ids
}

func sortedIDs(hits []Hit) string {
	ids := hitIDs(hits)
	slices.Sort(ids)
	return strings.Join(ids, " ")
}

// A study that states no minimum age, no maximum or none at all is open to
// the patient as far as it says: the age filter keeps it.
func TestSearchAgeFilterKeepsStudiesWithoutBounds(t *testing.T) {
	srv := newServer(t)
	addVariants(t, srv)
	c := newClient(t, srv.URL, Options{})
	page, err := c.Search(context.Background(), Query{Cond: "AML", AgeDays: 7 * 365.25}, "")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sortedIDs(page.Hits), strings.Join([]string{seedID, noMinID, noMaxID, noAgesID}, " "); got != want || page.Total != 4 {
		t.Errorf("7-year-old: %s (total %d), want %s", got, page.Total, want)
	}
	want := "(AREA[MinimumAge]RANGE[MIN, 7 years] OR AREA[MinimumAge]MISSING) AND (AREA[MaximumAge]RANGE[7 years, MAX] OR AREA[MaximumAge]MISSING)"
	if got := srv.Queries()[0].Get("filter.advanced"); got != want {
		t.Errorf("filter.advanced %q", got)
	}
	// A 2-year-old is below the 3-year minimum of the two that state it.
	page, err = c.Search(context.Background(), Query{Cond: "AML", AgeDays: 2 * 365.25}, "")
	if err != nil || sortedIDs(page.Hits) != noMinID+" "+noAgesID {
		t.Errorf("2-year-old: %s, %v", sortedIDs(page.Hits), err)
	}
}

func TestSearchEscapesWhatTheUserTyped(t *testing.T) {
	srv := newServer(t)
	c := newClient(t, srv.URL, Options{})
	for _, typed := range []string{
		"CD19 [CAR-T]", "[CAR-T]", `"CAR T`, "(CAR-T", "CAR-T)", `CAR-T\`, "AML ALL", "AML MISSING",
		"AREA[Condition]AML", "RANGE[MIN, MAX]", `"R/R AML" (CAR-T OR CD19)`,
	} {
		if _, err := c.Search(context.Background(), Query{Term: typed}, ""); err != nil {
			t.Errorf("%q: %v", typed, err)
		}
	}
	page, err := c.Search(context.Background(), Query{Cond: "AML", Term: "[CAR-T]"}, "")
	if err != nil || len(page.Hits) != 1 {
		t.Fatalf("[CAR-T]: %d hits, %v", len(page.Hits), err)
	}
	if got := srv.Queries()[len(srv.Queries())-1].Get("query.term"); got != `\[CAR-T\]` {
		t.Errorf("query.term %q", got)
	}
}

func TestEssieText(t *testing.T) {
	for typed, want := range map[string]string{
		"acute lymphoblastic leukemia": "acute lymphoblastic leukemia",
		"CD19 OR CD22":                 "CD19 OR CD22",
		"CD19 [CAR-T]":                 `CD19 \[CAR-T\]`,
		"B-ALL":                        `B-\ALL`,
		"ALL AND NOT all":              `\ALL AND NOT all`,
		"AREA[Phase]2":                 `\AREA\[Phase\]2`,
		`"CAR T" AND (CD19 OR CD22)`:   `"CAR T" AND (CD19 OR CD22)`,
		`5" cells`:                     `5\" cells`,
		"(CD19":                        `\(CD19`,
		"CD19) (CD22":                  `CD19\) \(CD22`,
		`"a (b" c)`:                    `"a (b" c\)`,
		`a\b`:                          `a\\b`,
		"  CD19  ":                     "CD19",
	} {
		if got := essieText(typed); got != want {
			t.Errorf("essieText(%q) = %q, want %q", typed, got, want)
		}
	}
}

// FuzzEssieText checks that an escaped text keeps what was typed, and that
// no bracket, unpaired quotation mark or unpaired parenthesis is left to
// be read as an operator.
func FuzzEssieText(f *testing.F) {
	for _, s := range []string{"CD19 [CAR-T]", `"a (b" c)`, `x\`, "ALL MISSING", "((a) b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, typed string) {
		out := essieText(typed)
		var kept strings.Builder
		depth, quotes := 0, 0
		for i := 0; i < len(out); i++ {
			c := out[i]
			if c == '\\' {
				if i+1 == len(out) {
					t.Fatalf("%q: a trailing backslash", out)
				}
				i++
				kept.WriteByte(out[i])
				continue
			}
			kept.WriteByte(c)
			switch {
			case c == '[' || c == ']':
				t.Fatalf("%q: an unescaped bracket", out)
			case c == '"':
				quotes++
			case c == '(' && quotes%2 == 0:
				depth++
			case c == ')' && quotes%2 == 0:
				if depth--; depth < 0 {
					t.Fatalf("%q: a parenthesis closes none", out)
				}
			}
		}
		if depth != 0 || quotes%2 != 0 {
			t.Errorf("%q: unpaired parentheses or quotation marks", out)
		}
		if kept.String() != strings.TrimSpace(typed) {
			t.Errorf("%q became %q", typed, kept.String())
		}
	})
}

func TestSearchRefusalShowsTheReasonAndIsNotRetried(t *testing.T) {
	srv := newServer(t)
	c := newClient(t, srv.URL, Options{})
	_, err := c.Search(context.Background(), Query{Term: "CD19 AND"}, "")
	if err == nil || !strings.Contains(err.Error(), "ends where a term is expected") || strings.Contains(err.Error(), "try again") ||
		!errors.Is(err, ErrRefused) {
		t.Errorf("error %v", err)
	}
	if srv.Requests() != 1 {
		t.Errorf("a refused search was asked %d times", srv.Requests())
	}
}

func TestSearchSendsTheOrder(t *testing.T) {
	srv := newServer(t)
	c := newClient(t, srv.URL, Options{})
	q := Query{Intr: `placebo OR dupilumab OR repaglinide OR "enhanced usual care"`}
	page, err := c.Search(context.Background(), q, "")
	if err != nil {
		t.Fatal(err)
	}
	if got := srv.Queries()[0].Get("sort"); got != "@relevance" {
		t.Errorf("sort %q", got)
	}
	if ids := hitIDs(page.Hits); len(ids) != 3 || ids[2] != "NCT03630471" {
		t.Errorf("by relevance: %v", ids)
	}
	q.Order = ByLastUpdate
	if page, err = c.Search(context.Background(), q, ""); err != nil {
		t.Fatal(err)
	}
	if got := srv.Queries()[1].Get("sort"); got != "LastUpdatePostDate:desc" {
		t.Errorf("sort %q", got)
	}
	if ids := hitIDs(page.Hits); len(ids) != 3 || ids[0] != "NCT02210780" || ids[2] != "NCT00763412" {
		t.Errorf("by last update: %v", ids)
	}
	for text, want := range map[string]Order{"": ByRelevance, "relevance": ByRelevance, " Updated ": ByLastUpdate} {
		if got, err := ParseOrder(text); err != nil || got != want {
			t.Errorf("ParseOrder(%q) = %q, %v", text, got, err)
		}
	}
	if _, err := ParseOrder("newest"); err == nil {
		t.Error("ParseOrder took newest")
	}
}

func TestSearchRefusesABlankQuery(t *testing.T) {
	srv := newServer(t)
	c := newClient(t, srv.URL, Options{})
	for _, q := range []Query{{}, {Cond: "   "}, {Cond: "\t", Term: " ", Intr: "\n"}} {
		if _, err := c.Search(context.Background(), q, ""); !errors.Is(err, ErrNothingToSearch) {
			t.Errorf("%+v: %v", q, err)
		}
	}
	if srv.Requests() != 0 {
		t.Errorf("%d requests", srv.Requests())
	}
	if _, err := c.Search(context.Background(), Query{Cond: "  AML  ", Term: "  "}, ""); err != nil {
		t.Fatal(err)
	}
	if q := srv.Queries()[0]; q.Get("query.cond") != "AML" || q.Has("query.term") {
		t.Errorf("query %v", q)
	}
}

func TestListingKeepsTheTotalOfTheFirstPage(t *testing.T) {
	srv := newServer(t)
	addVariants(t, srv)
	c := newClient(t, srv.URL, Options{})
	l := c.List(Query{Cond: "AML", PageSize: 3})
	var all []Hit
	for l.More() {
		page, err := l.Next(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != 4 {
			t.Errorf("page %d: total %d", len(all)/3+1, page.Total)
		}
		all = append(all, page.Hits...)
	}
	if len(all) != 4 || l.Total() != 4 || l.Stopped() != "" || len(srv.Queries()) != 2 {
		t.Errorf("%d studies of %d in %d requests, stopped %q", len(all), l.Total(), len(srv.Queries()), l.Stopped())
	}
	if srv.Queries()[1].Get("pageToken") == "" {
		t.Error("the second page was asked for without the token")
	}
}

// scripted answers a search with one page per request from pages, each
// {"studies": [IDs…], "nextPageToken": …}, the first with totalCount.
func scripted(t *testing.T, srv *registrytest.Server, pages ...[]string) {
	t.Helper()
	n := 0
	srv.Handle("/studies", func(w http.ResponseWriter, _ *http.Request) {
		if n >= len(pages) {
			t.Errorf("page %d asked for; %d scripted", n+1, len(pages))
			http.Error(w, "no more pages", http.StatusBadRequest)
			return
		}
		ids, token := pages[n][:len(pages[n])-1], pages[n][len(pages[n])-1]
		var studies []string
		for _, id := range ids {
			studies = append(studies, string(srv.Record(id)))
		}
		body := `{"studies": [` + strings.Join(studies, ",") + `]`
		if token != "" {
			body += `, "nextPageToken": "` + token + `"`
		}
		if n == 0 {
			body += fmt.Sprintf(`, "totalCount": %d`, 2)
		}
		n++
		_, _ = w.Write([]byte(body + "}"))
	})
}

func TestListingGoesOnPastAnEmptyPage(t *testing.T) {
	srv := newServer(t)
	scripted(t, srv, []string{"t1"}, []string{"t2"}, []string{seedID, "NCT02210780", ""})
	c := newClient(t, srv.URL, Options{})
	l := c.List(Query{Cond: "x"})
	page, err := l.Next(context.Background())
	if err != nil || len(page.Hits) != 2 || page.Total != 2 || l.More() || srv.Requests() != 3 {
		t.Errorf("%d hits of %d, more %v, %d requests, %v", len(page.Hits), page.Total, l.More(), srv.Requests(), err)
	}
}

func TestListingStopsOnARepeatedPage(t *testing.T) {
	tests := []struct {
		name  string
		pages [][]string
		want  int
		why   string
	}{
		{"the same token again", [][]string{{seedID, "t1"}, {"NCT02210780", "t1"}, {"NCT00763412", "t9"}}, 2, "a page it had sent before"},
		{"nothing new", [][]string{{seedID, "t1"}, {seedID, "t2"}, {"NCT00763412", ""}}, 1, "already listed"},
		{"empty pages without end", [][]string{{"t1"}, {"t2"}, {"t3"}, {"t4"}, {"t5"}, {"t6"}, {"t7"}}, 0, "6 empty pages"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newServer(t)
			scripted(t, srv, tc.pages...)
			c := newClient(t, srv.URL, Options{})
			l := c.List(Query{Cond: "x"})
			var all []Hit
			for i := 0; l.More() && i < 10; i++ {
				page, err := l.Next(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				all = append(all, page.Hits...)
			}
			if len(all) != tc.want || l.More() || !strings.Contains(l.Stopped(), tc.why) {
				t.Errorf("%d studies, more %v, stopped %q", len(all), l.More(), l.Stopped())
			}
		})
	}
}

func TestSearchCachesEachStudyAndThePage(t *testing.T) {
	srv := newServer(t)
	addVariants(t, srv)
	c := newClient(t, srv.URL, Options{})
	q := Query{Cond: "AML", Statuses: DefaultStatuses, PageSize: 2}
	first, err := c.Search(context.Background(), q, "")
	if err != nil || len(first.Hits) != 2 || first.NextPageToken == "" {
		t.Fatalf("first page: %d hits, %v", len(first.Hits), err)
	}
	got := srv.Queries()[0]
	for k, v := range map[string]string{
		"query.cond": "AML", "filter.overallStatus": "RECRUITING,NOT_YET_RECRUITING", "pageSize": "2", "countTotal": "true",
	} {
		if got.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, got.Get(k), v)
		}
	}
	// Every study found is cached: adding it makes no request.
	before := srv.Requests()
	if rec, err := c.Study(context.Background(), first.Hits[1].Trial.NCTID, false); err != nil || !rec.FromCache || srv.Requests() != before {
		t.Errorf("adding a found study: %v, from cache %v", err, rec.FromCache)
	}
	// The same page again, with the server down, comes from the cache.
	srv.Close()
	again, err := c.Search(context.Background(), q, "")
	if err != nil || !again.FromCache || again.Failure == nil || len(again.Hits) != 2 {
		t.Errorf("search with the server down: %v, from cache %v", err, again.FromCache)
	}
}

func TestSearchRefusesBadPages(t *testing.T) {
	srv := newServer(t)
	for body, want := range map[string]string{
		`{"message":"no"}`:             "no \"studies\"",
		`{"studies":[{"hasResults":1}`: "cut short",
		`{"studies":[{"a":1}]}`:        "study 1 of the page could not be read",
		`{"studies":{"a":1}}`:          "it is not a search page (its field studies holds an object where a list belongs)",
	} {
		srv.Handle("/studies", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte(body)) })
		c := newClient(t, srv.URL, Options{})
		_, err := c.Search(context.Background(), Query{Cond: "x"}, "")
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "json:") {
			t.Errorf("%s: %v, want %q", body, err, want)
		}
	}
}

func TestAgeText(t *testing.T) {
	for days, want := range map[float64]string{
		7 * 365.25: "7 years", 365.25: "1 year", 18 * 365.25 / 12: "18 months", 28: "28 days",
	} {
		if got := ageText(days); got != want {
			t.Errorf("ageText(%v) = %q, want %q", days, got, want)
		}
	}
}
