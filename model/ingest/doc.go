// Package ingest turns trial documents into model.Trial values. It decodes
// the bytes (text in any encoding read, a PDF's text layer, a Word
// document's body), turns saved web pages into text, detects the layout by
// content and runs that layout's reader, then the shared rules of package
// rules.
package ingest
