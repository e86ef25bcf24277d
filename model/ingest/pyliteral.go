package ingest

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/model"
)

var rawJSONMarker = regexp.MustCompile(`(?m)^\s*Raw JSON\s*$`)

// isRecordViewer reports whether a page embeds a study after "Raw JSON".
func isRecordViewer(text string) bool {
	loc := findRawJSONMarker(text)
	return loc != nil && strings.HasPrefix(strings.TrimSpace(text[loc[1]:]), "{")
}

// findRawJSONMarker returns where rawJSONMarker first matches text, or
// nil. The pattern searches from the last non-space byte before the first
// "Raw JSON": no match can begin before it, since only spaces lie between
// a match's start and its "Raw JSON".
func findRawJSONMarker(text string) []int {
	first := strings.Index(text, "Raw JSON")
	if first < 0 {
		return nil
	}
	from := max(len(strings.TrimRight(text[:first], regexpSpace))-1, 0)
	loc := rawJSONMarker.FindStringIndex(text[from:])
	if loc == nil {
		return nil
	}
	return []int{from + loc[0], from + loc[1]}
}

// readRecordViewer reads the study a record viewer page embeds as a Python
// literal after its "Raw JSON" line.
func readRecordViewer(text string) ([]model.Trial, error) {
	loc := findRawJSONMarker(text)
	if loc == nil {
		return nil, errors.New(`the page has no "Raw JSON" line`)
	}
	data, err := pythonLiteralToJSON(text[loc[1]:])
	if err != nil {
		var syntax *pySyntaxError
		if errors.As(err, &syntax) {
			line, column := lineAndColumn(text, int64(loc[1]+syntax.pos))
			return nil, fmt.Errorf("the study after \"Raw JSON\" is broken at line %d, column %d (%s); copy the whole record page again", line, column, syntax.msg)
		}
		return nil, err
	}
	return readCTGovJSON(data)
}

// pySyntaxError says where a Python literal is broken and how.
type pySyntaxError struct {
	pos int
	msg string
}

func (e *pySyntaxError) Error() string { return fmt.Sprintf("at byte %d: %s", e.pos, e.msg) }

// pyParser reads a Python literal: dicts, lists, tuples, single- or
// double-quoted strings with escapes, numbers, True, False and None. It
// writes the JSON of what it reads, so no tree of values is ever built.
type pyParser struct {
	src string
	pos int
	out strings.Builder
}

// pythonLiteralToJSON turns the first Python literal in src into JSON: a
// dict becomes an object (keys that are not strings become their text), a
// tuple a list, None null.
func pythonLiteralToJSON(src string) (string, error) {
	p := &pyParser{src: src}
	p.out.Grow(len(src) + len(src)/8)
	p.skipSpace()
	if err := p.value(0); err != nil {
		return "", err
	}
	return p.out.String(), nil
}

const maxLiteralDepth = 200

func (p *pyParser) errorf(format string, args ...any) error {
	return &pySyntaxError{pos: p.pos, msg: fmt.Sprintf(format, args...)}
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

var pyWords = []struct{ python, json string }{{"True", "true"}, {"False", "false"}, {"None", "null"}}

func (p *pyParser) value(depth int) error {
	if depth > maxLiteralDepth {
		return p.errorf("nested too deeply")
	}
	if p.pos >= len(p.src) {
		return p.errorf("it stops in the middle")
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
		for _, w := range pyWords {
			if strings.HasPrefix(p.src[p.pos:], w.python) {
				p.pos += len(w.python)
				p.out.WriteString(w.json)
				return nil
			}
		}
		r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
		return p.errorf("unexpected %q", r)
	}
}

func (p *pyParser) dict(depth int) error {
	p.pos++
	p.out.WriteByte('{')
	for n := 0; ; n++ {
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == '}' {
			p.pos++
			p.out.WriteByte('}')
			return nil
		}
		if n > 0 {
			p.out.WriteByte(',')
		}
		if err := p.key(depth); err != nil {
			return err
		}
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			return p.errorf("a ':' is missing after a dict key")
		}
		p.pos++
		p.out.WriteByte(':')
		p.skipSpace()
		if err := p.value(depth + 1); err != nil {
			return err
		}
		if err := p.separator('}'); err != nil {
			return err
		}
	}
}

