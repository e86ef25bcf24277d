package app

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestFullDiskKeepsThePreviousFile(t *testing.T) {
	dir := t.TempDir()
	disk := filepath.Join(dir, "disk")
	if err := os.Mkdir(disk, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", disk, "tmpfs", 0, "size=64k"); err != nil {
		t.Skipf("cannot mount a small disk here: %v", err)
	}
	defer syscall.Unmount(disk, 0)
	out := filepath.Join(disk, "board.pdf")
	if err := os.WriteFile(out, []byte("last week's board"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(disk, "filler"), make([]byte, 1<<20), 0o644); err == nil {
		t.Fatal("the small disk took 1 MiB")
	}
	res := runBinary(t, runOptions{}, append([]string{"export", "-o", out}, seedFiles(t)...)...)
	if res.code != exitFailed || !strings.Contains(res.stderr, "cannot write "+out+": the disk is full") {
		t.Errorf("exit %d, %q", res.code, res.stderr)
	}
	if data, _ := os.ReadFile(out); string(data) != "last week's board" {
		t.Errorf("the previous file became %q", data)
	}
	if entries, _ := os.ReadDir(disk); len(entries) != 2 {
		t.Errorf("left on the disk: %v", entries)
	}
}
