package data

import (
	"strings"
	"testing"
)

// TestJSONDepthCountsOnlyBrackets checks the nesting guard: brackets in
// strings, escaped quotes included, do not count; the limit itself is
// allowed; one past it is reported at the bracket that goes past, in
// words, with how deep the file goes.
func TestJSONDepthCountsOnlyBrackets(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"the limit", strings.Repeat("[", MaxJSONDepth) + strings.Repeat("]", MaxJSONDepth), ""},
		{"brackets in a string", `{"a":"` + strings.Repeat("[{", 1000) + `"}`, ""},
		{"an escaped quote does not end the string", `{"a":"\"` + strings.Repeat("[", 1000) + `"}`, ""},
		{"an escaped backslash does", `{"a":"\\",` + `"b":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`,
			`t.json:1:78: brackets nested 101 levels deep: a timeline needs at most 64, so the file is not read`},
		{"one past the limit, on the third line", "{\n\n" + strings.Repeat("[", MaxJSONDepth) + strings.Repeat("]", MaxJSONDepth) + "}",
			`t.json:3:64: brackets nested 65 levels deep`},
		{"ten thousand objects", strings.Repeat(`{"a":`, 10000) + "1" + strings.Repeat("}", 10000),
			`t.json:1:321: brackets nested 10,000 levels deep`},
	}
	for _, tt := range tests {
		err := CheckJSONDepth("t.json", []byte(tt.doc))
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
			t.Errorf("%s:\n got %v\nwant %s", tt.name, err, tt.want)
		}
	}
}
