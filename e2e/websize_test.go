//go:build e2e

package e2e

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// webGzipLimit is the most the web build's app may weigh as a host that
// compresses sends it (#26: at most 10 MB gzipped), in bytes.
const webGzipLimit = 10_000_000

// TestTheWebBuildIsSmall: the app's WebAssembly, gzipped as a static host
// would send it, stays within webGzipLimit.
func TestTheWebBuildIsSmall(t *testing.T) {
	dir := os.Getenv("BACKCHANNEL_WEB")
	if dir == "" {
		t.Fatal("set BACKCHANNEL_WEB to the web build, dist/web (make e2e does)")
	}
	f, err := os.Open(filepath.Join(dir, "backchannel.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sent countingWriter
	zw := gzip.NewWriter(&sent)
	raw, err := io.Copy(zw, f)
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("backchannel.wasm: %.2f MB, %.2f MB gzipped (the limit %.0f MB)", float64(raw)/1e6, float64(sent)/1e6, float64(webGzipLimit)/1e6)
	if sent > webGzipLimit {
		t.Errorf("the web build's app is %d bytes gzipped, more than %d", sent, webGzipLimit)
	}
}

// countingWriter counts what is written to it.
type countingWriter int64

// Write implements io.Writer, keeping only the count.
func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}
