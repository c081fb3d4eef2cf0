//go:build e2e

// Package e2e drives the real Backchannel binary in a real X server.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// display is a running Xvfb server.
type display struct {
	name string
	cmd  *exec.Cmd
}

// startXvfb starts an X server on a free display and stops it when the test ends.
func startXvfb(t testing.TB, width, height int) *display {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", fmt.Sprintf("%dx%dx24", width, height), "-nolisten", "tcp", "-noreset")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting Xvfb: %v", err)
	}
	w.Close()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case n := <-got:
		if n == "" {
			t.Fatal("Xvfb did not report a display")
		}
		return &display{name: ":" + n, cmd: cmd}
	case <-time.After(20 * time.Second):
		t.Fatal("Xvfb did not start within 20 s")
	}
	return nil
}

// app is the Backchannel binary running on a display.
type app struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	done   chan error
}

// syncBuffer is what the app writes to stderr: written by exec's copying
// goroutine, read by the test, so guarded.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write implements io.Writer.
func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String is everything written so far.
func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func binary(t *testing.T) string {
	bin := os.Getenv("BACKCHANNEL_BIN")
	if bin == "" {
		t.Fatal("set BACKCHANNEL_BIN to the binary under test (make e2e does)")
	}
	return bin
}

// startApp runs the binary with args on d, in a fresh home, under the
// locale that minimal systems default to.
func startApp(t *testing.T, d *display, args ...string) *app {
	t.Helper()
	return startAppIn(t, d, t.TempDir(), args...)
}

// startAppIn runs the binary as startApp does, in the home given: a second
// start in the same home finds what the first left there.
func startAppIn(t *testing.T, d *display, home string, args ...string) *app {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+d.name, "HOME="+home, "XDG_CONFIG_HOME="+home+"/.config",
		"LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
	a := &app{cmd: cmd, stderr: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stderr = a.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { a.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-a.done
		// Fyne's thread checks are on in the desktop build: a change to a
		// widget off Fyne's goroutine is written to stderr.
		if out := a.stderr.String(); strings.Contains(out, "Error in Fyne call thread") {
			t.Errorf("the app changed widgets off Fyne's goroutine:\n%s", out)
		}
	})
	return a
}

// running reports whether the app is still alive.
// mustRun fails the test now if the app has exited, with what it wrote.
func (a *app) mustRun(t *testing.T) {
	t.Helper()
	if !a.running() {
		t.Fatalf("the app exited; stderr:\n%s", a.stderr)
	}
}

// saveArtifact keeps a capture in artifacts/ under name, to look at.
func saveArtifact(t *testing.T, img image.Image, name string) {
	t.Helper()
	os.MkdirAll("artifacts", 0o755)
	save(t, img, filepath.Join("artifacts", name))
}

func (a *app) running() bool {
	select {
	case err := <-a.done:
		a.done <- err
		return false
	default:
		return true
	}
}

// xdotool runs xdotool on d and returns its trimmed output.
func xdotool(t *testing.T, d *display, timeout time.Duration, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+d.name)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("xdotool %v: %v", args, err)
	}
	return strings.TrimSpace(string(out))
}

// capture takes a screenshot of the whole display.
func capture(t *testing.T, d *display) image.Image {
	t.Helper()
	cmd := exec.Command("import", "-window", "root", "png:-")
	cmd.Env = append(os.Environ(), "DISPLAY="+d.name)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("decoding the capture: %v", err)
	}
	return img
}

// save writes a capture for people to look at.
func save(t *testing.T, img image.Image, paths ...string) {
	for _, p := range paths {
		if p == "" {
			continue
		}
		f, err := os.Create(p)
		if err != nil {
			t.Errorf("saving capture: %v", err)
			continue
		}
		png.Encode(f, img)
		f.Close()
		t.Logf("capture saved to %s", p)
	}
}

