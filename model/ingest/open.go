package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// The reasons a named path is not read at all.
var (
	ErrFolder     = errors.New("it is a folder, not a file; name the folder itself to read the files in it")
	ErrNotRegular = errors.New("not an ordinary file")
	ErrNotFound   = errors.New("there is no such file; check the name and the folder")
	ErrLinkLoop   = errors.New("it is a symbolic link that leads back to itself (a loop); fix or remove the link")
	ErrBrokenLink = errors.New("it is a symbolic link to a file that does not exist; fix or remove the link")
	ErrNoAccess   = errors.New("you are not allowed to read it; ask its owner for access or copy it somewhere you can read")
)

// openRegular opens path for reading only if it is an ordinary file. A named
// pipe, a device or a socket is refused before it is opened, since reading
// one could block forever; the open itself never waits either (see
// openNoWait), and the opened file is checked again in case it was replaced
// in between.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, explainOpen(path, err))
	}
	if err := checkRegular(info); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNoWait, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, explainOpen(path, err))
	}
	opened, err := f.Stat()
	if err == nil {
		err = checkRegular(opened)
	}
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, opened, nil
}

// checkRegular refuses anything but an ordinary file, naming what it is.
func checkRegular(info fs.FileInfo) error {
	mode := info.Mode()
	switch {
	case mode.IsRegular():
		return nil
	case mode.IsDir():
		return ErrFolder
	case mode&fs.ModeNamedPipe != 0:
		return fmt.Errorf("it is a named pipe (FIFO), %w, and reading it could wait forever; save the trial to a file and open that", ErrNotRegular)
	case mode&fs.ModeSocket != 0:
		return fmt.Errorf("it is a socket, %w; save the trial to a file and open that", ErrNotRegular)
	case mode&fs.ModeDevice != 0:
		return fmt.Errorf("it is a device, %w; save the trial to a file and open that", ErrNotRegular)
	default:
		return fmt.Errorf("it is %w (%s); save the trial to a file and open that", ErrNotRegular, mode.Type())
	}
}

// explainOpen turns an error from stating or opening path into what the
// user needs to know, without repeating the path (the caller names it).
func explainOpen(path string, err error) error {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return ErrLinkLoop
	case errors.Is(err, fs.ErrNotExist):
		if info, lerr := os.Lstat(path); lerr == nil && info.Mode()&fs.ModeSymlink != 0 {
			return ErrBrokenLink
		}
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return ErrNoAccess
	}
	return fmt.Errorf("it cannot be opened: %w", withoutPath(err))
}

// withoutPath drops the operation and path that an os error repeats.
func withoutPath(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	return err
}
