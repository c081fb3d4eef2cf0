package data

import "fmt"

// Channel is the kind of contact an event was: an acknowledged direct
// contact, a secret one, one through an intermediary, a multilateral
// meeting, a public message to the other side, or a coercive act. A
// dataset with its own categories numbers them the same way.
type Channel int

// The six channels, in the order charts stack them and legends list them.
const (
	Direct Channel = iota
	Secret
	Intermediary
	Multilateral
	Public
	Coercive
)

// NumChannels is how many channels there are.
const NumChannels = 6

var channelNames = [NumChannels]string{"direct", "secret", "intermediary", "multilateral", "public", "coercive"}

var channelLabels = [NumChannels]string{"Direct", "Secret", "Intermediary", "Multilateral", "Public", "Coercive"}

var channelMeanings = [NumChannels]string{
	"acknowledged meeting or call between U.S. and Iranian officials",
	"direct contact kept secret at the time",
	"messages or deals carried by a third party",
	"both sides at the same table in a multilateral setting",
	"letters, speeches, interviews, public overtures aimed at the other side",
	"sanctions, military clashes, withdrawals: actions rather than dialogue",
}

// ParseChannel reads a channel's JSON name, such as "intermediary".
func ParseChannel(s string) (Channel, error) {
	for i, n := range channelNames {
		if n == s {
			return Channel(i), nil
		}
	}
	return 0, fmt.Errorf("unknown channel %q (want one of direct, secret, intermediary, multilateral, public, coercive)", s)
}

// Valid reports whether c is one of the six channels.
func (c Channel) Valid() bool { return c >= 0 && c < NumChannels }

// Name is the channel's JSON and CSV name, such as "intermediary".
func (c Channel) Name() string {
	if !c.Valid() {
		return fmt.Sprintf("channel(%d)", int(c))
	}
	return channelNames[c]
}

// String is the channel's name.
func (c Channel) String() string { return c.Name() }