// key writes a dict key as a JSON string: a string as it is, a number,
// True, False or None as its JSON text.
func (p *pyParser) key(depth int) error {
	if p.pos < len(p.src) {
		switch c := p.src[p.pos]; c {
		case '\'', '"':
			return p.str()
		case '{', '[', '(':
			return p.errorf("a dict key is not a string, a number, True, False or None")
		}
	}
	scalar := &pyParser{src: p.src, pos: p.pos}
	err := scalar.value(depth + 1)
	p.pos = scalar.pos
	if err != nil {
		return err
	}
	writeJSONString(&p.out, scalar.out.String())
	return nil
}

func (p *pyParser) list(depth int) error {
	closer := byte(']')
	if p.src[p.pos] == '(' {
		closer = ')'
	}
	p.pos++
	p.out.WriteByte('[')
	for n := 0; ; n++ {
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == closer {
			p.pos++
			p.out.WriteByte(']')
			return nil
		}
		if n > 0 {
			p.out.WriteByte(',')
		}
		if err := p.value(depth + 1); err != nil {
			return err
		}
		if err := p.separator(closer); err != nil {
			return err
		}
	}
}

// separator consumes a ',' or stops before the closer.
func (p *pyParser) separator(closer byte) error {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return p.errorf("it stops in the middle")
	}
	switch p.src[p.pos] {
	case ',':
		p.pos++
		return nil
	case closer:
		return nil
	}
	return p.errorf("a ',' or %q is missing", closer)
}

// numberLength returns the length of the number that starts s: an
// optional sign, digits with an optional fraction (or a fraction alone),
// and an optional exponent; 0 when s starts with none.
func numberLength(s string) int {
	digits := func(i int) int {
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i
	}
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	start := i
	i = digits(i)
	whole := i > start
	if i < len(s) && s[i] == '.' {
		if j := digits(i + 1); whole || j > i+1 {
			i = j
		}
	}
	if i == start {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '-' || s[j] == '+') {
			j++
		}
		if k := digits(j); k > j {
			i = k
		}
	}
	return i
}

func (p *pyParser) number() error {
	m := p.src[p.pos : p.pos+numberLength(p.src[p.pos:])]
	if m == "" {
		return p.errorf("a number is malformed")
	}
	v, err := strconv.ParseFloat(m, 64)
	if err != nil {
		return p.errorf("the number %q is out of range", m)
	}
	p.pos += len(m)
	format := byte('f')
	if abs := math.Abs(v); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	var buf [32]byte
	p.out.Write(strconv.AppendFloat(buf[:0], v, format, -1, 64))
	return nil
}

// str reads a quoted string, with Python's escapes, and writes it as a
// JSON string.
func (p *pyParser) str() error {
	quote, opening := p.src[p.pos], p.pos
	p.pos++
	var b strings.Builder
	start := p.pos
	for p.pos < len(p.src) {
		switch c := p.src[p.pos]; c {
		case quote:
			b.WriteString(p.src[start:p.pos])
			p.pos++
			writeJSONString(&p.out, b.String())
			return nil
		case '\\':
			b.WriteString(p.src[start:p.pos])
			if err := p.escape(&b); err != nil {
				return err
			}
			start = p.pos
		default:
			p.pos++
		}
	}
	p.pos = opening
	return p.errorf("the string that starts here is not closed")
}

var simpleEscapes = map[byte]string{'n': "\n", 't': "\t", 'r': "\r", '\\': "\\", '\'': "'", '"': "\"", '\n': "", 'a': "\a", 'b': "\b", 'f': "\f", 'v': "\v", '0': "\x00"}

func (p *pyParser) escape(b *strings.Builder) error {
	if p.pos+1 >= len(p.src) {
		return p.errorf("an escape is not finished")
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
		return p.errorf("the \\%c escape is too short", c)
	}
	n, err := strconv.ParseUint(p.src[start:start+width], 16, 32)
	if err != nil || n > utf8.MaxRune {
		return p.errorf("the \\%c escape is malformed", c)
	}
	b.WriteRune(rune(n))
	p.pos = start + width
	return nil
}

// writeJSONString writes s as a JSON string.
func writeJSONString(out *strings.Builder, s string) {
	const hex = "0123456789abcdef"
	out.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		out.WriteString(s[start:i])
		switch c {
		case '"', '\\':
			out.WriteByte('\\')
			out.WriteByte(c)
		case '\n':
			out.WriteString(`\n`)
		case '\t':
			out.WriteString(`\t`)
		default:
			out.WriteString(`\u00`)
			out.WriteByte(hex[c>>4])
			out.WriteByte(hex[c&0xF])
		}
		start = i + 1
	}
	out.WriteString(s[start:])
	out.WriteByte('"')
}
