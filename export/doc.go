// Package export writes a comparison to an Excel workbook and to a
// print-ready PDF. It renders what model.Comparison decides and depends on
// package model only. Files are written atomically: a failed export never
// leaves a half-written file or destroys the previous one.
package export
