//go:build e2e

package e2e

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// recordProgress keeps, in the page's window.progress, every text the
// loading screen shows as it changes.
const recordProgress = `window.progress = [];
new MutationObserver(function () {
	const what = document.getElementById("what");
	if (what && what.textContent !== window.progress[window.progress.length - 1]) { window.progress.push(what.textContent); }
}).observe(document, {subtree: true, childList: true, characterData: true});`

// TestTheDownloadIsCountedWhereTheHostCompresses: from a host that sends
// the app gzipped (its Content-Length is the compressed size, while the
// browser counts what it unpacks), the loading screen counts the download
// against the app's own size, and never past it.
func TestTheDownloadIsCountedWhereTheHostCompresses(t *testing.T) {
	dir := os.Getenv("BACKCHANNEL_WEB")
	wasm, err := os.ReadFile(filepath.Join(dir, "backchannel.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	var packed bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&packed, gzip.BestSpeed)
	zw.Write(wasm)
	zw.Close()
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/backchannel.wasm" {
			files.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Length", strconv.Itoa(packed.Len()))
		w.Write(packed.Bytes())
	}))
	t.Cleanup(srv.Close)

	p := openBrowser(t, t.TempDir())
	p.site = srv.URL
	if _, err := chromedp.Call(p.ctx, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: recordProgress}); err != nil {
		t.Fatal(err)
	}
	p.settle()
	t.Logf("from a host that compresses, the first frame came %v after the page started", p.load("/index.html"))
	raw, _ := p.eval(`JSON.stringify(window.progress)`)
	var shown []string
	if err := json.Unmarshal([]byte(raw), &shown); err != nil {
		t.Fatalf("the loading screen's texts: %v (%q)", err, raw)
	}
	t.Logf("the loading screen said: %q", shown)
	size := fmt.Sprintf("%.1f", float64(len(wasm))/1e6)
	counted := regexp.MustCompile(`^Loading the app… ([0-9.]+) of ([0-9.]+) MB$`)
	seen := 0
	for _, text := range shown {
		m := counted.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		seen++
		got, _ := strconv.ParseFloat(m[1], 64)
		of, _ := strconv.ParseFloat(m[2], 64)
		if m[2] != size || got > of {
			t.Errorf("the loading screen says %q; the app is %s MB", text, size)
		}
	}
	if seen == 0 {
		t.Errorf("the loading screen never counted the download: %q", shown)
	}
}
