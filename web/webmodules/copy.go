package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// makeCopy copies the module at src to dst (hard links where it can: the
// module cache's files are never written to) with changes made. The copy
// is made aside and renamed into place, so that dst is whole or absent.
func makeCopy(src, dst string, changes []fileChange) error {
	aside := dst + ".making"
	if err := os.RemoveAll(aside); err != nil {
		return err
	}
	skip := map[string]bool{}
	for _, c := range changes {
		skip[filepath.FromSlash(c.file)] = true
	}
	if err := copyTree(src, aside, skip); err != nil {
		return err
	}
	// Changes to one file are made one after the other, in their order.
	changed := map[string][]byte{}
	var order []string
	for _, c := range changes {
		if c.remove {
			if _, err := os.Stat(filepath.Join(src, filepath.FromSlash(c.file))); err != nil {
				return fmt.Errorf("%s: the file to leave out is not there: %w", src, err)
			}
			continue
		}
		original, seen := changed[c.file]
		if !seen {
			var err error
			original, err = os.ReadFile(filepath.Join(src, filepath.FromSlash(c.file)))
			if err != nil && (c.content == "" || !errors.Is(err, fs.ErrNotExist)) {
				return err
			}
			order = append(order, c.file)
		}
		out, err := c.apply(original)
		if err != nil {
			return fmt.Errorf("%s: %w", src, err)
		}
		changed[c.file] = out
	}
	for _, file := range order {
		if err := os.WriteFile(filepath.Join(aside, filepath.FromSlash(file)), changed[file], 0o644); err != nil {
			return err
		}
	}
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	return os.Rename(aside, dst)
}

// copyTree copies the folder src to dst, but for the files in skip (paths
// relative to src), linking files where it can and copying them where not.
func copyTree(src, dst string, skip map[string]bool) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		case skip[rel] || !d.Type().IsRegular():
			return nil
		}
		if os.Link(path, to) == nil {
			return nil
		}
		return copyFile(path, to)
	})
}

// copyFile copies the file from to the new file to.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
