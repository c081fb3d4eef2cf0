//go:build e2e

package e2e

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// launchToFirstFrame starts bin on d and returns the time until it reports
// its first painted frame, and its resident memory then, in kB.
func launchToFirstFrame(b *testing.B, d *display, bin string) (time.Duration, int) {
	b.Helper()
	cmd := exec.Command(bin)
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
			if lines.Text() == "first frame" {
				got <- time.Since(start)
				return
			}
		}
	}()
	select {
	case dt := <-got:
		return dt, residentKB(cmd.Process.Pid)
	case <-time.After(60 * time.Second):
		b.Fatalf("%s drew no frame within 60 s", bin)
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
