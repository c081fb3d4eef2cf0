package data

import (
	"testing"
	"time"
)

func TestSolarHijriKnownDays(t *testing.T) {
	tests := []struct {
		gregorian string
		want      string
	}{
		{"1979-11-04", "13 Aban 1358"}, // the seizure of the embassy
		{"1988-07-03", "12 Tir 1367"},  // Iran Air 655
		{"1979-03-21", "1 Farvardin 1358"},
		{"1980-03-20", "30 Esfand 1358"}, // 1358 is a leap year
		{"1988-03-21", "1 Farvardin 1367"},
		{"2016-03-20", "1 Farvardin 1395"},
		{"2020-03-20", "1 Farvardin 1399"},
		{"2021-03-21", "1 Farvardin 1400"},
		{"2024-03-20", "1 Farvardin 1403"},
		{"2025-03-21", "1 Farvardin 1404"},
		{"2025-03-20", "30 Esfand 1403"},
		{"2015-07-14", "23 Tir 1394"}, // the JCPOA
	}
	for _, tt := range tests {
		d := MustParseDate(tt.gregorian)
		if got := d.SolarHijri(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.gregorian, got, tt.want)
		}
	}
}

func TestSolarHijriPrecision(t *testing.T) {
	tests := []struct{ date, text, iso string }{
		{"1988-07-03", "12 Tir 1367", "1367-04-12"},
		{"2014-01", "Dey–Bahman 1392", "1392-10/1392-11"},
		{"2014-03", "Esfand 1392 – Farvardin 1393", "1392-12/1393-01"},
		{"1995", "1373–1374", "1373/1374"},
		{"-500", "", ""},
		{"1066", "", ""},
	}
	for _, tt := range tests {
		d := MustParseDate(tt.date)
		if got := d.SolarHijri(); got != tt.text {
			t.Errorf("%s: %q, want %q", tt.date, got, tt.text)
		}
		if got := d.SolarHijriISO(); got != tt.iso {
			t.Errorf("%s ISO: %q, want %q", tt.date, got, tt.iso)
		}
	}
}

// TestSolarHijriRoundTrips converts every day from 1900 to 2100 and back,
// and checks the days follow one another without a gap.
func TestSolarHijriRoundTrips(t *testing.T) {
	prev := SolarHijri{}
	for day := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() <= 2100; day = day.AddDate(0, 0, 1) {
		s, ok := ToSolarHijri(int64(day.Year()), int(day.Month()), day.Day())
		if !ok {
			t.Fatalf("%s not converted", day.Format("2006-01-02"))
		}
		if s.Month == 1 && s.Day == 1 && (day.Month() != time.March || day.Day() < 19 || day.Day() > 22) {
			t.Fatalf("Nowruz %d falls on %s, not at the March equinox", s.Year, day.Format("2 Jan 2006"))
		}
		if back := s.Gregorian(); !back.Equal(day) {
			t.Fatalf("%s → %s → %s", day.Format("2006-01-02"), s, back.Format("2006-01-02"))
		}
		if prev.Year != 0 {
			next := prev
			next.Day++
			if next.Day > SolarHijriMonthDays(next.Year, next.Month) {
				next.Day, next.Month = 1, next.Month+1
				if next.Month > 12 {
					next.Month, next.Year = 1, next.Year+1
				}
			}
			if s != next {
				t.Fatalf("%s is %s; after %s comes %s", day.Format("2006-01-02"), s, prev, next)
			}
		}
		prev = s
	}
}
