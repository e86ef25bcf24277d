package app

import (
	"bytes"
	"encoding/json"
	"io"
)

// jsonList prints a JSON array one element at a time, exactly as
// writeJSON prints a whole slice, so that a long list is never held in
// memory: `inspect --json` over a large board prints each trial as it is
// read.
type jsonList struct {
	w   io.Writer
	n   int
	err error
	buf bytes.Buffer
	enc *json.Encoder
}

func newJSONList(w io.Writer) *jsonList {
	l := &jsonList{w: w}
	l.enc = json.NewEncoder(&l.buf)
	l.enc.SetIndent("  ", "  ")
	l.enc.SetEscapeHTML(false)
	return l
}

// add prints v as the list's next element.
func (l *jsonList) add(v any) {
	if l.err != nil {
		return
	}
	l.buf.Reset()
	if l.n == 0 {
		l.buf.WriteString("[\n  ")
	} else {
		l.buf.WriteString(",\n  ")
	}
	if l.err = l.enc.Encode(v); l.err != nil {
		return
	}
	l.n++
	_, l.err = l.w.Write(bytes.TrimSuffix(l.buf.Bytes(), []byte("\n")))
}

// close ends the list and returns the first error in printing it.
func (l *jsonList) close() error {
	if l.err != nil {
		return l.err
	}
	end := "\n]\n"
	if l.n == 0 {
		end = "[]\n"
	}
	_, l.err = io.WriteString(l.w, end)
	return l.err
}
