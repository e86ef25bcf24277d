package ingest

import (
	"errors"
	"io"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var htmlStart = regexp.MustCompile(`(?is)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])`)

// isHTML reports whether a document is a saved web page, by its name or by
// how it begins.
func isHTML(name, text string) bool {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.HasSuffix(lower, ".xhtml") {
		return true
	}
	// Each way a page begins opens with "<" after the spaces.
	return strings.HasPrefix(strings.TrimLeft(text, " \t\n\f\r"), "<") && htmlStart.MatchString(text)
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Dt: true, atom.Dd: true, atom.Dl: true, atom.Pre: true, atom.Blockquote: true,
	atom.Hr: true, atom.Title: true, atom.Main: true, atom.Nav: true, atom.Aside: true,
}

var skipped = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true}

// voidElements have no end tag.
var voidElements = map[atom.Atom]bool{atom.Br: true, atom.Hr: true, atom.Img: true, atom.Input: true, atom.Meta: true,
	atom.Link: true, atom.Wbr: true, atom.Area: true, atom.Base: true, atom.Col: true, atom.Embed: true, atom.Source: true}

// htmlToText renders a web page as the text a reader would copy from it:
// blocks on their own lines, list items as "• " bullets, table cells joined
// by " | ". Scripts and styles are dropped. It reads the page tag by tag,
// never building the document tree, so memory stays near the text's size.
func htmlToText(page string) (string, error) {
	w := htmlTextWriter{}
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return collapseBlankLines(w.b.String()), nil
			}
			return "", z.Err()
		case html.TextToken:
			if w.skipping == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			w.start(a)
			if tt == html.SelfClosingTagToken || voidElements[a] {
				w.end(a)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			w.end(atom.Lookup(name))
		}
	}
}

// htmlTextWriter builds the text of a page from its tags and text.
type htmlTextWriter struct {
	b strings.Builder
	// skipping counts the open elements whose content is dropped.
	skipping int
	lists    int
	pre      int
}

func (w *htmlTextWriter) text(text string) {
	if w.pre == 0 {
		text = strings.Join(strings.Fields(text), " ")
		if text == "" {
			return
		}
		if w.b.Len() > 0 && !strings.HasSuffix(w.b.String(), "\n") && !strings.HasSuffix(w.b.String(), " ") {
			w.b.WriteByte(' ')
		}
	}
	w.b.WriteString(text)
}

func (w *htmlTextWriter) start(a atom.Atom) {
	if skipped[a] {
		w.skipping++
	}
	if w.skipping > 0 {
		return
	}
	if blockElements[a] {
		w.b.WriteByte('\n')
	}
	switch a {
	case atom.Li:
		w.b.WriteString(strings.Repeat("  ", w.lists) + "• ")
	case atom.Ul, atom.Ol:
		w.lists++
	case atom.Pre:
		w.pre++
	}
}

func (w *htmlTextWriter) end(a atom.Atom) {
	if w.skipping > 0 {
		if skipped[a] {
			w.skipping--
		}
		return
	}
	switch a {
	case atom.Ul, atom.Ol:
		w.lists = max(w.lists-1, 0)
	case atom.Pre:
		w.pre = max(w.pre-1, 0)
	case atom.Td, atom.Th:
		w.b.WriteString(" |")
	}
	if blockElements[a] {
		w.b.WriteByte('\n')
	}
}

var manyBlankLines = regexp.MustCompile(`\n[ \t]*\n(?:[ \t]*\n)+`)

func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimSpace(manyBlankLines.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")) + "\n"
}
