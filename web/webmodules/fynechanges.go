package main

// fyneChanges are the changes to Fyne's copy. Each takes out of the web
// build code that it never runs and every first visit would download and
// compile, or work done before the first frame for nothing.
func fyneChanges() []fileChange {
	changes := append(langChanges(), fyneWithoutHTTP()...)
	changes = append(changes, fyneWithoutMarkdown()...)
	return append(changes, storageOpenedMeanwhile, iconsKept, iconsKeptFile)
}

// fyneWithoutHTTP takes Go's HTTP client (net/http, crypto/tls, x509:
// 6 MB of the wasm, 1.6 MB of it gzipped, and their package inits) out
// of the web build: Fyne's repository for http and https URIs, which
// Backchannel never reads through (a timeline a page links to is fetched
// with the browser's fetch), Fyne's loading of a resource from a URL,
// which it never calls, and a notification icon's type sniffed by
// net/http.
func fyneWithoutHTTP() []fileChange {
	const why = "the web build leaves out Go's HTTP client"
	return []fileChange{
		{file: "internal/repository/http.go", remove: true},
		{file: "internal/repository/http_test.go", remove: true},
		{file: "app/app.go", why: why, replace: [][2]string{{
			"\thttpHandler := intRepo.NewHTTPRepository()\n\trepository.Register(\"http\", httpHandler)\n\trepository.Register(\"https\", httpHandler)\n", ""}},
			dropImports: []string{"fyne.io/fyne/v2/internal/repository", "fyne.io/fyne/v2/storage/repository"}},
		{file: "test/driver.go", why: why, replace: [][2]string{{
			"\n\thttpHandler := intRepo.NewHTTPRepository()\n\trepository.Register(\"http\", httpHandler)\n\trepository.Register(\"https\", httpHandler)\n", ""}}},
		{file: "app/app_wasm.go", why: why, replace: [][2]string{{
			"mimeType := http.DetectContentType(icon)",
			`mimeType := mime.TypeByExtension(filepath.Ext(a.icon.Name()))
	if mimeType == "" {
		mimeType = "image/png"
	}`}, {"\t\"net/http\"\n", "\t\"mime\"\n\t\"path/filepath\"\n"}}},
		{file: "resource.go", why: why, replace: [][2]string{{
			`	res, err := http.Get(urlStr)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()

	bytes, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}

	name := filepath.Base(urlStr)
	return NewStaticResource(name, bytes), nil`,
			`	return nil, errors.New("the web build's Fyne reads no URL (" + urlStr + "): fetch it with the browser and use NewStaticResource")`},
			{"\t\"net/http\"\n", "\t\"errors\"\n"}},
			dropImports: []string{"io"}},
	}
}

// fyneWithoutMarkdown takes out Markdown (goldmark, whose package inits
// compile a dozen regular expressions as the app starts, 40-60 ms in a
// browser) for rich text Backchannel never writes in Markdown, and the
// regular expression Fyne's browser driver matches the browser's name
// against as it starts, the only one it runs.
func fyneWithoutMarkdown() []fileChange {
	return []fileChange{
		{file: "widget/markdown.go", content: plainMarkdown},
		{file: "widget/markdown_image_wasm.go", remove: true},
		{file: "widget/markdown_image_notweb.go", remove: true},
		{file: "internal/driver/glfw/device_wasm.go", why: "the browser's name is matched without a regular expression", replace: [][2]string{{
			`	isMobile = regexp.MustCompile("Android|iPhone|iPad|iPod").
		MatchString(navigator.Get("userAgent").String())`,
			`	agent := navigator.Get("userAgent").String()
	isMobile = strings.Contains(agent, "Android") || strings.Contains(agent, "iPhone") ||
		strings.Contains(agent, "iPad") || strings.Contains(agent, "iPod")`}},
			dropImports: []string{"regexp"}},
	}
}

// storageOpenedMeanwhile: Fyne opens the browser's IndexedDB for an app's
// storage (creating it on a first visit) before it makes the app, waiting
// for the browser at each step: 150-250 ms of every start in which the
// app could do nothing. Backchannel keeps its own files in the browser's
// local storage (internal/files) and never uses Fyne's storage in a
// browser, so the app is made at once and the storage opened while the
// window is made; until it is, the app's storage has no documents.
var storageOpenedMeanwhile = fileChange{file: "app/app.go", why: "the browser's storage is opened while the app starts", replace: [][2]string{{
	`	newApp.registerRepositories() // for web this may provide docs / settings
	newApp.settings = loadSettings()
	store := &store{a: newApp}
	store.Docs = makeStoreDocs(id, store)
	newApp.storage = store
`,
	`	newApp.settings = loadSettings()
	store := &store{a: newApp, Docs: &internal.Docs{}}
	newApp.storage = store
	go func() {
		newApp.registerRepositories()
		docs := makeStoreDocs(id, store)
		fyne.Do(func() { store.Docs = docs })
	}()
`}}}

