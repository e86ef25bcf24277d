package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ledongthuc/pdf"
)

// The reasons a PDF is refused.
var (
	ErrPDFEncrypted = errors.New("the PDF is encrypted (protected by a password or against copying) in a way TrialCompare cannot read; print it to a new PDF without protection, or save the trial's web page, and open that")
	ErrPDFNoText    = errors.New("the PDF has no text layer; it may be a scan (an image of the pages): run it through text recognition (OCR) or save the trial's web page instead")
	ErrPDFBroken    = errors.New("the PDF is damaged or incomplete and cannot be read; save or print it again")
	ErrPDFTooSlow   = errors.New("reading the PDF took longer than a minute, so it was stopped; the file may be damaged: save or print it again")
	ErrPDFTooLarge  = errors.New("the PDF's pages hold more content than TrialCompare reads (64 MiB unpacked, 20,000 content streams, or half a million pieces of text); save only the pages about the trial")
	ErrPDFExport    = errors.New("it is a comparison TrialCompare exported, not a trial's own document: open the trials' own files, or the board the comparison was made from")
)

// exportCreator is the creator TrialCompare's own PDF export names in the
// document's information.
const exportCreator = "TrialCompare"

// The bounds that keep a hostile PDF from taking the machine's time or
// memory. Half a million runs of text (about 120 dense pages printed glyph by
// glyph, as browsers print) take about 130 MB at their peak.
const (
	pdfMaxPages        = 2000
	pdfMaxTreeNodes    = 10000
	pdfMaxTreeDepth    = 32
	pdfMaxContentBytes = 64 << 20
	// pdfMaxStreams bounds the content streams read, all pages told: a
	// page may list one stream many times, and each is unpacked anew.
	pdfMaxStreams    = 20000
	pdfMaxRuns       = 1 << 19
	pdfMaxCMapBytes  = 1 << 20
	pdfMaxStateDepth = 256
	// pdfTimeLimit bounds the time a PDF may take: the library's own loops
	// over a file's structure are not all bounded.
	pdfTimeLimit = time.Minute
)

var pdfMagic = []byte("%PDF-")

// isPDF reports whether data starts as a PDF file does.
func isPDF(data []byte) bool { return bytes.HasPrefix(data, pdfMagic) }

// decodePDFWithin is decodePDF, given up after limit. The reading then
// goes on in the background until it ends, but its result is not waited
// for.
func decodePDFWithin(data []byte, limit time.Duration) (Decoded, error) {
	type result struct {
		doc Decoded
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := decodePDF(data)
		done <- result{doc, err}
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.doc, r.err
	case <-timer.C:
		return Decoded{}, ErrPDFTooSlow
	}
}

// decodePDF returns the text of a PDF's pages, one line of the page a line
// of text, a blank line where the page leaves a gap between paragraphs, and
// a line the page wrapped to its width joined back, with a warning that
// says which pages were not read. TrialCompare's own export is refused.
func decodePDF(data []byte) (doc Decoded, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, err = Decoded{}, fmt.Errorf("%w (%v)", ErrPDFBroken, r)
		}
	}()
	if bytes.HasPrefix(data, []byte("%PDF-2.")) {
		// The library checks for a 1.x header only; PDF 2.0 is read alike.
		data = append([]byte("%PDF-1.7"), data[len("%PDF-2.0"):]...)
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	switch {
	case err == nil:
	case errors.Is(err, pdf.ErrInvalidPassword) || bytes.Contains(data, []byte("/Encrypt")):
		return Decoded{}, ErrPDFEncrypted
	case strings.Contains(err.Error(), "%%EOF") || strings.Contains(err.Error(), "startxref"):
		return Decoded{}, fmt.Errorf("%w (its end is missing: it may be cut short)", ErrPDFBroken)
	default:
		return Decoded{}, fmt.Errorf("%w (%v)", ErrPDFBroken, err)
	}
	if r.Trailer().Key("Info").Key("Creator").Text() == exportCreator {
		return Decoded{}, ErrPDFExport
	}
	tree, err := pdfPages(r.Trailer().Key("Root").Key("Pages"))
	if err != nil {
		return Decoded{}, err
	}
	var lines []pdfLine
	budget := pdfBudget{content: pdfMaxContentBytes, streams: pdfMaxStreams, runs: pdfMaxRuns}
	read, failed, size := 0, 0, 0
	var firstFailure error
	for _, p := range tree.pages {
		runs, err := pdfPageRuns(p, &budget)
		if errors.Is(err, ErrPDFTooLarge) {
			return Decoded{}, err
		}
		if err != nil {
			failed++
			if firstFailure == nil {
				firstFailure = err
			}
			continue
		}
		read++
		for _, l := range pdfLines(runs, pdfPageWidth(p)) {
			if size += len(l.text); size > MaxFileSize {
				return Decoded{}, ErrTooLarge
			}
			lines = append(lines, l)
		}
	}
	encrypted := r.Trailer().Key("Encrypt").Kind() != pdf.Null
	switch {
	case encrypted && len(lines) == 0:
		return Decoded{}, ErrPDFEncrypted
	case read == 0 && failed > 0:
		return Decoded{}, firstFailure
	case len(lines) == 0:
		return Decoded{}, ErrPDFNoText
	}
	var out bytes.Buffer
	writePDFLines(&out, lines)
	return Decoded{Text: out.String(), Warnings: tree.warnings()}, nil
}

