package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
)

// fileChange is one change the web build makes to a file of a module's
// copy: the file taken away, written anew, or rewritten. Each rewrite
// must find what it changes, or the change fails: a later version of the
// module that moved it is refused rather than copied unchanged.
type fileChange struct {
	file    string // the file's path in the module, with slashes
	why     string // what the change is for, said when it cannot be made
	remove  bool   // the copy lacks the file
	content string // when not empty, the file's whole new content
	// replace holds pairs of texts: each first text must be in the file
	// exactly once, and is replaced by the second.
	replace [][2]string
	// rewrite, when not nil, rewrites the file after replace has.
	rewrite func([]byte) ([]byte, error)
	// dropImports names the imports the changes leave unused.
	dropImports []string
}

// apply gives the changed file from the module's original (nil for a
// file the change adds).
func (c fileChange) apply(original []byte) ([]byte, error) {
	if c.content != "" {
		return []byte(c.content), nil
	}
	text := string(original)
	for _, pair := range c.replace {
		if n := strings.Count(text, pair[0]); n != 1 {
			return nil, fmt.Errorf("%s: found %d times, not once, the text to change (%s):\n%s", c.file, n, c.why, pair[0])
		}
		text = strings.Replace(text, pair[0], pair[1], 1)
	}
	changed := []byte(text)
	if c.rewrite != nil {
		var err error
		if changed, err = c.rewrite(changed); err != nil {
			return nil, fmt.Errorf("%s (%s): %w", c.file, c.why, err)
		}
	}
	if len(c.dropImports) == 0 {
		return changed, nil
	}
	out, err := withoutImports(c.file, changed, c.dropImports)
	if err != nil {
		return nil, fmt.Errorf("%s (%s): %w", c.file, c.why, err)
	}
	return out, nil
}

// stamp is what names the change in a copy's folder.
func (c fileChange) stamp() string {
	return fmt.Sprintf("%s|%v|%q|%q|%v|%q;", c.file, c.remove, c.content, c.replace, c.rewrite != nil, c.dropImports)
}

// withoutImports gives the Go source src without the imports of the
// paths given, each of which it must have, formatted.
func withoutImports(name string, src []byte, paths []string) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		if !deleteImport(file, p) {
			return nil, fmt.Errorf("does not import %s", p)
		}
	}
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// deleteImport takes the import of path out of file, if it has one.
func deleteImport(file *ast.File, path string) bool {
	quoted := strconv.Quote(path)
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		for i, spec := range gen.Specs {
			if spec.(*ast.ImportSpec).Path.Value == quoted {
				gen.Specs = append(gen.Specs[:i], gen.Specs[i+1:]...)
				return true
			}
		}
	}
	return false
}
