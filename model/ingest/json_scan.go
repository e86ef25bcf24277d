package ingest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// maxJSONDepth is how deeply jsonScanner nests before it gives up, well
// inside encoding/json's own limit.
const maxJSONDepth = 1000

// jsonScanner reads JSON text in one pass, validating what it skips as
// encoding/json does. It gives up, for good, on anything it does not read
// exactly as encoding/json would: bad JSON, a value of the wrong kind, a key
// that only matches a field when letter case is ignored or after it is
// unescaped, a text read that is not valid UTF-8. Its methods do nothing
// once it has given up, so callers check failed only where they stop.
type jsonScanner struct {
	data   string
	pos    int
	depth  int
	failed bool
	// open is set when a container has just been entered: its first key
	// or element follows without a comma.
	open bool
}

// giveUp stops the scan.
func (s *jsonScanner) giveUp() {
	s.failed = true
	s.pos = len(s.data)
}

// space skips JSON white space.
func (s *jsonScanner) space() {
	data, i := s.data, s.pos
	for i < len(data) {
		switch data[i] {
		case ' ':
			i = skipSpaces(data, i)
		case '\n', '\r', '\t':
			i++
		default:
			s.pos = i
			return
		}
	}
	s.pos = i
}

// peek skips white space and returns the next byte, or 0 at the end.
func (s *jsonScanner) peek() byte {
	if s.pos < len(s.data) && s.data[s.pos] > ' ' {
		return s.data[s.pos]
	}
	s.space()
	if s.pos < len(s.data) {
		return s.data[s.pos]
	}
	return 0
}

// enter enters the container (opened by '{' or '[') that comes next. It
// returns false, with the value consumed, for null; any other value gives
// up.
func (s *jsonScanner) enter(opening byte) bool {
	switch s.peek() {
	case opening:
		s.pos++
		s.depth++
		if s.depth > maxJSONDepth {
			s.giveUp()
			return false
		}
		s.open = true
		return true
	case 'n':
		s.literal("null")
	default:
		s.giveUp()
	}
	return false
}

// more reports whether the entered container holds another member, reading
// the comma before it; at the closing byte it leaves the container.
func (s *jsonScanner) more(closing byte) bool {
	c := s.peek()
	first := s.open
	s.open = false
	switch {
	case s.failed:
		return false
	case c == closing:
		s.pos++
		s.depth--
		return false
	case first:
		return true
	case c == ',':
		s.pos++
		s.space()
		return true
	}
	s.giveUp()
	return false
}

// key reads the next key of the entered object and the colon after it; ok
// is false at the end of the object. plain is false for a key with an
// escape or a byte outside ASCII, which is returned as written.
func (s *jsonScanner) key() (key string, plain, ok bool) {
	if !s.more('}') {
		return "", false, false
	}
	if s.peek() != '"' {
		s.giveUp()
		return "", false, false
	}
	key, escaped, wide := s.rawString()
	plain = !escaped && !wide
	if s.peek() != ':' {
		s.giveUp()
		return "", false, false
	}
	s.pos++
	return key, plain, !s.failed
}

// element reports whether the entered array holds another element.
func (s *jsonScanner) element() bool {
	return s.more(']')
}

// rawString reads the string that starts at pos and returns its text as
// written, without the quotes, and whether it holds an escape or a byte
// outside ASCII. It validates the escapes.
func (s *jsonScanner) rawString() (raw string, escaped, wide bool) {
	end, escaped, wide := stringEnd(s.data, s.pos)
	if end < 0 {
		s.giveUp()
		return "", false, false
	}
	raw = s.data[s.pos+1 : end-1]
	s.pos = end
	return raw, escaped, wide
}

// text reads a string value as encoding/json reads it into a string: null
// leaves old as it is.
func (s *jsonScanner) text(old string) string {
	switch s.peek() {
	case '"':
		raw, escaped, wide := s.rawString()
		switch {
		case wide && !utf8.ValidString(raw):
			s.giveUp()
		case escaped:
			return unescape(raw)
		}
		return raw
	case 'n':
		s.literal("null")
		return old
	}
	s.giveUp()
	return old
}

// unescape decodes the escapes of a valid raw string of valid UTF-8 into
// one new string, allocated once, as encoding/json decodes them.
func unescape(raw string) string {
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		next := strings.IndexByte(raw[i:], '\\')
		if next < 0 {
			b.WriteString(raw[i:])
			break
		}
		b.WriteString(raw[i : i+next])
		i += next
		switch raw[i+1] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r := hex4(raw[i+2 : i+6])
			i += 6
			if utf16.IsSurrogate(r) {
				// As encoding/json: a surrogate pair is one character, any
				// other surrogate U+FFFD.
				pair := unicode.ReplacementChar
				if strings.HasPrefix(raw[i:], `\u`) {
					pair = utf16.DecodeRune(r, hex4(raw[i+2:i+6]))
				}
				r = unicode.ReplacementChar
				if pair != unicode.ReplacementChar {
					r = pair
					i += 6
				}
			}
			b.WriteRune(r)
			continue
		default: // '"', '\\', '/'
			b.WriteByte(raw[i+1])
		}
		i += 2
	}
	return b.String()
}

// literal reads the literal word, true, false or null, at pos.
func (s *jsonScanner) literal(word string) {
	if !strings.HasPrefix(s.data[s.pos:], word) {
		s.giveUp()
		return
	}
	s.pos += len(word)
}

// number reads the number at pos and returns its text.
func (s *jsonScanner) number() string {
	end := numberEnd(s.data, s.pos)
	if end < 0 {
		s.giveUp()
		return ""
	}
	n := s.data[s.pos:end]
	s.pos = end
	return n
}

// count reads a whole number as encoding/json reads it into an *int: null
// makes it nil.
func (s *jsonScanner) count(old *int) *int {
	switch c := s.peek(); {
	case c == 'n':
		s.literal("null")
		return nil
	case c == '-' || '0' <= c && c <= '9':
		n, err := strconv.ParseInt(s.number(), 10, 0)
		if err != nil || s.failed {
			s.giveUp()
			return old
		}
		if old == nil {
			old = new(int)
		}
		*old = int(n)
		return old
	}
	s.giveUp()
	return old
}

// end reports whether only white space follows and nothing went wrong.
func (s *jsonScanner) end() bool {
	s.space()
	return !s.failed && s.pos == len(s.data)
}

// decodeList reads a list as encoding/json reads it into a slice: null
// makes it nil, and the elements of old are decoded into again, as
// encoding/json does when a key comes twice.
func decodeList[T any](s *jsonScanner, old []T, read func(*T)) []T {
	if !s.enter('[') {
		if s.failed {
			return old
		}
		return nil
	}
	list := old
	i := 0
	for s.element() {
		if i == len(list) {
			if i < cap(list) {
				list = list[:i+1]
			} else {
				var zero T
				list = append(list, zero)
			}
		}
		read(&list[i])
		i++
	}
	if i == 0 {
		return []T{}
	}
	return list[:i]
}

// texts reads a list of strings as encoding/json reads it into a []string.
func (s *jsonScanner) texts(old []string) []string {
	return decodeList(s, old, func(t *string) { *t = s.text(*t) })
}
