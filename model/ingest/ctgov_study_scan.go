package ingest

import "strings"

// field is a key an object decoder reads and how it reads the key's value.
type field[T any] struct {
	key  string
	read func(*jsonScanner, *T)
}

// scanFields reads an object, or null, into m: a key in fields with its
// read, any other skipped (skipField's rule on the keys in fields).
func scanFields[T any](s *jsonScanner, m *T, fields []field[T]) {
	if !s.enter('{') {
		return
	}
	for {
		key, plain, ok := s.key()
		if !ok {
			return
		}
		if f := findField(fields, key); f != nil {
			f.read(s, m)
			continue
		}
		if !plain {
			s.giveUp()
			return
		}
		for _, f := range fields {
			if len(f.key) == len(key) && strings.EqualFold(f.key, key) {
				s.giveUp()
				return
			}
		}
		s.skip()
	}
}

func findField[T any](fields []field[T], key string) *field[T] {
	for i := range fields {
		if fields[i].key == key {
			return &fields[i]
		}
	}
	return nil
}

func scanStudy(s *jsonScanner, st *study) {
	if !s.enter('{') {
		return
	}
	for {
		key, plain, ok := s.key()
		switch {
		case !ok:
			return
		case key == "protocolSection":
			section := jsonScanner{data: strings.Clone(s.span()), depth: s.depth}
			scanProtocolSection(&section, &st.ProtocolSection)
			if !section.end() {
				s.giveUp()
			}
		default:
			s.skipField(key, plain, "protocolSection")
		}
	}
}

func scanProtocolSection(s *jsonScanner, p *protocolSection) { scanFields(s, p, protocolFields) }

var protocolFields = []field[protocolSection]{
	{"identificationModule", func(s *jsonScanner, p *protocolSection) { scanFields(s, &p.IdentificationModule, identificationFields) }},
	{"statusModule", func(s *jsonScanner, p *protocolSection) { scanFields(s, &p.StatusModule, statusFields) }},
	{"sponsorCollaboratorsModule", func(s *jsonScanner, p *protocolSection) {
		scanFields(s, &p.SponsorCollaboratorsModule.LeadSponsor.Name, leadSponsorFields)
	}},
	{"descriptionModule", func(s *jsonScanner, p *protocolSection) {
		scanFields(s, &p.DescriptionModule.BriefSummary, briefSummaryFields)
	}},
	{"conditionsModule", func(s *jsonScanner, p *protocolSection) {
		scanFields(s, &p.ConditionsModule.Conditions, conditionsFields)
	}},
	{"designModule", func(s *jsonScanner, p *protocolSection) { scanFields(s, &p.DesignModule, designFields) }},
	{"armsInterventionsModule", func(s *jsonScanner, p *protocolSection) {
		scanFields(s, &p.ArmsInterventionsModule, armsInterventionsFields)
	}},
	{"eligibilityModule", func(s *jsonScanner, p *protocolSection) { scanFields(s, &p.EligibilityModule, eligibilityFields) }},
	{"outcomesModule", func(s *jsonScanner, p *protocolSection) { scanFields(s, &p.OutcomesModule, outcomesFields) }},
	{"contactsLocationsModule", func(s *jsonScanner, p *protocolSection) {
		scanFields(s, &p.ContactsLocationsModule.Locations, locationsFields)
	}},
}

// one-field wrappers: the object holds the single field read.
var (
	nameFields         = []field[string]{{"name", func(s *jsonScanner, v *string) { *v = s.text(*v) }}}
	leadSponsorFields  = []field[string]{{"leadSponsor", func(s *jsonScanner, v *string) { scanFields(s, v, nameFields) }}}
	idFields           = []field[string]{{"id", func(s *jsonScanner, v *string) { *v = s.text(*v) }}}
	briefSummaryFields = []field[string]{{"briefSummary", func(s *jsonScanner, v *string) { *v = s.text(*v) }}}
	conditionsFields   = []field[[]string]{{"conditions", func(s *jsonScanner, v *[]string) { *v = s.texts(*v) }}}
	locationsFields    = []field[[]location]{{"locations", func(s *jsonScanner, v *[]location) {
		*v = decodeList(s, *v, func(l *location) { scanFields(s, l, locationFields) })
	}}}
)

var identificationFields = []field[identificationModule]{
	{"nctId", func(s *jsonScanner, m *identificationModule) { m.NCTID = s.text(m.NCTID) }},
	{"nctIdAliases", func(s *jsonScanner, m *identificationModule) { m.NCTIDAliases = s.texts(m.NCTIDAliases) }},
	{"briefTitle", func(s *jsonScanner, m *identificationModule) { m.BriefTitle = s.text(m.BriefTitle) }},
	{"officialTitle", func(s *jsonScanner, m *identificationModule) { m.OfficialTitle = s.text(m.OfficialTitle) }},
	{"acronym", func(s *jsonScanner, m *identificationModule) { m.Acronym = s.text(m.Acronym) }},
	{"orgStudyIdInfo", func(s *jsonScanner, m *identificationModule) { scanFields(s, &m.OrgStudyIDInfo.ID, idFields) }},
	{"secondaryIdInfos", func(s *jsonScanner, m *identificationModule) {
		m.SecondaryIDInfos = decodeList(s, m.SecondaryIDInfos, func(info *secondaryID) { scanFields(s, &info.ID, idFields) })
	}},
}

