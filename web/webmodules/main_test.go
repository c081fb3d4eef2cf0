package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestTheWebBuildsCopiesLeaveOutTemplatesAndHTTP(t *testing.T) {
	t.Chdir("../..")
	out := t.TempDir()
	modfile, err := prepare(out)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(modfile)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mod), "module backchannel") || !strings.Contains(string(mod), "replace fyne.io/fyne/v2 => "+out) {
		t.Fatalf("the web build's go.mod does not replace Fyne with the copy under %s:\n%s", out, mod)
	}
	cmd := exec.Command("go", "list", "-modfile="+modfile, "-f", "{{.Dir}}", "fyne.io/fyne/v2/lang")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	dir, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, dir)
	}
	langDir := strings.TrimSpace(string(dir))
	if !strings.HasPrefix(langDir, out) {
		t.Fatalf("the web build's lang package is %s, not the copy's", langDir)
	}
	lang, err := os.ReadFile(filepath.Join(langDir, "lang.go"))
	if err != nil {
		t.Fatal(err)
	}
	for fyne, renamed := range byTemplate {
		if strings.Contains(string(lang), "func "+fyne+"()") || strings.Contains(string(lang), "func "+fyne+"(key") || strings.Contains(string(lang), "func "+fyne+"(data") || !strings.Contains(string(lang), "func "+renamed+"(") {
			t.Errorf("the copy's lang.go still has %s, or lacks %s", fyne, renamed)
		}
	}
	vet := exec.Command("go", "vet", "-modfile="+modfile, "fyne.io/fyne/v2/lang")
	vet.Env = cmd.Env
	if said, err := vet.CombinedOutput(); err != nil {
		t.Fatalf("the copy's lang package does not build for the web: %v\n%s", err, said)
	}
	run := exec.Command("go", "run", "-modfile="+modfile, "./web/webmodules/internal/langcheck")
	said, err := run.CombinedOutput()
	if want := "<nil>\nCancel\n3 events\n1 event\n"; err != nil || !strings.HasSuffix(string(said), want) {
		t.Fatalf("the web build's Fyne, an app's translation added, said (%v):\n%s\nwant it to end:\n%s", err, said, want)
	}
	deps := exec.Command("go", "list", "-modfile="+modfile, "-deps", "-tags", "no_emoji", ".")
	deps.Env = cmd.Env
	list, err := deps.CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, list)
	}
	for _, left := range []string{"net/http", "crypto/tls", "crypto/x509", "github.com/yuin/goldmark"} {
		if slices.Contains(strings.Fields(string(list)), left) {
			t.Errorf("the web build still has %s", left)
		}
	}
	// Fyne's own tests of the packages the copy changes pass on it (the
	// painter's and widgets' compare the text they draw and truncate with
	// pictures: the kept shapers shape as new ones did), but for loading
	// images over HTTP and reading Markdown, which the copy leaves out (and
	// lang's, which expect translations: langcheck above tests the plain
	// lang).
	fyneTests := exec.Command("go", "test", "-modfile="+modfile, "-count=1", "-skip", "HTTP|Markdown",
		"fyne.io/fyne/v2/internal/svg", "fyne.io/fyne/v2/canvas", "fyne.io/fyne/v2/theme",
		"fyne.io/fyne/v2/internal/painter", "fyne.io/fyne/v2/internal/painter/software", "fyne.io/fyne/v2/widget")
	if said, err := fyneTests.CombinedOutput(); err != nil {
		t.Fatalf("Fyne's tests fail on the copy: %v\n%s", err, said)
	}
	again, err := prepare(out)
	if err != nil || again != modfile {
		t.Fatalf("prepared again: %q, %v", again, err)
	}
}

func TestALaterFyneThatMovedItsLocalizersIsRefused(t *testing.T) {
	_, err := renameLocalizers([]byte("package lang\n\nfunc LocalizeKey(key, fallback string, data ...any) string { return fallback }\n"))
	if err == nil || !strings.Contains(err.Error(), "found 1 of the 4") {
		t.Fatalf("a lang.go without LocalizePluralKey: %v", err)
	}
}
