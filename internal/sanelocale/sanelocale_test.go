package sanelocale

import (
	"os"
	"testing"
)

func TestApply(t *testing.T) {
	tests := []struct {
		lcAll, lang    string
		changed        bool
		wantAll, wantL string
	}{
		{"", "C.UTF-8", true, "", Fallback},
		{"", "C", true, "", Fallback},
		{"", "", true, "", Fallback},
		{"", "fr_FR.UTF-8", false, "", "fr_FR.UTF-8"},
		{"POSIX", "de_DE.UTF-8", true, Fallback, "de_DE.UTF-8"},
		{"es_ES.UTF-8", "C", false, "es_ES.UTF-8", "C"},
	}
	for _, tt := range tests {
		t.Setenv("LC_ALL", tt.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tt.lang)
		if got := Apply(); got != tt.changed {
			t.Errorf("Apply with LC_ALL=%q LANG=%q changed = %v, want %v", tt.lcAll, tt.lang, got, tt.changed)
		}
		if a, l := os.Getenv("LC_ALL"), os.Getenv("LANG"); a != tt.wantAll || l != tt.wantL {
			t.Errorf("after Apply LC_ALL=%q LANG=%q, want %q %q", a, l, tt.wantAll, tt.wantL)
		}
	}
}
