package app

import (
	"testing"

	"backchannel/views"
)

// TestAPhoneKeyboardsChangesAreTyped: what a phone keyboard does to the
// page's text area (letters added, a word corrected, a character erased,
// accented letters) is typed into an entry, which ends with the text the
// area holds.
func TestAPhoneKeyboardsChangesAreTyped(t *testing.T) {
	newTestWindow(t)
	field := views.NewField()
	held := ""
	for _, now := range []string{"T", "Teh", "Tehran", "Tehran ", "Tehran Algiers", "Tehran Algier", "Tehran Alger", "Téhéran Alger", ""} {
		erased, added := typedChange(held, now)
		typeInto(field, erased, added)
		held = now
		if field.Text != now {
			t.Fatalf("after the area came to hold %q, the entry reads %q", now, field.Text)
		}
	}
	if erased, added := typedChange("é", "e"); erased != 1 || added != "e" {
		t.Errorf("é to e: %d erased, %q added; want one character erased", erased, added)
	}
}
