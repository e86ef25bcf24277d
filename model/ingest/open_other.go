//go:build !unix

package ingest

// openNoWait is zero where opening a file never waits for a writer.
const openNoWait = 0
