//go:build e2e

package e2e

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// launchToFirstFrame starts bin on d and returns the time until it reports
// its first painted frame, and its resident memory then, in kB.
func launchToFirstFrame(b *testing.B, d *display, bin string) (time.Duration, int) {
	b.Helper()
	return launchUntil(b, d, "first frame", bin)
}

// launchSettled starts bin with args on d, waits for the line want and a
// second more, and returns its resident memory then, in kB.
func launchSettled(b *testing.B, d *display, want, bin string, args ...string) int {
	b.Helper()
	_, kb := launchAndSettle(b, d, want, time.Second, bin, args...)
	return kb
}

// launchUntil starts bin with args on d and returns the time until it
// writes the line want on standard error, and its resident memory then.
func launchUntil(b *testing.B, d *display, want, bin string, args ...string) (time.Duration, int) {
	b.Helper()
	return launchAndSettle(b, d, want, 0, bin, args...)
}

// launchAndSettle starts bin with args on d and returns the time until it writes
// the line want on standard error, and its resident memory settle later.
func launchAndSettle(b *testing.B, d *display, want string, settle time.Duration, bin string, args ...string) (time.Duration, int) {
	b.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+d.name, "HOME="+b.TempDir(), "BACKCHANNEL_TRACE_STARTUP=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	lines := bufio.NewScanner(stderr)
	got := make(chan time.Duration, 1)
	go func() {
		for lines.Scan() {
			if lines.Text() == want {
				got <- time.Since(start)
				return
			}
		}
	}()
	select {
	case dt := <-got:
		time.Sleep(settle)
		return dt, residentKB(cmd.Process.Pid)
	case <-time.After(60 * time.Second):
		b.Fatalf("%s did not say %q within 60 s", bin, want)
	}
	return 0, 0
}

// residentKB reads a process's resident memory from /proc.
func residentKB(pid int) int {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	return 0
}

// BenchmarkStartup launches Backchannel and a minimal Fyne window built the
// same way, in turn, on one X server, and reports the time from launch to
// each one's first painted frame, their ratio, resident memory and sizes.
func BenchmarkStartup(b *testing.B) {
	bin, floor := os.Getenv("BACKCHANNEL_BIN"), os.Getenv("MINIMAL_BIN")
	if bin == "" || floor == "" {
		b.Skip("set BACKCHANNEL_BIN and MINIMAL_BIN (make bench-startup does)")
	}
	d := startXvfb(b, 1280, 800)
	var app, min time.Duration
	var rss, minRSS int
	for b.Loop() {
		dt, kb := launchToFirstFrame(b, d, bin)
		app, rss = app+dt, kb
		dt, kb = launchToFirstFrame(b, d, floor)
		min, minRSS = min+dt, kb
	}
	n := float64(b.N)
	b.ReportMetric(float64(app.Milliseconds())/n, "app-ms")
	b.ReportMetric(float64(min.Milliseconds())/n, "minimal-ms")
	b.ReportMetric(float64(app)/float64(min), "ratio")
	b.ReportMetric(float64(rss), "app-rss-kB")
	b.ReportMetric(float64(minRSS), "minimal-rss-kB")
	for name, path := range map[string]string{"app-bin-MB": bin, "minimal-bin-MB": floor} {
		if fi, err := os.Stat(path); err == nil {
			b.ReportMetric(float64(fi.Size())/1e6, name)
		}
	}
}

// writeLarge writes n events over the 50 years from 1975, 30 % of them
// spans, in three groups, as TimelineJS JSON or as Backchannel's JSON.
func writeLarge(b *testing.B, n int, format string) string {
	b.Helper()
	rng := rand.New(rand.NewSource(int64(n)))
	var buf strings.Builder
	own := format == "own"
	if own {
		buf.WriteString(`{"title":"Large timeline","categories":[{"id":"g0","label":"Group 0"},{"id":"g1","label":"Group 1"},{"id":"g2","label":"Group 2"}],` +
			`"sources":{"file":{"title":"Large timeline"}},"events":[`)
	} else {
		buf.WriteString(`{"title":{"text":{"headline":"Large timeline"}},"events":[`)
	}
	day := func(t time.Time) string {
		if own {
			return `"` + t.Format("2006-01-02") + `"`
		}
		return fmt.Sprintf(`{"year":%d,"month":%d,"day":%d}`, t.Year(), t.Month(), t.Day())
	}
	for i := range n {
		if i > 0 {
			buf.WriteString(",\n")
		}
		start := time.Date(1975, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.Intn(50*365))
		end := ""
		if rng.Intn(10) < 3 {
			end = day(start.AddDate(0, 0, 1+rng.Intn(400)))
		}
		switch {
		case own && end != "":
			fmt.Fprintf(&buf, `{"id":"e%d","title":"Event %d: talks and letters","start":%s,"end":%s,"channel":"g%d","summary":"Summary of event %d.","sources":["file"]}`, i, i, day(start), end, i%3, i)
		case own:
			fmt.Fprintf(&buf, `{"id":"e%d","title":"Event %d: talks and letters","start":%s,"channel":"g%d","summary":"Summary of event %d.","sources":["file"]}`, i, i, day(start), i%3, i)
		default:
			fmt.Fprintf(&buf, `{"start_date":%s,`, day(start))
			if end != "" {
				fmt.Fprintf(&buf, `"end_date":%s,`, end)
			}
			fmt.Fprintf(&buf, `"text":{"headline":"Event %d: talks and letters","text":"Summary of event %d."},"group":"Group %d"}`, i, i, i%3)
		}
	}
	buf.WriteString("]}")
	path := filepath.Join(b.TempDir(), fmt.Sprintf("events-%d-%s.json", n, format))
	if err := os.WriteFile(path, []byte(buf.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkStartupLargeFile launches Backchannel on TimelineJS files of
// 10,000 and 100,000 events, and on the 100,000 in its own JSON, and reports the time from launch to the first
// painted frame of the window and to the first frame that shows the
// file's events, and resident memory then.
func BenchmarkStartupLargeFile(b *testing.B) {
	bin := os.Getenv("BACKCHANNEL_BIN")
	if bin == "" {
		b.Skip("set BACKCHANNEL_BIN (make bench-startup does)")
	}
	d := startXvfb(b, 1280, 800)
	for _, tt := range []struct {
		n      int
		format string
	}{{10000, "timelinejs"}, {100000, "timelinejs"}, {100000, "own"}} {
		n, path := tt.n, writeLarge(b, tt.n, tt.format)
		b.Run(fmt.Sprintf("events=%d/format=%s", n, tt.format), func(b *testing.B) {
			var first, shown time.Duration
			var rss, settled int
			for b.Loop() {
				dt, _ := launchUntil(b, d, "first frame", bin, "-data", path)
				first += dt
				dt, kb := launchUntil(b, d, fmt.Sprintf("shown %d events", n), bin, "-data", path)
				shown, rss = shown+dt, kb
				settled = launchSettled(b, d, fmt.Sprintf("shown %d events", n), bin, "-data", path)
			}
			b.ReportMetric(float64(first.Milliseconds())/float64(b.N), "first-frame-ms")
			b.ReportMetric(float64(shown.Milliseconds())/float64(b.N), "shown-ms")
			b.ReportMetric(float64(rss), "shown-rss-kB")
			b.ReportMetric(float64(settled), "settled-rss-kB")
		})
	}
}
