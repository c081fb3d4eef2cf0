package data

import (
	"strings"
	"testing"
)

func TestParseDateShowsPrecision(t *testing.T) {
	tests := []struct {
		in, iso, shown string
		prec           Precision
	}{
		{"1995", "1995", "1995", PrecisionYear},
		{"2014-01", "2014-01", "Jan 2014", PrecisionMonth},
		{"1988-07-03", "1988-07-03", "3 Jul 1988", PrecisionDay},
		{"2000-02-29", "2000-02-29", "29 Feb 2000", PrecisionDay},
		{"-499", "-0499", "500 BCE", PrecisionYear},
		{"0", "0000", "1 BCE", PrecisionYear},
		{"-13800000000", "-13800000000", "13.8 billion years ago", PrecisionYear},
		{"-65000000", "-65000000", "65 million years ago", PrecisionYear},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", tt.in, err)
		}
		if d.Precision != tt.prec || d.ISO() != tt.iso || d.String() != tt.shown {
			t.Errorf("ParseDate(%q) = prec %d, ISO %q, shown %q; want %d, %q, %q", tt.in, d.Precision, d.ISO(), d.String(), tt.prec, tt.iso, tt.shown)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "empty date"},
		{"1995-1", "month needs two digits"},
		{"1995-13", "no month 13"},
		{"2015-02-30", "Feb 2015 has 28 days"},
		{"1900-02-29", "Feb 1900 has 28 days"},
		{"March 1995", "malformed date"},
		{"1995-03-04-05", "malformed date"},
		{"1995/03", "malformed date"},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseDate(%q) error = %v, want it to contain %q", tt.in, err, tt.want)
		}
	}
}

func TestDatePeriods(t *testing.T) {
	y := MustParseDate("2017")
	if y.Begin() != 2017 || y.Finish() != 2018 {
		t.Errorf("2017 spans %v..%v, want 2017..2018", y.Begin(), y.Finish())
	}
	dec := MustParseDate("2016-12")
	if dec.Finish() != 2017 {
		t.Errorf("Dec 2016 ends at %v, want 2017", dec.Finish())
	}
	day := MustParseDate("2016-01-01")
	if got, want := day.Finish()-day.Begin(), 1.0/366; got-want > 1e-12 || want-got > 1e-12 {
		t.Errorf("one day of 2016 lasts %v years, want %v", got, want)
	}
	if !MustParseDate("1988-04").Before(MustParseDate("1988-07-03")) {
		t.Error("April 1988 should be before 3 July 1988")
	}
}
