package app

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// prepareRecordDir makes the folder that fetch or search writes records
// to when it does not exist yet, as `mkdir -p` would, and says so on
// stderr. It refuses a path that is a file. cmd names the command in the
// messages.
func prepareRecordDir(cmd, dir string, stderr io.Writer) bool {
	info, err := os.Stat(dir)
	switch {
	case err == nil && info.IsDir():
		return true
	case err == nil:
		fmt.Fprintf(stderr, "%s: %s is a file, not a folder; name a folder with --dir\n", cmd, dir)
		return false
	case !errors.Is(err, fs.ErrNotExist):
		fmt.Fprintf(stderr, "%s: cannot use the folder %s: %s\n", cmd, dir, dirProblem(err))
		return false
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(stderr, "%s: cannot make the folder %s: %s\n", cmd, dir, dirProblem(err))
		return false
	}
	fmt.Fprintf(stderr, "%s: made the folder %s\n", cmd, dir)
	return true
}

// dirProblem words why a folder cannot be used or made.
func dirProblem(err error) string {
	if errors.Is(err, fs.ErrPermission) {
		return "you may not write there"
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err.Error()
	}
	return err.Error()
}
