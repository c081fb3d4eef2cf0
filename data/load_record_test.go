package data

import (
	"bytes"
	"strings"
	"testing"
)

func TestLoadChecksCoverageAndAccounts(t *testing.T) {
	const src = `"sources":{"s":{"title":"S"},"t":{"title":"T"}},`
	tests := []struct{ name, doc, want string }{
		{"event after the coverage",
			`{"coverage":{"from":"1979","to":"2025-09"},` + src + `"events":[
{"id":"x","title":"X","start":"2025-10-01","channel":"direct","sources":["s"]}]}`,
			`bad.json:2:31: event "x" starts 2025-10-01, after the coverage ends (2025-09)`},
		{"coverage ends before it starts",
			`{"coverage":{"from":"1979","to":"1978"},` + src + `"events":[
{"id":"x","title":"X","start":"1978","channel":"direct","sources":["s"]}]}`,
			`bad.json:1:33: coverage: to 1978 is before from 1979`},
		{"coverage without an end",
			`{"coverage":{"from":"1979"},` + src + `"events":[
{"id":"x","title":"X","start":"1980","channel":"direct","sources":["s"]}]}`,
			`bad.json:1:13: coverage to: missing date`},
		{"malformed coverage",
			`{"coverage":{"from":"1979","to":"Sept 2025"},` + src + `"events":[
{"id":"x","title":"X","start":"1980","channel":"direct","sources":["s"]}]}`,
			`bad.json:1:33: coverage to: malformed date "Sept 2025"`},
		{"era open to today in a record that says where it ends",
			`{"coverage":{"from":"1979","to":"2025-09"},` + src + `"eras":[
{"id":"k","name":"K","band":"iran-leader","start":"1989-06-04"}],"events":[
{"id":"x","title":"X","start":"1990","channel":"direct","sources":["s"]}]}`,
			`bad.json:2:1: era "k" is open to today, but the record ends 2025-09: give the day it ended, or "end": "2025-09" with "ongoing": true`},
		{"ongoing era that stops before the record does",
			`{"coverage":{"from":"1979","to":"2025-09"},` + src + `"eras":[
{"id":"k","name":"K","band":"iran-leader","start":"1989-06-04","end":"2025-03","ongoing":true}],"events":[
{"id":"x","title":"X","start":"1990","channel":"direct","sources":["s"]}]}`,
			`bad.json:2:70: era "k" is ongoing but ends 2025-03, not where the record ends (2025-09)`},
		{"era ending after the record ends",
			`{"coverage":{"from":"1979","to":"2025-09"},` + src + `"eras":[
{"id":"k","name":"K","band":"iran-leader","start":"1989-06-04","end":"2026-03-09"}],"events":[
{"id":"x","title":"X","start":"1990","channel":"direct","sources":["s"]}]}`,
			`bad.json:2:70: era "k" ends 2026-03-09, after the record ends (2025-09): the record cannot say so`},
		{"ongoing era without an end",
			`{` + src + `"eras":[
{"id":"k","name":"K","band":"iran-leader","start":"1989-06-04","ongoing":true}],"events":[
{"id":"x","title":"X","start":"1990","channel":"direct","sources":["s"]}]}`,
			`era "k": ongoing needs an end: the last month the record documents`},
		{"account without its holder",
			`{` + src + `"events":[
{"id":"x","title":"X","start":"1980","channel":"direct","sources":["s"],"accounts":[{"says":"Y","source":"s"}]}]}`,
			`bad.json:2:85: event "x": account 1: missing by (whose account it is)`},
		{"account citing a source the event does not",
			`{` + src + `"events":[
{"id":"x","title":"X","start":"1980","channel":"direct","sources":["s"],"accounts":[{"by":"A","says":"Y","source":"t"}]}]}`,
			`bad.json:2:115: event "x": account 1 cites "t", which is not among the event's sources`},
	}
	for _, tt := range tests {
		_, err := Load("bad.json", []byte(tt.doc))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s:\ngot  %v\nwant %s", tt.name, err, tt.want)
		}
	}
}

