package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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

// makePlainCopy copies Fyne's module from src to dst (hard links where it
// can: the module cache's files are never written to), its lang.go with
// the localizing functions renamed and the plain ones beside it. The copy
// is made aside and renamed into place, so that dst is whole or absent.
func makePlainCopy(src, dst string) error {
	aside := dst + ".making"
	if err := os.RemoveAll(aside); err != nil {
		return err
	}
	if err := copyTree(src, aside, langFile); err != nil {
		return err
	}
	lang, err := os.ReadFile(filepath.Join(src, langFile))
	if err != nil {
		return err
	}
	renamed, err := renameLocalizers(lang)
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Join(src, langFile), err)
	}
	if err := os.WriteFile(filepath.Join(aside, langFile), renamed, 0o644); err != nil {
		return err
	}
	plain := strings.Replace(plainSource, "package langsource", "package lang", 1)
	if err := os.WriteFile(filepath.Join(aside, plainFile), []byte(plain), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(aside, plainInitFile), []byte(plainInit), 0o644); err != nil {
		return err
	}
	if err := os.RemoveAll(dst); err != nil {
		return err
	}
	return os.Rename(aside, dst)
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
		return nil, fmt.Errorf("found %d of the %d localizing functions the web build replaces; this Fyne is not the one web/plainlang knows", renamed, len(byTemplate))
	}
	var out bytes.Buffer
	if err := format.Node(&out, fset, file); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// copyTree copies the folder src to dst, but for the file skip (a path
// relative to src), linking files where it can and copying them where not.
func copyTree(src, dst, skip string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		case rel == filepath.FromSlash(skip) || !d.Type().IsRegular():
			return nil
		}
		if os.Link(path, to) == nil {
			return nil
		}
		return copyFile(path, to)
	})
}

// copyFile copies the file from to the new file to.
func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