// launch starts an X server of the given size and the app on it, waits
// for its window and for the charts to be drawn, and returns the display,
// the app, its window id and that first capture.
func launch(t *testing.T, width, height int) (*display, *app, string, image.Image) {
	t.Helper()
	d := startXvfb(t, width, height)
	a := startApp(t, d)
	id := strings.Fields(xdotool(t, d, 60*time.Second, "search", "--sync", "--onlyvisible", "--name", "^Backchannel$"))[0]
	waitForBars(t, d)
	return d, a, id, waitForOverview(t, d)
}

// waitForOverview waits until the detail pane, on the right, shows the
// dataset's overview (its text comes a frame after the timeline) and the
// screen is at rest, and returns the screen then.
func waitForOverview(t *testing.T, d *display) image.Image {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(pollEvery) {
		img := capture(t, d)
		b := img.Bounds()
		pane := image.Rect(b.Min.X+b.Dx()*3/4, b.Min.Y+b.Dy()/5, b.Max.X, b.Min.Y+b.Dy()*3/5)
		if darkPixels(img, pane) > 500 || time.Now().After(deadline) {
			return rest(t, d, img)
		}
	}
}

// countPixels counts the pixels of img inside r whose colour (16 bits a
// channel) keep accepts.
func countPixels(img image.Image, r image.Rectangle, keep func(r, g, b uint32) bool) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if cr, cg, cb, _ := img.At(x, y).RGBA(); keep(cr, cg, cb) {
				n++
			}
		}
	}
	return n
}

// darkPixels counts the pixels of img inside r dark enough to be text on
// the light theme.
func darkPixels(img image.Image, r image.Rectangle) int {
	return countPixels(img, r, func(r, g, b uint32) bool { return r < 0x6000 && g < 0x6000 && b < 0x6000 })
}

// rest waits until two captures in a row are the same, starting from img,
// and returns the last.
func rest(t *testing.T, d *display, img image.Image) image.Image {
	t.Helper()
	for restBy := time.Now().Add(15 * time.Second); time.Now().Before(restBy); {
		time.Sleep(pollEvery)
		next := capture(t, d)
		if same(img, next) {
			return next
		}
		img = next
	}
	t.Log("the screen did not come to rest within 15 s")
	return img
}

// launchWithKeyboard launches the app as launch does and hands back, with
// the display, the app and the first screen, a keyboard for its window.
func launchWithKeyboard(t *testing.T, width, height int) (*display, *app, image.Image, *keyboard) {
	t.Helper()
	d, a, id, window := launch(t, width, height)
	return d, a, window, &keyboard{t: t, d: d, id: id, last: window}
}

// pollEvery is how often the tests look at the screen while they wait.
const pollEvery = 100 * time.Millisecond

// settle waits for the screen to answer input and come to rest, looking
// at it rather than sleeping a fixed time: until it differs from before
// (or a second passes, for input that changes nothing), then until two
// captures in a row are the same. It returns the last capture.
func settle(t *testing.T, d *display, before image.Image) image.Image {
	t.Helper()
	img := capture(t, d)
	for changeBy := time.Now().Add(time.Second); same(img, before) && time.Now().Before(changeBy); {
		time.Sleep(pollEvery)
		img = capture(t, d)
	}
	return rest(t, d, img)
}

// same tells whether two captures are the same picture.
func same(a, b image.Image) bool {
	return a.Bounds() == b.Bounds() && changedPixels(a, b, a.Bounds()) == 0
}

// keyboard sends keys to the app's window and hands back the screen once
// it has come to rest after each.
type keyboard struct {
	t    *testing.T
	d    *display
	id   string      // the window
	last image.Image // the screen as last seen
}

// press sends keys, by xdotool's names, and waits for the screen to settle.
func (k *keyboard) press(keys ...string) image.Image {
	k.t.Helper()
	xdotool(k.t, k.d, 5*time.Second, append([]string{"key", "--window", k.id}, keys...)...)
	k.last = settle(k.t, k.d, k.last)
	return k.last
}

// write types text and waits for the screen to settle.
func (k *keyboard) write(text string) image.Image {
	k.t.Helper()
	xdotool(k.t, k.d, 5*time.Second, "type", "--window", k.id, "--delay", "60", text)
	k.last = settle(k.t, k.d, k.last)
	return k.last
}
