package ingest

import (
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
	return htmlStart.MatchString(text)
}

var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Table: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Dt: true, atom.Dd: true, atom.Dl: true, atom.Pre: true, atom.Blockquote: true,
	atom.Hr: true, atom.Title: true, atom.Main: true, atom.Nav: true, atom.Aside: true,
}

var skipped = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true}

// htmlToText renders a web page as the text a reader would copy from it:
// blocks on their own lines, list items as "• " bullets, table cells joined
// by " | ". Scripts and styles are dropped.
func htmlToText(page string) (string, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var depth int
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			text := n.Data
			if !pre {
				text = strings.Join(strings.Fields(text), " ")
				if text == "" {
					return
				}
				if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") && !strings.HasSuffix(b.String(), " ") {
					b.WriteByte(' ')
				}
			}
			b.WriteString(text)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if blockElements[n.DataAtom] {
				b.WriteByte('\n')
			}
			switch n.DataAtom {
			case atom.Li:
				b.WriteString(strings.Repeat("  ", depth) + "• ")
			case atom.Ul, atom.Ol:
				depth++
				defer func() { depth-- }()
			case atom.Td, atom.Th:
				defer b.WriteString(" |")
			}
			pre = pre || n.DataAtom == atom.Pre
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
		if n.Type == html.ElementNode && blockElements[n.DataAtom] {
			b.WriteByte('\n')
		}
	}
	walk(doc, false)
	return collapseBlankLines(b.String()), nil
}

var manyBlankLines = regexp.MustCompile(`\n[ \t]*\n(?:[ \t]*\n)+`)

func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.TrimSpace(manyBlankLines.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")) + "\n"
}