// iconsKept: Fyne colours a themed icon by parsing its SVG as XML and
// writing it again, at every call for its content (three or four times
// each time an icon's image is refreshed), then parses the result again
// to draw it, at every resize of every image: a fifth of the work before
// the first frame in a browser, for the same few icons in a few colours.
// The copy keeps what each colouring and each parse made.
var iconsKept = fileChange{file: "internal/svg/svg.go", why: "icons are coloured and parsed once", replace: [][2]string{
	{"func Colorize(src []byte, clr color.Color) ([]byte, error) {", "func colorizeAnew(src []byte, clr color.Color) ([]byte, error) {"},
	{"func NewDecoder(stream io.Reader) (*Decoder, error) {", "func decoderAnew(stream io.Reader) (*Decoder, error) {"},
	{"func (d *Decoder) Draw(width, height int) (*image.NRGBA, error) {", "func (d *Decoder) drawAnew(width, height int) (*image.NRGBA, error) {"},
}}

// iconsKeptFile holds the functions iconsKept gives the names of.
var iconsKeptFile = fileChange{file: "internal/svg/kept_web.go", content: `package svg

// Fyne's go.mod says go 1.19: nothing newer may be used here.

import (
	"bytes"
	"image"
	"image/color"
	"io"
	"sync"
)

// keptMost is how many colourings, and how many parsed icons, are kept;
// past it they are forgotten and kept again as they are asked for.
const keptMost = 1024

type colorized struct {
	src        string
	r, g, b, a uint32
}

type colorizedResult struct {
	out []byte
	err error
}

var (
	keptMu      sync.Mutex
	keptColored = map[colorized]colorizedResult{}
	keptIcons   = map[string]*Decoder{}
)

// Colorize creates a new SVG from a given one by replacing all fill colors
// by the given color, once for each SVG and colour.
func Colorize(src []byte, clr color.Color) ([]byte, error) {
	r, g, b, a := clr.RGBA()
	key := colorized{string(src), r, g, b, a}
	keptMu.Lock()
	kept, ok := keptColored[key]
	keptMu.Unlock()
	if ok {
		return kept.out, kept.err
	}
	out, err := colorizeAnew(src, clr)
	keptMu.Lock()
	if len(keptColored) >= keptMost {
		keptColored = map[colorized]colorizedResult{}
	}
	keptColored[key] = colorizedResult{out, err}
	keptMu.Unlock()
	return out, err
}

// NewDecoder parses the SVG stream gives, once for each SVG.
func NewDecoder(stream io.Reader) (*Decoder, error) {
	src, err := io.ReadAll(stream)
	if err != nil {
		return nil, err
	}
	keptMu.Lock()
	d, ok := keptIcons[string(src)]
	keptMu.Unlock()
	if ok {
		return d, nil
	}
	d, err = decoderAnew(bytes.NewReader(src))
	if err != nil {
		return nil, err
	}
	keptMu.Lock()
	if len(keptIcons) >= keptMost {
		keptIcons = map[string]*Decoder{}
	}
	keptIcons[string(src)] = d
	keptMu.Unlock()
	return d, nil
}

// Draw draws the icon at a size; a parsed icon is shared, so one is drawn
// at a time.
func (d *Decoder) Draw(width, height int) (*image.NRGBA, error) {
	keptMu.Lock()
	defer keptMu.Unlock()
	return d.drawAnew(width, height)
}
`}

// plainMarkdown is the web build's widget/markdown.go: the text given is
// shown as it is written, one paragraph, Markdown and all.
const plainMarkdown = `package widget

// NewRichTextFromMarkdown makes a RichText of content; in the web build
// it is shown as written, without reading it as Markdown.
func NewRichTextFromMarkdown(content string) *RichText {
	return NewRichText(parseMarkdown(content)...)
}

// ParseMarkdown sets the RichText's content, shown as written.
func (t *RichText) ParseMarkdown(content string) {
	t.Segments = parseMarkdown(content)
	t.Refresh()
}

// AppendMarkdown adds content to the RichText, shown as written.
func (t *RichText) AppendMarkdown(content string) {
	t.Segments = append(t.Segments, parseMarkdown(content)...)
	t.Refresh()
}

func parseMarkdown(content string) []RichTextSegment {
	return []RichTextSegment{&TextSegment{Text: content, Style: RichTextStyleParagraph}}
}
`

// glfwChanges are the changes to the copy of glfw-js, Fyne's browser
// window: its Open, which Fyne never calls, fetches through net/http.
func glfwChanges() []fileChange {
	return []fileChange{{file: "browser_wasm.go", why: "the web build leaves out Go's HTTP client", replace: [][2]string{{
		`	resp, err := http.Get(name)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("non-200 status: %s", resp.Status)
	}
	return resp.Body, nil`,
		`	return nil, errors.New("the web build's glfw-js opens no asset (" + name + ")")`}},
		dropImports: []string{"net/http"}}}
}
