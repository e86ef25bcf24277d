package ingest

import (
	"fmt"
	"strings"
	"unicode"
)

// decodeDocument turns a document's bytes into text, the step before its
// layout is detected: a PDF's text layer, a Word document's body, or text
// in any encoding Decode reads. A zip that is not a Word document is read
// as Decode reads any bytes.
func decodeDocument(data []byte) (Decoded, error) {
	switch {
	case len(data) == 0:
		return Decoded{}, ErrEmpty
	case len(data) > MaxFileSize:
		return Decoded{}, ErrTooLarge
	case isPDF(data):
		doc, err := decodePDFWithin(data, pdfTimeLimit)
		if err != nil {
			return Decoded{}, fmt.Errorf("reading the PDF: %w", err)
		}
		doc.Text = cleanExtracted(doc.Text)
		return doc, nil
	case isZip(data):
		body, err := docxBody(data)
		if err != nil {
			return Decoded{}, fmt.Errorf("reading the Word document: %w", err)
		}
		if body != nil {
			text, err := decodeDocx(body)
			if err != nil {
				return Decoded{}, fmt.Errorf("reading the Word document: %w", err)
			}
			return Decoded{Text: cleanExtracted(text)}, nil
		}
	}
	return Decode(data)
}

// cleanExtracted makes text taken out of a PDF or a Word document safe for
// the readers: valid UTF-8, "\n" line endings, and no control characters
// but tabs and line ends.
func cleanExtracted(text string) string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = normalizeLines(text)
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, text)
}
