package app

import (
	"bytes"
	"encoding/json"
	"io"
)

// jsonArray writes a JSON array element by element, indented as writeJSON
// indents a whole one, so that a command's output streams as its results
// come. When off, it writes nothing.
type jsonArray struct {
	w   io.Writer
	on  bool
	n   int
	err error
}

func newJSONArray(w io.Writer, on bool) *jsonArray { return &jsonArray{w: w, on: on} }

// add writes one element.
func (a *jsonArray) add(v any) {
	if !a.on || a.err != nil {
		return
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	if a.err = enc.Encode(v); a.err != nil {
		return
	}
	sep := "[\n  "
	if a.n > 0 {
		sep = ",\n  "
	}
	_, a.err = io.WriteString(a.w, sep+string(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))))
	a.n++
}

// end closes the array, and returns the first error in writing it.
func (a *jsonArray) end() error {
	if !a.on || a.err != nil {
		return a.err
	}
	closing := "\n]\n"
	if a.n == 0 {
		closing = "[]\n"
	}
	_, err := io.WriteString(a.w, closing)
	return err
}
