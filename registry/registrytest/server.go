// Package registrytest serves recorded ClinicalTrials.gov API v2 answers
// from a local httptest server, for tests of the registry client and of
// the app. It listens on 127.0.0.1 only, and behaves as the API v2
// specification (ctg-oas-v2.yaml) says the real service does: search
// pages in no order unless sort is asked for, totalCount on the first page
// only, opaque page tokens good only for the parameters they were issued
// for, text/plain 400 and 404 answers, and a 301 from an alias NCT ID to
// the study's current one.
package registrytest

import (
	"fmt"
	"hash/fnv"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// Server is a local stand-in for the API: GET /studies/{nctId} serves a
// recorded study, GET /studies searches them.
type Server struct {
	*httptest.Server
	// salt makes the page tokens of one server differ from another's.
	salt string

	mu sync.Mutex
	// records holds each study by its current NCT ID; aliases maps an
	// alias to its current ID; order is the stable but scrambled order
	// in which a search without sort lists them.
	records   map[string]*record
	aliases   map[string]string
	order     []*record
	tokens    map[string]pagePosition
	overrides map[string]http.HandlerFunc
	queries   []url.Values
	paths     []string
	agents    []string
	requests  atomic.Int64
}

// New starts a server with the study records (NCT*.json) of the given
// folders, and closes it when the test ends. A missing folder skips the
// test.
func New(tb testing.TB, dirs ...string) *Server {
	tb.Helper()
	s := &Server{
		salt:    tb.Name(),
		records: map[string]*record{}, aliases: map[string]string{},
		tokens: map[string]pagePosition{}, overrides: map[string]http.HandlerFunc{},
	}
	for _, dir := range dirs {
		paths, err := filepath.Glob(filepath.Join(dir, "NCT*.json"))
		if err != nil || len(paths) == 0 {
			tb.Skipf("no recorded studies in %s", dir)
		}
		for _, p := range paths {
			body, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			s.Add(tb, body)
		}
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

// Add serves one more study, or a new version of one already served.
func (s *Server) Add(tb testing.TB, body []byte) {
	tb.Helper()
	rec, err := newRecord(body)
	if err != nil {
		tb.Fatalf("registrytest: %v", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.records[rec.id] = rec
	for _, a := range rec.aliases {
		s.aliases[strings.ToUpper(a)] = rec.id
	}
	s.order = s.order[:0]
	for _, r := range s.records {
		s.order = append(s.order, r)
	}
	slices.SortFunc(s.order, func(a, b *record) int { return scrambled(a.id) - scrambled(b.id) })
}

// AddAlias makes alias an old NCT ID of the study id: the study's record
// lists it in identificationModule.nctIdAliases, and GET /studies/{alias}
// answers 301 to the study.
func (s *Server) AddAlias(tb testing.TB, id, alias string) {
	tb.Helper()
	body := Variant(tb, s.Record(id), id, func(protocol map[string]any) {
		ident := protocol["identificationModule"].(map[string]any)
		aliases, _ := ident["nctIdAliases"].([]any)
		ident["nctIdAliases"] = append(aliases, alias)
	})
	s.Add(tb, body)
}

// scrambled orders studies the way a search without sort lists them:
// stable, and neither by ID nor as the files are named.
func scrambled(id string) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte("order:" + id))
	return int(h.Sum32() >> 1)
}

// Record returns a served study's body.
func (s *Server) Record(id string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r := s.records[id]; r != nil {
		return r.body
	}
	return nil
}

// IDs returns the served studies' NCT IDs, sorted.
func (s *Server) IDs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	ids := make([]string, 0, len(s.records))
	for id := range s.records {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Handle makes the server answer requests for one path ("/studies/NCT…"
// or "/studies") with h instead.
func (s *Server) Handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.overrides[path] = h
}

// Requests returns how many requests the server has had.
func (s *Server) Requests() int { return int(s.requests.Load()) }

// Queries returns the query parameters of every search request so far.
func (s *Server) Queries() []url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.queries)
}

// Paths returns the path of every request so far.
func (s *Server) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.paths)
}

// UserAgents returns the User-Agent of every request so far.
func (s *Server) UserAgents() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.agents)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.requests.Add(1)
	s.mu.Lock()
	s.agents = append(s.agents, r.UserAgent())
	s.paths = append(s.paths, r.URL.Path)
	if r.URL.Path == "/studies" {
		s.queries = append(s.queries, r.URL.Query())
	}
	h := s.overrides[r.URL.Path]
	s.mu.Unlock()
	switch {
	case h != nil:
		h(w, r)
	case r.Method != http.MethodGet:
		plainText(w, http.StatusMethodNotAllowed, "Method not allowed")
	case r.URL.Path == "/studies":
		s.search(w, r)
	case strings.HasPrefix(r.URL.Path, "/studies/"):
		s.study(w, r)
	default:
		plainText(w, http.StatusNotFound, "Not found")
	}
}

// study answers GET /studies/{nctId}: the study, a 301 from an alias to
// its current ID, a 404 for an ID it does not have, or a 400 for a text
// that is not an NCT ID.
func (s *Server) study(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimPrefix(r.URL.Path, "/studies/")
	if !nctIDForm.MatchString(id) {
		badRequest(w, "Parameter `nctId` has incorrect format")
		return
	}
	id = strings.ToUpper(id)
	s.mu.Lock()
	rec, current := s.records[id], s.aliases[id]
	s.mu.Unlock()
	switch {
	case rec != nil:
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(rec.body)
	case current != "":
		to := "/studies/" + current
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, to, http.StatusMovedPermanently)
	default:
		plainText(w, http.StatusNotFound, fmt.Sprintf("NCT number %s not found", id))
	}
}
