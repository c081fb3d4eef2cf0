package main

import (
	"io/fs"
	"path/filepath"
	"strings"
)

// eachProgramFile calls fn with the path of each Go file of the program,
// tests left out, as the repository holds them: not in what builds make
// (out, dist), tools' hidden folders or test data.
func eachProgramFile(fn func(path string) error) error {
	return filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (path == "out" || path == "dist" || strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		return fn(path)
	})
}
