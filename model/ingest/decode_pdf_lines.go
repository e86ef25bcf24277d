package ingest

import (
	"bytes"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfLine is one line of a page: its text, its left and right ends, its
// baseline and font size, and the right edge of the page's text column.
type pdfLine struct {
	text                  string
	x, end, y, size       float64
	rightLimit, pitch     float64
	firstOnPage, marginal bool
}

// pdfLines groups a page's runs into lines: runs on one baseline form a
// line, with a space where the page leaves a gap between them.
func pdfLines(runs []pdfRun, pageWidth float64) []pdfLine {
	var lines []pdfLine
	var b strings.Builder
	flush := func() {
		if n := len(lines); n > 0 {
			lines[n-1].text = b.String()
		}
		b.Reset()
	}
	var marks []pdfRun
	for _, r := range runs {
		if r.mark {
			marks = append(marks, r)
			continue
		}
		n := len(lines)
		if n == 0 || math.Abs(r.y-lines[n-1].y) > 0.3*max(r.size, 1) {
			flush()
			lines = append(lines, pdfLine{x: r.x, end: r.end, y: r.y, size: r.size})
			b.WriteString(r.text)
			continue
		}
		l := &lines[n-1]
		if gap := r.x - l.end; gap > 0.15*max(r.size, 1) && !endsWithSpace(b.String()) && !strings.HasPrefix(r.text, " ") {
			b.WriteByte(' ')
		}
		b.WriteString(r.text)
		l.x, l.end, l.size = min(l.x, r.x), max(l.end, r.end), max(l.size, r.size)
	}
	flush()
	kept := lines[:0]
	for _, l := range lines {
		if strings.TrimSpace(l.text) != "" {
			kept = append(kept, l)
		}
	}
	lines = kept
	if len(lines) == 0 {
		return nil
	}
	markBullets(lines, marks)
	markMarginal(lines)
	// The text column's edges are those of the page's own lines, not of a
	// browser's header and footer, which stand in the page's margins.
	left, right := math.Inf(1), math.Inf(-1)
	var steps []float64
	for i, l := range lines {
		if !l.marginal {
			left, right = min(left, l.x), max(right, l.end)
		}
		if i > 0 {
			if dy := lines[i-1].y - l.y; dy > 0 {
				steps = append(steps, dy)
			}
		}
	}
	limit := right
	if pageWidth > left {
		limit = max(pageWidth-left, right)
	}
	pitch := lines[0].size * 1.2
	if len(steps) > 0 {
		sort.Float64s(steps)
		pitch = steps[len(steps)/4]
	}
	for i := range lines {
		lines[i].rightLimit, lines[i].pitch = limit, pitch
	}
	lines[0].firstOnPage = true
	return lines
}

// markBullets starts with "• " each line that has a mark, a small shape a
// browser paints for a list's bullet, just before its first letter and
// level with its text.
func markBullets(lines []pdfLine, marks []pdfRun) {
	if len(marks) == 0 {
		return
	}
	for i := range lines {
		l := &lines[i]
		for _, m := range marks {
			if m.x < l.x && l.x-m.x < 3*l.size && m.y > l.y-0.1*l.size && m.y < l.y+0.7*l.size && m.size < 0.8*l.size {
				if !listItem.MatchString(strings.TrimLeftFunc(l.text, unicode.IsSpace)) {
					l.text = "• " + l.text
				}
				break
			}
		}
	}
}

// chromeDate and pageNumber match the header and footer a browser prints
// on each page: "11/22/26, 1:13 AM" and "2/4" or "Page 2 of 4".
var (
	chromeDate = regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}`)
	pageNumber = regexp.MustCompile(`(?i)(?:^|\s)(?:page\s+)?\d+\s*(?:/|of)\s*\d+$`)
)

// markMarginal marks the page's top line when it is a browser's date
// header and its bottom line when it ends in a page number.
func markMarginal(lines []pdfLine) {
	top, bottom := 0, 0
	for i, l := range lines {
		if l.y > lines[top].y {
			top = i
		}
		if l.y < lines[bottom].y {
			bottom = i
		}
	}
	if chromeDate.MatchString(strings.TrimSpace(lines[top].text)) {
		lines[top].marginal = true
	}
	if pageNumber.MatchString(strings.TrimSpace(lines[bottom].text)) {
		lines[bottom].marginal = true
	}
}

// writePDFLines writes the lines of all pages as text: a blank line where
// the page leaves more than a line's gap, and a line the page wrapped at the
// right edge of its column joined to the next.
func writePDFLines(out *bytes.Buffer, lines []pdfLine) {
	keepsSpace := keepsWrapSpace(lines)
	var prev *pdfLine
	for i := range lines {
		l := &lines[i]
		if l.marginal {
			continue
		}
		switch {
		case prev == nil:
			if out.Len() > 0 {
				out.WriteByte('\n')
			}
		case wrapped(*prev, *l, keepsSpace):
			if !strings.HasSuffix(prev.text, "-") {
				out.WriteByte(' ')
			}
			out.WriteString(strings.TrimRightFunc(l.text, unicode.IsSpace))
			prev = l
			continue
		case !l.firstOnPage && prev.y-l.y > 1.6*l.pitch:
			out.WriteString("\n\n")
		default:
			out.WriteByte('\n')
		}
		out.WriteString(strings.TrimRightFunc(l.text, unicode.IsSpace))
		prev = l
	}
}

// keepsWrapSpace reports whether the document keeps the space at which it
// wrapped a line, as a browser printing preformatted text and a word
// processor do (a browser printing a page's paragraphs does not): most of
// the lines whose next line's first word would not have fit end in one.
func keepsWrapSpace(lines []pdfLine) bool {
	candidates, spaced := 0, 0
	var prev *pdfLine
	for i := range lines {
		if lines[i].marginal {
			continue
		}
		if prev != nil && mayWrap(*prev, lines[i]) {
			candidates++
			if endsWithSpace(prev.text) {
				spaced++
			}
		}
		prev = &lines[i]
	}
	return spaced*2 > candidates
}

// listItem matches a line that starts a list item: a bullet, "1." or "a)".
var listItem = regexp.MustCompile(`^(?:[•‣⁃▪◦·*-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s`)

// mayWrap reports whether the page may have broken prev at the edge of its
// column to go on in next: next follows prev at a line's distance (or
// starts a page), starts neither indented nor as a list item, and its first
// word would not have fit at the end of prev.
func mayWrap(prev, next pdfLine) bool {
	if !next.firstOnPage && (prev.y-next.y > 1.3*next.pitch || prev.y <= next.y) {
		return false
	}
	if next.text == "" || unicode.IsSpace(rune(next.text[0])) || listItem.MatchString(next.text) {
		return false
	}
	if utf8.RuneCountInString(strings.TrimRightFunc(prev.text, unicode.IsSpace)) < 10 {
		return false
	}
	charWidth := (prev.end - prev.x) / float64(utf8.RuneCountInString(prev.text))
	first, _, _ := strings.Cut(next.text, " ")
	needed := float64(utf8.RuneCountInString(first)+1) * charWidth
	return prev.end+needed > prev.rightLimit-0.5*charWidth
}

// wrapped reports whether next continues prev. Where the document keeps the
// space at which it broke a line, a line that ends without one, a hyphen or
// at the column's edge was not broken; elsewhere a new sentence after one
// that ended is taken as a new line.
func wrapped(prev, next pdfLine, keepsSpace bool) bool {
	if !mayWrap(prev, next) {
		return false
	}
	text := strings.TrimRightFunc(prev.text, unicode.IsSpace)
	last, _ := utf8.DecodeLastRuneInString(text)
	if keepsSpace {
		charWidth := (prev.end - prev.x) / float64(utf8.RuneCountInString(prev.text))
		full := prev.end > prev.rightLimit-1.5*charWidth
		return text != prev.text || last == '-' || full
	}
	if strings.ContainsRune(".?!:|", last) {
		first, _ := utf8.DecodeRuneInString(next.text)
		return !unicode.IsUpper(first)
	}
	return true
}

func endsWithSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}
