// Package registrytest serves recorded ClinicalTrials.gov API v2 answers
// from a local httptest server, for tests of the registry client and of
// the app. It listens on 127.0.0.1 only.
package registrytest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// Server is a local stand-in for the API: GET /studies/{nctId} serves a
// recorded study, GET /studies a search page over all of them in NCT ID
// order, in the API's {"studies": [...], "nextPageToken": ...} shape.
type Server struct {
	*httptest.Server
	records map[string][]byte
	ids     []string

	mu        sync.Mutex
	overrides map[string]http.HandlerFunc
	queries   []url.Values
	agents    []string
	requests  atomic.Int64
}

// New starts a server with the study records (*.json) of the given folders,
// and closes it when the test ends. A missing folder skips the test.
func New(tb testing.TB, dirs ...string) *Server {
	tb.Helper()
	s := &Server{records: map[string][]byte{}, overrides: map[string]http.HandlerFunc{}}
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
			s.records[strings.TrimSuffix(filepath.Base(p), ".json")] = body
		}
	}
	for id := range s.records {
		s.ids = append(s.ids, id)
	}
	slices.Sort(s.ids)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	tb.Cleanup(s.Close)
	return s
}

// Record returns a recorded study's body.
func (s *Server) Record(id string) []byte { return s.records[id] }

// IDs returns the recorded studies' NCT IDs in order.
func (s *Server) IDs() []string { return slices.Clone(s.ids) }

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
	if r.URL.Path == "/studies" {
		s.queries = append(s.queries, r.URL.Query())
	}
	h := s.overrides[r.URL.Path]
	s.mu.Unlock()
	if h != nil {
		h(w, r)
		return
	}
	if r.URL.Path == "/studies" {
		s.search(w, r)
		return
	}
	id, ok := strings.CutPrefix(r.URL.Path, "/studies/")
	body, found := s.records[id]
	if !ok || !found {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprintf(w, `{"message":"NCT number %s not found"}`, id)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(body)
}

// search serves the recorded studies page by page; the page token is the
// index of the page's first study.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	size, _ := strconv.Atoi(q.Get("pageSize"))
	if size <= 0 {
		size = 10
	}
	start := 0
	if token := q.Get("pageToken"); token != "" {
		var err error
		if start, err = strconv.Atoi(token); err != nil || start < 0 || start > len(s.ids) {
			http.Error(w, `{"message":"bad pageToken"}`, http.StatusBadRequest)
			return
		}
	}
	end := min(start+size, len(s.ids))
	page := map[string]any{}
	studies := []json.RawMessage{}
	for _, id := range s.ids[start:end] {
		studies = append(studies, s.records[id])
	}
	page["studies"] = studies
	if end < len(s.ids) {
		page["nextPageToken"] = strconv.Itoa(end)
	}
	if q.Get("countTotal") == "true" {
		page["totalCount"] = len(s.ids)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(page)
}
