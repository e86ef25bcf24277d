//go:build unix

package ingest

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadFileRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	socket := filepath.Join(dir, "socket.txt")
	listener, err := net.Listen("unix", socket)
	if err != nil {
		t.Fatal(err)
	}
	defer listener.Close()
	loop := filepath.Join(dir, "loop.txt")
	if err := os.Symlink(filepath.Join(dir, "loop2.txt"), loop); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(loop, filepath.Join(dir, "loop2.txt")); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "broken.txt")
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), broken); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want error
		says string
	}{
		{fifo, ErrNotRegular, "named pipe"},
		{socket, ErrNotRegular, "socket"},
		{"/dev/zero", ErrNotRegular, "device"},
		{dir, ErrFolder, "folder"},
		{loop, ErrLinkLoop, "loop"},
		{broken, ErrBrokenLink, "does not exist"},
		{filepath.Join(dir, "missing.txt"), ErrNotFound, "no such file"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			done := make(chan Result, 1)
			go func() { done <- ReadFile(tt.path) }()
			var res Result
			select {
			case res = <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("reading %s did not return", tt.path)
			}
			if !errors.Is(res.Err, tt.want) {
				t.Fatalf("err = %v, want %v", res.Err, tt.want)
			}
			msg := res.Err.Error()
			if !strings.HasPrefix(msg, tt.path+": ") || strings.Count(msg, tt.path) != 1 || !strings.Contains(msg, tt.says) {
				t.Errorf("message %q: want the path once, then %q", msg, tt.says)
			}
		})
	}
}

func TestReadFileUnreadable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "locked.txt")
	if err := os.WriteFile(path, []byte("Phase 1 NCT01234567"), 0o000); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(path); err == nil {
		f.Close()
		t.Skip("this user reads files whatever their mode (root)")
	}
	res := ReadFile(path)
	if !errors.Is(res.Err, ErrNoAccess) || !strings.HasPrefix(res.Err.Error(), path+": ") {
		t.Errorf("err = %v", res.Err)
	}
}
