package data

import (
	"strings"
	"testing"
)

// TestPropertiesChangeAndUndo: the title, introduction, coverage and a
// category's label and role change as one step, and come back with undo;
// a coverage that would leave events after it is refused at "to".
func TestPropertiesChangeAndUndo(t *testing.T) {
	ds, _ := Load("own.json", []byte(`{"title":"T","categories":[{"id":"a","label":"A"}],"sources":{"s":{"title":"S"}},
"events":[{"id":"x","title":"X","start":"2001","channel":"a","sources":["s"]}]}`))
	p := ds.PropertiesOf()
	p.Title, p.Intro = "New title", "About."
	var problems map[string]string
	p.Coverage, problems = ds.CheckCoverage("1990", "2005-06")
	if len(problems) != 0 {
		t.Fatal(problems)
	}
	p.Categories[0].Label, p.Categories[0].Role = "Alpha", RolePressure
	p.Categories = append(p.Categories, Category{ID: "b", Label: "Beta"})
	c, err := SetProperties(ds, p)
	if err != nil {
		t.Fatal(err)
	}
	var h History
	h.Do(ds, c)
	if ds.Title != "New title" || ds.Coverage.Through() == "" || ds.Category(0).Name() != "Alpha" || !ds.Category(0).IsPressure() || len(ds.Categories()) != 2 {
		t.Fatalf("after the change: %+v", ds.PropertiesOf())
	}
	h.Undo(ds)
	if ds.Title != "T" || !ds.Coverage.To.IsZero() || ds.Category(0).Name() != "A" || len(ds.Categories()) != 1 {
		t.Fatalf("after undoing: %+v", ds.PropertiesOf())
	}
	if _, problems := ds.CheckCoverage("1990", "2000"); !strings.Contains(problems["to"], "1 event starts after 2000") {
		t.Errorf("a coverage ending before an event: %v", problems)
	}
	if _, problems := ds.CheckCoverage("2000", "1999"); problems["to"] == "" {
		t.Error("a coverage ending before it begins")
	}
}
