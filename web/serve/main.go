// Command serve serves a folder (dist/web by default) on localhost, as
// any static host would: `make serve-web` runs it on the web build.
package main

import (
	"flag"
	"log"
	"mime"
	"net/http"
)

func main() {
	dir := flag.String("dir", "dist/web", "the folder to serve")
	addr := flag.String("addr", "localhost:8080", "where to listen")
	flag.Parse()
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".webmanifest", "application/manifest+json")
	log.Printf("serving %s at http://%s/ (Ctrl+C stops)", *dir, *addr)
	log.Fatal(http.ListenAndServe(*addr, http.FileServer(http.Dir(*dir))))
}
