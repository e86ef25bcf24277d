package ingest

import "strings"

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
