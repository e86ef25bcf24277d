package registrytest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The page sizes of GET /studies, as the specification states them.
const (
	defaultPageSize = 10
	maxPageSize     = 1000
)

// searchParams are the parameters GET /studies takes; the server refuses
// any other, so that a misspelt one fails a test instead of being ignored.
var searchParams = map[string]bool{
	"format": true, "markupFormat": true, "query.cond": true, "query.term": true, "query.intr": true,
	"filter.overallStatus": true, "filter.ids": true, "filter.advanced": true, "sort": true,
	"countTotal": true, "pageSize": true, "pageToken": true,
}

// queryAreas are the default search areas of the query parameters.
var queryAreas = []struct{ param, area string }{
	{"query.cond", "ConditionSearch"}, {"query.term", "BasicSearch"}, {"query.intr", "InterventionSearch"},
	{"filter.advanced", "BasicSearch"},
}

// statuses are the values of filter.overallStatus.
var statuses = []string{
	"ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "RECRUITING",
	"SUSPENDED", "TERMINATED", "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE",
	"APPROVED_FOR_MARKETING", "WITHHELD", "UNKNOWN",
}

var nctIDForm = regexp.MustCompile(`^(NCT|nct)\d{8}$`)

// badRequest answers 400 with a plain-text reason, as the API does, its
// first letter in capitals.
func badRequest(w http.ResponseWriter, format string, args ...any) {
	text := fmt.Sprintf(format, args...)
	if text != "" {
		text = strings.ToUpper(text[:1]) + text[1:]
	}
	plainText(w, http.StatusBadRequest, text)
}

// plainText answers with a text/plain body.
func plainText(w http.ResponseWriter, code int, text string) {
	w.Header().Set("Content-Type", "text/plain;charset=UTF-8")
	w.WriteHeader(code)
	_, _ = w.Write([]byte(text))
}

// list splits a comma- or pipe-separated parameter.
func list(value string) []string {
	return strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == '|' })
}

// hit is a record that matches, with its relevance.
type hit struct {
	rec   *record
	score int
}

// search answers GET /studies: the records that match every query and
// filter, in no order unless sort asks for one, page by page.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for name := range q {
		if !searchParams[name] {
			badRequest(w, "Unknown parameter `%s`", name)
			return
		}
	}
	if f := q.Get("format"); f != "" && f != "json" {
		badRequest(w, "The test server serves format=json only")
		return
	}
	size, err := pageSize(q.Get("pageSize"))
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	hits, err := s.matches(q)
	if err != nil {
		badRequest(w, "%v", err)
		return
	}
	if err := sortHits(hits, q.Get("sort")); err != nil {
		badRequest(w, "%v", err)
		return
	}
	key := pagingKey(q)
	start := 0
	if token := q.Get("pageToken"); token != "" {
		s.mu.Lock()
		p, ok := s.tokens[token]
		s.mu.Unlock()
		if !ok {
			badRequest(w, "Invalid pageToken")
			return
		}
		if p.key != key {
			badRequest(w, "The pageToken was issued for other parameters; a next page must be asked for with the same parameters as the first")
			return
		}
		start = p.offset
	}
	start = min(start, len(hits))
	end := min(start+size, len(hits))
	studies := make([]json.RawMessage, 0, end-start)
	for _, h := range hits[start:end] {
		studies = append(studies, h.rec.body)
	}
	page := map[string]any{"studies": studies}
	if end < len(hits) {
		page["nextPageToken"] = s.issueToken(key, end)
	}
	if q.Get("countTotal") == "true" && q.Get("pageToken") == "" {
		page["totalCount"] = len(hits)
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(page)
}

// pageSize reads pageSize: empty or 0 takes the default, more than
// maxPageSize is brought down to it.
func pageSize(value string) (int, error) {
	if value == "" {
		return defaultPageSize, nil
	}
	n, err := strconv.Atoi(value)
	switch {
	case err != nil || n < 0:
		return 0, fmt.Errorf("parameter `pageSize` must be a whole number of 0 or more")
	case n == 0:
		return defaultPageSize, nil
	}
	return min(n, maxPageSize), nil
}

