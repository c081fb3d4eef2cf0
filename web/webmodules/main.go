// Command webmodules prepares the copies of Fyne and of glfw-js (Fyne's
// browser window) that the web build is made with, and a go.mod that uses
// them: `make web` builds with -modfile=out/web-fyne/go.mod.
//
// The copies are the module cache's, changed only to leave out of the
// web build what it never runs, which every first visit would download
// and compile before the app can start (fynechanges.go lists each change
// and why). The largest: Fyne's lang package gives each of Fyne's strings
// as Fyne wrote it (in English, as the rest of Backchannel is) rather than
// through go-i18n's templates. Executing a text/template anywhere in a
// program makes Go's linker keep every exported method of every type the
// program could put in an interface, in case the template calls it by
// name: 10 MB of the 41 MB wasm. Then Go's HTTP client: 6 MB of the 30.
// The desktop build keeps the modules as they are.
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
		log.Fatalf("webmodules: %v", err)
	}
	fmt.Println(modfile)
}

// module is a module the web build uses a changed copy of.
type module struct {
	path    string // the module's path, as go.mod requires it
	short   string // what its copy's folder is named by
	changes []fileChange
}

// modules are the modules the web build uses changed copies of.
var modules = []module{
	{path: "fyne.io/fyne/v2", short: "fyne", changes: fyneChanges()},
	{path: "github.com/fyne-io/glfw-js", short: "glfw-js", changes: glfwChanges()},
}

// prepare makes (or finds made) the copy of each of modules, at the
// version go.mod requires, under out, and writes out/go.mod and
// out/go.sum: the project's own, with each module replaced by its copy.
// It returns that go.mod.
func prepare(out string) (string, error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	replaced := map[string]string{}
	for _, m := range modules {
		dir, version, err := moduleDir(m.path)
		if err != nil {
			return "", err
		}
		copied := filepath.Join(abs, m.short+"-"+version+"-"+changesStamp(m.changes))
		if _, err := os.Stat(copied); err != nil {
			if err := makeCopy(dir, copied, m.changes); err != nil {
				return "", err
			}
			clearOtherCopies(abs, m.short, copied)
		}
		replaced[m.path] = copied
	}
	return writeModFiles(abs, replaced)
}

// changesStamp names changes, so that a copy made by an earlier version
// of this program is never taken for one made by this.
func changesStamp(changes []fileChange) string {
	h := sha256.New()
	for _, c := range changes {
		io.WriteString(h, c.stamp())
	}
	for _, fyne := range slices.Sorted(maps.Keys(byTemplate)) {
		io.WriteString(h, fyne+"="+byTemplate[fyne]+";")
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// clearOtherCopies removes the copies of the module named short under
// out other than kept: those of another version, or made by an earlier
// version of this program.
func clearOtherCopies(out, short, kept string) {
	others, _ := filepath.Glob(filepath.Join(out, short+"-v*"))
	for _, dir := range others {
		if dir != kept {
			os.RemoveAll(dir)
		}
	}
}

// moduleDir asks the go command for the version of the module at path
// that go.mod requires, downloading it if the module cache lacks it: its
// folder and version.
func moduleDir(path string) (dir, version string, err error) {
	cmd := exec.Command("go", "mod", "download", "-json", path)
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	if err != nil {
		return "", "", fmt.Errorf("finding %s in the module cache: %w", path, err)
	}
	var found struct{ Dir, Version string }
	if err := json.Unmarshal(raw, &found); err != nil || found.Dir == "" {
		return "", "", fmt.Errorf("go mod download said %q for %s, not its folder", raw, path)
	}
	return found.Dir, found.Version, nil
}

// writeModFiles writes out/go.mod (the project's, each module in replaced
// replaced by its copy's folder) and out/go.sum (the project's), and
// returns the first.
func writeModFiles(out string, replaced map[string]string) (string, error) {
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return "", fmt.Errorf("run in the project's folder: %w", err)
	}
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		return "", err
	}
	mod = append(mod, "\n// The web build's copies, written by web/webmodules.\n"...)
	for _, path := range slices.Sorted(maps.Keys(replaced)) {
		if strings.Contains(string(mod), "\nreplace "+path+" ") {
			return "", fmt.Errorf("go.mod replaces %s already; the web build cannot replace it again", path)
		}
		mod = append(mod, fmt.Sprintf("replace %s => %s\n", path, replaced[path])...)
	}
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
