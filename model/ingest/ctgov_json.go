package ingest

import (
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
	var probe struct {
		Studies         []json.RawMessage `json:"studies"`
		ProtocolSection json.RawMessage   `json:"protocolSection"`
	}
	var raws []json.RawMessage
	trimmed := strings.TrimSpace(string(data))
	if strings.HasPrefix(trimmed, "[") {
		if err := json.Unmarshal(data, &raws); err != nil {
			return nil, fmt.Errorf("reading the JSON array of studies: %w", err)
		}
	} else {
		if err := json.Unmarshal(data, &probe); err != nil {
			return nil, fmt.Errorf("reading the JSON study: %w", err)
		}
		switch {
		case probe.ProtocolSection != nil:
			raws = []json.RawMessage{data}
		case probe.Studies != nil:
			raws = probe.Studies
		}
	}
	if len(raws) == 0 {
		return nil, errors.New("the JSON holds no study with a protocolSection")
	}
	trials := make([]model.Trial, 0, len(raws))
	for i, raw := range raws {
		var s study
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, fmt.Errorf("reading study %d of the JSON: %w", i+1, err)
		}
		trials = append(trials, s.trial())
	}
	return trials, nil
}
