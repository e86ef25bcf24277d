package ingest

import "strings"

// The functions here fill a study from a jsonScanner exactly as
// json.Unmarshal fills it from the same text: a key that comes twice is
// decoded into the same field again, null leaves a text or an object as it
// is, and every key the study does not hold is skipped.

// scanStudy reads a study object of a list, or null. Its protocol section
// is read from a copy of its own, so that the study's texts do not keep the
// whole list in memory.
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

// scanProtocolSection reads a study's protocol section, or null.
func scanProtocolSection(s *jsonScanner, p *protocolSection) {
	if !s.enter('{') {
		return
	}
	for {
		key, plain, ok := s.key()
		switch {
		case !ok:
			return
		case key == "identificationModule":
			scanIdentification(s, &p.IdentificationModule)
		case key == "statusModule":
			scanStatus(s, &p.StatusModule)
		case key == "sponsorCollaboratorsModule":
			scanObject(s, func(key string, plain bool) {
				if key == "leadSponsor" {
					scanName(s, &p.SponsorCollaboratorsModule.LeadSponsor.Name)
					return
				}
				s.skipField(key, plain, "leadSponsor")
			})
		case key == "descriptionModule":
			scanObject(s, func(key string, plain bool) {
				if key == "briefSummary" {
					p.DescriptionModule.BriefSummary = s.text(p.DescriptionModule.BriefSummary)
					return
				}
				s.skipField(key, plain, "briefSummary")
			})
		case key == "conditionsModule":
			scanObject(s, func(key string, plain bool) {
				if key == "conditions" {
					p.ConditionsModule.Conditions = s.texts(p.ConditionsModule.Conditions)
					return
				}
				s.skipField(key, plain, "conditions")
			})
		case key == "designModule":
			scanDesign(s, &p.DesignModule)
		case key == "armsInterventionsModule":
			scanArmsInterventions(s, &p.ArmsInterventionsModule)
		case key == "eligibilityModule":
			scanEligibility(s, &p.EligibilityModule)
		case key == "outcomesModule":
			scanOutcomes(s, &p.OutcomesModule)
		case key == "contactsLocationsModule":
			scanObject(s, func(key string, plain bool) {
				if key == "locations" {
					p.ContactsLocationsModule.Locations = decodeList(s, p.ContactsLocationsModule.Locations, func(l *location) { scanLocation(s, l) })
					return
				}
				s.skipField(key, plain, "locations")
			})
		default:
			s.skipField(key, plain, "identificationModule", "statusModule", "sponsorCollaboratorsModule", "descriptionModule",
				"conditionsModule", "designModule", "armsInterventionsModule", "eligibilityModule", "outcomesModule", "contactsLocationsModule")
		}
	}
}

// scanObject reads an object, or null, calling member for each key; member
// reads or skips the key's value.
func scanObject(s *jsonScanner, member func(key string, plain bool)) {
	if !s.enter('{') {
		return
	}
	for {
		key, plain, ok := s.key()
		if !ok {
			return
		}
		member(key, plain)
	}
}

// scanID reads an object whose one field read is its "id".
func scanID(s *jsonScanner, id *string) {
	scanObject(s, func(key string, plain bool) {
		if key == "id" {
			*id = s.text(*id)
			return
		}
		s.skipField(key, plain, "id")
	})
}

// scanName reads an object whose one field read is its "name".
func scanName(s *jsonScanner, name *string) {
	scanObject(s, func(key string, plain bool) {
		if key == "name" {
			*name = s.text(*name)
			return
		}
		s.skipField(key, plain, "name")
	})
}

func scanIdentification(s *jsonScanner, m *identificationModule) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "nctId":
			m.NCTID = s.text(m.NCTID)
		case "briefTitle":
			m.BriefTitle = s.text(m.BriefTitle)
		case "officialTitle":
			m.OfficialTitle = s.text(m.OfficialTitle)
		case "acronym":
			m.Acronym = s.text(m.Acronym)
		case "orgStudyIdInfo":
			scanID(s, &m.OrgStudyIDInfo.ID)
		case "secondaryIdInfos":
			m.SecondaryIDInfos = decodeList(s, m.SecondaryIDInfos, func(info *secondaryID) { scanID(s, &info.ID) })
		default:
			s.skipField(key, plain, "nctId", "briefTitle", "officialTitle", "acronym", "orgStudyIdInfo", "secondaryIdInfos")
		}
	})
}

