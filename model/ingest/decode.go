package ingest

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// MaxFileSize is the largest document that is read, 20 MiB.
const MaxFileSize = 20 << 20

// The reasons a document is refused.
var (
	ErrEmpty        = errors.New("the file is empty")
	ErrTooLarge     = errors.New("the file is larger than 20 MiB")
	ErrBinary       = errors.New("the file is binary, not text")
	ErrUndecodable  = errors.New("the text is not UTF-8, UTF-16 or Windows-1252")
	ErrNotTrialLike = errors.New("nothing in it looks like a clinical trial (no NCT number, phase, age range or criteria)")
	// ErrStatesNothing refuses a page that speaks of a trial, as a news
	// item may, but states nothing the comparison shows.
	ErrStatesNothing = errors.New("it speaks of a clinical trial but states none of its NCT number, phase, targets, age range or criteria")
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	// undefined1252 are the bytes Windows-1252 leaves undefined.
	undefined1252 = []byte{0x81, 0x8D, 0x8F, 0x90, 0x9D}
)

// Decoded is a document's text and what decoding it had to repair.
type Decoded struct {
	Text string
	// Warnings say what was repaired, in the reader's words.
	Warnings []string
}

// Decode turns a document's bytes into text with "\n" line endings. It
// accepts UTF-8 with or without a byte order mark, UTF-16 with or without
// one, and Windows-1252, and refuses empty, oversized and binary input.
// UTF-8 with a few invalid bytes is read as UTF-8, each such byte replaced
// by U+FFFD, with a warning that counts them; Windows-1252 is chosen only
// for text with bytes above 0x7F and no valid multi-byte UTF-8 sequence.
// Valid UTF-8 is not copied: the text shares data's bytes, so the caller
// must not change data afterwards.
func Decode(data []byte) (Decoded, error) {
	switch {
	case len(data) == 0:
		return Decoded{}, ErrEmpty
	case len(data) > MaxFileSize:
		return Decoded{}, ErrTooLarge
	}
	var d Decoded
	var err error
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		d = decodeUTF8(data[len(bomUTF8):])
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		d.Text, err = decodeUTF16(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM))
	default:
		if order, ok := utf16WithoutBOM(data); ok {
			d.Text, err = decodeUTF16(data, unicode.UTF16(order, unicode.IgnoreBOM))
			if err == nil && looksBinary([]byte(d.Text[:min(len(d.Text), 8192)])) {
				err = ErrBinary
			}
			break
		}
		d, err = decodeUnmarked(data)
	}
	if err != nil {
		return Decoded{}, err
	}
	if strings.IndexByte(d.Text, 0) >= 0 {
		return Decoded{}, ErrBinary
	}
	d.Text = normalizeLines(d.Text)
	if strings.TrimSpace(d.Text) == "" {
		return Decoded{}, ErrEmpty
	}
	return d, nil
}

// decodeUnmarked decodes bytes with no byte order mark: UTF-8, UTF-8 with a
// few invalid bytes, or Windows-1252.
func decodeUnmarked(data []byte) (Decoded, error) {
	if looksBinary(data) {
		return Decoded{}, ErrBinary
	}
	if utf8.Valid(data) {
		return Decoded{Text: sharedText(data)}, nil
	}
	if hasMultiByteUTF8(data) {
		return decodeUTF8(data), nil
	}
	if hasUndefined1252(data) {
		return Decoded{}, ErrUndecodable
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return Decoded{}, fmt.Errorf("%w: %v", ErrUndecodable, err)
	}
	return Decoded{Text: string(text)}, nil
}

// decodeUTF16 decodes UTF-16 with dec, which knows the byte order.
func decodeUTF16(data []byte, dec encoding.Encoding) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%w: the file looks like UTF-16 but has an odd number of bytes, so it may be cut short", ErrUndecodable)
	}
	text, err := dec.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrUndecodable, err)
	}
	return string(text), nil
}

// utf16WithoutBOM reports whether data looks like UTF-16 text without a
// byte order mark, and in which order: in its first 8 KiB, one byte of a
// quarter or more of the pairs is NUL, as in Latin text, and the other
// byte almost never is.
func utf16WithoutBOM(data []byte) (unicode.Endianness, bool) {
	head := data[:min(len(data), 8192)&^1]
	pairs := len(head) / 2
	if pairs < 2 || bytes.IndexByte(head, 0) < 0 {
		return unicode.LittleEndian, false
	}
	var evenNUL, oddNUL int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			evenNUL++
		}
		if head[i+1] == 0 {
			oddNUL++
		}
	}
	switch {
	case oddNUL*4 >= pairs && evenNUL*20 <= oddNUL:
		return unicode.LittleEndian, true
	case evenNUL*4 >= pairs && oddNUL*20 <= evenNUL:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// hasMultiByteUTF8 reports whether data holds a valid UTF-8 sequence of
// more than one byte.
func hasMultiByteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || size > 1 {
			return true
		}
		i += size
	}
	return false
}

// decodeUTF8 reads data as UTF-8, replacing each invalid byte by U+FFFD
// and warning how many there were and on which line the first is.
func decodeUTF8(data []byte) Decoded {
	if utf8.Valid(data) {
		return Decoded{Text: sharedText(data)}
	}
	var b strings.Builder
	b.Grow(len(data) + 16)
	invalid, firstLine := 0, 0
	start := 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b.Write(data[start:i])
			b.WriteRune(utf8.RuneError)
			if invalid == 0 {
				firstLine = bytes.Count(data[:i], []byte("\n")) + 1
			}
			invalid++
			start = i + 1
		}
		i += size
	}
	b.Write(data[start:])
	return Decoded{Text: b.String(), Warnings: []string{invalidUTF8Warning(invalid, firstLine)}}
}

func invalidUTF8Warning(invalid, line int) string {
	if invalid == 1 {
		return fmt.Sprintf("The file is UTF-8 text apart from 1 invalid byte (on line %d), shown as \uFFFD; check the text around it against the original.", line)
	}
	return fmt.Sprintf("The file is UTF-8 text apart from %d invalid bytes (the first on line %d), each shown as \uFFFD; check the text around them against the original.", invalid, line)
}

// hasUndefined1252 reports whether data holds a byte Windows-1252 leaves
// undefined.
func hasUndefined1252(data []byte) bool {
	for _, b := range undefined1252 {
		if bytes.IndexByte(data, b) >= 0 {
			return true
		}
	}
	return false
}

// looksBinary reports whether the first 8 KiB hold a NUL byte or more than
// one control character in ten. Eight bytes with none below 0x20, as most
// are in text, are passed over at once: (w - 0x20 in each byte) &^ w &
// highBits is zero exactly when no byte of w is below 0x20.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	controls := 0
	for i := 0; i < len(head); {
		if i+8 <= len(head) {
			if w := binary.LittleEndian.Uint64(head[i:]); (w-0x20*lowBits)&^w&highBits == 0 {
				i += 8
				continue
			}
		}
		for end := min(i+8, len(head)); i < end; i++ {
			switch b := head[i]; {
			case b == 0:
				return true
			case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
				controls++
			}
		}
	}
	return controls*10 > len(head)
}

// sharedText returns valid UTF-8 data as a string without copying it. A
// document's bytes are read once and never changed (Decode's and Read's
// contract), and a document is often the largest allocation of a read.
func sharedText(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	return unsafe.String(&data[0], len(data))
}
