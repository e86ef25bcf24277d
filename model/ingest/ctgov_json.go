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
// {"studies": [...]} or a JSON array of studies.
func readCTGovJSON(text string) ([]model.Trial, error) {
	return studiesFromJSON(text)
}

// studiesFromJSON reads the studies of an API v2 document one at a time,
// so that a search page never holds all its studies decoded at once. A
// single study decodes only its protocol section; the results are skipped.
func studiesFromJSON(text string) ([]model.Trial, error) {
	trimmed := strings.TrimSpace(text)
	if strings.HasPrefix(trimmed, "[") {
		return newJSONReader(text, text).studyList()
	}
	if list, ok := topLevelValue(trimmed, "studies"); ok {
		if !strings.HasPrefix(list, "[") {
			return nil, fmt.Errorf("the JSON field studies is not a list; %s", redownload)
		}
		return newJSONReader(text, list).studyList()
	}
	if section, ok := topLevelValue(trimmed, "protocolSection"); ok {
		var one study
		if err := json.Unmarshal([]byte(section), &one.ProtocolSection); err != nil {
			return nil, jsonProblem(err, text, 0, "protocolSection")
		}
		t := one.trial()
		if !json.Valid([]byte(trimmed)) {
			t.Warn(model.FieldDocument, fmt.Sprintf("Only the protocol section was read: %v.", jsonProblem(json.Unmarshal([]byte(trimmed), &struct{}{}), text, 0, "")))
		}
		return []model.Trial{t}, nil
	}
	if !json.Valid([]byte(trimmed)) {
		return nil, jsonProblem(json.Unmarshal([]byte(trimmed), &struct{}{}), text, 0, "")
	}
	return nil, fmt.Errorf("the JSON has no protocolSection and no list of studies; %s", redownload)
}

// jsonReader reads a list of studies token by token.
type jsonReader struct {
	// text is the whole document, which messages point into.
	text string
	dec  *json.Decoder
}

func newJSONReader(text, list string) *jsonReader {
	return &jsonReader{text: text, dec: json.NewDecoder(strings.NewReader(list))}
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
	return fmt.Errorf("more JSON follows the end of the document at line %d; %s", lineAt(r.text, r.dec.InputOffset()), redownload)
}

// problem turns a decoder error into a message for the reader.
func (r *jsonReader) problem(err error, path string) error {
	return jsonProblem(err, r.text, r.dec.InputOffset(), path)
}

// topLevelValue returns the text of the object or list under key in a JSON
// object, looking only at the object's own keys. It does not validate the
// rest of the document; json.Unmarshal validates what it returns.
func topLevelValue(data, key string) (string, bool) {
	depth, inString, keyStart := 0, false, -1
	valueStart := -1
	for i := 0; i < len(data); i++ {
		c := data[i]
		if inString {
			switch c {
			case '\\':
				i++
			case '"':
				inString = false
				if depth == 1 && valueStart < 0 && keyStart >= 0 && data[keyStart:i] == key {
					j := i + 1
					for j < len(data) && (data[j] == ' ' || data[j] == '\n' || data[j] == '\r' || data[j] == '\t') {
						j++
					}
					if j < len(data) && data[j] == ':' {
						valueStart = j + 1
					}
				}
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			keyStart = i + 1
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if valueStart >= 0 && depth == 1 {
				return strings.TrimSpace(data[valueStart : i+1]), true
			}
			if depth < 0 {
				return "", false
			}
		}
	}
	return "", false
}
