package main

// fyneChanges are the changes to Fyne's copy. Each takes out of the web
// build code that it never runs and every first visit would download and
// compile, or work done before the first frame for nothing.
func fyneChanges() []fileChange {
	changes := append(langChanges(), fyneWithoutHTTP()...)
	changes = append(changes, fyneWithoutMarkdown()...)
	changes = append(changes, shapersKept()...)
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
