package data

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// checkLoaded fails when a loader returned neither a dataset nor a list of
// problems, or a dataset the rest of the app could not rely on.
func checkLoaded(t *testing.T, ds *Dataset, err error) {
	if err != nil {
		if ds != nil {
			t.Fatal("a dataset came back with problems")
		}
		ps, ok := err.(Problems)
		if !ok || len(ps) == 0 {
			t.Fatalf("error %v is not a list of problems", err)
		}
		for _, p := range ps {
			if p.Line < 0 || p.Col < 0 || p.Message == "" {
				t.Fatalf("problem without a place or a message: %+v", p)
			}
		}
		if len(ps) > MaxProblems+1 {
			t.Fatalf("%d problems listed: want at most %d and a count of the rest", len(ps), MaxProblems)
		}
		return
	}
	if ds == nil || len(ds.Events) == 0 {
		t.Fatal("no dataset and no problem")
	}
	keys := OrderKeys(ds.Events)
	for i, e := range ds.Events {
		if !ds.ValidCategory(e.Channel) || e.Start.IsZero() || e.ID == "" {
			t.Fatalf("event %d is not usable: %+v", i, e)
		}
		if i > 0 && keys[i] < keys[i-1] {
			t.Fatal("events out of order")
		}
	}
	ds.CountByPeriod(ds.Events)
	ds.CountByAdministration(ds.Events)
}

func seeds(f *testing.F, files ...string) {
	for _, name := range files {
		if raw, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(raw)
		}
	}
}

// FuzzLoadJSON feeds the JSON loaders, Backchannel's and TimelineJS's.
func FuzzLoadJSON(f *testing.F) {
	f.Add(BundledJSON())
	f.Add([]byte(goodDataset))
	f.Add([]byte(`{"events":[{"start_date":{"year":"-13800000000"},"text":{"headline":"<b>x</b>"},"group":"g"}]}`))
	f.Add([]byte(`{"events":[{"start_date":{"year":"1999","month":"13"}}]}`))
	f.Add([]byte("\xef\xbb\xbf{}"))
	seeds(f, "eras.json")
	// Nesting at and past the limit, where it was once quadratic, and long tokens.
	f.Add(nested(`{"events":`, "[", "]", MaxJSONDepth, "}"))
	f.Add(nested(`{"events":`, "[", "]", MaxJSONDepth+1, "}"))
	f.Add(nested(`{"events":[{"id":"x","participants":`, "[", "]", 10000, "}]}"))
	f.Add(nested("", `{"a":`, "}", 10000, ""))
	f.Add(nested(`{"events":[{"start_date":{"year":1990},"media":`, "[", "]", 10000, "}]}"))
	f.Add(repeat(`{"events":[{"id":"x","title":"`, "a", 1<<20, `","start":"1990","channel":"direct"}]}`))
	f.Add(repeat(`{"events":[{"`, "k", 1<<20, `":1}]}`))
	f.Add(repeat(`{"events":[1`, ",1", 5000, "]}"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		ds, err := LoadAny("fuzz.json", raw)
		checkLoaded(t, ds, err)
		ds, err = LoadTimelineJSJSON("fuzz.json", raw)
		checkLoaded(t, ds, err)
		// The loaders read a document in pieces: whatever they accept
		// must be well formed as a whole.
		valid := json.Valid(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")))
		ds, err = Load("fuzz.json", raw)
		checkLoaded(t, ds, err)
		if err == nil && !valid {
			t.Errorf("%q: malformed, but read as a dataset", raw)
		}
		if ds, err := LoadTimelineJSJSON("fuzz.json", raw); err == nil && ds != nil && !valid {
			t.Errorf("%q: malformed, but read as a TimelineJS timeline", raw)
		}
	})
}

// FuzzLoadCSV feeds the CSV loaders, Backchannel's and TimelineJS's.
func FuzzLoadCSV(f *testing.F) {
	var buf bytes.Buffer
	if ds, err := Bundled(); err == nil {
		WriteDatasetCSV(&buf, ds)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("Year,Month,Day,Headline,Text,Type,Group\r\n1999,2,3,A,<p>x</p>,,g\r\n,,,T,,title,\r\n1900,,,E,,era,\r\n"))
	f.Add([]byte("kind,id,title,start,channel,sources\nsource,s,S,,,\nevent,x,X,1999,direct,s\n"))
	f.Add([]byte("Year,Headline\n\"unclosed\n"))
	seeds(f, "women_in_computing.csv")
	// A long field, many columns, many rows, a row of empty cells.
	f.Add(repeat("kind,id,title,start,channel\nevent,x,", "a", 1<<20, ",1990,direct\n"))
	f.Add(append(repeat("Year,Headline", ",x", 5000, "\n"), repeat("1990,H", ",z", 5000, "\n")...))
	f.Add(repeat("kind,id,title,start,channel\n", "event,x,X,1990,direct\n", 3000, ""))
	f.Add(repeat("kind,id,title,start,channel\n", ",", 100000, "\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		ds, err := LoadAny("fuzz.csv", raw)
		checkLoaded(t, ds, err)
		ds, err = LoadCSV("fuzz.csv", raw)
		checkLoaded(t, ds, err)
		ds, err = LoadTimelineJSCSV("fuzz.csv", raw)
		checkLoaded(t, ds, err)
	})
}
