package data

import (
	"strings"
	"testing"
)

func TestDatasetWithItsOwnCategories(t *testing.T) {
	doc := `{"title":"Computing","categories":[{"id":"pioneer","label":"Pioneers"},{"id":"machine"}],
"sources":{"s":{"title":"S"}},"events":[
{"id":"a","title":"Ada","start":"1843","channel":"pioneer","sources":["s"]},
{"id":"b","title":"ENIAC","start":"1946","channel":"machine","sources":["s"]}]}`
	ds, err := Load("own.json", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if ds.UsesChannels() || len(ds.Categories()) != 2 {
		t.Fatalf("categories %+v", ds.Categories())
	}
	if ds.Events[1].Channel != 1 || ds.Category(1).Label != "machine" || ds.Category(0).Label != "Pioneers" {
		t.Errorf("events %+v, categories %+v", ds.Events, ds.Categories())
	}
	tl := ds.CountByPeriod(ds.Events)
	if len(tl.Categories) != 2 || tl.Sum() != 2 || len(tl.Counts[0]) != 2 {
		t.Errorf("tally %+v", tl)
	}
	if got := (Filter{Channels: map[Channel]bool{1: true}}).Describe(ds); got != "machine only" {
		t.Errorf("describe %q", got)
	}
}

func TestOwnCategoriesAreChecked(t *testing.T) {
	doc := `{"categories":[{"id":"x"},{"id":"x"},{"label":"nameless"}],"sources":{"s":{"title":"S"}},"events":[
{"id":"a","title":"A","start":"2000","channel":"direct","sources":["s"]}]}`
	_, err := Load("bad.json", []byte(doc))
	if err == nil {
		t.Fatal("want problems")
	}
	for _, want := range []string{`duplicate category id "x"`, "category: missing id", `unknown category "direct" (the dataset's categories are x, x, )`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("problems lack %q:\n%v", want, err)
		}
	}
}

func TestTheSixChannelsByDefault(t *testing.T) {
	ds := presidents(t)
	if !ds.UsesChannels() || len(ds.Categories()) != NumChannels || ds.Category(Intermediary).Label != "Intermediary" {
		t.Errorf("bundled categories %+v", ds.Categories())
	}
	if c, ok := ds.CategoryIndex("coercive"); !ok || c != Coercive {
		t.Error("coercive not found")
	}
}
