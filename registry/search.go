package registry

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/model/ingest"
)

// DefaultStatuses are the statuses a search asks for unless told otherwise.
var DefaultStatuses = []model.Status{model.StatusRecruiting, model.StatusNotYetRecruiting}

// DefaultPageSize is how many studies one search page asks for.
const DefaultPageSize = 20

// Query is a search of the registry. Empty fields are left out.
type Query struct {
	// Cond is the condition or disease (query.cond).
	Cond string
	// Term is other terms, such as a target (query.term).
	Term string
	// Intr is an intervention (query.intr).
	Intr string
	// AgeDays is the patient's age in days; 0 sets no age filter.
	AgeDays float64
	// Statuses filter the overall status; none means any.
	Statuses []model.Status
	// PageSize is the studies per page; 0 takes DefaultPageSize.
	PageSize int
}

// Params returns the API parameters of the query's page after pageToken
// ("" for the first).
func (q Query) Params(pageToken string) url.Values {
	v := url.Values{}
	set := func(key, value string) {
		if value = strings.TrimSpace(value); value != "" {
			v.Set(key, value)
		}
	}
	set("query.cond", q.Cond)
	set("query.term", q.Term)
	set("query.intr", q.Intr)
	statuses := make([]string, 0, len(q.Statuses))
	for _, s := range q.Statuses {
		statuses = append(statuses, string(s))
	}
	set("filter.overallStatus", strings.Join(statuses, ","))
	if q.AgeDays > 0 {
		age := ageText(q.AgeDays)
		v.Set("filter.advanced", fmt.Sprintf("AREA[MinimumAge]RANGE[MIN, %s] AND AREA[MaximumAge]RANGE[%s, MAX]", age, age))
	}
	size := q.PageSize
	if size <= 0 {
		size = DefaultPageSize
	}
	v.Set("pageSize", strconv.Itoa(size))
	v.Set("countTotal", "true")
	set("pageToken", pageToken)
	return v
}

// ageText writes an age in days in the largest unit that states it whole:
// "7 years", "18 months", "28 days".
func ageText(days float64) string {
	years := days / 365.25
	if r := math.Round(years); r >= 1 && math.Abs(years-r) < 1e-6 {
		return plural(int(r), "year")
	}
	months := days / (365.25 / 12)
	if r := math.Round(months); r >= 1 && math.Abs(months-r) < 1e-6 {
		return plural(int(r), "month")
	}
	return plural(int(math.Round(days)), "day")
}

// Hit is one study of a search page.
type Hit struct {
	Trial model.Trial
	// Body is the study's JSON as served.
	Body []byte
}

// Page is one page of search results.
type Page struct {
	Hits []Hit
	// Total is the number of studies that match, or -1 when not stated.
	Total int
	// NextPageToken asks for the next page; "" on the last.
	NextPageToken string
	Fetched       time.Time
	FromCache     bool
	// Failure is why the cached copy was used after a request failed.
	Failure error
}

// Search fetches one page of a search, keeps each study in the cache so
// that adding it needs no second request, and falls back to a cached copy
// of the same page when the request fails or the client is offline.
func (c *Client) Search(ctx context.Context, q Query, pageToken string) (Page, error) {
	params := q.Params(pageToken)
	key := params.Encode()
	body, err := c.get(ctx, "/studies", params)
	var page Page
	if err == nil {
		page, err = pageOf(body)
	}
	if err == nil {
		page.Fetched = c.now()
		for _, h := range page.Hits {
			if perr := c.cache.PutStudy(h.Trial.NCTID, h.Body, page.Fetched); perr != nil {
				page.Failure = perr
			}
		}
		if perr := c.cache.putSearch(key, body, page.Fetched); perr != nil {
			page.Failure = perr
		}
		return page, nil
	}
	if errors.Is(err, context.Canceled) {
		return Page{}, err
	}
	cached, fetched, ok, cacheErr := c.cache.search(key)
	if !ok {
		if errors.Is(err, ErrOffline) {
			return Page{}, errors.New("TrialCompare is set to work offline, and this search was never made; turn off offline mode to search")
		}
		return Page{}, errors.Join(err, cacheErr)
	}
	page, perr := pageOf(cached)
	if perr != nil {
		return Page{}, fmt.Errorf("%w; the cached copy of this search is damaged (%w)", err, perr)
	}
	page.Fetched, page.FromCache = fetched, true
	if !errors.Is(err, ErrOffline) {
		page.Failure = err
	}
	return page, nil
}

// pageOf reads a search page, {"studies": [...], "nextPageToken": ...,
// "totalCount": N}.
func pageOf(body []byte) (Page, error) {
	var raw struct {
		Studies       *[]json.RawMessage `json:"studies"`
		NextPageToken string             `json:"nextPageToken"`
		TotalCount    *int               `json:"totalCount"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return Page{}, fmt.Errorf("%w: it is not a search page (%v)", ErrBadAnswer, err)
	}
	if raw.Studies == nil {
		return Page{}, fmt.Errorf("%w: it is not a search page (no \"studies\")", ErrBadAnswer)
	}
	page := Page{Total: -1, NextPageToken: raw.NextPageToken}
	if raw.TotalCount != nil {
		page.Total = *raw.TotalCount
	}
	for i, study := range *raw.Studies {
		res := ingest.Read(fmt.Sprintf("study %d of the search page", i+1), study)
		if res.Err != nil || len(res.Trials) != 1 || !ValidNCTID(res.Trials[0].NCTID) {
			return Page{}, fmt.Errorf("%w: study %d of the page could not be read (%v)", ErrBadAnswer, i+1, res.Err)
		}
		page.Hits = append(page.Hits, Hit{Trial: res.Trials[0], Body: []byte(study)})
	}
	return page, nil
}
