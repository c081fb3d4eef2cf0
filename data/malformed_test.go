package data

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestMalformedInputs lists what each kind of bad file is told, exactly.
func TestMalformedInputs(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"empty", "", "x:1:1: empty file: want a JSON or CSV timeline"},
		{"only a BOM and blanks", "\xef\xbb\xbf \r\n\t", "x:1:1: empty file: want a JSON or CSV timeline"},
		{"prose", "Dear students,\n", "x:1:1: not a timeline Backchannel opens: want its JSON or CSV, or TimelineJS JSON or CSV"},
		{"UTF-16", "\xff\xfeY\x00e\x00a\x00r\x00", "x:1:1: UTF-16 text: save the file as UTF-8"},
		{"Latin-1 spreadsheet", "Year,Headline\n1999,Caf\xe9\n", "x:2:9: not UTF-8 text: save the spreadsheet as CSV UTF-8"},
		{"our CSV without channel", "kind,id,title,start\nevent,a,A,1999\n", `x:1:1: missing column "channel"`},
		{"broken JSON", "{\"events\": [\n  {\"id\": \"x\",,}\n]}", "x:2:14: malformed JSON: invalid character ',' looking for beginning of object key string"},
		{"TimelineJS without a year", `{"events":[{"start_date":{"month":"3"},"text":{"headline":"A"}}]}`, "x:1:26: missing year"},
		{"TimelineJS CSV row without a year", "Year,Headline\n,A\n", `x:2:1: missing year`},
		{"unclosed quote", "Year,Headline\n1999,\"A\n", `x:2:9: malformed CSV: extraneous or missing " in quoted-field`},
	}
	for _, tt := range tests {
		_, err := LoadAny("x", []byte(tt.doc))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s:\ngot  %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

func TestUnusualButGoodInputs(t *testing.T) {
	tests := []struct {
		name, doc string
		events    int
	}{
		{"one event", `{"sources":{"s":{"title":"S"}},"events":[{"id":"a","title":"A","start":"1999","channel":"direct","sources":["s"]}]}`, 1},
		{"CRLF and BOM CSV", "\xef\xbb\xbfkind,id,title,start,channel,sources\r\nsource,s,S,,,\r\nevent,a,A,1999,direct,s\r\n", 1},
		{"extra columns", "Year,Headline,Colour,Mood\n1999,A,red,calm\n", 1},
		{"rows shorter than the header", "Year,Month,Day,Headline,Text\n1999,3\n2001,,,B\n", 2},
	}
	for _, tt := range tests {
		ds, err := LoadAny("x", []byte(tt.doc))
		if err != nil || len(ds.Events) != tt.events {
			t.Errorf("%s: %v, %v", tt.name, ds, err)
		}
	}
}

func TestTenThousandEventsOnOneDay(t *testing.T) {
	var b strings.Builder
	b.WriteString("Year,Month,Day,Headline\n")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, "1969,7,20,Event %d\n", i)
	}
	ds, err := LoadAny("same-day.csv", []byte(b.String()))
	if err != nil || len(ds.Events) != 10000 {
		t.Fatalf("%v", err)
	}
	if tl := ds.CountByPeriod(ds.Events); len(tl.Rows) != 1 || tl.Sum() != 10000 {
		t.Errorf("tally %v rows, %d events", tl.Rows, tl.Sum())
	}
}

// TestAHundredMegabyteFile loads a 100 MB timeline: it must neither crash
// nor take the machine with it. (How fast is for benchmarks to say.)
func TestAHundredMegabyteFile(t *testing.T) {
	if testing.Short() {
		t.Skip("a 100 MB file in -short mode")
	}
	var b bytes.Buffer
	b.WriteString("Year,Month,Day,Headline,Text\n")
	row := strings.Repeat("words ", 40)
	for i := 0; b.Len() < 100<<20; i++ {
		fmt.Fprintf(&b, "%d,%d,%d,Event %d,%s\n", 1900+i%120, 1+i%12, 1+i%28, i, row)
	}
	ds, err := LoadAny("big.csv", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Events) < 300000 {
		t.Errorf("%d events from 100 MB", len(ds.Events))
	}
}