// pdfBudget is what is left of the bounds on a document's unpacked
// content, its content streams and its runs of text.
type pdfBudget struct {
	content int64
	streams int
	runs    int
}

// pdfTree is what the walk of a page tree found: the pages to read, in
// order, each once, and what it left unread.
type pdfTree struct {
	pages []pdf.Page
	// more counts the pages found past pdfMaxPages, which are not read.
	more int
	// cut is true when the walk stopped at its bound on the tree's size
	// or depth, so that pages after it may not have been found.
	cut bool
}

// warnings say which pages were not read.
func (t pdfTree) warnings() []string {
	switch {
	case t.cut:
		return []string{fmt.Sprintf("Only the first %d pages of the PDF were read: its page tree is larger or deeper than TrialCompare follows, so later pages were not read.", len(t.pages))}
	case t.more > 0:
		return []string{fmt.Sprintf("Only the first %d of the PDF's %d pages were read; the other %d were not.", len(t.pages), len(t.pages)+t.more, t.more)}
	}
	return nil
}

// pdfPages walks the page tree in order and lists each page once, however
// often the tree names it or a node of its own: a node is known by its
// dictionary, whose references name the objects under it. The walk is
// bounded in depth and in the kids its nodes list all told; it keeps the
// first pdfMaxPages pages and counts the rest.
func pdfPages(root pdf.Value) (pdfTree, error) {
	var tree pdfTree
	seen := map[string]bool{}
	listed := 0
	// walk reports whether the walk may go on.
	var walk func(node pdf.Value, depth int) bool
	walk = func(node pdf.Value, depth int) bool {
		if depth > pdfMaxTreeDepth {
			tree.cut = true
			return true
		}
		key := node.String()
		if seen[key] {
			return true
		}
		seen[key] = true
		if node.Key("Type").Name() == "Page" {
			if len(tree.pages) < pdfMaxPages {
				tree.pages = append(tree.pages, pdf.Page{V: node})
			} else {
				tree.more++
			}
			return true
		}
		kids := node.Key("Kids")
		if listed += kids.Len(); listed > pdfMaxTreeNodes {
			tree.cut = true
			return false
		}
		for i := 0; i < kids.Len(); i++ {
			if !walk(kids.Index(i), depth+1) {
				return false
			}
		}
		return true
	}
	walk(root, 0)
	if len(tree.pages) == 0 {
		return tree, fmt.Errorf("%w (it has no pages)", ErrPDFBroken)
	}
	return tree, nil
}

// pdfInherited returns the value of key in a page's dictionary or, failing
// that, in its nearest parent's. Unlike the library's own lookup, it goes up
// at most pdfMaxTreeDepth parents, so that a page that names itself as its
// parent does not keep it looking for ever.
func pdfInherited(p pdf.Page, key string) pdf.Value {
	node := p.V
	for depth := 0; node.Kind() != pdf.Null && depth <= pdfMaxTreeDepth; depth++ {
		if v := node.Key(key); v.Kind() != pdf.Null {
			return v
		}
		node = node.Key("Parent")
	}
	return pdf.Value{}
}

// pdfPageWidth returns the width of a page's media box, or 0 if it states
// none.
func pdfPageWidth(p pdf.Page) float64 {
	box := pdfInherited(p, "MediaBox")
	if box.Len() != 4 {
		return 0
	}
	return box.Index(2).Float64() - box.Index(0).Float64()
}

// streamSize returns how many bytes a content stream (or an array of them)
// unpacks to, reading at most limit+1 of them, so that a stream that unpacks
// to gigabytes is found without holding or reading it all.
func streamSize(v pdf.Value, limit int64) (n int64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w (%v)", ErrPDFBroken, r)
		}
	}()
	if v.Kind() == pdf.Array {
		for i := 0; i < v.Len() && n <= limit; i++ {
			m, err := streamSize(v.Index(i), limit-n)
			n += m
			if err != nil {
				return n, err
			}
		}
		return n, nil
	}
	rc := v.Reader()
	defer rc.Close()
	n, err = io.Copy(io.Discard, io.LimitReader(rc, limit+1))
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return n, fmt.Errorf("%w (%v)", ErrPDFBroken, err)
	}
	return n, nil
}
