package app

import (
	"slices"
	"strings"
	"testing"
)

// TestTheKeysBrowsersKeepAreNamed finds which of the window's keys a
// browser keeps for itself: the page's menus leave them out, and the
// help sheet's note names each (Ctrl+1 to Ctrl+9 as a range).
func TestTheKeysBrowsersKeepAreNamed(t *testing.T) {
	keys := windowKeys()
	var kept []string
	for _, s := range keys.all() {
		if reservedKey(s.key, s.mod) {
			kept = append(kept, s.label)
		}
	}
	slices.Sort(kept)
	kept = slices.Compact(kept)
	want := []string{"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+N", "Ctrl+T"}
	if !slices.Equal(kept, want) {
		t.Errorf("the browser keeps %q, want %q", kept, want)
	}
	for _, k := range []string{"Ctrl+N", "Ctrl+T", "Ctrl+1 to Ctrl+9"} {
		if !strings.Contains(browserKeysNote, k) {
			t.Errorf("the help sheet's note does not name %s", k)
		}
	}
}
