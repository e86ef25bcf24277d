package export

import (
	"path/filepath"
	"strings"
)

// CheckTrialCount refuses, before a comparison is built, more trials than
// the file at path can hold: a PDF lists at most MaxPDFTrials, and a
// workbook's Comparison sheet has one column a trial. It returns nil for a
// name that is neither a PDF nor a workbook; WritePDF and WriteXLSX check
// the same limits again.
func CheckTrialCount(path string, n int) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return checkPDFTrials(n)
	case ".xlsx":
		return checkWorkbookTrials(n)
	}
	return nil
}
