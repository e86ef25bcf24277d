package app

import (
	"bytes"
	"io"
	"testing"
)

// TestJSONListPrintsAsWriteJSON checks that a list printed one element at
// a time reads byte for byte as the whole slice printed at once.
func TestJSONListPrintsAsWriteJSON(t *testing.T) {
	type item struct {
		Text  string   `json:"text"`
		Items []string `json:"items"`
	}
	for _, items := range [][]item{
		{},
		{{Text: "≥ 18 years <b>", Items: []string{}}},
		{{Text: "a", Items: []string{"x", "y"}}, {Text: "b"}, {Text: "c\nd", Items: []string{"z"}}},
	} {
		var whole, listed bytes.Buffer
		writeJSON(&whole, io.Discard, "test", items)
		list := newJSONList(&listed)
		for _, it := range items {
			list.add(it)
		}
		if err := list.close(); err != nil {
			t.Fatal(err)
		}
		if whole.String() != listed.String() {
			t.Errorf("listed\n%s\nwant\n%s", listed.String(), whole.String())
		}
	}
}
