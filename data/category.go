package data

// Category is one of a dataset's kinds of event: for the U.S.–Iran
// dataset, a channel of contact; for an imported timeline, one of its
// groups. An event's Channel field is the index of its category.
type Category struct {
	ID      string `json:"id"`              // the name files use, such as "intermediary"
	Label   string `json:"label,omitempty"` // the name people read, such as "Intermediary"
	Meaning string `json:"meaning,omitempty"`
	// Role says what the category's events do between the parties:
	// RoleDialogue ("" too) for talks, letters and messages, RolePressure
	// for sanctions, strikes and seizures, which charts set apart.
	Role string `json:"role,omitempty"`
}

// The roles a category may declare.
const (
	RoleDialogue = "dialogue"
	RolePressure = "pressure"
)

// IsPressure reports whether the category's events are pressure rather
// than dialogue.
func (c Category) IsPressure() bool { return c.Role == RolePressure }

// channelRoles are the six channels' roles: coercion is pressure.
var channelRoles = [NumChannels]string{Coercive: RolePressure}

// Name is what people read: the label, or the id when there is none.
func (c Category) Name() string {
	if c.Label != "" {
		return c.Label
	}
	return c.ID
}

// ChannelCategories are the six channels of contact, the categories of a
// dataset that declares none.
func ChannelCategories() []Category {
	out := make([]Category, NumChannels)
	for i := range out {
		out[i] = Category{ID: channelNames[i], Label: channelLabels[i], Meaning: channelMeanings[i], Role: channelRoles[i]}
	}
	return out
}

// Categories returns the dataset's categories: its own, or the six channels.
func (d *Dataset) Categories() []Category {
	if len(d.OwnCategories) > 0 {
		return d.OwnCategories
	}
	return ChannelCategories()
}

// CategoryList returns every category index of the dataset, in order.
func (d *Dataset) CategoryList() []Channel {
	n := len(d.Categories())
	out := make([]Channel, n)
	for i := range out {
		out[i] = Channel(i)
	}
	return out
}

// Category returns the category of index c; an unknown index reads as its number.
func (d *Dataset) Category(c Channel) Category {
	cats := d.Categories()
	if c < 0 || int(c) >= len(cats) {
		return Category{ID: Channel(c).Name(), Label: Channel(c).Name()}
	}
	cat := cats[c]
	cat.Label = cat.Name()
	return cat
}

// CategoryIndex finds a category by its id.
func (d *Dataset) CategoryIndex(id string) (Channel, bool) {
	for i, c := range d.Categories() {
		if c.ID == id {
			return Channel(i), true
		}
	}
	return 0, false
}

// UsesChannels reports whether the dataset's categories are the six channels.
func (d *Dataset) UsesChannels() bool { return len(d.OwnCategories) == 0 }

// ValidCategory reports whether c is one of the dataset's categories.
func (d *Dataset) ValidCategory(c Channel) bool { return c >= 0 && int(c) < len(d.Categories()) }