func TestLoadKeepsCoverageAccountsAndIdentifiers(t *testing.T) {
	ds, err := Load("ok.json", []byte(`{"coverage":{"from":"1979","to":"2025-09"},
"sources":{"r":{"title":"Resolution 2231 (2015)","publisher":"UN Security Council","date":"2015-07-20","identifier":"S/RES/2231 (2015)"}},
"events":[{"id":"x","title":"X","start":"2015-07-20","channel":"multilateral","sources":["r"],
"accounts":[{"by":"A","says":"One thing.","source":"r"},{"by":"B","says":"Another.","source":"r"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := ds.Coverage.Through(); got != "through Sep 2025" {
		t.Errorf("coverage: %q", got)
	}
	if got := ds.Source("r").Citation(); got != "Resolution 2231 (2015) — UN Security Council — 20 Jul 2015 — S/RES/2231 (2015)" {
		t.Errorf("citation: %q", got)
	}
	if a := ds.Events[0].Accounts; len(a) != 2 || a[1].By != "B" || a[1].Says != "Another." || a[1].Source != "r" {
		t.Errorf("accounts: %+v", a)
	}
	if got := ds.Source("gone").Citation(); got != "gone" {
		t.Errorf("an unknown source is named by its id, got %q", got)
	}
}

func TestCSVAccountsAndCoverageAtTheirCell(t *testing.T) {
	head := "kind,id,title,start,end,channel,sources,by,says\n"
	tests := []struct{ doc, want string }{
		{head + "source,s,S,,,,,,\naccount,nope,,,,,s,A,Y\n", `bad.csv:3:9: account of unknown event "nope"`},
		{head + "source,s,S,,,,,,\nsource,t,T,,,,,,\nevent,x,X,1999,,direct,s,,\naccount,x,,,,,t,A,Y\n",
			`bad.csv:5:15: event "x": account 1 cites "t", which is not among the event's sources`},
		{head + "dataset,,D,1979,1990,,,,\nsource,s,S,,,,,,\nevent,x,X,1999,,direct,s,,\n",
			`bad.csv:4:11: event "x" starts 1999, after the coverage ends (1990)`},
		{head + "dataset,,D,1979,Sept,,,,\nsource,s,S,,,,,,\nevent,x,X,1980,,direct,s,,\n",
			`bad.csv:2:17: coverage to: malformed date "Sept"`},
	}
	for _, tt := range tests {
		_, err := LoadCSV("bad.csv", []byte(tt.doc))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q:\ngot  %v\nwant %q", tt.doc, err, tt.want)
		}
	}
}

func TestCSVWritesAccountsAfterTheirEvent(t *testing.T) {
	ds := bundledDataset(t)
	var buf bytes.Buffer
	if err := WriteDatasetCSV(&buf, ds); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(buf.String(), "\n")
	if !strings.HasPrefix(lines[1], "dataset,,") || !strings.Contains(lines[1], ",1979,2026-06,") {
		t.Errorf("the dataset row should carry the coverage: %q", lines[1])
	}
	for i, l := range lines {
		if strings.HasPrefix(l, "account,soleimani-strike,") {
			if !strings.HasPrefix(lines[i-1], "event,soleimani-strike,") && !strings.HasPrefix(lines[i-1], "account,soleimani-strike,") {
				t.Errorf("account row %d is not after its event: %q", i, lines[i-1])
			}
			return
		}
	}
	t.Error("no account rows for soleimani-strike")
}

// TestOngoingErasSurviveCSV checks an era still running when the record
// ends keeps its mark through Backchannel's CSV, and says so in words.
func TestOngoingErasSurviveCSV(t *testing.T) {
	ds := bundledDataset(t)
	var buf bytes.Buffer
	if err := WriteDatasetCSV(&buf, ds); err != nil {
		t.Fatal(err)
	}
	back, err := LoadCSV("contacts.csv", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	era, ok := back.Era("pezeshkian")
	if !ok || !era.Ongoing || era.End.ISO() != "2026-06" {
		t.Fatalf("pezeshkian after CSV: %+v", era)
	}
	if got, want := era.Dates(), "28 Jul 2024 – Jun 2026 (still in office when the record ends)"; got != want {
		t.Errorf("Dates() = %q, want %q", got, want)
	}
	if era, _ := back.Era("khamenei"); era.Ongoing || era.Dates() != "4 Jun 1989 – 28 Feb 2026" {
		t.Errorf("khamenei after CSV: %+v, %q", era, era.Dates())
	}
}