var statusFields = []field[statusModule]{
	{"overallStatus", func(s *jsonScanner, m *statusModule) { m.OverallStatus = s.text(m.OverallStatus) }},
	{"statusVerifiedDate", func(s *jsonScanner, m *statusModule) { m.StatusVerifiedDate = s.text(m.StatusVerifiedDate) }},
	{"startDateStruct", func(s *jsonScanner, m *statusModule) { scanFields(s, &m.StartDateStruct, dateFields) }},
	{"primaryCompletionDateStruct", func(s *jsonScanner, m *statusModule) { scanFields(s, &m.PrimaryCompletionDateStruct, dateFields) }},
	{"completionDateStruct", func(s *jsonScanner, m *statusModule) { scanFields(s, &m.CompletionDateStruct, dateFields) }},
	{"studyFirstPostDateStruct", func(s *jsonScanner, m *statusModule) { scanFields(s, &m.StudyFirstPostDateStruct, dateFields) }},
	{"lastUpdatePostDateStruct", func(s *jsonScanner, m *statusModule) { scanFields(s, &m.LastUpdatePostDateStruct, dateFields) }},
}

var dateFields = []field[dateStruct]{
	{"date", func(s *jsonScanner, d *dateStruct) { d.Date = s.text(d.Date) }},
	{"type", func(s *jsonScanner, d *dateStruct) { d.Type = s.text(d.Type) }},
}

var designFields = []field[designModule]{
	{"phases", func(s *jsonScanner, m *designModule) { m.Phases = s.texts(m.Phases) }},
	{"enrollmentInfo", func(s *jsonScanner, m *designModule) { scanFields(s, m, enrollmentFields) }},
}

// enrollmentFields read designModule.enrollmentInfo's keys into the design module.
var enrollmentFields = []field[designModule]{
	{"count", func(s *jsonScanner, m *designModule) { m.EnrollmentInfo.Count = s.count(m.EnrollmentInfo.Count) }},
	{"type", func(s *jsonScanner, m *designModule) { m.EnrollmentInfo.Type = s.text(m.EnrollmentInfo.Type) }},
}

var armsInterventionsFields = []field[armsInterventionsModule]{
	{"armGroups", func(s *jsonScanner, m *armsInterventionsModule) {
		m.ArmGroups = decodeList(s, m.ArmGroups, func(a *armGroup) { scanFields(s, a, armGroupFields) })
	}},
	{"interventions", func(s *jsonScanner, m *armsInterventionsModule) {
		m.Interventions = decodeList(s, m.Interventions, func(iv *intervention) { scanFields(s, iv, interventionFields) })
	}},
}

var armGroupFields = []field[armGroup]{
	{"label", func(s *jsonScanner, a *armGroup) { a.Label = s.text(a.Label) }},
	{"type", func(s *jsonScanner, a *armGroup) { a.Type = s.text(a.Type) }},
	{"description", func(s *jsonScanner, a *armGroup) { a.Description = s.text(a.Description) }},
}

var interventionFields = []field[intervention]{
	{"type", func(s *jsonScanner, iv *intervention) { iv.Type = s.text(iv.Type) }},
	{"name", func(s *jsonScanner, iv *intervention) { iv.Name = s.text(iv.Name) }},
	{"description", func(s *jsonScanner, iv *intervention) { iv.Description = s.text(iv.Description) }},
	{"otherNames", func(s *jsonScanner, iv *intervention) { iv.OtherNames = s.texts(iv.OtherNames) }},
}

var eligibilityFields = []field[eligibilityModule]{
	{"eligibilityCriteria", func(s *jsonScanner, m *eligibilityModule) { m.EligibilityCriteria = s.text(m.EligibilityCriteria) }},
	{"minimumAge", func(s *jsonScanner, m *eligibilityModule) { m.MinimumAge = s.text(m.MinimumAge) }},
	{"maximumAge", func(s *jsonScanner, m *eligibilityModule) { m.MaximumAge = s.text(m.MaximumAge) }},
	{"sex", func(s *jsonScanner, m *eligibilityModule) { m.Sex = s.text(m.Sex) }},
	{"stdAges", func(s *jsonScanner, m *eligibilityModule) { m.StdAges = s.texts(m.StdAges) }},
}

var outcomesFields = []field[outcomesModule]{
	{"primaryOutcomes", func(s *jsonScanner, m *outcomesModule) {
		m.PrimaryOutcomes = decodeList(s, m.PrimaryOutcomes, func(o *outcome) { scanFields(s, o, outcomeFields) })
	}},
	{"secondaryOutcomes", func(s *jsonScanner, m *outcomesModule) {
		m.SecondaryOutcomes = decodeList(s, m.SecondaryOutcomes, func(o *outcome) { scanFields(s, o, outcomeFields) })
	}},
}

var outcomeFields = []field[outcome]{
	{"measure", func(s *jsonScanner, o *outcome) { o.Measure = s.text(o.Measure) }},
	{"timeFrame", func(s *jsonScanner, o *outcome) { o.TimeFrame = s.text(o.TimeFrame) }},
}

var locationFields = []field[location]{
	{"facility", func(s *jsonScanner, l *location) { l.Facility = s.text(l.Facility) }},
	{"status", func(s *jsonScanner, l *location) { l.Status = s.text(l.Status) }},
	{"city", func(s *jsonScanner, l *location) { l.City = s.text(l.City) }},
	{"country", func(s *jsonScanner, l *location) { l.Country = s.text(l.Country) }},
}
