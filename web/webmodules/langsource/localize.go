// Package langsource is the localizing that the web build's Fyne uses in
// place of go-i18n's: web/webmodules copies this file into that Fyne's lang
// package (whose go.mod says go 1.19: nothing newer may be used here). It
// gives each string as the program wrote it, with any {{.Name}} in it
// filled from the data given, and never runs a template.
package langsource

import (
	"fmt"
	"reflect"
	"strings"
)

// LocalizeKey gives fallback, the string as written, with any {{.Name}}
// in it filled from data's first value (a struct or a map with string
// keys); key is not looked up.
func LocalizeKey(key, fallback string, data ...any) string {
	return filled(fallback, data)
}

// LocalizePluralKey gives fallback as LocalizeKey does, whatever count is.
func LocalizePluralKey(key, fallback string, count int, data ...any) string {
	return filled(fallback, data)
}

// filled is text with each {{.Name}} replaced by data[0]'s Name; text
// without data, or data without the name, keeps what it says.
func filled(text string, data []any) string {
	if len(data) == 0 || data[0] == nil || !strings.Contains(text, "{{") {
		return text
	}
	from := reflect.Indirect(reflect.ValueOf(data[0]))
	var out strings.Builder
	for {
		open := strings.Index(text, "{{")
		if open < 0 {
			break
		}
		shut := strings.Index(text[open:], "}}")
		if shut < 0 {
			break
		}
		shut += open
		name := strings.TrimPrefix(strings.TrimSpace(text[open+2:shut]), ".")
		out.WriteString(text[:open])
		if value, ok := named(from, name); ok {
			out.WriteString(value)
		} else {
			out.WriteString(text[open : shut+2])
		}
		text = text[shut+2:]
	}
	out.WriteString(text)
	return out.String()
}

// named is the text of from's field or map entry called name.
func named(from reflect.Value, name string) (string, bool) {
	var v reflect.Value
	switch from.Kind() {
	case reflect.Struct:
		v = from.FieldByName(name)
	case reflect.Map:
		if from.Type().Key().Kind() == reflect.String {
			v = from.MapIndex(reflect.ValueOf(name).Convert(from.Type().Key()))
		}
	}
	if !v.IsValid() || !v.CanInterface() {
		return "", false
	}
	return fmt.Sprint(v.Interface()), true
}
