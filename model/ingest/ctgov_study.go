package ingest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

// study is the part of a ClinicalTrials.gov API v2 study that is read.
type study struct {
	ProtocolSection protocolSection `json:"protocolSection"`
}

// protocolSection holds the modules of a study's protocol that are read.
type protocolSection struct {
	IdentificationModule       identificationModule `json:"identificationModule"`
	StatusModule               statusModule         `json:"statusModule"`
	SponsorCollaboratorsModule struct {
		LeadSponsor struct {
			Name string `json:"name"`
		} `json:"leadSponsor"`
	} `json:"sponsorCollaboratorsModule"`
	DescriptionModule struct {
		BriefSummary string `json:"briefSummary"`
	} `json:"descriptionModule"`
	ConditionsModule struct {
		Conditions []string `json:"conditions"`
	} `json:"conditionsModule"`
	DesignModule            designModule            `json:"designModule"`
	ArmsInterventionsModule armsInterventionsModule `json:"armsInterventionsModule"`
	EligibilityModule       eligibilityModule       `json:"eligibilityModule"`
	OutcomesModule          outcomesModule          `json:"outcomesModule"`
	ContactsLocationsModule struct {
		Locations []location `json:"locations"`
	} `json:"contactsLocationsModule"`
}

// identificationModule holds a study's identifiers and titles.
type identificationModule struct {
	NCTID          string   `json:"nctId"`
	NCTIDAliases   []string `json:"nctIdAliases"`
	BriefTitle     string   `json:"briefTitle"`
	OfficialTitle  string   `json:"officialTitle"`
	Acronym        string   `json:"acronym"`
	OrgStudyIDInfo struct {
		ID string `json:"id"`
	} `json:"orgStudyIdInfo"`
	SecondaryIDInfos []secondaryID `json:"secondaryIdInfos"`
}

// secondaryID is one of a study's secondary identifiers.
type secondaryID struct {
	ID string `json:"id"`
}

// designModule holds a study's phases and enrollment.
type designModule struct {
	Phases         []string `json:"phases"`
	EnrollmentInfo struct {
		Count *int   `json:"count"`
		Type  string `json:"type"`
	} `json:"enrollmentInfo"`
}

// armsInterventionsModule holds a study's arms and interventions.
type armsInterventionsModule struct {
	ArmGroups     []armGroup     `json:"armGroups"`
	Interventions []intervention `json:"interventions"`
}

type armGroup struct {
	Label       string `json:"label"`
	Type        string `json:"type"`
	Description string `json:"description"`
}

