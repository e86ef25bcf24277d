package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// addDocumentSeeds adds the committed files that match pattern, from the
// saved seeds and the bad-input corpus, to a fuzz corpus.
func addDocumentSeeds(f *testing.F, pattern string) {
	for _, dir := range []string{documentDir, "../../testdata/bad"} {
		paths, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
}

// FuzzDecodePDF feeds arbitrary bytes after a PDF header to the PDF
// decoder, which must never panic, hang or return text with an error.
func FuzzDecodePDF(f *testing.F) {
	addDocumentSeeds(f, "*.pdf")
	f.Fuzz(func(t *testing.T, data []byte) {
		if !isPDF(data) {
			data = append([]byte("%PDF-1.4\n"), data...)
		}
		if doc, err := decodePDF(data); err != nil && (doc.Text != "" || len(doc.Warnings) > 0) {
			t.Fatalf("text %q with an error %v", doc.Text, err)
		}
	})
}

// FuzzDecodeDocx feeds arbitrary zip archives to the Word decoder, which
// must never panic and must refuse or read each one.
func FuzzDecodeDocx(f *testing.F) {
	addDocumentSeeds(f, "*.docx")
	f.Fuzz(func(t *testing.T, data []byte) {
		if doc, err := decodeDocument(data); err == nil && doc.Text == "" {
			t.Fatal("no error and no text")
		}
	})
}
