// Package pdftest builds small PDF files for tests of the PDF decoder and
// of the commands that read PDFs: hostile ones (a content stream listed
// many times, a long document, a looping page tree) that are easier to
// write than to keep as files.
package pdftest

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// File returns a PDF of the given objects, numbered from 1, the first its
// catalog, with a correct cross-reference table.
func File(objects ...string) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, o := range objects {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return out.Bytes()
}

// RepeatedStream is a PDF whose one page lists one small compressed
// content stream n times: 100,000 times make a 600 KB file.
func RepeatedStream(n int) []byte {
	var packed bytes.Buffer
	z := zlib.NewWriter(&packed)
	z.Write([]byte("BT /F1 10 Tf 72 700 Td (NCT01234567 Phase 2) Tj ET\n"))
	z.Close()
	return File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ["+strings.Repeat("4 0 R ", n)+"] /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", packed.Len(), packed.Bytes()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	)
}

// Pages is a PDF of n pages, each with a line of text, page 1 naming a
// trial (NCT01234567, phase 2, ages 1 to 21), under a page tree of the
// given kids for its root; "" lists each page once.
func Pages(n int, rootKids string) []byte {
	objects := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
	var kids strings.Builder
	for i := range n {
		page, content := len(objects)+1, len(objects)+2
		fmt.Fprintf(&kids, "%d 0 R ", page)
		text := fmt.Sprintf("BT /F1 10 Tf 72 700 Td (Page %d of the document) Tj ET", i+1)
		if i == 0 {
			text = "BT /F1 10 Tf 72 700 Td (NCT01234567 Phase 2) Tj 0 -14 Td (Inclusion Criteria: age 1 to 21 years) Tj ET"
		}
		objects = append(objects,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> >> >>", content),
			fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(text), text))
	}
	if rootKids == "" {
		rootKids = kids.String()
	}
	objects[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", rootKids, n)
	return File(objects...)
}
