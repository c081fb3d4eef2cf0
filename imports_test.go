package main

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// forbiddenImports is, for each package without a user interface, what
// it must not import, so that imports run one way: documents on charts,
// charts on pen, and none of them, nor data, on Fyne.
var forbiddenImports = map[string][]string{
	"pen":       {"backchannel/data", "backchannel/charts", "backchannel/documents", "fyne.io/"},
	"charts":    {"backchannel/documents", "backchannel/app", "backchannel/views", "fyne.io/"},
	"documents": {"backchannel/app", "backchannel/views", "fyne.io/"},
	"data":      {"backchannel/pen", "backchannel/charts", "backchannel/documents", "fyne.io/"},
}

// TestImportsRunOneWay reads the imports of every file of those packages,
// tests included, and fails on one they must not make.
func TestImportsRunOneWay(t *testing.T) {
	fset := token.NewFileSet()
	for dir, forbidden := range forbiddenImports {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, path := range files {
			f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				name, _ := strconv.Unquote(imp.Path.Value)
				for _, bad := range forbidden {
					if name == bad || strings.HasPrefix(name, bad) && strings.HasSuffix(bad, "/") {
						t.Errorf("%s imports %s: %s must not", path, name, dir)
					}
				}
			}
		}
	}
}

// TestNoTemplatesAreExecuted fails if any of the program's files imports
// a template package: executing a template makes the linker keep every
// exported method of every type, a quarter of the web build's download
// (the web build's Fyne is prepared not to, by web/webmodules).
func TestNoTemplatesAreExecuted(t *testing.T) {
	fset := token.NewFileSet()
	err := eachProgramFile(func(path string) error {
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			if name, _ := strconv.Unquote(imp.Path.Value); name == "text/template" || name == "html/template" {
				t.Errorf("%s imports %s", path, name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
