package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/trialcompare/trialcompare/model"
)

// isCTGovJSON reports whether a text is API v2 JSON: a study, a search page
// or an array of studies.
func isCTGovJSON(text string) bool {
	t := strings.TrimSpace(text)
	return (strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[")) && strings.Contains(t, `"protocolSection"`)
}

// readCTGovJSON reads API v2 JSON: a single study, a search page
// {"studies": [...]} or a JSON array of studies. A valid document is read
// in one pass; any other goes through encoding/json, which words what is
// wrong with it.
func readCTGovJSON(text string) ([]model.Trial, error) {
	if trials, ok := scanStudies(text); ok {
		return trials, nil
	}
	return studiesFromJSON(text)
}

// studiesFromJSON reads the studies of an API v2 document one at a time,
// so that a search page never holds all its studies decoded at once. A
// single study decodes only its protocol section; the results are skipped.
func studiesFromJSON(text string) ([]model.Trial, error) {
	if strings.HasPrefix(strings.TrimSpace(text), "[") {
		return newJSONReader(text, 0, len(text)).studyList()
	}
	list, listStart, section, whole := scanTopLevel(text)
	if list != "" {
		if !strings.HasPrefix(list, "[") {
			return nil, fmt.Errorf("the JSON field studies is not a list; %s", redownload)
		}
		return newJSONReader(text, listStart, listStart+len(list)).studyList()
	}
	if section != "" {
		var one study
		if err := json.Unmarshal([]byte(section), &one.ProtocolSection); err != nil {
			return nil, jsonProblem(err, text, 0, "protocolSection")
		}
		t := one.trial()
		if !whole {
			if err := json.Unmarshal([]byte(text), &struct{}{}); err != nil {
				t.Warn(model.FieldDocument, fmt.Sprintf("Only the protocol section was read: %v.", jsonProblem(err, text, 0, "")))
			}
		}
		return []model.Trial{t}, nil
	}
	if err := json.Unmarshal([]byte(text), &struct{}{}); err != nil {
		return nil, jsonProblem(err, text, 0, "")
	}
	return nil, fmt.Errorf("the JSON has no protocolSection and no list of studies; %s", redownload)
}

// jsonReader reads a list of studies token by token.
type jsonReader struct {
	// text is the whole document, which messages point into; the list
	// starts at its byte base.
	text string
	base int64
	dec  *json.Decoder
}

// newJSONReader reads the list text[start:end].
func newJSONReader(text string, start, end int) *jsonReader {
	return &jsonReader{text: text, base: int64(start), dec: json.NewDecoder(strings.NewReader(text[start:end]))}
}

// studyList reads the studies of a list, up to MaxTrials of them, and
// checks that nothing follows it.
func (r *jsonReader) studyList() ([]model.Trial, error) {
	if _, err := r.dec.Token(); err != nil {
		return nil, r.problem(err, "")
	}
	var trials []model.Trial
	for n := 0; r.dec.More(); n++ {
		if n == MaxTrials {
			return nil, ErrTooManyStudies
		}
		var s study
		if err := r.dec.Decode(&s); err != nil {
			return nil, fmt.Errorf("study %d of the list: %w", n+1, r.problem(err, ""))
		}
		trials = append(trials, s.trial())
	}
	if _, err := r.dec.Token(); err != nil {
		return nil, r.problem(err, "")
	}
	if len(trials) == 0 {
		return nil, fmt.Errorf("the list of studies is empty; %s", redownload)
	}
	return trials, r.end()
}

// end checks that nothing follows the document's closing token.
func (r *jsonReader) end() error {
	_, err := r.dec.Token()
	switch {
	case errors.Is(err, io.EOF):
		return nil
	case err != nil:
		return r.problem(err, "")
	}
	return fmt.Errorf("more JSON follows the end of the document at line %d; %s", lineAt(r.text, r.base+r.dec.InputOffset()), redownload)
}

// problem turns a decoder error into a message for the reader.
func (r *jsonReader) problem(err error, path string) error {
	return jsonProblem(err, r.text, r.base+r.dec.InputOffset(), path)
}

// scanTopLevel reads a JSON object's text once, without decoding it: it
// returns the text of the objects or lists under the object's own keys
// "studies" (and where it starts) and "protocolSection", and whether the
// object closes at the end of the text. It does not validate;
// json.Unmarshal validates what it returns.
func scanTopLevel(data string) (studies string, studiesStart int, protocol string, whole bool) {
	depth, inString, keyStart := 0, false, -1
	valueStart, key := -1, ""
	for i := 0; i < len(data); i++ {
		if inString {
			// Jump to the next quote; an odd number of backslashes before
			// it escapes it.
			next := strings.IndexByte(data[i:], '"')
			if next < 0 {
				break
			}
			i += next
			escapes := 0
			for escapes < i && data[i-1-escapes] == '\\' {
				escapes++
			}
			if escapes%2 == 0 {
				inString = false
				if depth == 1 && valueStart < 0 && keyStart >= 0 {
					j := i + 1
					for j < len(data) && (data[j] == ' ' || data[j] == '\n' || data[j] == '\r' || data[j] == '\t') {
						j++
					}
					if j < len(data) && data[j] == ':' {
						valueStart, key = j+1, data[keyStart:i]
					}
				}
			}
			continue
		}
		switch data[i] {
		case '"':
			inString = true
			keyStart = i + 1
		case '{', '[':
			depth++
		case ',':
			if depth == 1 {
				valueStart = -1
			}
		case '}', ']':
			depth--
			switch {
			case depth == 1 && valueStart >= 0:
				switch key {
				case "studies":
					studies = strings.TrimSpace(data[valueStart : i+1])
					studiesStart = i + 1 - len(studies)
				case "protocolSection":
					protocol = strings.TrimSpace(data[valueStart : i+1])
				}
				valueStart = -1
			case depth == 0:
				return studies, studiesStart, protocol, strings.TrimSpace(data[i+1:]) == ""
			case depth < 0:
				return studies, studiesStart, protocol, false
			}
		}
	}
	return studies, studiesStart, protocol, false
}
