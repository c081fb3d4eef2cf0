# Backchannel: `make run` opens the app, `make test` runs every test.
GO       ?= go
BIN      ?= backchannel
# What the window's cgo build needs, and what the window tests need besides.
BUILD_PKGS := gcc pkg-config libgl1-mesa-dev xorg-dev
TEST_PKGS  := xvfb xdotool imagemagick libgl1-mesa-dri
# Unit tests use Fyne's software driver: no cgo, no display.
UNIT     := CGO_ENABLED=0 $(GO) test -tags ci
PKGS     := ./...

.PHONY: all run build deps test-deps test unit lint e2e bench screenshot clean

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

# The real window under Xvfb: build the binary, start it, look at it.
e2e: test-deps build
	BACKCHANNEL_BIN=$(CURDIR)/$(BIN) $(GO) test -tags e2e -count=1 -v ./e2e

test: test-deps lint unit e2e

bench:
	$(UNIT) -run '^$$' -bench . -benchmem $(PKGS)

# Refresh the README's screenshot from the real window.
screenshot: test-deps build
	BACKCHANNEL_BIN=$(CURDIR)/$(BIN) BACKCHANNEL_SCREENSHOT=$(CURDIR)/docs/screenshot.png \
		$(GO) test -tags e2e -count=1 -run TestWindowOpensOnBundledData ./e2e

clean:
	rm -f $(BIN)
