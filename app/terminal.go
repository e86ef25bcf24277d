package app

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// The command line's output never lets a document's text drive the
// terminal. Two things see to it, and every command uses both:
//
//   - Main hands each command its standard output and error wrapped in a
//     terminalWriter, which escapes every control character that passes
//     (escape sequences, bells, backspaces, C1 controls, DEL, bidi
//     overrides) and lets only line ends and tabs through;
//   - say prints a message whose arguments (file names, titles, errors)
//     are each kept on one line, so that a line end in a file name or a
//     title cannot forge a line of output.
//
// Escapes read as JSON writes them ("\u001b"), so the JSON output that
// passes through the writer stays valid JSON with the same values: there a
// raw control character can only stand inside a string.

// terminalWriter escapes the control characters in what it writes, except
// line ends and tabs; see escapeControls. A character split between two
// writes is held until the next.
type terminalWriter struct {
	w io.Writer
	// partial is the start of a UTF-8 sequence that the last write cut off.
	partial []byte
}

// newTerminalWriter wraps w.
func newTerminalWriter(w io.Writer) *terminalWriter { return &terminalWriter{w: w} }

// Write escapes p's control characters and writes the result. It reports
// all of p written when the underlying write succeeds.
func (t *terminalWriter) Write(p []byte) (int, error) {
	data := p
	if len(t.partial) > 0 {
		data = append(t.partial, p...)
		t.partial = nil
	}
	if cut := incompleteTail(data); cut > 0 {
		t.partial = append([]byte(nil), data[len(data)-cut:]...)
		data = data[:len(data)-cut]
	}
	if _, err := t.w.Write(escapeControls(data, true)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a character cut short at the very end, escaped.
func (t *terminalWriter) Flush() error {
	if len(t.partial) == 0 {
		return nil
	}
	rest := t.partial
	t.partial = nil
	_, err := t.w.Write(escapeControls(rest, true))
	return err
}

// incompleteTail returns how many bytes at the end of data begin a UTF-8
// sequence that is not complete yet, or 0.
func incompleteTail(data []byte) int {
	for back := 1; back <= min(len(data), utf8.UTFMax-1); back++ {
		b := data[len(data)-back]
		if b < utf8.RuneSelf {
			return 0
		}
		if utf8.RuneStart(b) {
			if utf8.FullRune(data[len(data)-back:]) {
				return 0
			}
			return back
		}
	}
	return 0
}

// say prints a message to w as fmt.Fprintf does, with every string, error
// and Stringer argument on one line: a line end or any other control
// character in it is shown escaped ("\n"). The format itself is the
// program's own and is printed as written.
func say(w io.Writer, format string, args ...any) {
	shown := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case string:
			shown[i] = oneLine(v)
		case error:
			shown[i] = oneLine(v.Error())
		case fmt.Stringer:
			shown[i] = oneLine(v.String())
		default:
			shown[i] = a
		}
	}
	fmt.Fprintf(w, format, shown...)
}

// oneLine escapes every control character of s, line ends included.
func oneLine(s string) string {
	if !needsEscape([]byte(s), false) {
		return s
	}
	return string(escapeControls([]byte(s), false))
}

// escapeControls returns data with each control character written as an
// escape: "\n", "\r" and "\t" as such, any other as "\u001b"; a byte that
// is not UTF-8 as "\x9b". keepLines lets line ends and tabs through
// unchanged. data is returned as it is when nothing needs escaping.
func escapeControls(data []byte, keepLines bool) []byte {
	if !needsEscape(data, keepLines) {
		return data
	}
	var out strings.Builder
	out.Grow(len(data) + 16)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&out, `\x%02x`, data[0])
		case !isControl(r) || keepLines && (r == '\n' || r == '\t'):
			out.Write(data[:size])
		case r == '\n':
			out.WriteString(`\n`)
		case r == '\r':
			out.WriteString(`\r`)
		case r == '\t':
			out.WriteString(`\t`)
		default:
			fmt.Fprintf(&out, `\u%04x`, r)
		}
		data = data[size:]
	}
	return []byte(out.String())
}

// needsEscape reports whether data holds a control character or a byte
// that is not UTF-8 (line ends and tabs pass when keepLines).
func needsEscape(data []byte, keepLines bool) bool {
	for i := 0; i < len(data); {
		b := data[i]
		if b < utf8.RuneSelf {
			if (b < ' ' || b == 0x7f) && !(keepLines && (b == '\n' || b == '\t')) {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 || isControl(r) {
			return true
		}
		i += size
	}
	return false
}

// isControl reports whether a terminal may act on r rather than show it:
// the C0 and C1 controls and DEL, the marks, embeddings, overrides and
// isolates that reorder bidirectional text, and the line and paragraph
// separators.
func isControl(r rune) bool {
	switch {
	case r < ' ', r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f:
		return true
	case r >= 0x2028 && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
