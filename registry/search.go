package registry

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/trialcompare/trialcompare/model"
)

// Hit is one study of a search page.
type Hit struct {
	Trial model.Trial
	// Body is the study's JSON as served.
	Body []byte
}

// Page is one page of search results.
type Page struct {
	Hits []Hit
	// Total is the number of studies that match, or -1 when not stated:
	// the API states it on the first page only.
	Total int
	// NextPageToken asks for the next page; "" on the last.
	NextPageToken string
	Fetched       time.Time
	FromCache     bool
	// Failure is why the cached copy was used after a request failed.
	Failure error
	// NotSaved is why the studies or the page could not be kept in the
	// cache, or nil.
	NotSaved error
}

// Search fetches one page of a search, keeps each study in the cache so
// that adding it needs no second request, and falls back to a cached copy
// of the same page when the request fails or the client is offline. A
// query with nothing to search is refused with ErrNothingToSearch; a
// search ClinicalTrials.gov refuses (a 400 with its reason) is not looked
// up in the cache.
func (c *Client) Search(ctx context.Context, q Query, pageToken string) (Page, error) {
	if q.Empty() {
		return Page{}, ErrNothingToSearch
	}
	params := q.Params(pageToken)
	key := params.Encode()
	a, err := c.get(ctx, "/studies", params)
	var page Page
	if err == nil {
		page, err = pageOf(a.body)
	}
	if err == nil {
		page.Fetched = c.now()
		var saveErrs []error
		for _, h := range page.Hits {
			saveErrs = append(saveErrs, c.cache.PutStudy(h.Trial.NCTID, h.Body, page.Fetched))
		}
		saveErrs = append(saveErrs, c.cache.putSearch(key, a.body, page.Fetched))
		page.NotSaved = c.cache.notSaved(errors.Join(saveErrs...))
		return page, nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, ErrRefused) {
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
		return Page{}, fmt.Errorf("%w; the cached copy of this search is damaged too (%w)", err, perr)
	}
	page.Fetched, page.FromCache = fetched, true
	if !errors.Is(err, ErrOffline) {
		page.Failure = err
	}
	return page, nil
}

// pageOf reads a search page, {"studies": [...], "nextPageToken": ...,
// "totalCount": N}. Each study is read from its own bytes, which are what
// the cache keeps, and must be one study with an NCT ID.
func pageOf(body []byte) (Page, error) {
	var raw struct {
		Studies       *[]json.RawMessage `json:"studies"`
		NextPageToken string             `json:"nextPageToken"`
		TotalCount    *int               `json:"totalCount"`
	}
	if err := json.Unmarshal(body, &raw); err != nil {
		return Page{}, plain(err, "%v: it is not a search page (%s)", ErrBadAnswer, jsonWords(err))
	}
	if raw.Studies == nil {
		return Page{}, fmt.Errorf("%w: it is not a search page (no \"studies\")", ErrBadAnswer)
	}
	page := Page{Total: -1, NextPageToken: raw.NextPageToken}
	if raw.TotalCount != nil {
		page.Total = *raw.TotalCount
	}
	for i, study := range *raw.Studies {
		t, err := readStudy(fmt.Sprintf("study %d of the search page", i+1), study)
		if err != nil {
			return Page{}, fmt.Errorf("%w: study %d of the page could not be read (%w)", ErrBadAnswer, i+1, err)
		}
		page.Hits = append(page.Hits, Hit{Trial: t, Body: []byte(study)})
	}
	return page, nil
}

// jsonWords words a JSON decoding error without Go's own wording.
func jsonWords(err error) string {
	var syntax *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("the JSON is malformed at byte %d", syntax.Offset)
	case errors.As(err, &typeErr):
		where := "it holds"
		if typeErr.Field != "" {
			where = "its field " + typeErr.Field + " holds"
		}
		value, _, _ := strings.Cut(typeErr.Value, " ")
		return fmt.Sprintf("%s %s where %s belongs", where, jsonValueWords[value], goKindWords(typeErr.Type))
	}
	return "the JSON could not be read"
}

// jsonValueWords name the kinds of JSON value.
var jsonValueWords = map[string]string{
	"object": "an object", "array": "a list", "string": "text", "number": "a number", "bool": "true or false",
}

// goKindWords names the kind of JSON value a Go type reads.
func goKindWords(t reflect.Type) string {
	if t == nil {
		return "another kind of value"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8,
		reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "another kind of value"
}
