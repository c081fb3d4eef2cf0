package data

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// readAllCSV reads raw to its end or first error with encoding/csv's
// Reader, set as the loaders once set it, and with csvScanner, and says
// where the two first differ: in a record, a field's place, the bytes
// read, or an error.
func csvDifference(raw []byte) string {
	want := csv.NewReader(bytes.NewReader(raw))
	want.FieldsPerRecord = -1
	got := newCSVScanner(raw)
	for n := 1; ; n++ {
		wrec, werr := want.Read()
		grec, gerr := got.Read()
		if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
			return fmt.Sprintf("read %d: error %v, want %v", n, gerr, werr)
		}
		var wpe, gpe *csv.ParseError
		if errors.As(werr, &wpe) && errors.As(gerr, &gpe) && *wpe != *gpe {
			return fmt.Sprintf("read %d: error %+v, want %+v", n, *gpe, *wpe)
		}
		if werr != nil {
			return ""
		}
		if !reflect.DeepEqual(wrec, grec) {
			return fmt.Sprintf("read %d: record %q, want %q", n, grec, wrec)
		}
		for i := range wrec {
			wl, wc := want.FieldPos(i)
			gl, gc := got.FieldPos(i)
			if wl != gl || wc != gc {
				return fmt.Sprintf("read %d: field %d at %d:%d, want %d:%d", n, i, gl, gc, wl, wc)
			}
		}
		if want.InputOffset() != got.InputOffset() {
			return fmt.Sprintf("read %d: offset %d, want %d", n, got.InputOffset(), want.InputOffset())
		}
	}
}

// TestCSVScannerReadsAsEncodingCSV holds the scanner to encoding/csv's
// behaviour on the cases its rules distinguish and on many random files
// made of the characters that matter.
func TestCSVScannerReadsAsEncodingCSV(t *testing.T) {
	cases := []string{
		"", "\n", "\r\n", "\r", "a", "a\n", "a\r", "a\r\n", "a,b\nc,d\n", "a,,\n,\n", "\n\n a,b\r\n\r\nc",
		`"a","b"` + "\n", `"a""b",c`, `"a` + "\n" + `b",c` + "\n", `"a` + "\r\n" + `b"`, `"a`, `"a` + "\n", `"a"b`, `a"b`,
		`a,"b` + "\n\n" + `c",d`, `"",""`, `""""`, "\"a\r\"", "x,\"a\n\r", "é,\"ü\"\n\"ß", "a\r\rb\r\n", `"a",`, `,"`,
		"kind,id\nevent,\"a\nb\"\r\nsource,x",
	}
	for _, c := range cases {
		if d := csvDifference([]byte(c)); d != "" {
			t.Errorf("%q: %s", c, d)
		}
	}
	rng := rand.New(rand.NewSource(29))
	alphabet := []string{"a", "bc", ",", `"`, `""`, "\n", "\r", "\r\n", " ", "é"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(24); k > 0; k-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		if d := csvDifference([]byte(b.String())); d != "" {
			t.Fatalf("%q: %s", b.String(), d)
		}
	}
}

// FuzzCSVScanner looks further for a file the scanner reads differently
// from encoding/csv.
func FuzzCSVScanner(f *testing.F) {
	f.Add([]byte("a,\"b\r\nc\"\"\",d\n\ne"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if d := csvDifference(raw); d != "" {
			t.Errorf("%q: %s", raw, d)
		}
	})
}

// TestCSVScannerHoldsALongFieldOnce checks that a field of megabytes costs
// its own size: the scanner's whole growth while reading it.
func TestCSVScannerHoldsALongFieldOnce(t *testing.T) {
	raw := repeat("a,\"", "x", 8<<20, "\"\n")
	var rec []string
	var err error
	growth := peakHeapGrowth(func() { rec, err = newCSVScanner(raw).Read() })
	if err != nil || len(rec) != 2 || len(rec[1]) != 8<<20 {
		t.Fatalf("read %d fields, %v", len(rec), err)
	}
	if growth > 9<<20 {
		t.Errorf("reading an 8 MB field grew the heap %d bytes", growth)
	}
	if _, err := newCSVScanner(raw).Read(); err == io.EOF {
		t.Error("no record")
	}
}
