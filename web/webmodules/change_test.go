package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = `package p

import (
	"fmt"
	"net/http"
)

func get() { http.Get("x") }

func say() { fmt.Println("x") }
`

func TestAChangeReplacesAndDropsTheImportsItNames(t *testing.T) {
	c := fileChange{file: "p.go", why: "test", replace: [][2]string{{`func get() { http.Get("x") }`, "func get() {}"}}, dropImports: []string{"net/http"}}
	got, err := c.apply([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(got), "net/http") || !strings.Contains(string(got), `"fmt"`) || !strings.Contains(string(got), "func get() {}") {
		t.Fatalf("changed:\n%s", got)
	}
}

func TestAChangeWhoseTextIsNotThereOnceFails(t *testing.T) {
	for _, old := range []string{"func gone()", "func "} {
		c := fileChange{file: "p.go", why: "test", replace: [][2]string{{old, ""}}}
		if _, err := c.apply([]byte(sample)); err == nil || !strings.Contains(err.Error(), "p.go: found") {
			t.Errorf("changing %q: %v", old, err)
		}
	}
	c := fileChange{file: "p.go", why: "test", dropImports: []string{"os"}}
	if _, err := c.apply([]byte(sample)); err == nil || !strings.Contains(err.Error(), "does not import os") {
		t.Errorf("dropping an import the file lacks: %v", err)
	}
}

func TestEveryChangeNamesTheCopy(t *testing.T) {
	a := changesStamp([]fileChange{{file: "a.go", content: "package a"}})
	b := changesStamp([]fileChange{{file: "a.go", content: "package b"}})
	if a == b || len(a) != 12 {
		t.Fatalf("stamps %q and %q", a, b)
	}
}

func TestACopyThatCannotLeaveOutAFileIsRefused(t *testing.T) {
	src, dst := t.TempDir(), filepath.Join(t.TempDir(), "copy")
	if err := os.WriteFile(filepath.Join(src, "a.go"), []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	err := makeCopy(src, dst, []fileChange{{file: "b.go", remove: true}})
	if err == nil || !strings.Contains(err.Error(), "the file to leave out is not there") {
		t.Fatalf("leaving out a file the module lacks: %v", err)
	}
	if _, err := os.Stat(dst); err == nil {
		t.Fatal("a refused copy was left in place")
	}
	if err := makeCopy(src, dst, []fileChange{{file: "a.go", remove: true}, {file: "c.go", content: "package p\n"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dst, "a.go")); err == nil {
		t.Error("the copy kept the file left out")
	}
	if got, _ := os.ReadFile(filepath.Join(dst, "c.go")); string(got) != "package p\n" {
		t.Errorf("the written file holds %q", got)
	}
}
