package registrytest

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// record is one served study and the fields the search reads from it.
type record struct {
	id      string
	aliases []string
	body    []byte
	// areas holds each search area's texts: "Condition", "Keyword",
	// "BriefTitle", "OfficialTitle", "Acronym", "InterventionName",
	// "OverallStatus", "NCTId", "NCTIdAlias".
	areas map[string][]string
	// minAge and maxAge are in days; has* is false when the record states
	// no such bound.
	minAge, maxAge       float64
	hasMinAge, hasMaxAge bool
	// lastUpdate is lastUpdatePostDateStruct.date, "" when not stated.
	lastUpdate string
}

// studyFields is the part of an API v2 study the server reads.
type studyFields struct {
	ProtocolSection struct {
		IdentificationModule struct {
			NCTID         string   `json:"nctId"`
			NCTIDAliases  []string `json:"nctIdAliases"`
			BriefTitle    string   `json:"briefTitle"`
			OfficialTitle string   `json:"officialTitle"`
			Acronym       string   `json:"acronym"`
		} `json:"identificationModule"`
		StatusModule struct {
			OverallStatus            string `json:"overallStatus"`
			LastUpdatePostDateStruct struct {
				Date string `json:"date"`
			} `json:"lastUpdatePostDateStruct"`
		} `json:"statusModule"`
		ConditionsModule struct {
			Conditions []string `json:"conditions"`
			Keywords   []string `json:"keywords"`
		} `json:"conditionsModule"`
		ArmsInterventionsModule struct {
			Interventions []struct {
				Name       string   `json:"name"`
				OtherNames []string `json:"otherNames"`
			} `json:"interventions"`
		} `json:"armsInterventionsModule"`
		EligibilityModule struct {
			MinimumAge string `json:"minimumAge"`
			MaximumAge string `json:"maximumAge"`
		} `json:"eligibilityModule"`
	} `json:"protocolSection"`
}

// newRecord reads the fields the search needs from a study's JSON.
func newRecord(body []byte) (*record, error) {
	var s studyFields
	if err := json.Unmarshal(body, &s); err != nil {
		return nil, fmt.Errorf("not a study: %w", err)
	}
	p := &s.ProtocolSection
	id := p.IdentificationModule
	if id.NCTID == "" {
		return nil, fmt.Errorf("no nctId")
	}
	r := &record{id: id.NCTID, aliases: id.NCTIDAliases, body: body, lastUpdate: p.StatusModule.LastUpdatePostDateStruct.Date}
	var interventions []string
	for _, in := range p.ArmsInterventionsModule.Interventions {
		interventions = append(interventions, in.Name)
		interventions = append(interventions, in.OtherNames...)
	}
	r.areas = map[string][]string{
		"NCTId": {id.NCTID}, "NCTIdAlias": id.NCTIDAliases,
		"BriefTitle": {id.BriefTitle}, "OfficialTitle": {id.OfficialTitle}, "Acronym": {id.Acronym},
		"Condition": p.ConditionsModule.Conditions, "Keyword": p.ConditionsModule.Keywords,
		"InterventionName": interventions, "OverallStatus": {p.StatusModule.OverallStatus},
	}
	var err error
	if r.minAge, r.hasMinAge, err = recordAge(p.EligibilityModule.MinimumAge); err != nil {
		return nil, fmt.Errorf("minimumAge: %w", err)
	}
	if r.maxAge, r.hasMaxAge, err = recordAge(p.EligibilityModule.MaximumAge); err != nil {
		return nil, fmt.Errorf("maximumAge: %w", err)
	}
	return r, nil
}

// searchAreas are the areas each default search area reads.
var searchAreas = map[string][]string{
	"ConditionSearch":    {"Condition", "Keyword", "BriefTitle", "OfficialTitle", "Acronym"},
	"InterventionSearch": {"InterventionName"},
	"BasicSearch":        {"Condition", "Keyword", "BriefTitle", "OfficialTitle", "Acronym", "InterventionName", "NCTId", "NCTIdAlias"},
}

// texts returns the texts of an area or a search area; ok is false for an
// area the server does not know.
func (r *record) texts(area string) (texts []string, ok bool) {
	if parts, isSearch := searchAreas[area]; isSearch {
		for _, a := range parts {
			texts = append(texts, r.areas[a]...)
		}
		return texts, true
	}
	texts, ok = r.areas[area]
	return texts, ok
}

// knownArea reports whether the evaluator can search an area.
func knownArea(area string) bool {
	if _, ok := searchAreas[area]; ok {
		return true
	}
	switch area {
	case "MinimumAge", "MaximumAge", "NCTId", "NCTIdAlias", "BriefTitle", "OfficialTitle", "Acronym",
		"Condition", "Keyword", "InterventionName", "OverallStatus":
		return true
	}
	return false
}

// ageUnits are the units of an age in days.
var ageUnits = map[string]float64{
	"year": 365.25, "month": 365.25 / 12, "week": 7, "day": 1, "hour": 1.0 / 24, "minute": 1.0 / 1440,
}

// recordAge reads a record's age, "18 Years"; "" states none.
func recordAge(text string) (days float64, ok bool, err error) {
	if strings.TrimSpace(text) == "" {
		return 0, false, nil
	}
	days, err = parseAge(text)
	return days, err == nil, err
}

// parseAge reads "7 years", "18 Months", "1 Day" in days.
func parseAge(text string) (float64, error) {
	fields := strings.Fields(text)
	if len(fields) != 2 {
		return 0, fmt.Errorf("%q is not an age with its unit", text)
	}
	n, err := strconv.ParseFloat(fields[0], 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q is not an age with its unit", text)
	}
	unit := strings.TrimSuffix(strings.ToLower(fields[1]), "s")
	perUnit, ok := ageUnits[unit]
	if !ok {
		return 0, fmt.Errorf("%q has no unit of age (years, months, weeks, days, hours, minutes)", text)
	}
	return n * perUnit, nil
}
