//go:build !js

package files

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"
)

const inBrowser = false

// ReadFile reads the whole file at path.
func ReadFile(path string) ([]byte, error) { return os.ReadFile(path) }

// Remove removes the file at path.
func Remove(path string) error { return os.Remove(path) }

// Rename moves the file at from to to.
func Rename(from, to string) error { return os.Rename(from, to) }

// MkdirAll makes the folder at path and those above it.
func MkdirAll(path string) error { return os.MkdirAll(path, 0o755) }

// Glob lists the files matching pattern.
func Glob(pattern string) ([]string, error) { return filepath.Glob(pattern) }

// Stat says how long the file at path is and when it last changed.
func Stat(path string) (size int64, modified time.Time, err error) {
	info, err := os.Stat(path)
	if err != nil {
		return 0, time.Time{}, err
	}
	return info.Size(), info.ModTime(), nil
}

// Keep is for a browser: on a desktop the user's files are the system's.
func Keep(string, []byte) {}

// WriteAtomic writes a file through write, so that the file at path is
// either the whole new content or left as it was: never half written.
func WriteAtomic(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %s", path, folderProblem(dir, err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		if errors.Is(err, syscall.ENOSPC) {
			return fmt.Errorf("cannot write %s: the disk is full; nothing was written", path)
		}
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	clearStaleTemporaries(dir, filepath.Base(path), time.Now())
	return nil
}

// folderProblem says in words why a file could not be made in dir.
func folderProblem(dir string, err error) string {
	switch {
	case errors.Is(err, fs.ErrPermission):
		return "the folder " + dir + " is read-only, or not yours to write in"
	case errors.Is(err, fs.ErrNotExist):
		return "there is no folder " + dir
	case errors.Is(err, syscall.ENOSPC):
		return "the disk is full"
	case errors.Is(err, syscall.EROFS):
		return "the folder " + dir + " is on a read-only disk"
	}
	return err.Error()
}
