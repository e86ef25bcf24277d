package ingest

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxJSONDepth is how deeply jsonScanner nests before it gives up, well
// inside encoding/json's own limit.
const maxJSONDepth = 1000

// jsonScanner reads JSON text in one pass, validating what it skips as
// encoding/json does. It gives up, for good, on anything it does not read
// exactly as encoding/json would: bad JSON, a value of the wrong kind, a key
// that only matches a field when letter case is ignored, a string with a
// surrogate escape or invalid UTF-8. Its methods do nothing once it has
// given up, so callers check failed only where they stop.
type jsonScanner struct {
	data   string
	pos    int
	depth  int
	failed bool
	// open is set when a container has just been entered: its first key
	// or element follows without a comma.
	open bool
	// buf is reused to unescape strings.
	buf []byte
}

// stringStop marks the bytes that end a run of plain string content: the
// quote, the backslash and the control characters JSON does not allow raw.
var stringStop = func() (stop [256]bool) {
	for c := range 0x20 {
		stop[c] = true
	}
	stop['"'], stop['\\'] = true, true
	return stop
}()

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

// skipSpaces returns the index of the first byte from i on that is not a
// space, testing eight bytes at a time: the indentation of pretty-printed
// JSON.
func skipSpaces(data string, i int) int {
	for ; i+8 <= len(data); i += 8 {
		if other := word(data[i:i+8]) ^ eightSpaces; other != 0 {
			return i + bits.TrailingZeros64(other)/8
		}
	}
	for i < len(data) && data[i] == ' ' {
		i++
	}
	return i
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

// stringEnd returns the index just past the string whose opening quote is
// at data[start], and whether it holds an escape or a byte outside ASCII;
// end is -1 when the string is cut short or not valid JSON.
func stringEnd(data string, start int) (end int, escaped, wide bool) {
	// high gathers the bytes read, to see whether any is outside ASCII.
	var high uint64
	for i := start + 1; i < len(data); {
		if i+8 <= len(data) {
			w := word(data[i : i+8])
			stops := stringStops(w)
			if stops == 0 {
				high |= w
				i += 8
				continue
			}
			n := bits.TrailingZeros64(stops) / 8
			high |= w & (1<<(8*n) - 1)
			i += n
		} else {
			for i < len(data) && !stringStop[data[i]] {
				high |= uint64(data[i])
				i++
			}
			if i == len(data) {
				break
			}
		}
		switch data[i] {
		case '"':
			return i + 1, escaped, high&highBits != 0
		case '\\':
			escaped = true
			n := escapeLength(data[i:])
			if n == 0 {
				return -1, false, false
			}
			i += n
		default:
			return -1, false, false
		}
	}
	return -1, false, false
}

// The words of eight bytes that string and space scanning test at once.
const (
	eightSpaces = 0x2020202020202020
	lowBits     = 0x0101010101010101
	highBits    = 0x8080808080808080
)

// word returns eight bytes as one little-endian number.
func word(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// stringStops marks, by the high bit of each byte, the bytes of w that are
// a quote, a backslash or a control character. (x - lowBits) &^ x &
// highBits marks the bytes of x that are zero, and (w - 0x20 in each byte)
// &^ w & highBits those below 0x20; a borrow can mark a byte above a marked
// one wrongly, but the lowest mark is always right.
func stringStops(w uint64) uint64 {
	quote := w ^ ('"' * lowBits)
	backslash := w ^ ('\\' * lowBits)
	return ((quote-lowBits)&^quote | (backslash-lowBits)&^backslash | (w-0x20*lowBits)&^w) & highBits
}

// escapeLength returns the length of the escape at the start of text, or 0
// if it is not a valid JSON escape.
func escapeLength(text string) int {
	if len(text) < 2 {
		return 0
	}
	switch text[1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2
	case 'u':
		if len(text) >= 6 && hex4(text[2:6]) >= 0 {
			return 6
		}
	}
	return 0
}

// hex4 reads four hexadecimal digits, or returns -1.
func hex4(digits string) rune {
	var r rune
	for i := range 4 {
		c := digits[i]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// text reads a string value as encoding/json reads it into a string: null
// leaves old as it is.
func (s *jsonScanner) text(old string) string {
	switch s.peek() {
	case '"':
		raw, escaped, wide := s.rawString()
		switch {
		case escaped:
			return s.unescape(raw)
		case wide && !utf8.ValidString(raw):
			s.giveUp()
		}
		return raw
	case 'n':
		s.literal("null")
		return old
	}
	s.giveUp()
	return old
}

// unescape decodes the escapes of a valid raw string. It gives up on
// invalid UTF-8 and on surrogate escapes, which encoding/json replaces.
func (s *jsonScanner) unescape(raw string) string {
	b := s.buf[:0]
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			next := strings.IndexByte(raw[i:], '\\')
			if next < 0 {
				next = len(raw) - i
			}
			b = append(b, raw[i:i+next]...)
			i += next
			continue
		}
		switch raw[i+1] {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := hex4(raw[i+2 : i+6])
			if utf16.IsSurrogate(r) {
				s.giveUp()
				return ""
			}
			b = utf8.AppendRune(b, r)
			i += 6
			continue
		default: // '"', '\\', '/'
			b = append(b, raw[i+1])
		}
		i += 2
	}
	s.buf = b
	if !utf8.Valid(b) {
		s.giveUp()
		return ""
	}
	return string(b)
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

// numberEnd returns the index just past the number that starts at
// data[i], or -1 if none does.
func numberEnd(data string, i int) int {
	digits := func() int {
		from := i
		for i < len(data) && '0' <= data[i] && data[i] <= '9' {
			i++
		}
		return i - from
	}
	if i < len(data) && data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case digits() == 0:
		return -1
	}
	if i < len(data) && data[i] == '.' {
		i++
		if digits() == 0 {
			return -1
		}
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if digits() == 0 {
			return -1
		}
	}
	return i
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

// What skip expects next.
const (
	skipValue      = iota // a value
	skipValueOrEnd        // a value, or the end of the array just opened
	skipKey               // an object's key
	skipKeyOrEnd          // a key, or the end of the object just opened
	skipNext              // a comma or the end of the open container
)

// skip reads any value, validating it. It walks the value in one loop
// over the text, keeping which of the open containers are objects.
func (s *jsonScanner) skip() {
	var stack [32]bool
	objects := stack[:0]
	data, i, expect := s.data, s.pos, skipValue
	for {
		for i < len(data) && data[i] <= ' ' {
			if data[i] == ' ' {
				i = skipSpaces(data, i)
			} else if c := data[i]; c == '\n' || c == '\r' || c == '\t' {
				i++
			} else {
				break
			}
		}
		if i == len(data) {
			s.giveUp()
			return
		}
		c := data[i]
		switch expect {
		case skipKey, skipKeyOrEnd:
			if c == '}' && expect == skipKeyOrEnd {
				i++
				objects = objects[:len(objects)-1]
				expect = skipNext
				break
			}
			end := -1
			if c == '"' {
				end, _, _ = stringEnd(data, i)
			}
			if end < 0 {
				s.giveUp()
				return
			}
			for i = end; i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'); i++ {
			}
			if i == len(data) || data[i] != ':' {
				s.giveUp()
				return
			}
			i++
			expect = skipValue
			continue
		case skipValue, skipValueOrEnd:
			end := -1
			switch {
			case c == ']' && expect == skipValueOrEnd:
				objects = objects[:len(objects)-1]
				end = i + 1
			case c == '{' || c == '[':
				objects = append(objects, c == '{')
				if s.depth+len(objects) > maxJSONDepth {
					s.giveUp()
					return
				}
				i++
				expect = skipValueOrEnd
				if c == '{' {
					expect = skipKeyOrEnd
				}
				continue
			case c == '"':
				end, _, _ = stringEnd(data, i)
			case c == 't' && strings.HasPrefix(data[i:], "true"), c == 'n' && strings.HasPrefix(data[i:], "null"):
				end = i + 4
			case c == 'f' && strings.HasPrefix(data[i:], "false"):
				end = i + 5
			default:
				end = numberEnd(data, i)
			}
			if end < 0 {
				s.giveUp()
				return
			}
			i, expect = end, skipNext
		case skipNext:
			switch {
			case c == ',':
				i++
				expect = skipValue
				if objects[len(objects)-1] {
					expect = skipKey
				}
				continue
			case c == '}' && objects[len(objects)-1], c == ']' && !objects[len(objects)-1]:
				i++
				objects = objects[:len(objects)-1]
			default:
				s.giveUp()
				return
			}
		}
		// A value ended at i: the whole value, once no container is open.
		if len(objects) == 0 {
			s.pos = i
			return
		}
	}
}

// span skips the next value and returns its text.
func (s *jsonScanner) span() string {
	s.space()
	start := s.pos
	s.skip()
	if s.failed {
		return ""
	}
	return s.data[start:s.pos]
}

// skipField skips the value of a key a decoder does not read. It gives up
// when encoding/json would still match the key to one of the fields the
// decoder reads, by ignoring case, or might after unescaping it.
func (s *jsonScanner) skipField(key string, plain bool, fields ...string) {
	if !plain {
		s.giveUp()
		return
	}
	for _, f := range fields {
		if len(f) == len(key) && strings.EqualFold(f, key) {
			s.giveUp()
			return
		}
	}
	s.skip()
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
