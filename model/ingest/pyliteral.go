package ingest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
)

var rawJSONMarker = regexp.MustCompile(`(?m)^\s*Raw JSON\s*$`)

// isRecordViewer reports whether a page embeds a study after "Raw JSON".
func isRecordViewer(text string) bool {
	if !strings.Contains(text, "Raw JSON") {
		return false
	}
	loc := rawJSONMarker.FindStringIndex(text)
	return loc != nil && strings.HasPrefix(strings.TrimSpace(text[loc[1]:]), "{")
}

// readRecordViewer reads the study a record viewer page embeds as a Python
// literal after its "Raw JSON" line.
func readRecordViewer(text string) ([]model.Trial, error) {
	loc := rawJSONMarker.FindStringIndex(text)
	if loc == nil {
		return nil, fmt.Errorf("no \"Raw JSON\" line")
	}
	value, err := parsePythonLiteral(text[loc[1]:])
	if err != nil {
		return nil, fmt.Errorf("reading the study after \"Raw JSON\": %w", err)
	}
	data, err := json.Marshal(value)
	if err != nil {
		return nil, fmt.Errorf("converting the study after \"Raw JSON\": %w", err)
	}
	return studiesFromJSON(string(data))
}

// pyParser reads a Python literal: dicts, lists, tuples, single- or
// double-quoted strings with escapes, numbers, True, False and None.
type pyParser struct {
	src string
	pos int
}

// parsePythonLiteral parses the first Python literal in src into the values
// encoding/json produces: map[string]any, []any, string, float64, bool, nil.
func parsePythonLiteral(src string) (any, error) {
	p := &pyParser{src: src}
	p.skipSpace()
	return p.value(0)
}

const maxLiteralDepth = 200

func (p *pyParser) errorf(format string, args ...any) error {
	return fmt.Errorf("at byte %d: %s", p.pos, fmt.Sprintf(format, args...))
}

func (p *pyParser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *pyParser) value(depth int) (any, error) {
	if depth > maxLiteralDepth {
		return nil, p.errorf("nested too deeply")
	}
	if p.pos >= len(p.src) {
		return nil, p.errorf("unexpected end of text")
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.dict(depth)
	case c == '[' || c == '(':
		return p.list(depth)
	case c == '\'' || c == '"':
		return p.str()
	case c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'):
		return p.number()
	default:
		for word, v := range map[string]any{"True": true, "False": false, "None": nil} {
			if strings.HasPrefix(p.src[p.pos:], word) {
				p.pos += len(word)
				return v, nil
			}
		}
		return nil, p.errorf("unexpected %q", c)
	}
}

func (p *pyParser) dict(depth int) (any, error) {
	p.pos++
	out := map[string]any{}
	for {
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == '}' {
			p.pos++
			return out, nil
		}
		key, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			return nil, p.errorf("expected ':' after a dict key")
		}
		p.pos++
		p.skipSpace()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		out[fmt.Sprint(key)] = v
		if err := p.separator('}'); err != nil {
			return nil, err
		}
	}
}

func (p *pyParser) list(depth int) (any, error) {
	closer := byte(']')
	if p.src[p.pos] == '(' {
		closer = ')'
	}
	p.pos++
	out := []any{}
	for {
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == closer {
			p.pos++
			return out, nil
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		if err := p.separator(closer); err != nil {
			return nil, err
		}
	}
}

// separator consumes a ',' or stops before the closer.
func (p *pyParser) separator(closer byte) error {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return p.errorf("unexpected end of text")
	}
	switch p.src[p.pos] {
	case ',':
		p.pos++
		return nil
	case closer:
		return nil
	}
	return p.errorf("expected ',' or %q", closer)
}

var pyNumber = regexp.MustCompile(`^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`)

func (p *pyParser) number() (any, error) {
	m := pyNumber.FindString(p.src[p.pos:])
	if m == "" {
		return nil, p.errorf("bad number")
	}
	p.pos += len(m)
	v, err := strconv.ParseFloat(m, 64)
	if err != nil {
		return nil, p.errorf("bad number %q", m)
	}
	return v, nil
}

func (p *pyParser) str() (any, error) {
	quote := p.src[p.pos]
	p.pos++
	var b strings.Builder
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == quote:
			p.pos++
			return b.String(), nil
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return nil, err
			}
		default:
			r, size := utf8.DecodeRuneInString(p.src[p.pos:])
			b.WriteRune(r)
			p.pos += size
		}
	}
	return nil, p.errorf("unterminated string")
}

var simpleEscapes = map[byte]string{'n': "\n", 't': "\t", 'r': "\r", '\\': "\\", '\'': "'", '"': "\"", '\n': "", 'a': "\a", 'b': "\b", 'f': "\f", 'v': "\v", '0': "\x00"}

func (p *pyParser) escape(b *strings.Builder) error {
	if p.pos+1 >= len(p.src) {
		return p.errorf("unterminated escape")
	}
	c := p.src[p.pos+1]
	if s, ok := simpleEscapes[c]; ok {
		b.WriteString(s)
		p.pos += 2
		return nil
	}
	width := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
	if width == 0 {
		// Python keeps an unknown escape as written.
		b.WriteByte('\\')
		p.pos++
		return nil
	}
	start := p.pos + 2
	if start+width > len(p.src) {
		return p.errorf("short \\%c escape", c)
	}
	n, err := strconv.ParseUint(p.src[start:start+width], 16, 32)
	if err != nil || n > utf8.MaxRune {
		return p.errorf("bad \\%c escape", c)
	}
	b.WriteRune(rune(n))
	p.pos = start + width
	return nil
}
