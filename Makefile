# Backchannel: `make run` opens the app, `make test` runs every test.
GO       ?= go
BIN      ?= backchannel
# What the window's cgo build needs, and what the window tests need besides.
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev xorg-dev
TEST_PKGS  := xvfb xdotool imagemagick libgl1-mesa-dri poppler-utils chromium
# What `make package` needs besides: the Windows cross-compiler.
PACKAGE_PKGS := gcc-mingw-w64-x86-64
# The fyne CLI, from the Go module proxy, kept in .tools.
FYNE_CLI := $(CURDIR)/.tools/fyne
FYNE_CLI_VERSION := v1.7.4
VERSION  := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
# Reproducible, stripped release builds.
RELEASE_GOFLAGS := -trimpath -buildvcs=false
# Unit tests use Fyne's software driver: no cgo, no display.
UNIT     := CGO_ENABLED=0 $(GO) test -tags ci
PKGS     := ./...

.PHONY: all run build deps test-deps test unit lint e2e bench bench-startup package screenshot clean web serve-web

all: build

deps:
	@scripts/ensure-packages.sh $(BUILD_PKGS)

test-deps:
	@scripts/ensure-packages.sh $(BUILD_PKGS) $(TEST_PKGS)

build: deps
	$(GO) build -trimpath -o $(BIN) .

run: build
	./$(BIN)

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi
	CGO_ENABLED=0 $(GO) vet -tags ci $(PKGS)
	CGO_ENABLED=0 $(GO) vet -tags e2e ./e2e

unit:
	$(UNIT) -count=1 $(PKGS)

# The real window under Xvfb: build the binary, start it, look at it. The
# race detector watches the tests' own goroutines (reading the app's output).
e2e: test-deps build web
	BACKCHANNEL_BIN=$(CURDIR)/$(BIN) BACKCHANNEL_WEB=$(CURDIR)/dist/web $(GO) test -race -tags e2e -count=1 -v ./e2e

test: test-deps lint unit e2e

bench:
	$(UNIT) -run '^$$' -bench . -benchmem $(PKGS)

# The same app for a web browser: dist/web is a folder any static host
# serves as it is (the page, the wasm, Go's wasm_exec.js, the icon, a web
# manifest, and a service worker that keeps them for visits with no
# network, named by a hash of them so that a new build replaces them). It is
# built with copies of Fyne and glfw-js that leave out what the web build never
# runs (web/webmodules lists and explains the changes), made in out/web-fyne.
web:
	mkdir -p dist/web
	$(GO) run ./web/webmodules -out out/web-fyne
	GOOS=js GOARCH=wasm $(GO) build -modfile=out/web-fyne/go.mod $(RELEASE_GOFLAGS) -ldflags "-s -w" -tags no_emoji -o dist/web/backchannel.wasm .
	cp "$$($(GO) env GOROOT)/lib/wasm/wasm_exec.js" dist/web/
	cp assets/icon.png web/manifest.webmanifest dist/web/
	sed 's/@VERSION@/$(VERSION)/; s/@WASMBYTES@/'"$$(wc -c < dist/web/backchannel.wasm)"'/' web/index.html > dist/web/index.html
	build=$$(cat dist/web/backchannel.wasm dist/web/wasm_exec.js dist/web/index.html dist/web/icon.png dist/web/manifest.webmanifest | sha256sum | cut -c1-16) && \
		sed "s/@BUILD@/$$build/" web/serviceworker.js > dist/web/serviceworker.js

serve-web: web
	$(GO) run ./web/serve -dir dist/web

# Time from launch to first frame, against a minimal Fyne window built the same way.
bench-startup: test-deps build
	$(GO) build -trimpath -o minimal-window ./e2e/minimal
	BACKCHANNEL_BIN=$(CURDIR)/$(BIN) MINIMAL_BIN=$(CURDIR)/minimal-window \
		$(GO) test -tags e2e -run '^$$' -bench Startup -benchtime 20x ./e2e

$(FYNE_CLI):
	GOBIN=$(CURDIR)/.tools $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_CLI_VERSION)

# dist/: the Linux archive (binary, .desktop file, icon, install Makefile)
# and a Windows Backchannel.exe with its icon and version, no console.
package: deps $(FYNE_CLI)
	@scripts/ensure-packages.sh $(PACKAGE_PKGS)
	mkdir -p dist
	cp FyneApp.toml .FyneApp.toml.keep # fyne package --release bumps the build number in place
	GOFLAGS="$(RELEASE_GOFLAGS)" $(FYNE_CLI) package --os linux --release; status=$$?; \
		cp .FyneApp.toml.keep FyneApp.toml; test $$status -eq 0
	mv Backchannel.tar.xz dist/backchannel-$(VERSION)-linux-amd64.tar.xz
	GOFLAGS="$(RELEASE_GOFLAGS)" CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 $(FYNE_CLI) package --os windows --release; status=$$?; \
		mv .FyneApp.toml.keep FyneApp.toml; test $$status -eq 0
	mv Backchannel.exe dist/Backchannel.exe
	@ls -l dist

# Refresh the README's screenshot from the real window.
screenshot: test-deps build
	BACKCHANNEL_BIN=$(CURDIR)/$(BIN) BACKCHANNEL_SCREENSHOT=$(CURDIR)/docs/screenshot.png \
		$(GO) test -tags e2e -count=1 -run TestWindowOpensOnBundledData ./e2e

clean:
	rm -rf $(BIN) minimal-window dist out/web-fyne
