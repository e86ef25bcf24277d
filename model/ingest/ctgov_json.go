package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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
	return studiesFromJSON([]byte(text))
}

func studiesFromJSON(data []byte) ([]model.Trial, error) {
	var studies []study
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '[' {
		if err := json.Unmarshal(data, &studies); err != nil {
			return nil, fmt.Errorf("reading the JSON array of studies: %w", err)
		}
	} else if section, ok := topLevelValue(data, "protocolSection"); ok {
		// A single study: decode only its protocol section, not the results.
		var one study
		if err := json.Unmarshal(section, &one.ProtocolSection); err != nil {
			return nil, fmt.Errorf("reading the JSON study: %w", err)
		}
		studies = []study{one}
	} else {
		var page struct {
			Studies []study `json:"studies"`
			study
		}
		if err := json.Unmarshal(data, &page); err != nil {
			return nil, fmt.Errorf("reading the JSON study: %w", err)
		}
		studies = page.Studies
		if len(studies) == 0 && page.ProtocolSection.IdentificationModule.NCTID != "" {
			studies = []study{page.study}
		}
	}
	if len(studies) == 0 {
		return nil, errors.New("the JSON holds no study with an NCT number")
	}
	trials := make([]model.Trial, 0, len(studies))
	for i := range studies {
		trials = append(trials, studies[i].trial())
	}
	return trials, nil
}

// topLevelValue returns the bytes of the value under key in a JSON object,
// looking only at the object's own keys. It does not validate the rest of
// the document; json.Unmarshal validates what it returns.
func topLevelValue(data []byte, key string) ([]byte, bool) {
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
				if depth == 1 && valueStart < 0 && keyStart >= 0 && string(data[keyStart:i]) == key {
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
				return data[valueStart : i+1], true
			}
			if depth < 0 {
				return nil, false
			}
		}
	}
	return nil, false
}
