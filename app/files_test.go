//go:build linux || darwin

package app

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/storage"
)

// copySeed copies seed n into dir and returns its path there.
func copySeed(t *testing.T, n int, dir string) string {
	t.Helper()
	src := seedFiles(t)[n]
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, filepath.Base(src))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func mkfifo(t *testing.T, path string) string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestNamedPipeNeverHangs(t *testing.T) {
	dir := t.TempDir()
	fifo := mkfifo(t, filepath.Join(dir, "pipe.txt"))
	seed := seedFiles(t)[1]
	folder := filepath.Join(dir, "folder")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	inFolder := mkfifo(t, filepath.Join(folder, "pipe-in-folder.txt"))
	copySeed(t, 3, folder)
	out := filepath.Join(dir, "board.xlsx")
	for _, args := range [][]string{
		{"inspect", fifo, seed, folder},
		{"inspect", "--json", fifo, seed, folder},
		{"export", "-o", out, fifo, seed, folder},
		{"fit", "--age", "7y", fifo, seed, folder},
	} {
		res := runBinary(t, runOptions{}, args...)
		all := res.stdout + res.stderr
		if res.code != exitFailed {
			t.Errorf("%s: exit status %d, want %d", args[0], res.code, exitFailed)
		}
		for _, want := range []string{fifo + ": it is a named pipe (FIFO), not an ordinary file", inFolder + ": it is a named pipe (FIFO), not an ordinary file"} {
			if !strings.Contains(all, want) {
				t.Errorf("%s: no message %q in\n%s", args[0], want, all)
			}
		}
		read := []string{"NCT06709469", "NCT06803875"}
		if args[0] == "export" {
			read = []string{"(2 trials)"}
		}
		for _, want := range read {
			if !strings.Contains(all, want) {
				t.Errorf("%s: the good files were not read (%q missing)\n%s", args[0], want, all)
			}
		}
	}
}

func TestLoaderRefusesNamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := mkfifo(t, filepath.Join(dir, "a-pipe.txt"))
	copySeed(t, 1, dir)
	w := newTestWindow(t)
	w.open(dir)
	if len(w.state.entries) != 2 {
		t.Fatalf("%d entries, want the seed and the pipe", len(w.state.entries))
	}
	seed, pipe := w.state.entries[0], w.state.entries[1]
	if pipe.file != fifo || pipe.err == nil || !strings.Contains(pipe.err.Error(), "named pipe") {
		t.Errorf("the pipe's entry: %s, %v", pipe.file, pipe.err)
	}
	if seed.err != nil || seed.trial.NCTID != "NCT06709469" {
		t.Errorf("the seed's entry: %v, %q", seed.err, seed.trial.NCTID)
	}
}

func TestOpenDialogHidesNamedPipes(t *testing.T) {
	dir := t.TempDir()
	fifo := mkfifo(t, filepath.Join(dir, "pipe.txt"))
	seed := copySeed(t, 1, dir)
	for path, want := range map[string]bool{fifo: false, seed: true, dir: false, "/dev/zero": false} {
		if got := (ordinaryFiles{}).Matches(storage.NewFileURI(path)); got != want {
			t.Errorf("%s: shown %v, want %v", path, got, want)
		}
	}
}

func TestExportWithNothingReadKeepsThePreviousFile(t *testing.T) {
	dir := t.TempDir()
	emptyFolder := filepath.Join(dir, "empty")
	if err := os.Mkdir(emptyFolder, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"board.xlsx", "board.pdf"} {
		previous := filepath.Join(dir, name)
		if err := os.WriteFile(previous, []byte("last week's board"), 0o644); err != nil {
			t.Fatal(err)
		}
		fresh := filepath.Join(dir, "new-"+name)
		for _, inputs := range [][]string{{filepath.Join(dir, "typo.txt")}, {emptyFolder}, {emptyFolder, filepath.Join(dir, "typo.txt")}} {
			for _, out := range []string{previous, fresh} {
				res := runBinary(t, runOptions{}, append([]string{"export", "-o", out}, inputs...)...)
				if res.code != exitFailed || !strings.Contains(res.stderr, "no trial could be read") || !strings.Contains(res.stderr, out+" was not written") {
					t.Errorf("export %v to %s: exit %d, %q", inputs, out, res.code, res.stderr)
				}
				for _, input := range inputs {
					if !strings.Contains(res.stderr, input+": ") {
						t.Errorf("export %v: %s is not named in %q", inputs, input, res.stderr)
					}
				}
			}
			if data, _ := os.ReadFile(previous); string(data) != "last week's board" {
				t.Errorf("the previous %s became %q", name, data)
			}
			if _, err := os.Stat(fresh); err == nil {
				t.Errorf("%s was created with no trial in it", fresh)
			}
		}
	}
	res := runBinary(t, runOptions{}, "inspect", emptyFolder)
	if res.code != exitFailed || !strings.Contains(res.stdout, emptyFolder+": the folder holds no files") {
		t.Errorf("inspect of an empty folder: exit %d, %q", res.code, res.stdout)
	}
}

func TestExportMessages(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "board.pdf")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.txt")
	if err := os.Symlink("loop.txt", loop); err != nil {
		t.Fatal(err)
	}
	res := runBinary(t, runOptions{}, "export", "-o", folder, seedFiles(t)[0], loop)
	for _, want := range []string{
		"cannot write " + folder + ": it is a folder; add a file name, such as " + filepath.Join(folder, "trial-comparison.pdf"),
		loop + ": it is a symbolic link that leads back to itself (a loop); fix or remove the link",
	} {
		if !strings.Contains(res.stderr, want) {
			t.Errorf("no %q in %q", want, res.stderr)
		}
	}
	for _, raw := range []string{"rename", "file exists", "too many levels", "open " + loop, "stat "} {
		if strings.Contains(res.stderr, raw) {
			t.Errorf("a technical message %q in %q", raw, res.stderr)
		}
	}
	if strings.Count(res.stderr, loop) != 1 {
		t.Errorf("the loop's path is repeated: %q", res.stderr)
	}
	if res.code != exitFailed {
		t.Errorf("exit %d", res.code)
	}
}

func TestExportThroughLink(t *testing.T) {
	dir := t.TempDir()
	shared := filepath.Join(dir, "shared")
	if err := os.Mkdir(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	real := filepath.Join(shared, "board.xlsx")
	if err := os.WriteFile(real, []byte("last week's board"), 0o664); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(real, 0o664); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "board.xlsx")
	if err := os.Symlink("shared/board.xlsx", link); err != nil {
		t.Fatal(err)
	}
	res := runBinary(t, runOptions{}, append([]string{"export", "-o", link}, seedFiles(t)...)...)
	if res.code != exitOK {
		t.Fatalf("exit %d: %s", res.code, res.stderr)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	info, _ := os.Stat(real)
	data, _ := os.ReadFile(real)
	if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil || info.Mode().Perm() != 0o664 {
		t.Errorf("the linked file: %v, mode %v", err, info.Mode().Perm())
	}
}
