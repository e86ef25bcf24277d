// Package compare decides what a physician sees side by side: the
// Comparison and the printed Overview (which rows exist, in what order, how
// each value reads, where trials differ), the status and dates rows, the
// age axis, the target colours, the check of a page against its
// registry record, and what changed between two versions of a record (with
// its word diff of reworded criteria). The window (views), the workbook and the PDF (export)
// render what it decides and decide nothing themselves.
//
// It imports model, rules and eligibility, never a GUI toolkit, export or
// ingest.
package compare
