//go:build unix

package export

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// writeText writes text through writeAtomic.
func writeText(path, text string) error {
	return writeAtomic(context.Background(), path, func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	})
}

func TestNewFileGetsTheUsualMode(t *testing.T) {
	umask := syscall.Umask(0o022)
	defer syscall.Umask(umask)
	path := filepath.Join(t.TempDir(), "board.pdf")
	if err := writeText(path, "new"); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o644 {
		t.Errorf("mode = %v, want 0666 less the umask 022: 0644", info.Mode().Perm())
	}
}

func TestReplacedFileKeepsItsMode(t *testing.T) {
	for _, mode := range []fs.FileMode{0o664, 0o640, 0o600, 0o666} {
		path := filepath.Join(t.TempDir(), "board.xlsx")
		if err := os.WriteFile(path, []byte("last week"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		if err := writeText(path, "this week"); err != nil {
			t.Fatal(err)
		}
		info, _ := os.Stat(path)
		if data, _ := os.ReadFile(path); info.Mode().Perm() != mode || string(data) != "this week" {
			t.Errorf("after replacing a %v file: mode %v, content %q", mode, info.Mode().Perm(), data)
		}
	}
}

func TestSymlinkIsWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	shared := filepath.Join(dir, "shared")
	if err := os.Mkdir(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	real := filepath.Join(shared, "board.pdf")
	if err := os.WriteFile(real, []byte("last week"), 0o664); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(real, 0o664); err != nil {
		t.Fatal(err)
	}
	relative := filepath.Join(dir, "relative.pdf")
	if err := os.Symlink("shared/board.pdf", relative); err != nil {
		t.Fatal(err)
	}
	chained := filepath.Join(dir, "chained.pdf")
	if err := os.Symlink(relative, chained); err != nil {
		t.Fatal(err)
	}
	for _, link := range []string{relative, chained} {
		if err := writeText(link, "through "+filepath.Base(link)); err != nil {
			t.Fatal(err)
		}
		if info, err := os.Lstat(link); err != nil || info.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link: %v", link, err)
		}
		info, _ := os.Stat(real)
		if data, _ := os.ReadFile(real); string(data) != "through "+filepath.Base(link) || info.Mode().Perm() != 0o664 {
			t.Errorf("the linked file: %q, mode %v", data, info.Mode().Perm())
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("files beside the links: %v", entries)
	}
	dangling := filepath.Join(dir, "new.pdf")
	if err := os.Symlink("shared/created.pdf", dangling); err != nil {
		t.Fatal(err)
	}
	if err := writeText(dangling, "created"); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(shared, "created.pdf")); string(data) != "created" {
		t.Errorf("a link to a file not yet there: %q", data)
	}
}

func TestRefusedTargets(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "board.pdf")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "pipe.pdf")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.pdf")
	if err := os.Symlink("loop2.pdf", loop); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop.pdf", filepath.Join(dir, "loop2.pdf")); err != nil {
		t.Fatal(err)
	}
	device := filepath.Join(dir, "device.pdf")
	if err := os.Symlink("/dev/null", device); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want error
		says string
	}{
		{folder, ErrTargetIsFolder, "add a file name, such as " + filepath.Join(folder, "trial-comparison.pdf")},
		{fifo, ErrTargetNotFile, "a named pipe"},
		{device, ErrTargetNotFile, "a device"},
		{loop, ErrTargetLinkLoop, "loop"},
		{filepath.Join(dir, "no", "board.pdf"), ErrFolderMissing, "does not exist"},
	}
	for _, tt := range tests {
		err := writeText(tt.path, "x")
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.path, err, tt.want)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "cannot write "+tt.path+": ") || strings.Count(msg, tt.path) > 2 || !strings.Contains(msg, tt.says) {
			t.Errorf("message %q", msg)
		}
	}
	if entries, _ := os.ReadDir(folder); len(entries) != 0 {
		t.Errorf("something was written into the folder: %v", entries)
	}
}

func TestCancelledExportWritesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "board.pdf")
	if err := os.WriteFile(path, []byte("last week"), 0o644); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("interrupted")
	ctx, cancel := context.WithCancelCause(context.Background())
	rendering := make(chan struct{})
	release := make(chan struct{})
	defer close(release)
	go func() {
		<-rendering
		cancel(stop)
	}()
	err := writeAtomic(ctx, path, func(w io.Writer) error {
		close(rendering)
		<-release
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "last week" {
		t.Errorf("the previous file became %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	if err := replaceFile(ctx, path, make([]byte, 3*writeChunk)); !errors.Is(err, stop) {
		t.Errorf("writing after the cancel: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind after the write: %v", entries)
	}
}

// stopsAfter is a context whose Err turns to context.Canceled after a
// number of checks, to stop a write between two chunks.
type stopsAfter struct {
	context.Context
	checks int
}

func (c *stopsAfter) Err() error {
	if c.checks--; c.checks < 0 {
		return context.Canceled
	}
	return nil
}

func TestStoppedWhileWritingRemovesTheTempFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "board.pdf")
	if err := os.WriteFile(path, []byte("last week"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := &stopsAfter{Context: context.Background(), checks: 3}
	if err := replaceFile(ctx, path, make([]byte, 3*writeChunk)); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "last week" {
		t.Errorf("the previous file became %q", data)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}
