package app

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/trialcompare/trialcompare/board"
)

// refuseNewerBoardAt refuses to write a board over path when path holds a
// board saved by a newer TrialCompare, which this version would write with
// less. A path with no file, or with any other file, is not refused here.
func refuseNewerBoardAt(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := board.RefuseNewer(head[:n]); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
