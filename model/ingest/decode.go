package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

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
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
	// undefined1252 are the bytes Windows-1252 leaves undefined.
	undefined1252 = []byte{0x81, 0x8D, 0x8F, 0x90, 0x9D}
	lineEndings   = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ", "\u2028", "\n", "\u2029", "\n")
)

// Decode turns a document's bytes into text with "\n" line endings. It
// accepts UTF-8 with or without a byte order mark, UTF-16 with one, and
// Windows-1252, and refuses empty, oversized and binary input.
func Decode(data []byte) (string, error) {
	switch {
	case len(data) == 0:
		return "", ErrEmpty
	case len(data) > MaxFileSize:
		return "", ErrTooLarge
	}
	var text string
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		text = string(data[len(bomUTF8):])
		if !utf8.ValidString(text) {
			return "", ErrUndecodable
		}
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		if len(data)%2 != 0 {
			return "", fmt.Errorf("%w: odd number of bytes for UTF-16", ErrUndecodable)
		}
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrUndecodable, err)
		}
		text = string(out)
	case looksBinary(data):
		return "", ErrBinary
	case utf8.Valid(data):
		text = string(data)
	case hasUndefined1252(data):
		return "", ErrUndecodable
	default:
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrUndecodable, err)
		}
		text = string(out)
	}
	if strings.ContainsRune(text, 0) {
		return "", ErrBinary
	}
	if needsNormalizing(text) {
		text = lineEndings.Replace(text)
	}
	if strings.TrimSpace(text) == "" {
		return "", ErrEmpty
	}
	return text, nil
}

// needsNormalizing reports whether text holds a carriage return, a
// no-break space or a Unicode line separator. (strings.ContainsAny with
// non-ASCII runes is many times slower than these searches.)
func needsNormalizing(text string) bool {
	return strings.IndexByte(text, '\r') >= 0 || strings.Contains(text, "\u00a0") ||
		strings.Contains(text, "\u2028") || strings.Contains(text, "\u2029")
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
// one control character in ten.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	controls := 0
	for _, b := range head {
		switch {
		case b == 0:
			return true
		case b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f':
			controls++
		}
	}
	return controls*10 > len(head)
}
