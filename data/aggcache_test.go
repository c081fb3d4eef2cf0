package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"reflect"
	"testing"
)

// TestKeptCountsFollowEdits: after every one of 400 random edits, undos
// and redos of the record (new events in new and old years, deletions,
// moves, the last era taken away and put back every 20 steps), the
// counts kept for the dataset's own list equal the same counts made
// afresh of a copy of it.
func TestKeptCountsFollowEdits(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var h History
	rng := rand.New(rand.NewSource(7))
	checkKeptCounts(t, ds, "at first")
	for step := range 400 {
		what := randomEdit(t, ds, &h, rng, step)
		checkKeptCounts(t, ds, fmt.Sprintf("step %d (%s)", step, what))
	}
}

// randomEdit makes one random edit, undo or redo of ds, and says which.
func randomEdit(t *testing.T, ds *Dataset, h *History, rng *rand.Rand, step int) string {
	t.Helper()
	switch k := rng.Intn(10); {
	case k == 0:
		h.Undo(ds)
		return "undo"
	case k == 1:
		h.Redo(ds)
		return "redo"
	case step%20 == 19: // the last era taken away, or put back
		p := ds.PropertiesOf()
		if p.Eras = p.Eras[:len(p.Eras)-1]; step%40 == 39 {
			p.Eras = bundledEras(t)
		}
		c, err := SetProperties(ds, p)
		if err != nil {
			t.Fatal(err)
		}
		h.Do(ds, c)
		return "eras"
	case k < 5:
		i := rng.Intn(len(ds.Events))
		c, err := DeleteEvent(ds, ds.Events[i].ID)
		if err != nil {
			return "none" // another follows it
		}
		h.Do(ds, c)
		return "delete"
	}
	e := *ds.Events[rng.Intn(len(ds.Events))]
	replacing := e.ID
	if rng.Intn(2) == 0 {
		e.ID, replacing = fmt.Sprintf("new-%d", step), ""
	}
	e.After = ""
	if other := ds.Events[rng.Intn(len(ds.Events))].ID; rng.Intn(4) == 0 && other != e.ID {
		e.After = other // one follows another: that one cannot be deleted
	}
	e.Start.Year = 1950 + int64(rng.Intn(90)) // some in years no event started in
	e.End = Date{}
	e.Channel = Channel(rng.Intn(NumChannels))
	if presidents := ds.ErasIn(BandUSPresident); rng.Intn(3) == 0 {
		e.Administration = presidents[rng.Intn(len(presidents)-1)].ID // one the eras' edit keeps
	} else if rng.Intn(2) == 0 {
		e.Administration = ""
	}
	h.Do(ds, PutEvent(ds, e, replacing))
	return "put"
}

// bundledEras are the record's eras as bundled.
func bundledEras(t *testing.T) []Era {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return ds.Eras
}

// checkKeptCounts compares ds's kept counts with counts made afresh.
func checkKeptCounts(t *testing.T, ds *Dataset, when string) {
	t.Helper()
	fresh := ds.Snapshot()                   // the same events, with no counts kept
	copies := make([]*Event, len(ds.Events)) // another list: counted event by event
	for i, e := range ds.Events {
		copies[i] = e.clone()
	}
	for _, c := range []struct {
		name      string
		kept, new any
	}{
		{"by period", ds.CountByPeriod(ds.Events), fresh.CountByPeriod(fresh.Events)},
		{"by administration", ds.CountByAdministration(ds.Events), fresh.CountByAdministration(fresh.Events)},
		{"by channel", ds.CountByChannel(ds.Events), fresh.CountByChannel(fresh.Events)},
		{"by period, of each event", ds.CountByPeriod(ds.Events), ds.CountByPeriod(copies)},
		{"by administration, of each event", ds.CountByAdministration(ds.Events), ds.CountByAdministration(copies)},
		{"by channel, of each event", ds.CountByChannel(ds.Events), ds.CountByChannel(copies)},
	} {
		if !reflect.DeepEqual(c.kept, c.new) {
			t.Fatalf("%s: the kept count %s differs from a fresh one:\n%+v\n%+v", when, c.name, c.kept, c.new)
		}
	}
	if k := ds.kept; k == nil || k.byEra == nil || k.byChannel == nil {
		t.Fatalf("%s: the counts of the dataset's own list are not kept, to be made again at every edit", when)
	}
	followed := map[string]bool{}
	for _, e := range fresh.Events {
		followed[e.After] = true
	}
	for _, e := range fresh.Events {
		if _, ok := ds.followerOf(e.ID); ok != followed[e.ID] {
			t.Fatalf("%s: %s is followed: kept %v, fresh %v", when, e.ID, ok, followed[e.ID])
		}
		if found, ok := ds.eventByID(e.ID); !ok || !reflect.DeepEqual(*found, *e) {
			t.Fatalf("%s: the kept index of ids gives %v for %s", when, found, e.ID)
		}
	}
	if n := len(ds.kept.byID); n != len(fresh.Events) {
		t.Fatalf("%s: the kept index holds %d ids for %d events", when, n, len(fresh.Events))
	}
	if kept, counted := ds.keptAdministrations(), fresh.keptAdministrations(); !reflect.DeepEqual(kept, counted) {
		t.Fatalf("%s: kept administrations named %v, fresh %v", when, kept, counted)
	}
	if kept, counted := ds.CitationCounts(), fresh.CitationCounts(); !reflect.DeepEqual(kept, counted) {
		t.Fatalf("%s: kept citations %v, fresh %v", when, kept, counted)
	}
}

// TestTheLogMadeAgainGivesTheDataset: the history's log of edits, written
// as the recovery journal writes it and read back, made again on the
// dataset as it was opened, gives the dataset as edited.
func TestTheLogMadeAgainGivesTheDataset(t *testing.T) {
	ds, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var h History
	rng := rand.New(rand.NewSource(11))
	for step := range 120 {
		randomEdit(t, ds, &h, rng, step)
	}
	raw, err := json.Marshal(h.Log())
	if err != nil {
		t.Fatal(err)
	}
	var edits []Edit
	if err := json.Unmarshal(raw, &edits); err != nil {
		t.Fatal(err)
	}
	again, _ := Bundled()
	if err := Replay(again, edits); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(writtenJSON(t, again), writtenJSON(t, ds)) {
		t.Error("the log made again differs from the dataset as edited")
	}
	if err := Replay(again, []Edit{{Kind: RemoveEvent, At: len(again.Events)}}); err == nil {
		t.Error("an edit that does not fit was made")
	}
}

// writtenJSON is ds as Backchannel JSON.
func writtenJSON(t *testing.T, ds *Dataset) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteDatasetJSON(&buf, ds); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
