package data

import "testing"

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{`<p class="lead">In this <b>sample</b> timeline</p><p>Second</p>`, "In this sample timeline\nSecond"},
		{`Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>: daughter`, "Take Ada Lovelace (https://en.wikipedia.org/wiki/Ada_Lovelace): daughter"},
		{`<a href='https://x.org'>https://x.org</a>`, "https://x.org"},
		{"Tom &amp; Jerry &lt;3 &quot;hi&quot; caf&eacute;", `Tom & Jerry <3 "hi" café`},
		{"one<br>two<br/>three", "one\ntwo\nthree"},
		{`<script>alert("x")</script>safe<style>p{}</style> text`, "safe text"},
		{"a < b and c", "a < b and c"},
		{"<blockquote>Quote <cite>Someone</cite></blockquote>", "Quote\nSomeone"},
		{"<p>  lots   of\n\n  space </p>", "lots of space"},
		{"", ""},
		{"<>", "<>"}, // as a browser shows it
		// A comment is dropped whole, whatever it holds.
		{"A <!-- <p>hidden</p> --> b", "A b"},
		// An attribute's value may hold ">".
		{`<a title="1 > 0" href="https://x.org/a">link</a> after`, "link (https://x.org/a) after"},
		// data-href is not href.
		{`<a data-href="https://tracker.example" href="https://x.org">x</a>`, "x (https://x.org)"},
		{`<a data-href="https://tracker.example">plain</a>`, "plain"},
	}
	for _, tt := range tests {
		if got := PlainText(tt.in); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPlainTextWithoutMarkupReadsAsTheTokenizer: text with no tag, entity
// or NUL takes the short way, and comes out as the tokenizer reads it.
func TestPlainTextWithoutMarkupReadsAsTheTokenizer(t *testing.T) {
	for _, in := range []string{"plain words", "  two\r\nlines\rand\nmore  ", "tabs\tand  runs   of space",
		"Khamenei’s letter — “no talks”", "50 > 40 and 3 % 2", "", " \n ", "é\u00a0non-breaking",
		"Already tidy: one line.", "double  space", " lead", "trail ", "ctrl\x01char", "del\x7fchar", "x", " "} {
		if got, want := PlainText(in), plainTextOfHTML(in); got != want {
			t.Errorf("PlainText(%q) = %q, the tokenizer reads %q", in, got, want)
		}
	}
}
