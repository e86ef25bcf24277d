package eligibility

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// ParseProfile reads a patient from a JSON object, as the screening
// benchmark and a saved board write it:
//
//	{"age": "7y", "sex": "female", "diagnosis": "B-ALL", "markers": ["CD19+"],
//	 "relapse": 2, "cns": 1, "labs": ["bilirubin 1.2 xULN"],
//	 "prior": ["allo-hsct:8m", "blinatumomab:never"], "pregnant": false}
//
// Every key but "age" is optional; an unknown key is an error, so that a
// misspelt fact is not silently dropped. Errors name the key and say how to
// write its value.
func ParseProfile(data []byte) (Profile, error) {
	o, err := DefaultOntology()
	if err != nil {
		return Profile{}, err
	}
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&raw); err != nil {
		return Profile{}, fmt.Errorf("the patient is not a JSON object: %w", err)
	}
	if raw == nil {
		return Profile{}, fmt.Errorf("the patient is not a JSON object")
	}
	if _, ok := raw["age"]; !ok {
		return Profile{}, fmt.Errorf("the patient has no \"age\"; write it with its unit, as \"7y\"")
	}
	var p Profile
	for _, f := range factSetters {
		if f.json == "" {
			continue
		}
		value, ok := raw[f.json]
		if !ok {
			continue
		}
		delete(raw, f.json)
		values, err := jsonValues(value, f.many)
		if err != nil {
			return Profile{}, fmt.Errorf("the patient's %q: %w", f.json, err)
		}
		for _, v := range values {
			if err := f.set(&p, o, v); err != nil {
				return Profile{}, fmt.Errorf("the patient's %q %q: %w", f.json, v, err)
			}
		}
	}
	for key := range raw {
		return Profile{}, fmt.Errorf("the patient has an unknown fact %q; the facts are %s", key, jsonKeys())
	}
	return p, nil
}

// jsonValues reads a fact's value as text: a string, a number or a
// boolean, or a list of them for a fact that may be given more than once.
// null gives nothing.
func jsonValues(raw json.RawMessage, many bool) ([]string, error) {
	trimmed := bytes.TrimSpace(raw)
	if bytes.Equal(trimmed, []byte("null")) {
		return nil, nil
	}
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if !many {
			return nil, fmt.Errorf("takes one value, not a list")
		}
		var list []json.RawMessage
		if err := json.Unmarshal(trimmed, &list); err != nil {
			return nil, fmt.Errorf("is not a list of values")
		}
		var out []string
		for _, item := range list {
			v, err := jsonScalar(item)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	}
	v, err := jsonScalar(trimmed)
	if err != nil {
		return nil, err
	}
	return []string{v}, nil
}

// jsonScalar reads a string, number or boolean as text.
func jsonScalar(raw json.RawMessage) (string, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", fmt.Errorf("cannot be read")
	}
	switch x := v.(type) {
	case string:
		return x, nil
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), nil
	case bool:
		return strconv.FormatBool(x), nil
	}
	return "", fmt.Errorf("must be text, a number or true/false")
}

func jsonKeys() string {
	var keys []string
	for _, f := range factSetters {
		if f.json != "" {
			keys = append(keys, strconv.Quote(f.json))
		}
	}
	return strings.Join(keys, ", ")
}
