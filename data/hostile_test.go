package data

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// hostileInput is a file as someone might send a damaged or malicious
// timeline, and what loading it may cost.
type hostileInput struct {
	name string
	make func() []byte
	// perByte is the ceiling on the heap's growth while loading, as a
	// multiple of the input's size (above a floor of heapFloor bytes for
	// the loader's own fixed needs).
	perByte float64
	// want is in a problem reported, or "" when the file loads.
	want string
}

// heapFloor is growth allowed whatever the input's size: the decoders'
// buffers, the checker's maps, a problem list.
const heapFloor = 2 << 20

func repeat(prefix, unit string, n int, suffix string) []byte {
	var b bytes.Buffer
	b.Grow(len(prefix) + len(unit)*n + len(suffix))
	b.WriteString(prefix)
	for i := 0; i < n; i++ {
		b.WriteString(unit)
	}
	b.WriteString(suffix)
	return b.Bytes()
}

func nested(prefix string, open, close string, n int, suffix string) []byte {
	return append(repeat(prefix, open, n, ""), repeat("", close, n, suffix)...)
}

const deep = 200000

var hostileInputs = []hostileInput{
	{"arrays 200,000 deep for the events",
		func() []byte { return nested(`{"events":`, "[", "]", deep, "}") },
		4, "brackets nested 200,001 levels deep: a timeline needs at most 64"},
	{"objects 200,000 deep",
		func() []byte { return nested("", `{"a":`, "}", deep, "") },
		4, "brackets nested 200,000 levels deep"},
	{"arrays 200,000 deep in an event's participants",
		func() []byte {
			return nested(`{"sources":{"s":{"title":"S"}},"events":[{"id":"x","title":"X","start":"1990","channel":"direct","sources":["s"],"participants":`, "[", "]", deep, "}]}")
		},
		4, "brackets nested 200,003 levels deep"},
	{"objects 200,000 deep in an event's place",
		func() []byte {
			return nested(`{"events":[{"id":"x","location":`, `{"a":`, "}", deep, "}]}")
		},
		4, "brackets nested 200,003 levels deep"},
	{"arrays 200,000 deep in a TimelineJS slide's media",
		func() []byte {
			return nested(`{"events":[{"start_date":{"year":1990},"text":{"headline":"H"},"media":`, "[", "]", deep, "}]}")
		},
		4, "brackets nested 200,003 levels deep"},
	{"a 30 MB title in Backchannel's JSON",
		func() []byte {
			return repeat(`{"sources":{"s":{"title":"S"}},"events":[{"id":"x","title":"`, "a", 30<<20, `","start":"1990","channel":"direct","sources":["s"]}]}`)
		},
		3, ""},
	{"a 30 MB key in Backchannel's JSON",
		func() []byte {
			return repeat(`{"sources":{"s":{"title":"S"}},"events":[{"id":"x","title":"X","start":"1990","channel":"direct","sources":["s"],"`, "k", 30<<20, `":[[[[[[[[1]]]]]]]]}]}`)
		},
		3, ""},
	{"a 30 MB headline in TimelineJS JSON",
		func() []byte {
			return repeat(`{"events":[{"start_date":{"year":1990},"text":{"headline":"`, "a", 30<<20, `"}}]}`)
		},
		3, ""},
	{"a 30 MB title in Backchannel's CSV",
		func() []byte {
			return repeat("kind,id,title,start,channel,sources\nsource,s,S,,,\nevent,x,", "a", 30<<20, ",1990,direct,s\n")
		},
		3, ""},
	{"a 30 MB quoted title of doubled quotes in Backchannel's CSV",
		func() []byte {
			return repeat("kind,id,title,start,channel,sources\nsource,s,S,,,\nevent,x,\"", `""`, 15<<20, "\",1990,direct,s\n")
		},
		3, ""},
	{"200,000 columns in Backchannel's CSV",
		func() []byte {
			var b bytes.Buffer
			b.WriteString("kind,id,title,start,channel")
			for i := 5; i < 200000; i++ {
				fmt.Fprintf(&b, ",x%d", i)
			}
			b.WriteString("\nevent,a,A,1990,direct")
			b.Write(repeat("", ",z", 200000-5, "\n"))
			return b.Bytes()
		},
		16, `event "a": cites no source`},
	{"200,000 columns in TimelineJS's CSV",
		func() []byte {
			return append(repeat("Year,Headline", ",Extra", 200000, "\n"), repeat("1990,H", ",z", 200000, "\n")...)
		},
		16, ""},
	{"a megabyte of {",
		func() []byte { return repeat("", "{", 1<<20, "") },
		4, "brackets nested 1,048,576 levels deep"},
	{"a megabyte of [",
		func() []byte { return repeat("", "[", 1<<20, "") },
		4, "not a timeline Backchannel opens"},
	{`a megabyte of "`,
		func() []byte { return repeat("", `"`, 1<<20, "") },
		4, "not a timeline Backchannel opens"},
	{"a megabyte of newlines",
		func() []byte { return repeat("", "\n", 1<<20, "") },
		4, "empty file"},
	{"a megabyte of commas after a header",
		func() []byte { return repeat("kind,id,title,start,channel\n", ",", 1<<20, "\n") },
		64, "no events"},
	{"a million tiny rows in Backchannel's CSV",
		func() []byte { return repeat("kind,id,title,start,channel\n", "event,x,X,1990,direct\n", 1000000, "") },
		4, `event "x": cites no source`},
	{"a million tiny rows in TimelineJS's CSV, every one an event",
		func() []byte { return repeat("Year,Headline\n", "1990,H\n", 1000000, "") },
		80, ""},
	{"a million numbers for events in Backchannel's JSON",
		func() []byte { return repeat(`{"events":[1`, ",1", 1000000-1, "]}") },
		32, "events: want data.rawEvent, got JSON number"},
	{"a million numbers for slides in TimelineJS JSON",
		func() []byte { return repeat(`{"events":[{"start_date":{"year":1990}}`, ",1", 1000000-1, "]}") },
		32, "events: want data.tjsSlide, got JSON number"},
	{"a million empty events in Backchannel's JSON",
		func() []byte { return repeat(`{"events":[{}`, ",{}", 1000000-1, "]}") },
		32, "event: missing id"},
}

