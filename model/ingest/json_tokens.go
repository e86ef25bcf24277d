package ingest

// The functions here measure JSON tokens in a text, testing eight bytes at
// a time where they can; jsonScanner and its skip share them.

import "math/bits"

// stringStop marks the bytes that end a run of plain string content: the
// quote, the backslash and the control characters JSON does not allow raw.
var stringStop = func() (stop [256]bool) {
	for c := range 0x20 {
		stop[c] = true
	}
	stop['"'], stop['\\'] = true, true
	return stop
}()

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
