// Command plainlang prepares the Fyne the web build is made with, and a
// go.mod that uses it: `make web` builds with -modfile=out/web-fyne/go.mod.
//
// That Fyne is the module cache's, unchanged but for its lang package,
// which in the web build gives each of Fyne's strings as Fyne wrote it (in
// English, as the rest of Backchannel is) rather than through go-i18n's
// templates. Executing a text/template anywhere in a program makes Go's
// linker keep every exported method of every type the program could put
// in an interface, in case the template calls it by name: 10 MB of the
// 41 MB wasm, which every first visit downloads and compiles before the
// app can start. The desktop build keeps Fyne as it is.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	out := flag.String("out", "out/web-fyne", "the folder to prepare")
	flag.Parse()
	modfile, err := prepare(*out)
	if err != nil {
		log.Fatalf("plainlang: %v", err)
	}
	fmt.Println(modfile)
}

// prepare makes (or finds made) the plain-lang copy of the Fyne that
// go.mod requires, under out, and writes out/go.mod and out/go.sum: the
// project's own, with Fyne replaced by that copy. It returns that go.mod.
func prepare(out string) (string, error) {
	dir, version, err := fyneModule()
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	copied := filepath.Join(abs, "fyne-"+version+"-"+changesStamp())
	if _, err := os.Stat(copied); err != nil {
		if err := makePlainCopy(dir, copied); err != nil {
			return "", err
		}
		clearOtherCopies(abs, copied)
	}
	return writeModFiles(abs, copied)
}

// changesStamp names the changes this program makes, so that a copy made
// by an earlier version of it is never taken for one made by this.
func changesStamp() string {
	h := sha256.New()
	io.WriteString(h, plainSource+plainInit)
	for _, fyne := range slices.Sorted(maps.Keys(byTemplate)) {
		io.WriteString(h, fyne+"="+byTemplate[fyne]+";")
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// clearOtherCopies removes the copies under out other than kept: those of
// another Fyne, or made by an earlier version of this program.
func clearOtherCopies(out, kept string) {
	others, _ := filepath.Glob(filepath.Join(out, "fyne-*"))
	for _, dir := range others {
		if dir != kept {
			os.RemoveAll(dir)
		}
	}
}

// fyneModule asks the go command for the Fyne that go.mod requires,
// downloading it if the module cache lacks it: its folder and version.
func fyneModule() (dir, version string, err error) {
	cmd := exec.Command("go", "mod", "download", "-json", "fyne.io/fyne/v2")
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	if err != nil {
		return "", "", fmt.Errorf("finding Fyne in the module cache: %w", err)
	}
	var module struct{ Dir, Version string }
	if err := json.Unmarshal(raw, &module); err != nil || module.Dir == "" {
		return "", "", fmt.Errorf("go mod download said %q for Fyne, not its folder", raw)
	}
	return module.Dir, module.Version, nil
}

// writeModFiles writes out/go.mod (the project's, Fyne replaced by the
// copy at copied) and out/go.sum (the project's), and returns the first.
func writeModFiles(out, copied string) (string, error) {
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return "", fmt.Errorf("run in the project's folder: %w", err)
	}
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		return "", err
	}
	if strings.Contains(string(mod), "\nreplace fyne.io/fyne/v2") {
		return "", fmt.Errorf("go.mod replaces Fyne already; the web build cannot replace it again")
	}
	mod = append(mod, fmt.Sprintf("\n// The web build's Fyne, written by web/plainlang.\nreplace fyne.io/fyne/v2 => %s\n", copied)...)
	modfile := filepath.Join(out, "go.mod")
	if err := writeIfChanged(modfile, mod); err != nil {
		return "", err
	}
	return modfile, writeIfChanged(filepath.Join(out, "go.sum"), sum)
}

// writeIfChanged writes data to path unless path holds it already, so that
// the go command's cache sees the same file from one build to the next.
func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && string(old) == string(data) {
		return nil
	}
	return os.WriteFile(path, data, 0o644)
}
