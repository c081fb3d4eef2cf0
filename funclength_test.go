package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// maxFunctionLines is the longest a function of the app may be: a longer
// one does more than one thing, and gets a function for each.
const maxFunctionLines = 60

// TestNoFunctionIsOverSixtyLines reads every Go file of the repository
// but its tests and fails on a function longer than maxFunctionLines.
func TestNoFunctionIsOverSixtyLines(t *testing.T) {
	fset := token.NewFileSet()
	checked := 0
	err := eachProgramFile(func(path string) error {
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			checked++
			if n := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1; n > maxFunctionLines {
				t.Errorf("%s: %s is %d lines, more than %d", path, fn.Name.Name, n, maxFunctionLines)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 500 {
		t.Errorf("only %d functions read: is the walk finding the packages?", checked)
	}
}
