package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strings"
)

// plainFile is where, in the copy, the plain lang functions are put.
const plainFile = "lang/plain_web.go"

// langFile is Fyne's file whose localizing functions the copy renames.
const langFile = "lang/lang.go"

// plainSource is the lang functions the copy uses, written as their own
// package so that they are tested here.
//
//go:embed langsource/localize.go
var plainSource string

// byTemplate names, for each of Fyne's functions that the plain ones take
// the place of, what the copy calls Fyne's: kept, but called by nothing,
// so the linker leaves them (and text/template's execution) out. Fyne's
// init, which reads every language's translations (a sixth of a second
// in a browser, for strings the plain functions never look up), gives way
// to plainInit, and the making of go-i18n's bundle (every language's
// plural rules, 40 ms) waits for an app's own translations.
var byTemplate = map[string]string{
	"LocalizeKey":       "localizeKeyByTemplate",
	"LocalizePluralKey": "localizePluralKeyByTemplate",
	"init":              "loadFyneTranslations",
	"addLanguage":       "addLanguageToBundle",
}

// plainInitFile is where, in the copy, plainInit is put.
const plainInitFile = "lang/plain_init_web.go"

// plainInit starts the copy's lang package without Fyne's translations,
// and makes go-i18n's bundle when an app adds its own (though the plain
// functions give every string as written).
const plainInit = `package lang

import (
	"encoding/json"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

func init() {
	translated = []language.Tag{language.English}
}

func addLanguage(data []byte, name string) error {
	if bundle == nil {
		bundle = i18n.NewBundle(language.English)
		bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	}
	return addLanguageToBundle(data, name)
}
`

// langChanges are the changes to Fyne's lang package: its localizing
// functions renamed, called by nothing (so that the linker leaves them
// and text/template's execution out), and plain ones beside them.
func langChanges() []fileChange {
	return []fileChange{
		{file: langFile, why: "the web build's Fyne localizes without templates", rewrite: renameLocalizers},
		{file: plainFile, content: strings.Replace(plainSource, "package langsource", "package lang", 1)},
		{file: plainInitFile, content: plainInit},
	}
}

// renameLocalizers gives src (Fyne's lang.go) with each function in
// byTemplate renamed; it fails if one is not there, as it would be if a
// later Fyne moved them.
func renameLocalizers(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, langFile, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	renamed := 0
	for _, decl := range file.Decls {
		if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv == nil {
			if to, ok := byTemplate[fn.Name.Name]; ok {
				fn.Name.Name = to
				renamed++
			}
		}
	}
	if renamed != len(byTemplate) {
		return nil, fmt.Errorf("found %d of the %d localizing functions the web build replaces; this Fyne is not the one web/webmodules knows", renamed, len(byTemplate))
	}
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
