package export

import (
	"errors"
	"testing"
)

func TestCheckTrialCount(t *testing.T) {
	for _, tc := range []struct {
		path string
		n    int
		want error
	}{
		{"board.pdf", MaxPDFTrials, nil},
		{"board.PDF", MaxPDFTrials + 1, ErrTooManyForPDF},
		{"board.xlsx", maxTrialColumns, nil},
		{"board.xlsx", maxTrialColumns + 1, ErrWorkbookTooLarge},
		{"board.txt", 1 << 20, nil},
	} {
		if err := CheckTrialCount(tc.path, tc.n); !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
			t.Errorf("CheckTrialCount(%q, %d) = %v, want %v", tc.path, tc.n, err, tc.want)
		}
	}
}
