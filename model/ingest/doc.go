// Package ingest turns trial documents into model.Trial values. It decodes
// the bytes, turns saved web pages into text, detects the layout by content
// and runs that layout's reader, then the shared rules of package model.
package ingest
