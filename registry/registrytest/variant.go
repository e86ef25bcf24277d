package registrytest

import (
	"encoding/json"
	"testing"
)

// Variant returns a copy of a recorded study under another NCT ID, with
// edit applied to its protocolSection (decoded as JSON objects), for a test
// that needs a study the recordings do not hold: one without a minimum
// age, say, or one with an alias.
func Variant(tb testing.TB, body []byte, id string, edit func(protocol map[string]any)) []byte {
	tb.Helper()
	var study map[string]any
	if err := json.Unmarshal(body, &study); err != nil {
		tb.Fatalf("registrytest: the record is not JSON: %v", err)
	}
	protocol, ok := study["protocolSection"].(map[string]any)
	if !ok {
		tb.Fatal("registrytest: the record has no protocolSection")
	}
	protocol["identificationModule"].(map[string]any)["nctId"] = id
	if edit != nil {
		edit(protocol)
	}
	out, err := json.MarshalIndent(study, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// Eligibility returns a study's eligibilityModule from its decoded
// protocolSection, for a Variant's edit.
func Eligibility(protocol map[string]any) map[string]any {
	m, ok := protocol["eligibilityModule"].(map[string]any)
	if !ok {
		m = map[string]any{}
		protocol["eligibilityModule"] = m
	}
	return m
}
