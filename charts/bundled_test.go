package charts

import (
	"testing"

	"backchannel/data"
	"backchannel/internal/fixture"
)

// bundled is the bundled record, or the test fails.
func bundled(t testing.TB) *data.Dataset { return fixture.Bundled(t) }