// peakHeapGrowth runs fn and returns how far the heap grew above where it
// stood before, at its highest. The collector runs often meanwhile, so the
// peak is what fn holds rather than garbage waiting to be collected.
func peakHeapGrowth(fn func()) uint64 {
	runtime.GC()
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	peak := base
	var mu sync.Mutex
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			v := read()
			mu.Lock()
			peak = max(peak, v)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	fn()
	close(done)
	wg.Wait()
	return max(peak, read()) - base
}

// TestHostileInputsLoadInBoundedMemory loads each hostile input, as the
// window and `validate` do, and checks what it says and what it cost:
// the heap may grow no more than the stated multiple of the input's size.
// Before #29, the nested inputs grew the heap with the square of their
// depth and crashed the process.
func TestHostileInputsLoadInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("loads some hundred megabytes of hostile input")
	}
	for _, in := range hostileInputs {
		t.Run(in.name, func(t *testing.T) {
			raw := in.make()
			var ds *Dataset
			var err error
			growth := peakHeapGrowth(func() { ds, err = LoadAny("hostile", raw) })
			ceiling := uint64(in.perByte*float64(len(raw))) + heapFloor
			t.Logf("%d bytes: heap grew %d bytes (%.1f× the input), ceiling %d", len(raw), growth, float64(growth)/float64(len(raw)), ceiling)
			if growth > ceiling {
				t.Errorf("the heap grew %d bytes for %d bytes of input, more than %.0f× it", growth, len(raw), in.perByte)
			}
			switch {
			case in.want == "" && err != nil:
				t.Errorf("refused: %.300v", err)
			case in.want == "" && (ds == nil || len(ds.Events) == 0):
				t.Error("loaded nothing")
			case in.want != "":
				ps, ok := err.(Problems)
				if !ok || !strings.Contains(ps.Error(), in.want) {
					t.Errorf("want a problem with %q, got %.300v", in.want, err)
				}
				if ok && len(ps) > MaxProblems+1 {
					t.Errorf("%d problems listed, want at most %d and a count", len(ps), MaxProblems+1)
				}
			}
		})
	}
}

// hostileNsPerByte is the ceiling on the time to load a hostile input,
// per byte of it: linear work comes well under it (loading a million
// one-line events is about 1,000 ns a byte here); the quadratic decoding
// of deep nesting that #29 found took 165,000.
const hostileNsPerByte = 3000

// BenchmarkHostileInputs times loading each hostile input, and fails one
// that takes more than hostileNsPerByte a byte.
func BenchmarkHostileInputs(b *testing.B) {
	for _, in := range hostileInputs {
		raw := in.make()
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				LoadAny("hostile", raw)
			}
			perByte := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(len(raw))
			b.ReportMetric(perByte, "ns/input-byte")
			if perByte > hostileNsPerByte {
				b.Errorf("%.0f ns a byte, more than %d", perByte, hostileNsPerByte)
			}
		})
	}
}
