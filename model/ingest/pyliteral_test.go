package ingest

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestPythonLiteralToJSON holds the literals a record viewer prints and the
// JSON each becomes.
func TestPythonLiteralToJSON(t *testing.T) {
	for _, tt := range []struct{ literal, want string }{
		{`{'a': 'b', "c": "d's"}`, `{"a":"b","c":"d's"}`},
		{`{'t': True, 'f': False, 'n': None}`, `{"t":true,"f":false,"n":null}`},
		{`[1, -2.5, +3, .5, 1e3, 10.0, 1e-7, 2e21]`, `[1,-2.5,3,0.5,1000,10,1e-07,2e+21]`},
		{`(1, (2, 3), [])`, `[1,[2,3],[]]`},
		{`{1: 'one', None: 'none', 2.5: 'x'}`, `{"1":"one","null":"none","2.5":"x"}`},
		{`'tab\there \'q\' \x41\u00e9\U0001F600 \d'`, `"tab\there 'q' Aé😀 \\d"`},
		{`"line\nbreak \"quoted\" back\\slash \x01"`, `"line\nbreak \"quoted\" back\\slash \u0001"`},
		{"{'a': [1, 2,], 'b': {},}  trailing text", `{"a":[1,2],"b":{}}`},
	} {
		got, err := pythonLiteralToJSON(tt.literal)
		if err != nil || got != tt.want {
			t.Errorf("%s\n got %s (%v)\nwant %s", tt.literal, got, err, tt.want)
			continue
		}
		if !json.Valid([]byte(got)) {
			t.Errorf("%s: not valid JSON: %s", tt.literal, got)
		}
	}
}

// TestRecordViewerMessages: a broken literal is told by line and column.
func TestRecordViewerMessages(t *testing.T) {
	for _, tt := range []struct{ literal, want string }{
		{"{'protocolSection': {'a': 1\n", `broken at line 4, column 1 (it stops in the middle)`},
		{"{'protocolSection': {'a' 1}}", `broken at line 3, column 26 (a ':' is missing after a dict key)`},
		{"{'protocolSection': {'a': 'open}}", `broken at line 3, column 27 (the string that starts here is not closed)`},
		{"{'protocolSection': {'a': nan}}", `broken at line 3, column 27 (unexpected 'n')`},
		{"{'protocolSection': {('a', 1): 2}}", `(a dict key is not a string, a number, True, False or None)`},
		{"{'protocolSection': {'a': 1e999}}", `(the number "1e999" is out of range)`},
		{"{'protocolSection': " + strings.Repeat("[", 300) + "}", `(nested too deeply)`},
	} {
		res := Read("viewer.txt", []byte("Viewing Study\nRaw JSON\n"+tt.literal))
		if res.Err == nil || !strings.Contains(res.Err.Error(), tt.want) || !strings.Contains(res.Err.Error(), "copy the whole record page again") {
			t.Errorf("%s: err = %v, want %q", tt.literal, res.Err, tt.want)
		}
	}
}

// TestNumberLength holds the numbers a literal may start with.
func TestNumberLength(t *testing.T) {
	for text, want := range map[string]int{
		"123,": 3, "1.": 2, "1.5]": 3, ".5": 2, "-.5e3": 5, "+1E-7x": 5, "1e": 1, "1e+": 1,
		".": 0, "-": 0, "+.": 0, "e5": 0, "": 0, "007": 3, "1..2": 2,
	} {
		if got := numberLength(text); got != want {
			t.Errorf("numberLength(%q) = %d, want %d", text, got, want)
		}
	}
}
