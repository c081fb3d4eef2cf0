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

// TestAFileWithMoreProblemsThanAreListedSaysSo: reading stops at
// MaxProblems, listed in file order, and the list ends by saying that it
// stopped; a file with fewer problems lists each and says nothing more.
func TestAFileWithMoreProblemsThanAreListedSaysSo(t *testing.T) {
	many := repeat("kind,id,title,start,channel\n", "event,,X,1990,direct\n", 5000, "")
	_, err := LoadAny("many.csv", many)
	ps, _ := err.(Problems)
	if len(ps) != MaxProblems+1 || !ps.CutShort() || ps.Count() != MaxProblems {
		t.Fatalf("%d problems listed, cut short %v, count %d", len(ps), ps.CutShort(), ps.Count())
	}
	if first, last := ps[0].String(), ps[len(ps)-1].String(); first != "many.csv:2:7: event: missing id" ||
		last != "many.csv: and more problems: reading stopped once 1,000 were found; mend these first" {
		t.Errorf("first %q, last %q", first, last)
	}
	few := repeat("kind,id,title,start,channel\n", "event,,X,1990,direct\n", 3, "")
	_, err = LoadAny("few.csv", few)
	ps, _ = err.(Problems)
	if ps.CutShort() || ps.Count() != len(ps) || len(ps) < 3 {
		t.Errorf("a short list: %v", ps)
	}
}