// matches returns the records that match every query and filter, in the
// server's stable but scrambled order.
func (s *Server) matches(q url.Values) ([]hit, error) {
	var exprs []expr
	for _, qa := range queryAreas {
		if !q.Has(qa.param) {
			continue
		}
		e, err := parseEssie(q.Get(qa.param), qa.area)
		if err != nil {
			return nil, fmt.Errorf("parameter `%s` is not a valid search expression: %v", qa.param, err)
		}
		exprs = append(exprs, e)
	}
	var wantStatus, wantIDs []string
	for _, st := range list(q.Get("filter.overallStatus")) {
		if !slices.Contains(statuses, st) {
			return nil, fmt.Errorf("parameter `filter.overallStatus` has an unknown status %q", st)
		}
		wantStatus = append(wantStatus, st)
	}
	for _, id := range list(q.Get("filter.ids")) {
		if !nctIDForm.MatchString(id) {
			return nil, fmt.Errorf("parameter `filter.ids` has incorrect format: %q", id)
		}
		wantIDs = append(wantIDs, strings.ToUpper(id))
	}
	s.mu.Lock()
	order := slices.Clone(s.order)
	s.mu.Unlock()
	var hits []hit
	for _, rec := range order {
		if len(wantStatus) > 0 && !slices.Contains(wantStatus, rec.areas["OverallStatus"][0]) ||
			len(wantIDs) > 0 && !slices.Contains(wantIDs, rec.id) {
			continue
		}
		score, ok := 0, true
		for _, e := range exprs {
			m, sc := e.match(rec)
			ok = ok && m
			score += sc
		}
		if ok {
			hits = append(hits, hit{rec, score})
		}
	}
	return hits, nil
}

// sortHits orders the hits as sort asks: @relevance (most relevant first
// unless :asc) and LastUpdatePostDate (newest first unless :asc), at most
// two of them; studies without the date come last. Without sort the
// order stays as it is.
func sortHits(hits []hit, sort string) error {
	items := list(sort)
	if len(items) > 2 {
		return fmt.Errorf("parameter `sort` takes at most 2 items")
	}
	var cmps []func(a, b hit) int
	for _, item := range items {
		field, dir, _ := strings.Cut(item, ":")
		if dir != "" && dir != "asc" && dir != "desc" {
			return fmt.Errorf("parameter `sort` has an unknown direction %q", dir)
		}
		sign := -1
		if dir == "asc" {
			sign = 1
		}
		switch field {
		case "@relevance":
			cmps = append(cmps, func(a, b hit) int { return sign * (a.score - b.score) })
		case "LastUpdatePostDate":
			cmps = append(cmps, func(a, b hit) int {
				switch x, y := a.rec.lastUpdate, b.rec.lastUpdate; {
				case x == y:
					return 0
				case x == "":
					return 1
				case y == "":
					return -1
				}
				return sign * strings.Compare(a.rec.lastUpdate, b.rec.lastUpdate)
			})
		default:
			return fmt.Errorf("parameter `sort`: the test server sorts by @relevance and LastUpdatePostDate only, not %q", field)
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		for _, c := range cmps {
			if d := c(a, b); d != 0 {
				return d
			}
		}
		return 0
	})
	return nil
}

// pagingKey is what a next page's parameters must repeat: all but
// countTotal, pageSize and pageToken.
func pagingKey(q url.Values) string {
	k := url.Values{}
	for name, v := range q {
		if name != "countTotal" && name != "pageSize" && name != "pageToken" {
			k[name] = v
		}
	}
	return k.Encode()
}

// pagePosition is where an issued page token points.
type pagePosition struct {
	key    string
	offset int
}

// issueToken returns an opaque token for the page at offset of a search.
func (s *Server) issueToken(key string, offset int) string {
	sum := sha256.Sum256([]byte(s.salt + "\x00" + key + "\x00" + strconv.Itoa(offset)))
	token := hex.EncodeToString(sum[:12])
	s.mu.Lock()
	defer s.mu.Unlock()
	s.tokens[token] = pagePosition{key, offset}
	return token
}