type intervention struct {
	Type        string   `json:"type"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	OtherNames  []string `json:"otherNames"`
}

// eligibilityModule holds a study's criteria, ages and sex.
type eligibilityModule struct {
	EligibilityCriteria string   `json:"eligibilityCriteria"`
	MinimumAge          string   `json:"minimumAge"`
	MaximumAge          string   `json:"maximumAge"`
	Sex                 string   `json:"sex"`
	StdAges             []string `json:"stdAges"`
}

// outcomesModule holds a study's primary and secondary outcomes.
type outcomesModule struct {
	PrimaryOutcomes   []outcome `json:"primaryOutcomes"`
	SecondaryOutcomes []outcome `json:"secondaryOutcomes"`
}

// location is one of a study's sites.
type location struct {
	Facility string `json:"facility"`
	Status   string `json:"status"`
	City     string `json:"city"`
	Country  string `json:"country"`
}

// statusModule holds a study's status and its dates.
type statusModule struct {
	OverallStatus               string     `json:"overallStatus"`
	StatusVerifiedDate          string     `json:"statusVerifiedDate"`
	StartDateStruct             dateStruct `json:"startDateStruct"`
	PrimaryCompletionDateStruct dateStruct `json:"primaryCompletionDateStruct"`
	CompletionDateStruct        dateStruct `json:"completionDateStruct"`
	StudyFirstPostDateStruct    dateStruct `json:"studyFirstPostDateStruct"`
	LastUpdatePostDateStruct    dateStruct `json:"lastUpdatePostDateStruct"`
}

// readStudyDates reads the status module's dates, each with its type.
func readStudyDates(t *model.Trial, m *statusModule) {
	for _, d := range []struct {
		field model.Field
		path  string
		date  dateStruct
	}{
		{model.FieldStartDate, "startDateStruct", m.StartDateStruct},
		{model.FieldPrimaryEnd, "primaryCompletionDateStruct", m.PrimaryCompletionDateStruct},
		{model.FieldCompletion, "completionDateStruct", m.CompletionDateStruct},
		{model.FieldFirstPosted, "studyFirstPostDateStruct", m.StudyFirstPostDateStruct},
		{model.FieldLastUpdate, "lastUpdatePostDateStruct", m.LastUpdatePostDateStruct},
		{model.FieldLastVerified, "statusVerifiedDate", dateStruct{Date: m.StatusVerifiedDate}},
	} {
		readDate(t, d.field, d.date.Date, d.date.Type, "statusModule."+d.path+": "+typedValue(d.date.Date, d.date.Type))
	}
}

// typedValue renders a value with its type, as in "2023-07-31 (ESTIMATED)".
func typedValue(value, kind string) string {
	if kind == "" {
		return value
	}
	return value + " (" + kind + ")"
}

// dateStruct is a date with its type, ACTUAL or ESTIMATED.
type dateStruct struct {
	Date string `json:"date"`
	Type string `json:"type"`
}

type outcome struct {
	Measure   string `json:"measure"`
	TimeFrame string `json:"timeFrame"`
}

// trial maps a study onto the trial model, noting each field's JSON path.
func (s *study) trial() model.Trial {
	var t model.Trial
	p := &s.ProtocolSection
	note := func(f model.Field, path, value string) {
		if value != "" {
			t.Note(f, path+": "+value)
		}
	}
	id := p.IdentificationModule
	t.NCTID = studyNCTID(&t, id.NCTID, "identificationModule.nctId")
	note(model.FieldNCTID, "identificationModule.nctId", t.NCTID)
	t.Title = strings.TrimSpace(id.BriefTitle)
	note(model.FieldTitle, "identificationModule.briefTitle", t.Title)
	t.OfficialTitle = strings.TrimSpace(id.OfficialTitle)
	t.Acronym = strings.TrimSpace(id.Acronym)
	note(model.FieldAcronym, "identificationModule.acronym", t.Acronym)
	rules.AddRecordIDs(&t, []string{id.OrgStudyIDInfo.ID}, true, "identificationModule.orgStudyIdInfo.id")
	for _, sec := range id.SecondaryIDInfos {
		rules.AddRecordIDs(&t, []string{sec.ID}, false, "identificationModule.secondaryIdInfos.id")
	}
	for _, alias := range id.NCTIDAliases {
		if alias = studyNCTID(&t, alias, "identificationModule.nctIdAliases"); alias != "" {
			rules.AddRecordIDs(&t, []string{alias}, false, "identificationModule.nctIdAliases")
		}
	}

	phases, unknown := rules.ParsePhaseCodes(p.DesignModule.Phases)
	t.Phases = phases
	note(model.FieldPhases, "designModule.phases", strings.Join(p.DesignModule.Phases, ", "))
	for _, u := range unknown {
		t.Warn(model.FieldPhases, fmt.Sprintf("Unknown phase code %q.", u))
	}
	if st := p.StatusModule.OverallStatus; st != "" {
		if status, ok := rules.ParseStatus(st); ok {
			t.Status = status
		} else {
			t.Warn(model.FieldStatus, fmt.Sprintf("Unknown status %q.", st))
		}
		note(model.FieldStatus, "statusModule.overallStatus", st)
	}
	readStudyDates(&t, &p.StatusModule)
	t.Sponsor = strings.TrimSpace(p.SponsorCollaboratorsModule.LeadSponsor.Name)
	note(model.FieldSponsor, "sponsorCollaboratorsModule.leadSponsor.name", t.Sponsor)
	t.Summary = rules.Unescape(p.DescriptionModule.BriefSummary)
	note(model.FieldSummary, "descriptionModule.briefSummary", firstLine(t.Summary))
	t.Conditions = append(t.Conditions, p.ConditionsModule.Conditions...)
	note(model.FieldConditions, "conditionsModule.conditions", strings.Join(t.Conditions, "; "))

	arms, interventions := p.ArmsInterventionsModule.ArmGroups, p.ArmsInterventionsModule.Interventions
	if len(arms) > 0 {
		t.Arms = make([]string, 0, len(arms))
	}
	for _, a := range arms {
		t.Arms = append(t.Arms, strings.TrimSpace(a.Label+": "+a.Description))
	}
	if len(interventions) > 0 {
		t.Interventions = make([]model.Intervention, 0, len(interventions))
	}
	for _, iv := range interventions {
		desc := iv.Description
		if len(iv.OtherNames) > 0 {
			desc += " Other Names: " + strings.Join(iv.OtherNames, ", ")
		}
		t.Interventions = append(t.Interventions, model.Intervention{Name: interventionLabel(iv.Type, iv.Name), Description: strings.TrimSpace(desc)})
	}
	note(model.FieldInterventions, "armsInterventionsModule.interventions", strings.Join(t.InterventionNames(), "; "))

	e := p.EligibilityModule
	readRegistryAges(&t, e.MinimumAge, e.MaximumAge, "eligibilityModule.minimumAge", "eligibilityModule.maximumAge")
	readAgeGroups(&t, strings.Join(e.StdAges, ", "), "eligibilityModule.stdAges")
	if e.Sex != "" {
		if sex, ok := rules.ParseSex(e.Sex); ok {
			t.Sex = sex
		}
		note(model.FieldSex, "eligibilityModule.sex", e.Sex)
	}
	if info := p.DesignModule.EnrollmentInfo; info.Count != nil {
		t.Enrollment = *info.Count
		readEnrollmentType(&t, info.Type)
		note(model.FieldEnrollment, "designModule.enrollmentInfo", typedValue(strconv.Itoa(*info.Count), info.Type))
	}
	readCriteria(&t, e.EligibilityCriteria)
	if n := len(p.OutcomesModule.PrimaryOutcomes) + len(p.OutcomesModule.SecondaryOutcomes); n > 0 {
		t.Outcomes = make([]model.Outcome, 0, n)
	}
	for _, o := range p.OutcomesModule.PrimaryOutcomes {
		t.Outcomes = append(t.Outcomes, model.Outcome{Kind: model.OutcomePrimary, Measure: outcomeText(o)})
	}
	for _, o := range p.OutcomesModule.SecondaryOutcomes {
		t.Outcomes = append(t.Outcomes, model.Outcome{Kind: model.OutcomeSecondary, Measure: outcomeText(o)})
	}
	t.Locations = studyLocations(p.ContactsLocationsModule.Locations)
	if n := len(t.Locations); n > 0 {
		t.Note(model.FieldLocations, "contactsLocationsModule.locations: "+model.Count(n, "site"))
	}
	return t
}

// studyNCTID returns an NCT ID of the record, trimmed, or "" with a
// warning when it is not written as an NCT ID (IsNCTID, the rule the page
// reader finds NCT IDs by): a look-alike would pass for the real one. The
// warning spells its characters out, so that a look-alike shows.
func studyNCTID(t *model.Trial, value, path string) string {
	value = strings.TrimSpace(value)
	if value == "" || IsNCTID(value) {
		return value
	}
	t.Warn(model.FieldNCTID, fmt.Sprintf("%s %+q is not written as an NCT ID (NCT and eight digits): it holds other characters, perhaps look-alikes of letters or digits, so it is not taken.", path, value))
	return ""
}

func outcomeText(o outcome) string {
	if o.TimeFrame == "" {
		return rules.Unescape(o.Measure)
	}
	return rules.Unescape(o.Measure) + " [" + o.TimeFrame + "]"
}

// interventionLabel renders "BIOLOGICAL", "CAR-T" as "Biological: CAR-T".
func interventionLabel(kind, name string) string {
	name = strings.TrimSpace(name)
	if kind == "" {
		return name
	}
	k := strings.ToLower(strings.ReplaceAll(kind, "_", " "))
	return strings.ToUpper(k[:1]) + k[1:] + ": " + name
}

// studyLocations maps a study's sites onto the model.
func studyLocations(sites []location) []model.Location {
	if len(sites) == 0 {
		return nil
	}
	out := make([]model.Location, 0, len(sites))
	for _, l := range sites {
		out = append(out, model.Location{Facility: l.Facility, City: l.City, Country: l.Country, Status: statusLabel(l.Status)})
	}
	return out
}

func statusLabel(code string) string {
	if s, ok := rules.ParseStatus(code); ok {
		return s.Label()
	}
	return code
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