func scanStatus(s *jsonScanner, m *statusModule) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "overallStatus":
			m.OverallStatus = s.text(m.OverallStatus)
		case "statusVerifiedDate":
			m.StatusVerifiedDate = s.text(m.StatusVerifiedDate)
		case "startDateStruct":
			scanDate(s, &m.StartDateStruct)
		case "primaryCompletionDateStruct":
			scanDate(s, &m.PrimaryCompletionDateStruct)
		case "completionDateStruct":
			scanDate(s, &m.CompletionDateStruct)
		case "studyFirstPostDateStruct":
			scanDate(s, &m.StudyFirstPostDateStruct)
		case "lastUpdatePostDateStruct":
			scanDate(s, &m.LastUpdatePostDateStruct)
		default:
			s.skipField(key, plain, "overallStatus", "statusVerifiedDate", "startDateStruct", "primaryCompletionDateStruct",
				"completionDateStruct", "studyFirstPostDateStruct", "lastUpdatePostDateStruct")
		}
	})
}

func scanDate(s *jsonScanner, d *dateStruct) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "date":
			d.Date = s.text(d.Date)
		case "type":
			d.Type = s.text(d.Type)
		default:
			s.skipField(key, plain, "date", "type")
		}
	})
}

func scanDesign(s *jsonScanner, m *designModule) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "phases":
			m.Phases = s.texts(m.Phases)
		case "enrollmentInfo":
			scanObject(s, func(key string, plain bool) {
				switch key {
				case "count":
					m.EnrollmentInfo.Count = s.count(m.EnrollmentInfo.Count)
				case "type":
					m.EnrollmentInfo.Type = s.text(m.EnrollmentInfo.Type)
				default:
					s.skipField(key, plain, "count", "type")
				}
			})
		default:
			s.skipField(key, plain, "phases", "enrollmentInfo")
		}
	})
}

func scanArmsInterventions(s *jsonScanner, m *armsInterventionsModule) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "armGroups":
			m.ArmGroups = decodeList(s, m.ArmGroups, func(a *armGroup) { scanArmGroup(s, a) })
		case "interventions":
			m.Interventions = decodeList(s, m.Interventions, func(iv *intervention) { scanIntervention(s, iv) })
		default:
			s.skipField(key, plain, "armGroups", "interventions")
		}
	})
}

func scanArmGroup(s *jsonScanner, a *armGroup) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "label":
			a.Label = s.text(a.Label)
		case "type":
			a.Type = s.text(a.Type)
		case "description":
			a.Description = s.text(a.Description)
		default:
			s.skipField(key, plain, "label", "type", "description")
		}
	})
}

func scanIntervention(s *jsonScanner, iv *intervention) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "type":
			iv.Type = s.text(iv.Type)
		case "name":
			iv.Name = s.text(iv.Name)
		case "description":
			iv.Description = s.text(iv.Description)
		case "otherNames":
			iv.OtherNames = s.texts(iv.OtherNames)
		default:
			s.skipField(key, plain, "type", "name", "description", "otherNames")
		}
	})
}

func scanEligibility(s *jsonScanner, m *eligibilityModule) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "eligibilityCriteria":
			m.EligibilityCriteria = s.text(m.EligibilityCriteria)
		case "minimumAge":
			m.MinimumAge = s.text(m.MinimumAge)
		case "maximumAge":
			m.MaximumAge = s.text(m.MaximumAge)
		case "sex":
			m.Sex = s.text(m.Sex)
		case "stdAges":
			m.StdAges = s.texts(m.StdAges)
		default:
			s.skipField(key, plain, "eligibilityCriteria", "minimumAge", "maximumAge", "sex", "stdAges")
		}
	})
}

func scanOutcomes(s *jsonScanner, m *outcomesModule) {
	read := func(o *outcome) {
		scanObject(s, func(key string, plain bool) {
			switch key {
			case "measure":
				o.Measure = s.text(o.Measure)
			case "timeFrame":
				o.TimeFrame = s.text(o.TimeFrame)
			default:
				s.skipField(key, plain, "measure", "timeFrame")
			}
		})
	}
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "primaryOutcomes":
			m.PrimaryOutcomes = decodeList(s, m.PrimaryOutcomes, read)
		case "secondaryOutcomes":
			m.SecondaryOutcomes = decodeList(s, m.SecondaryOutcomes, read)
		default:
			s.skipField(key, plain, "primaryOutcomes", "secondaryOutcomes")
		}
	})
}

func scanLocation(s *jsonScanner, l *location) {
	scanObject(s, func(key string, plain bool) {
		switch key {
		case "facility":
			l.Facility = s.text(l.Facility)
		case "status":
			l.Status = s.text(l.Status)
		case "city":
			l.City = s.text(l.City)
		case "country":
			l.Country = s.text(l.Country)
		default:
			s.skipField(key, plain, "facility", "status", "city", "country")
		}
	})
}
