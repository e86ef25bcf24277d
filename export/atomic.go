package export

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrFolderMissing is returned when the target's folder does not exist.
var ErrFolderMissing = errors.New("the folder does not exist")

// writeAtomic writes a file through a temporary file in the same folder and
// renames it into place, so that a failure never leaves a half-written file
// and never destroys the previous one.
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if info, statErr := os.Stat(dir); statErr != nil || !info.IsDir() {
		return fmt.Errorf("cannot write %s: %w", path, ErrFolderMissing)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, explain(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot replace %s: %w", path, explain(err))
	}
	return nil
}

// explain adds what the user can do about a permission error: on Windows,
// Excel locks the files it has open.
func explain(err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%w (is the file open in another program, such as Excel, or is the folder read-only? Close it or choose another name)", err)
	}
	return err
}
