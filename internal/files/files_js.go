//go:build js

package files

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"io/fs"
	"path"
	"path/filepath"
	"sync"
	"syscall/js"
	"time"
)

const inBrowser = true

// errNotInPage says why a file the page was not given cannot be read.
var errNotInPage error = notInPage{}

// notInPage is a file the page does not hold: one that does not exist, as
// far as the app can tell, said in the user's words.
type notInPage struct{}

func (notInPage) Error() string {
	return "this page does not hold it: a web page reads only the files it is given (File > Open, a file dropped on the page, or a link's ?data=); open it again"
}

// Is makes the error one that says a file does not exist.
func (notInPage) Is(target error) bool { return target == fs.ErrNotExist }

// page holds the files of a page: those the user opened, saved or
// exported (by name), and the app's own, read from local storage once.
var page struct {
	sync.Mutex
	files map[string]pageFile
}

// pageFile is a file held in the page.
type pageFile struct {
	data     []byte
	modified time.Time
}

// storageKey is the local storage key of one of the app's own files.
func storageKey(path string) string { return "backchannel:" + filepath.ToSlash(path) }

// Keep holds data in the page as the file called name, as opened by the
// user (from the page's file picker, a drop, or a link).
func Keep(name string, data []byte) {
	page.Lock()
	defer page.Unlock()
	hold(name, data)
}

// hold keeps data as the file at path; the caller holds the lock.
func hold(path string, data []byte) {
	if page.files == nil {
		page.files = map[string]pageFile{}
	}
	page.files[path] = pageFile{data: data, modified: time.Now()}
}

// find is the file at path, from the page or else local storage.
func find(path string) (pageFile, bool) {
	page.Lock()
	defer page.Unlock()
	if f, ok := page.files[path]; ok {
		return f, true
	}
	if !kept(path) {
		return pageFile{}, false
	}
	item := js.Global().Get("localStorage").Call("getItem", storageKey(path))
	if item.IsNull() || item.IsUndefined() {
		return pageFile{}, false
	}
	data, err := base64.StdEncoding.DecodeString(item.String())
	if err != nil {
		return pageFile{}, false
	}
	hold(path, data)
	return page.files[path], true
}

// ReadFile reads the whole file at path.
func ReadFile(path string) ([]byte, error) {
	f, ok := find(path)
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: path, Err: errNotInPage}
	}
	return bytes.Clone(f.data), nil
}

// Stat says how long the file at path is and when it last changed.
func Stat(path string) (int64, time.Time, error) {
	f, ok := find(path)
	if !ok {
		return 0, time.Time{}, &fs.PathError{Op: "stat", Path: path, Err: fs.ErrNotExist}
	}
	return int64(len(f.data)), f.modified, nil
}

// WriteAtomic writes a file through write, whole or not at all: one of
// the app's own files to local storage, any other as a download of that
// name (the browser puts it in its downloads).
func WriteAtomic(path string, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return err
	}
	if kept(path) {
		if err := store(path, buf.Bytes()); err != nil {
			return err
		}
	} else if err := download(filepath.Base(path), buf.Bytes()); err != nil {
		return err
	}
	page.Lock()
	defer page.Unlock()
	hold(path, buf.Bytes())
	return nil
}

// store puts one of the app's own files in local storage; a full storage
// is an error, in words.
func store(path string, data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot keep %s in the browser's storage (%v): it is full, or the browser does not allow it", path, r)
		}
	}()
	js.Global().Get("localStorage").Call("setItem", storageKey(path), base64.StdEncoding.EncodeToString(data))
	return nil
}

// download hands data to the browser as a download called name.
func download(name string, data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the browser did not take the download of %s: %v", name, r)
		}
	}()
	array := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(array, data)
	blob := js.Global().Get("Blob").New([]any{array}, map[string]any{"type": "application/octet-stream"})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	doc := js.Global().Get("document")
	link := doc.Call("createElement", "a")
	link.Set("href", url)
	link.Set("download", name)
	doc.Get("body").Call("appendChild", link)
	link.Call("click")
	link.Call("remove")
	var revoke js.Func
	revoke = js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	js.Global().Call("setTimeout", revoke, 60000)
	return nil
}

// Remove removes the file at path.
func Remove(path string) error {
	page.Lock()
	defer page.Unlock()
	_, held := page.files[path]
	delete(page.files, path)
	if kept(path) {
		key := storageKey(path)
		storage := js.Global().Get("localStorage")
		if item := storage.Call("getItem", key); !item.IsNull() {
			held = true
		}
		storage.Call("removeItem", key)
	}
	if !held {
		return &fs.PathError{Op: "remove", Path: path, Err: fs.ErrNotExist}
	}
	return nil
}

// Rename moves the file at from to to.
func Rename(from, to string) error {
	data, err := ReadFile(from)
	if err != nil {
		return err
	}
	if err := WriteAtomic(to, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return err
	}
	return Remove(from)
}

// MkdirAll does nothing: the page's files have no folders to make.
func MkdirAll(string) error { return nil }

// Glob lists the app's own files and the page's matching pattern.
func Glob(pattern string) ([]string, error) {
	names := map[string]bool{}
	page.Lock()
	for name := range page.files {
		names[name] = true
	}
	page.Unlock()
	storage := js.Global().Get("localStorage")
	for i := range storage.Get("length").Int() {
		if key := storage.Call("key", i).String(); len(key) > len("backchannel:") && key[:len("backchannel:")] == "backchannel:" {
			names[key[len("backchannel:"):]] = true
		}
	}
	var out []string
	for name := range names {
		if ok, err := path.Match(filepath.ToSlash(pattern), name); err != nil {
			return nil, err
		} else if ok {
			out = append(out, name)
		}
	}
	return out, nil
}
