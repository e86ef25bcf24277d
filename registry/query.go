package registry

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// DefaultStatuses are the statuses a search asks for unless told otherwise.
var DefaultStatuses = []model.Status{model.StatusRecruiting, model.StatusNotYetRecruiting}

// DefaultPageSize is how many studies one search page asks for.
const DefaultPageSize = 20

// MaxPageSize is the most studies the API sends on one page.
const MaxPageSize = 1000

// ErrNothingToSearch: every search field is empty or blank.
var ErrNothingToSearch = errors.New("there is nothing to search: give a condition, other terms or an intervention")

// Order is how a search lists its studies.
type Order string

// The orders a search offers.
const (
	// ByRelevance lists the studies that match best first.
	ByRelevance Order = "relevance"
	// ByLastUpdate lists the studies updated most recently first.
	ByLastUpdate Order = "updated"
)

// ParseOrder reads "relevance" or "updated"; "" is relevance.
func ParseOrder(text string) (Order, error) {
	switch o := Order(strings.ToLower(strings.TrimSpace(text))); o {
	case "", ByRelevance:
		return ByRelevance, nil
	case ByLastUpdate:
		return o, nil
	}
	return "", fmt.Errorf("%q is not an order; use relevance or updated", text)
}

// param is the order as the API's sort parameter says it: the API lists
// studies in no order at all unless asked.
func (o Order) param() string {
	if o == ByLastUpdate {
		return "LastUpdatePostDate:desc"
	}
	return "@relevance"
}

// Query is a search of the registry. Fields are trimmed; empty ones are
// left out.
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
	// Order is how the studies are listed; "" is ByRelevance.
	Order Order
	// PageSize is the studies per page; 0 takes DefaultPageSize, and more
	// than MaxPageSize is brought down to it.
	PageSize int
}

// Empty reports whether the query has nothing to search: every text field
// empty or blank.
func (q Query) Empty() bool {
	return strings.TrimSpace(q.Cond) == "" && strings.TrimSpace(q.Term) == "" && strings.TrimSpace(q.Intr) == ""
}

// Params returns the API parameters of the query's page after pageToken
// ("" for the first). What the user typed is escaped (essieText).
func (q Query) Params(pageToken string) url.Values {
	v := url.Values{}
	set := func(key, value string) {
		if value = strings.TrimSpace(value); value != "" {
			v.Set(key, value)
		}
	}
	set("query.cond", essieText(q.Cond))
	set("query.term", essieText(q.Term))
	set("query.intr", essieText(q.Intr))
	statuses := make([]string, 0, len(q.Statuses))
	for _, s := range q.Statuses {
		statuses = append(statuses, string(s))
	}
	set("filter.overallStatus", strings.Join(statuses, ","))
	if q.AgeDays > 0 {
		v.Set("filter.advanced", ageFilter(q.AgeDays))
	}
	v.Set("sort", q.Order.param())
	size := q.PageSize
	if size <= 0 {
		size = DefaultPageSize
	}
	v.Set("pageSize", strconv.Itoa(min(size, MaxPageSize)))
	v.Set("countTotal", "true")
	set("pageToken", pageToken)
	return v
}

// ageFilter is the Essie expression for studies open to a patient of an
// age: the minimum at or below it or not stated, and the maximum at or
// above it or not stated. A RANGE matches only studies that state the
// bound, so a study "1 year and older" or "up to 21 years" needs MISSING
// to be found; one that states no age at all is found too, as the fit
// screen would call it possible.
func ageFilter(days float64) string {
	age := ageText(days)
	return fmt.Sprintf("(AREA[MinimumAge]RANGE[MIN, %s] OR AREA[MinimumAge]MISSING) AND "+
		"(AREA[MaximumAge]RANGE[%s, MAX] OR AREA[MaximumAge]MISSING)", age, age)
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
