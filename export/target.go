package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// The reasons an export's target is refused.
var (
	ErrFolderMissing  = errors.New("the folder does not exist; create it or choose another folder")
	ErrTargetIsFolder = errors.New("it is a folder")
	ErrTargetNotFile  = errors.New("not an ordinary file")
	ErrTargetLinkLoop = errors.New("it is a symbolic link that leads back to itself (a loop); remove the link or choose another name")
)

// maxLinkHops is how many symbolic links a target may pass through.
const maxLinkHops = 40

// resolveTarget follows path through symbolic links to the file an export
// replaces, so that the link itself stays a link: "board.pdf -> shared/
// board.pdf" writes shared/board.pdf. A link to a file that does not exist
// yet resolves to that file. It refuses a folder, a named pipe, a device
// and a link loop, and a target whose folder does not exist.
func resolveTarget(path string) (string, error) {
	target := path
	for range maxLinkHops {
		dir, err := filepath.EvalSymlinks(filepath.Dir(target))
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return "", ErrFolderMissing
			}
			return "", fmt.Errorf("its folder cannot be used (%w)", withoutPath(err))
		}
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return "", ErrFolderMissing
		}
		target = filepath.Join(dir, filepath.Base(target))
		info, err := os.Lstat(target)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return target, nil
		case err != nil:
			return "", fmt.Errorf("it cannot be checked (%w)", withoutPath(err))
		case info.Mode()&fs.ModeSymlink != 0:
			dest, err := os.Readlink(target)
			if err != nil {
				return "", fmt.Errorf("its link cannot be read (%w)", withoutPath(err))
			}
			if !filepath.IsAbs(dest) {
				dest = filepath.Join(dir, dest)
			}
			target = dest
		case info.IsDir():
			return "", fmt.Errorf("%w; add a file name, such as %s", ErrTargetIsFolder,
				filepath.Join(path, "trial-comparison"+strings.ToLower(filepath.Ext(path))))
		case !info.Mode().IsRegular():
			return "", fmt.Errorf("it is %s, %w; choose another name", describeType(info.Mode()), ErrTargetNotFile)
		default:
			return target, nil
		}
	}
	return "", ErrTargetLinkLoop
}

// describeType names a file type the way a user would.
func describeType(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file (" + mode.Type().String() + ")"
}

// maxNameBytes is the longest file name the common file systems allow:
// 255 bytes on Linux and macOS, and 255 UTF-16 units on Windows, which a
// name's UTF-8 bytes never undercount.
const maxNameBytes = 255

// tempAffixBytes is the most a temporary file's name adds to the part of
// its target's name it carries: "." before, ".4294967295.tmp" after.
const tempAffixBytes = len(".") + len(".4294967295.tmp")

// staleTempAge is how long a temporary file must have gone unchanged
// before another export to the same target takes it for one a killed
// export left. A live export writes to its file at least once a second.
const staleTempAge = 10 * time.Minute

// tempStem is the part of target's name that its temporary files' names
// carry: all of it, or as much as leaves them a legal length, cut between
// two characters.
func tempStem(target string) string {
	base := filepath.Base(target)
	limit := maxNameBytes - tempAffixBytes
	if len(base) <= limit {
		return base
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(base[cut]) {
		cut--
	}
	return base[:cut]
}

// tempName is the name of an export's temporary file beside target, with
// a number that makes it unique: ".board.pdf.123456.tmp".
func tempName(target string, n uint32) string {
	return filepath.Join(filepath.Dir(target), fmt.Sprintf(".%s.%d.tmp", tempStem(target), n))
}

// isOwnTemp reports whether name is a temporary file that an export to
// target leaves when it is killed: ".board.pdf.123456.tmp".
func isOwnTemp(target, name string) bool {
	prefix := "." + tempStem(target) + "."
	digits, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return false
	}
	digits, ok = strings.CutSuffix(digits, ".tmp")
	return ok && digits != "" && strings.Trim(digits, "0123456789") == ""
}

// removeStaleTemps removes the temporary files that killed exports to
// target left beside it: only files of that exact naming, unchanged for
// staleTempAge and not locked by an export still writing them, so that
// two saves to one file at once never remove each other's.
func removeStaleTemps(target string) {
	dir := filepath.Dir(target)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	now := time.Now()
	for _, e := range entries {
		if !e.Type().IsRegular() || !isOwnTemp(target, e.Name()) {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) >= staleTempAge {
			removeUnlocked(filepath.Join(dir, e.Name()))
		}
	}
}

// withoutPath drops the operation and path that an os error repeats.
func withoutPath(err error) error {
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		return pathErr.Err
	}
	var linkErr *os.LinkError
	if errors.As(err, &linkErr) {
		return linkErr.Err
	}
	return err
}
