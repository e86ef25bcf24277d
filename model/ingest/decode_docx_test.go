package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// makeDocx returns a Word document whose body is the given WordprocessingML.
func makeDocx(t testing.TB, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	f, err := z.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="` + wordML + `"><w:body>` + body + `</w:body></w:document>`))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDecodeDocx(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"paragraphs", `<w:p><w:r><w:t>Inclusion </w:t></w:r><w:r><w:t>Criteria:</w:t></w:r></w:p><w:p><w:r><w:t>Age 1 to 21 years</w:t></w:r></w:p>`,
			"Inclusion Criteria:\nAge 1 to 21 years\n"},
		{"table rows", `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Phase</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Phase 2</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Sex</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>All</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
			"Phase | Phase 2\nSex | All\n"},
		{"list items", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>ANC ≥ 750/μL</w:t></w:r></w:p>`,
			"• ANC ≥ 750/μL\n"},
		{"tabs and breaks", `<w:p><w:r><w:t>Sex</w:t><w:tab/><w:t>All</w:t><w:br/><w:t>Phase 1</w:t></w:r></w:p>`,
			"Sex\tAll\nPhase 1\n"},
		{"symbols", `<w:p><w:r><w:t xml:space="preserve">Age </w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t xml:space="preserve"> 1 year and </w:t><w:sym w:font="Symbol" w:char="f0a3"/><w:t xml:space="preserve"> 21 years</w:t></w:r></w:p>`,
			"Age ≥ 1 year and ≤ 21 years\n"},
		{"deleted text left out", `<w:p><w:del><w:r><w:delText>Phase 3</w:delText><w:t>old</w:t></w:r></w:del><w:r><w:t>Phase 2</w:t></w:r></w:p>`,
			"Phase 2\n"},
	}
	for _, tt := range tests {
		body, err := docxBody(makeDocx(t, tt.body))
		if err != nil || body == nil {
			t.Fatalf("%s: no body (%v)", tt.name, err)
		}
		got, err := decodeDocx(body)
		if err != nil || got != tt.want {
			t.Errorf("%s: got %q (%v), want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestDecodeDocxRefuses(t *testing.T) {
	bomb := makeDocx(t, `<w:p><w:r><w:t>`+strings.Repeat(" ", docxMaxXML)+`</w:t></w:r></w:p>`)
	broken, err := os.ReadFile(filepath.Join("../../testdata/bad", "broken.docx"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"bomb", bomb, ErrDocxTooLarge},
		{"empty", makeDocx(t, `<w:p/>`), ErrDocxNoText},
		{"bad XML", makeDocx(t, `<w:p><w:r><w:t>a</w:p>`), ErrDocxBroken},
		{"cut short", broken, ErrDocxBroken},
	}
	for _, tt := range tests {
		_, err := decodeDocument(tt.data)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
}

// A zip that is not a Word document is refused as any binary file is.
func TestDecodeZipNotDocx(t *testing.T) {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	f, _ := z.Create("trial.txt")
	f.Write([]byte("NCT01234567"))
	z.Close()
	if _, err := decodeDocument(buf.Bytes()); !errors.Is(err, ErrBinary) {
		t.Errorf("got %v, want %v", err, ErrBinary)
	}
}
