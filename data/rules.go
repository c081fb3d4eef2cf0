package data

import (
	"strconv"
)

// AdministrationOf returns the U.S. administration an event belongs to:
// the era the event names in its administration field, or else the
// us-president era in office for the greater part of the event's start
// date read as a period ("2017" is all of 2017). It returns false when no
// us-president era overlaps the start date.
func (d *Dataset) AdministrationOf(e Event) (Era, bool) {
	if e.Administration != "" {
		return d.Era(e.Administration)
	}
	return majorityEra(d.ErasIn(BandUSPresident), e.Start)
}

// EraAt returns the era of band b in office for the greater part of date.
func (d *Dataset) EraAt(b Band, date Date) (Era, bool) {
	return majorityEra(d.ErasIn(b), date)
}

func majorityEra(eras []Era, date Date) (Era, bool) {
	if i := spansOf(eras).majority(date); i >= 0 {
		return eras[i], true
	}
	return Era{}, false
}

// DecadeOf returns the first year of the decade of an event's start year:
// 1979 gives 1970, -5 gives -10.
func DecadeOf(e Event) int64 {
	return floorDiv(e.Start.Year, 10) * 10
}

// DecadeLabel names a decade by its first year: "1970s", "-10s".
func DecadeLabel(decade int64) string {
	return strconv.FormatInt(decade, 10) + "s"
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
