package ingest

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/model/ingest/pdftest"
)

func TestDecodePDFRefuses(t *testing.T) {
	tests := []struct {
		file string
		want error
	}{
		{"encrypted.pdf", ErrPDFEncrypted},
		{"restricted.pdf", ErrPDFEncrypted},
		{"scan.pdf", ErrPDFNoText},
		{"truncated.pdf", ErrPDFBroken},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("../../testdata/bad", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := decodeDocument(data); !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.file, err, tt.want)
		}
	}
}

// decodedPDF is the text of a PDF in testdata/documents.
func decodedPDF(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(documentDir, name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := decodePDF(data)
	if err != nil {
		t.Fatal(err)
	}
	return doc.Text
}

// TestDecodePDFLines checks the text order of a browser's print: the date
// header and page-number footer left out, lines the page wrapped joined
// back, and a list item kept on its own line.
func TestDecodePDFLines(t *testing.T) {
	text := decodedPDF(t, "001_0d7be7d3ce7a90c6.chromium.pdf")
	for _, want := range []string{
		"\nPhase I Clinical Trial of CART Cell Therapy for Refractory/Relapsed Acute Lymphoblastic Leukemia in Children, Adolescents and Young Adults\n",
		"\n  • Patients with a seizure disorder may be enrolled if well controlled with anticonvulsants.\n  • Patients or patients'",
		"(chimeric-antigen receptor Natural-killer group 2, member D)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
	for _, unwanted := range []string{"file:///", " AM ", "1/4"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("the text holds the browser's header or footer %q", unwanted)
		}
	}
}

func TestPDFLineWrapping(t *testing.T) {
	line := func(text string, end, y float64) pdfLine {
		return pdfLine{text: text, x: 50, end: end, y: y, size: 10, rightLimit: 550, pitch: 12}
	}
	tests := []struct {
		name       string
		prev, next pdfLine
		keepsSpace bool
		want       bool
	}{
		{"broken at a space", line("a long line of text that fills the column ", 545, 700), line("continued", 120, 688), true, true},
		{"broken after a hyphen", line("chimeric-antigen receptor Natural-", 545, 700), line("killer group", 120, 688), true, true},
		{"ends at the column's edge", line("a long line of text that fills the column", 549, 700), line("continued", 120, 688), true, true},
		{"a short line", line("Recruiting", 120, 700), line("All", 80, 688), true, false},
		{"ends without a space", line("a long line of text that ends here", 520, 700), line("Sign up", 100, 688), true, false},
		{"a list item follows", line("a long line of text that fills the column ", 545, 700), line("• next item", 120, 688), true, false},
		{"a gap between", line("a long line of text that fills the column ", 545, 700), line("continued", 120, 660), true, false},
		{"paragraph text broken without a space", line("a long line of text that ends near the edge", 520, 700), line("chemotherapy and more", 200, 688), false, true},
		{"a new sentence in paragraph text", line("a long line of text that ends a sentence.", 520, 700), line("Another sentence", 200, 688), false, false},
	}
	for _, tt := range tests {
		if got := wrapped(tt.prev, tt.next, tt.keepsSpace); got != tt.want {
			t.Errorf("%s: wrapped = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A PDF 2.0 file reads as its 1.x twin does.
func TestDecodePDF20(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(documentDir, "004_1517137e1f039c7a.libreoffice.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := decodePDF(data)
	if err != nil {
		t.Fatal(err)
	}
	v2 := append([]byte("%PDF-2.0"), data[len("%PDF-1.6"):]...)
	if got, err := decodePDF(v2); err != nil || got.Text != want.Text {
		t.Errorf("PDF 2.0: got %d bytes of text (%v), want %d", len(got.Text), err, len(want.Text))
	}
}

// makePDF returns a one-page PDF whose page content is content, packed
// with Flate, and which uses one standard font.
func makePDF(t testing.TB, content []byte) []byte {
	t.Helper()
	var packed bytes.Buffer
	z, _ := zlib.NewWriterLevel(&packed, zlib.BestCompression)
	z.Write(content)
	z.Close()
	return pdftest.File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", packed.Len(), packed.Bytes()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	)
}

// A page tree whose node lists itself as its kids, many times over, ends.
func TestDecodePDFPageTreeLoop(t *testing.T) {
	kids := strings.Repeat("2 0 R ", 1000)
	data := pdftest.File("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids ["+kids+"] /Count 1 >>")
	if _, err := decodePDF(data); !errors.Is(err, ErrPDFBroken) {
		t.Errorf("got %v, want %v", err, ErrPDFBroken)
	}
}

func TestDecodePDFBounds(t *testing.T) {
	tests := []struct {
		name    string
		content []byte
		want    error
	}{
		{"a line of text", []byte("BT /F1 10 Tf 72 700 Td (NCT01234567 Phase 2) Tj ET"), nil},
		{"a million runs of text", append([]byte("BT /F1 10 Tf "), bytes.Repeat([]byte("(a) Tj 0 -1 Td "), 1<<20)...), ErrPDFTooLarge},
		{"content that unpacks past 64 MiB", bytes.Repeat([]byte(" "), pdfMaxContentBytes+1), ErrPDFTooLarge},
	}
	for _, tt := range tests {
		doc, err := decodePDF(makePDF(t, tt.content))
		switch {
		case tt.want == nil && (err != nil || doc.Text != "NCT01234567 Phase 2"):
			t.Errorf("%s: got %q (%v)", tt.name, doc.Text, err)
		case tt.want != nil && !errors.Is(err, tt.want):
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
}

// A browser paints a list's bullets as shapes: each item still starts with
// a bullet, and an item wrapped over two lines is one line.
func TestDecodePDFBullets(t *testing.T) {
	text := decodedPDF(t, "001_0d7be7d3ce7a90c6.page.chromium.pdf")
	for _, want := range []string{
		"\n• Life expectancy greater than 12 weeks.\n",
		"\n• Platelet count ≥ 50,000/μL unless, in the opinion of the investigator, cytopenia is due to underlying leukemia and is potentially reversible with leukemia therapy.\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
}

// A page that names itself as its parent and states no resources still
// ends: its font is looked for up a bounded number of parents.
func TestDecodePDFParentLoop(t *testing.T) {
	data := pdftest.File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 3 0 R /Contents 4 0 R >>",
		"<< /Length 44 >>\nstream\nBT /F1 10 Tf 72 700 Td (NCT01234567) Tj ET\nendstream",
	)
	doc, err := decodePDF(data)
	if err != nil || doc.Text != "NCT01234567" {
		t.Errorf("got %q (%v)", doc.Text, err)
	}
}

// A PDF that takes too long is given up, with a message.
func TestDecodePDFWithin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(documentDir, "004_1517137e1f039c7a.libreoffice.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decodePDFWithin(data, 0); !errors.Is(err, ErrPDFTooSlow) {
		t.Errorf("no time at all: got %v, want %v", err, ErrPDFTooSlow)
	}
	if doc, err := decodePDFWithin(data, time.Minute); err != nil || !strings.Contains(doc.Text, "NCT04150497") {
		t.Errorf("a minute: got %d bytes (%v)", len(doc.Text), err)
	}
}
