package ingest

import "github.com/trialcompare/trialcompare/model"

// scanStudies reads an API v2 document that is valid JSON in one pass: a
// study, a search page {"studies": [...]} or a list of studies, one study
// at a time. ok is false when the scanner gave up on anything; then
// studiesFromJSON reads the document, so that every result and message is
// the same as if it alone had read it.
func scanStudies(text string) (trials []model.Trial, ok bool) {
	s := &jsonScanner{data: text}
	switch s.peek() {
	case '[':
		trials = scanStudyList(s)
	case '{':
		trials = scanDocumentObject(s)
	}
	if !s.end() || len(trials) == 0 {
		return nil, false
	}
	return trials, true
}

// scanStudyList reads a list of studies, up to MaxTrials of them, turning
// each into a trial as soon as it is read.
func scanStudyList(s *jsonScanner) []model.Trial {
	if !s.enter('[') {
		return nil
	}
	var trials []model.Trial
	for s.element() {
		if len(trials) == MaxTrials {
			s.giveUp()
			return nil
		}
		var st study
		scanStudy(s, &st)
		if s.failed {
			return nil
		}
		trials = append(trials, st.trial())
	}
	return trials
}

// scanDocumentObject reads a document that is an object, taking the keys
// studiesFromJSON takes: the last "studies" holding a list or an object,
// else the last "protocolSection" holding one, each key exactly so written.
// A "studies" object, a "protocolSection" list or an empty list of studies
// gives up: studiesFromJSON words what is wrong.
func scanDocumentObject(s *jsonScanner) []model.Trial {
	if !s.enter('{') {
		return nil
	}
	var trials []model.Trial
	var section *protocolSection
	for {
		key, _, ok := s.key()
		if !ok {
			break
		}
		switch c := s.peek(); {
		case key == "studies" && c == '[':
			if trials = scanStudyList(s); len(trials) == 0 {
				s.giveUp()
			}
		case key == "protocolSection" && c == '{':
			section = new(protocolSection)
			scanProtocolSection(s, section)
		case (key == "studies" || key == "protocolSection") && (c == '[' || c == '{'):
			s.giveUp()
		default:
			s.skip()
		}
	}
	if trials == nil && section != nil {
		one := study{ProtocolSection: *section}
		trials = []model.Trial{one.trial()}
	}
	return trials
}
