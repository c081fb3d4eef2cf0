//go:build !js

package data

import (
	"errors"
	"io"
	"os"
	"unsafe"
)

// largeRead is the size from which a file is read into memory advised
// onto huge pages.
const largeRead = 4 << 20

// readFile reads the whole file at path as os.ReadFile does, into memory
// advised onto huge pages when the file is large (see adviseHugePages).
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() < 1<<40 {
		size = int(fi.Size())
	}
	buf := make([]byte, 0, size+512) // room to see the end of a file that grew
	if size >= largeRead {
		adviseHugePages(unsafe.Pointer(unsafe.SliceData(buf)), uintptr(cap(buf)))
	}
	for {
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		switch {
		case errors.Is(err, io.EOF):
			return buf, nil
		case err != nil:
			return buf, err
		case len(buf) == cap(buf):
			buf = append(buf, 0)[:len(buf)]
		}
	}
}
