package ingest

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

var xmlStudyStart = regexp.MustCompile(`^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<clinical_study[\s>]`)

// isCTGovXML reports whether text is a legacy clinical_study XML record.
func isCTGovXML(text string) bool { return xmlStudyStart.MatchString(text) }

type xmlText struct {
	Text string `xml:"textblock"`
}

// xmlTyped is an element's text with its type attribute ("Actual",
// "Anticipated", "Estimate").
type xmlTyped struct {
	Text string `xml:",chardata"`
	Type string `xml:"type,attr"`
}

// snippet renders the element as the record writes it.
func (e xmlTyped) snippet(tag string) string {
	attr := ""
	if e.Type != "" {
		attr = ` type="` + e.Type + `"`
	}
	return "<" + tag + attr + ">" + strings.TrimSpace(e.Text) + "</" + tag + ">"
}

// xmlStudy is the part of a legacy clinical_study record that is read.
type xmlStudy struct {
	NCTID         string   `xml:"id_info>nct_id"`
	BriefTitle    string   `xml:"brief_title"`
	OfficialTitle string   `xml:"official_title"`
	Acronym       string   `xml:"acronym"`
	LeadSponsor   string   `xml:"sponsors>lead_sponsor>agency"`
	BriefSummary  xmlText  `xml:"brief_summary"`
	OverallStatus string   `xml:"overall_status"`
	StartDate     xmlTyped `xml:"start_date"`
	PrimaryEnd    xmlTyped `xml:"primary_completion_date"`
	Completion    xmlTyped `xml:"completion_date"`
	FirstPosted   xmlTyped `xml:"study_first_posted"`
	LastUpdate    xmlTyped `xml:"last_update_posted"`
	Verified      xmlTyped `xml:"verification_date"`
	Phase         string   `xml:"phase"`
	Enrollment    xmlTyped `xml:"enrollment"`
	Condition     []string `xml:"condition"`
	Interventions []struct {
		Type        string   `xml:"intervention_type"`
		Name        string   `xml:"intervention_name"`
		Description string   `xml:"description"`
		OtherNames  []string `xml:"other_name"`
	} `xml:"intervention"`
	Arms []struct {
		Label       string `xml:"arm_group_label"`
		Description string `xml:"description"`
	} `xml:"arm_group"`
	Eligibility struct {
		Criteria   xmlText `xml:"criteria"`
		Gender     string  `xml:"gender"`
		MinimumAge string  `xml:"minimum_age"`
		MaximumAge string  `xml:"maximum_age"`
	} `xml:"eligibility"`
	Primary []struct {
		Measure   string `xml:"measure"`
		TimeFrame string `xml:"time_frame"`
	} `xml:"primary_outcome"`
	Secondary []struct {
		Measure   string `xml:"measure"`
		TimeFrame string `xml:"time_frame"`
	} `xml:"secondary_outcome"`
	Locations []struct {
		Facility string `xml:"facility>name"`
		City     string `xml:"facility>address>city"`
		Country  string `xml:"facility>address>country"`
		Status   string `xml:"status"`
	} `xml:"location"`
}

