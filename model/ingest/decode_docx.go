package ingest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The reasons a Word document is refused.
var (
	ErrDocxBroken   = errors.New("the Word document is damaged or incomplete and cannot be read; save it again from Word")
	ErrDocxTooLarge = errors.New("the Word document's text unpacks to more than 64 MiB; it may be a zip bomb, or save only the pages about the trial")
	ErrDocxNoText   = errors.New("the Word document holds no text")
)

// docxMaxXML bounds how much of word/document.xml is unpacked, whatever
// the archive claims its size is.
const docxMaxXML = 64 << 20

const wordML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

var zipMagic = []byte("PK\x03\x04")

// isZip reports whether data starts as a zip archive does.
func isZip(data []byte) bool { return bytes.HasPrefix(data, zipMagic) }

// docxBody finds a Word document's main part in a zip archive. It returns
// nil, nil for a zip that is not a Word document, and ErrDocxBroken for an
// archive that names Word parts but cannot be opened (one cut short).
func docxBody(data []byte) (*zip.File, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if bytes.Contains(data, []byte("word/")) {
			return nil, fmt.Errorf("%w (%v)", ErrDocxBroken, err)
		}
		return nil, nil
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			return f, nil
		}
	}
	return nil, nil
}

// limitedReader reads at most n bytes and then fails, so that an archive
// entry that unpacks to more than it claims is stopped.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, ErrDocxTooLarge
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// decodeDocx returns the text of a Word document's body: one line a
// paragraph, a table row on one line with its cells between " | ", and a
// list paragraph led by "• ". Deleted text (tracked changes) is left out.
func decodeDocx(body *zip.File) (string, error) {
	if body.UncompressedSize64 > docxMaxXML {
		return "", ErrDocxTooLarge
	}
	rc, err := body.Open()
	if err != nil {
		return "", fmt.Errorf("%w (%v)", ErrDocxBroken, err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(&limitedReader{r: rc, n: docxMaxXML})
	var w docxWriter
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, ErrDocxTooLarge) {
			return "", ErrDocxTooLarge
		}
		if err != nil {
			return "", fmt.Errorf("%w (%v)", ErrDocxBroken, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space == wordML {
				w.start(t)
			}
		case xml.EndElement:
			if t.Name.Space == wordML {
				w.end(t.Name.Local)
			}
		case xml.CharData:
			if w.inText && w.deleted == 0 {
				w.para.Write(t)
			}
		}
		if w.out.Len() > MaxFileSize {
			return "", ErrTooLarge
		}
	}
	text := w.out.String()
	if strings.TrimSpace(text) == "" {
		return "", ErrDocxNoText
	}
	return text, nil
}

// docxWriter turns the elements of a Word body into lines of text.
type docxWriter struct {
	out, para strings.Builder
	cells     []string
	// tables counts the tables the writer is in; a nested table's rows
	// become cells of the outer row.
	tables, deleted int
	inText, list    bool
}

func (w *docxWriter) start(e xml.StartElement) {
	switch e.Name.Local {
	case "sym":
		if w.deleted == 0 {
			w.para.WriteString(docxSymbol(e))
		}
	case "t":
		w.inText = true
	case "tab":
		w.para.WriteByte('\t')
	case "br", "cr":
		w.para.WriteByte('\n')
	case "numPr":
		w.list = true
	case "del":
		w.deleted++
	case "tbl":
		w.tables++
	case "tr":
		if w.tables == 1 {
			w.cells = w.cells[:0]
		}
	}
}

// symbolChars maps the codes of the Symbol font that Word's Insert Symbol
// writes as <w:sym w:char="F0B3"/> to the characters they show, for the
// ones criteria use. Adding one is one line.
var symbolChars = map[string]string{
	"F0B3": "≥",
	"F0A3": "≤",
	"F03E": ">",
	"F03C": "<",
	"F0B1": "±",
	"F0B4": "×",
	"F06D": "μ",
	"F0B0": "°",
	"F0AE": "→",
	"F0B7": "•",
	"F0A5": "∞",
}

// docxSymbol returns the character a <w:sym> element shows: a Symbol font
// code as symbolChars says, or any other code (less the F000 offset Word
// adds) as the Unicode character it names; "" for a code it cannot read.
func docxSymbol(e xml.StartElement) string {
	for _, a := range e.Attr {
		if a.Name.Local != "char" {
			continue
		}
		code := strings.ToUpper(a.Value)
		if c, ok := symbolChars[code]; ok {
			return c
		}
		n, err := strconv.ParseUint(code, 16, 32)
		if err != nil || n < 0x20 {
			return ""
		}
		if n >= 0xF000 && n <= 0xF0FF {
			n -= 0xF000
		}
		if n < 0x20 || !utf8.ValidRune(rune(n)) {
			return ""
		}
		return string(rune(n))
	}
	return ""
}

func (w *docxWriter) end(name string) {
	switch name {
	case "t":
		w.inText = false
	case "del":
		w.deleted = max(w.deleted-1, 0)
	case "p":
		w.endParagraph()
	case "tc":
		if w.tables == 1 {
			w.cells = append(w.cells, strings.TrimSpace(w.para.String()))
			w.para.Reset()
		}
	case "tr":
		if w.tables == 1 {
			w.out.WriteString(strings.Join(w.cells, " | "))
			w.out.WriteByte('\n')
			w.cells = w.cells[:0]
		}
	case "tbl":
		w.tables = max(w.tables-1, 0)
	}
}

// endParagraph writes a paragraph as a line; inside a table it stays in
// its cell, after the cell's earlier paragraphs.
func (w *docxWriter) endParagraph() {
	if w.tables > 0 {
		w.para.WriteByte(' ')
		w.list = false
		return
	}
	if w.list && strings.TrimSpace(w.para.String()) != "" {
		w.out.WriteString("• ")
	}
	w.out.WriteString(w.para.String())
	w.out.WriteByte('\n')
	w.para.Reset()
	w.list = false
}
