package registry

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Cache keeps fetched study records and search pages on disk, each with the
// time it was fetched in a sidecar file. Records are kept exactly as served.
type Cache struct {
	dir string
}

// DefaultCacheDir is TrialCompare's folder in the user's cache folder.
func DefaultCacheDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("finding the cache folder for ClinicalTrials.gov records: %w", err)
	}
	return filepath.Join(dir, "TrialCompare"), nil
}

// Dir returns the cache's folder.
func (c *Cache) Dir() string { return c.dir }

// StudyPath returns where a study's record is kept.
func (c *Cache) StudyPath(id string) string {
	return filepath.Join(c.dir, "studies", id+".json")
}

func (c *Cache) searchPath(key string) string {
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(c.dir, "searches", hex.EncodeToString(sum[:12])+".json")
}

// Study returns a cached record and when it was fetched; ok is false when
// there is none.
func (c *Cache) Study(id string) (body []byte, fetched time.Time, ok bool, err error) {
	return c.read(c.StudyPath(id))
}

// PutStudy keeps a study's record.
func (c *Cache) PutStudy(id string, body []byte, fetched time.Time) error {
	return c.write(c.StudyPath(id), body, fetched)
}

func (c *Cache) search(key string) ([]byte, time.Time, bool, error) {
	return c.read(c.searchPath(key))
}

func (c *Cache) putSearch(key string, body []byte, fetched time.Time) error {
	return c.write(c.searchPath(key), body, fetched)
}

func (c *Cache) read(path string) ([]byte, time.Time, bool, error) {
	body, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR) {
		return nil, time.Time{}, false, nil
	}
	if err != nil {
		return nil, time.Time{}, false, plain(err, "it could not be read (%s)", fileProblem(err))
	}
	stamp, err := os.ReadFile(path + ".fetched")
	if err != nil {
		return nil, time.Time{}, false, nil
	}
	fetched, err := time.Parse(time.RFC3339, strings.TrimSpace(string(stamp)))
	if err != nil {
		return nil, time.Time{}, false, nil
	}
	return body, fetched, true, nil
}

// write stores a body and its time, each through a temporary file renamed
// over the old one, so that a failed write never leaves half a record.
func (c *Cache) write(path string, body []byte, fetched time.Time) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("making the cache folder: %w", err)
	}
	if err := writeAtomic(path, body); err != nil {
		return err
	}
	return writeAtomic(path+".fetched", []byte(fetched.UTC().Format(time.RFC3339)+"\n"))
}

// writeAtomic writes a file through a temporary file beside it.
func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// notSaved words a failed write to the cache for the user, or returns nil.
func (c *Cache) notSaved(err error) error {
	if err == nil {
		return nil
	}
	return plain(err, "the copy could not be saved in the cache folder %s (%s), so it is not there to use offline and will be fetched again",
		c.dir, fileProblem(err))
}

// fileProblem words why a file could not be read or written.
func fileProblem(err error) string {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return "the disk is full"
	case errors.Is(err, syscall.EROFS):
		return "the disk is read-only"
	case errors.Is(err, fs.ErrPermission):
		return "TrialCompare is not allowed to use it"
	case errors.Is(err, syscall.ENOTDIR):
		return "a file stands where a folder belongs"
	}
	return "the system refused"
}