// readCTGovXML reads a legacy clinical_study XML record.
func readCTGovXML(text string) ([]model.Trial, error) {
	var s xmlStudy
	dec := xml.NewDecoder(strings.NewReader(text))
	// The bytes are already decoded to UTF-8, whatever the declaration says.
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	if err := dec.Decode(&s); err != nil {
		return nil, xmlProblem(err)
	}
	var t model.Trial
	note := func(f model.Field, tag, value string) {
		if value != "" {
			t.Note(f, "<"+tag+">"+value+"</"+tag+">")
		}
	}
	t.NCTID = strings.TrimSpace(s.NCTID)
	note(model.FieldNCTID, "nct_id", t.NCTID)
	t.Title = strings.TrimSpace(s.BriefTitle)
	note(model.FieldTitle, "brief_title", t.Title)
	t.OfficialTitle = strings.TrimSpace(s.OfficialTitle)
	t.Acronym = strings.TrimSpace(s.Acronym)
	note(model.FieldAcronym, "acronym", t.Acronym)
	t.Sponsor = strings.TrimSpace(s.LeadSponsor)
	note(model.FieldSponsor, "agency", t.Sponsor)
	t.Summary = strings.TrimSpace(s.BriefSummary.Text)
	if st := strings.TrimSpace(s.OverallStatus); st != "" && !readStatusText(&t, st, "<overall_status>"+st+"</overall_status>") {
		t.Warn(model.FieldStatus, fmt.Sprintf("Unknown status %q.", st))
	}
	if ph := strings.TrimSpace(s.Phase); ph != "" {
		readPhaseText(&t, ph, "<phase>"+ph+"</phase>")
	}
	for _, d := range []struct {
		field model.Field
		tag   string
		elem  xmlTyped
	}{
		{model.FieldStartDate, "start_date", s.StartDate},
		{model.FieldPrimaryEnd, "primary_completion_date", s.PrimaryEnd},
		{model.FieldCompletion, "completion_date", s.Completion},
		{model.FieldFirstPosted, "study_first_posted", s.FirstPosted},
		{model.FieldLastUpdate, "last_update_posted", s.LastUpdate},
		{model.FieldLastVerified, "verification_date", s.Verified},
	} {
		readDate(&t, d.field, d.elem.Text, d.elem.Type, d.elem.snippet(d.tag))
	}
	if n, ok := parseInteger(s.Enrollment.Text); ok {
		t.Enrollment = n
		readEnrollmentType(&t, s.Enrollment.Type)
		t.Note(model.FieldEnrollment, s.Enrollment.snippet("enrollment"))
	}
	t.Conditions = s.Condition
	note(model.FieldConditions, "condition", strings.Join(s.Condition, "; "))
	for _, iv := range s.Interventions {
		desc := iv.Description
		if len(iv.OtherNames) > 0 {
			desc += " Other Names: " + strings.Join(iv.OtherNames, ", ")
		}
		t.Interventions = append(t.Interventions, model.Intervention{Name: interventionLabel(iv.Type, iv.Name), Description: strings.TrimSpace(desc)})
	}
	note(model.FieldInterventions, "intervention_name", strings.Join(t.InterventionNames(), "; "))
	for _, a := range s.Arms {
		t.Arms = append(t.Arms, strings.TrimSpace(a.Label+": "+strings.Join(strings.Fields(a.Description), " ")))
	}
	e := s.Eligibility
	readRegistryAges(&t, e.MinimumAge, e.MaximumAge, "<minimum_age>", "<maximum_age>")
	if sex, ok := rules.ParseSex(e.Gender); ok {
		t.Sex = sex
		note(model.FieldSex, "gender", e.Gender)
	}
	readCriteria(&t, e.Criteria.Text)
	for _, o := range s.Primary {
		t.Outcomes = append(t.Outcomes, model.Outcome{Kind: model.OutcomePrimary, Measure: outcomeText(outcome{o.Measure, o.TimeFrame})})
	}
	for _, o := range s.Secondary {
		t.Outcomes = append(t.Outcomes, model.Outcome{Kind: model.OutcomeSecondary, Measure: outcomeText(outcome{o.Measure, o.TimeFrame})})
	}
	for _, l := range s.Locations {
		t.Locations = append(t.Locations, model.Location{Facility: l.Facility, City: l.City, Country: l.Country, Status: l.Status})
	}
	return []model.Trial{t}, nil
}

// xmlProblem turns an encoding/xml error into a message that says where the
// XML is wrong and how, in the reader's words.
func xmlProblem(err error) error {
	var syntax *xml.SyntaxError
	if !errors.As(err, &syntax) {
		if strings.Contains(err.Error(), "exceeded max depth") {
			return fmt.Errorf("the XML is nested too deeply to be a study record; %s", redownload)
		}
		return fmt.Errorf("the XML could not be read (%s); %s", strings.TrimPrefix(err.Error(), "xml: "), redownload)
	}
	switch {
	case syntax.Msg == "unexpected EOF":
		return fmt.Errorf("the XML stops in the middle (line %d), so the file is cut short; download it again", syntax.Line)
	case strings.HasPrefix(syntax.Msg, "invalid character entity "):
		return fmt.Errorf("the XML uses the entity %s (line %d), which is not one of XML's own; entities a file defines are never expanded, so %s",
			strings.TrimPrefix(syntax.Msg, "invalid character entity "), syntax.Line, redownload)
	}
	return fmt.Errorf("the XML is broken at line %d (%s); the file may be damaged or edited by hand: download it again", syntax.Line, syntax.Msg)
}
