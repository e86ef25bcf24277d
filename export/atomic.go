package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"syscall"
)

// writeChunk is how much is written between checks for an interruption.
const writeChunk = 1 << 20

// writeAtomic renders a document into memory and only then writes it to a
// temporary file beside the target and renames it into place, so that a
// failure or an interruption never leaves a half-written file and never
// destroys the previous one. A link at path is written through (see
// resolveTarget). A new file gets the usual permissions (0666 less the
// umask); a replaced file keeps its own. Stale temporary files that a
// killed export to the same target left are removed first (see
// removeStaleTemps).
//
// When ctx is cancelled, writeAtomic returns its cause at once: during
// rendering nothing has been created yet, and during writing the temporary
// file is removed before it returns.
func writeAtomic(ctx context.Context, path string, render func(io.Writer) error) error {
	target, err := resolveTarget(path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	removeStaleTemps(target)
	data, err := renderInBackground(ctx, render)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := replaceFile(ctx, target, data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// renderInBackground renders a document into memory, returning early when
// ctx is cancelled.
func renderInBackground(ctx context.Context, render func(io.Writer) error) ([]byte, error) {
	type rendered struct {
		data []byte
		err  error
	}
	done := make(chan rendered, 1)
	go func() {
		var buf bytes.Buffer
		err := render(&buf)
		done <- rendered{buf.Bytes(), err}
	}()
	select {
	case r := <-done:
		return r.data, r.err
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// replaceFile writes data to a new temporary file beside target and
// renames it over target.
func replaceFile(ctx context.Context, target string, data []byte) error {
	return streamToFile(ctx, target, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// streamToFile has fill write into a new temporary file beside target,
// locked while it is written, and renames it over target once fill and
// the writes succeed. On any failure, or when ctx is cancelled between two
// chunks, the temporary file is removed and target is left as it was.
func streamToFile(ctx context.Context, target string, fill func(io.Writer) error) (err error) {
	if err := context.Cause(ctx); err != nil {
		return err
	}
	perm := fs.FileMode(0o666)
	previous, statErr := os.Stat(target)
	if statErr == nil {
		perm = previous.Mode().Perm()
	}
	tmp, err := createTemp(target, perm)
	if err != nil {
		return explain(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	// Another save's clean-up leaves a locked temporary file alone; where
	// locks are not supported, its age protects it.
	_ = lockTemp(tmp)
	if statErr == nil {
		// The umask applied at creation; the previous file's mode wins.
		if err = tmp.Chmod(perm); err != nil {
			return explain(err)
		}
	}
	if err = fill(&chunkWriter{ctx: ctx, f: tmp}); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return explain(err)
	}
	if err = tmp.Close(); err != nil {
		return explain(err)
	}
	if err = context.Cause(ctx); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return explain(err)
	}
	return nil
}

// chunkWriter writes to a file in chunks of writeChunk, checking for an
// interruption before each, and words a failed write for the user.
type chunkWriter struct {
	ctx context.Context
	f   *os.File
}

func (w *chunkWriter) Write(p []byte) (int, error) {
	written := 0
	for written < len(p) {
		if err := context.Cause(w.ctx); err != nil {
			return written, err
		}
		n, err := w.f.Write(p[written:min(len(p), written+writeChunk)])
		written += n
		if err != nil {
			return written, explain(err)
		}
	}
	return written, nil
}

// createTemp creates a new, empty temporary file beside target with perm
// (less the umask).
func createTemp(target string, perm fs.FileMode) (*os.File, error) {
	for {
		f, err := os.OpenFile(tempName(target, rand.Uint32()), os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}

// explain turns a write error into what the user can do about it: on
// Windows, Excel locks the files it has open; a full disk needs space.
func explain(err error) error {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w (is the file open in another program, such as Excel, or is the folder read-only? Close it or choose another name)", withoutPath(err))
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("the disk is full (%w); free some space or choose another folder; the previous file, if any, is unchanged", withoutPath(err))
	case errors.Is(err, syscall.EFBIG):
		return fmt.Errorf("the file is larger than this system allows there (%w); choose another folder; the previous file, if any, is unchanged", withoutPath(err))
	}
	return withoutPath(err)
}

// WriteFile writes data to path as the exports are written: through a
// temporary file beside it, keeping a replaced file's mode and writing
// through a symbolic link, so that a failure never leaves half a file.
func WriteFile(ctx context.Context, path string, data []byte) error {
	return WriteStream(ctx, path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// WriteStream writes to path what write writes, as WriteFile does, but
// straight into the temporary file, so that a large file is never held in
// memory whole. When write fails (it may refuse what it is given half
// way), or ctx is cancelled, the temporary file is removed and the file
// already at path is left as it was.
func WriteStream(ctx context.Context, path string, write func(io.Writer) error) error {
	target, err := resolveTarget(path)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	removeStaleTemps(target)
	if err := streamToFile(ctx, target, write); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
