package data

// Everything of a document but its events, read the plain way: a head of
// the usual shape, member names as written, strings and objects where they
// are wanted, each member once, is read by hand here; anything else is
// left to encoding/json, whose reading in a browser is a tenth of a second
// of the app's start (its code compiled on first use), and which says
// where a document is wrong.

// plainHead reads raw's head as decodeHeadByJSON would, and reports false
// at the first thing it does not read the plain way.
func plainHead(raw []byte) (rd rawDataset, ok bool) {
	w := &jsonWalk{raw: raw}
	seen := map[string]bool{}
	whole := w.members(func(name string) bool {
		if seen[name] {
			return false
		}
		seen[name] = true
		switch name {
		case "title":
			return w.plainString(&rd.Title)
		case "intro":
			return w.plainString(&rd.Intro)
		case "coverage":
			rd.Coverage = &rawCoverage{}
			return w.plainCoverage(rd.Coverage)
		case "topics":
			return w.plainStringMap(&rd.Topics)
		case "sources":
			return w.plainSources(&rd.Sources)
		case "eras":
			return w.plainEras(&rd.Eras)
		case "events":
			_, _, ok := w.value() // read later, one at a time
			return ok
		}
		return !isHeadMember(name) && w.skip()
	})
	return rd, whole && w.atEnd()
}

// isHeadMember reports whether encoding/json would take name for a
// member of the head that plainHead does not read.
func isHeadMember(name string) bool {
	return memberNamed(name, "title", "intro", "coverage", "categories", "topics", "sources", "eras", "tours", "events")
}

// plainCoverage reads a coverage object of plain strings into cov.
func (w *jsonWalk) plainCoverage(cov *rawCoverage) bool {
	return w.plainObject(map[string]*string{"from": &cov.From, "to": &cov.To}, nil)
}

// plainObject reads an object whose members named in texts are plain
// strings and those named in flags plain bools; any other member is
// skipped, unless encoding/json would take it (in another letter case)
// for one of those.
func (w *jsonWalk) plainObject(texts map[string]*string, flags map[string]*bool) bool {
	return w.peek() == '{' && w.members(func(name string) bool {
		if s, ok := texts[name]; ok {
			return w.plainString(s)
		}
		if b, ok := flags[name]; ok {
			return w.plainBool(b)
		}
		for known := range texts {
			if memberNamed(name, known) {
				return false
			}
		}
		for known := range flags {
			if memberNamed(name, known) {
				return false
			}
		}
		return w.skip()
	})
}

// plainStringMap reads an object of plain strings into m.
func (w *jsonWalk) plainStringMap(m *map[string]string) bool {
	if w.peek() != '{' {
		return false
	}
	*m = map[string]string{}
	return w.members(func(name string) bool {
		var s string
		ok := w.plainString(&s)
		(*m)[name] = s
		return ok
	})
}

// plainSources reads an object of sources, each an object of plain
// strings, into m.
func (w *jsonWalk) plainSources(m *map[string]Source) bool {
	if w.peek() != '{' {
		return false
	}
	*m = map[string]Source{}
	return w.members(func(id string) bool {
		var s Source
		ok := w.plainObject(map[string]*string{"title": &s.Title, "publisher": &s.Publisher, "date": &s.Date,
			"identifier": &s.Identifier, "url": &s.URL}, nil)
		(*m)[id] = s
		return ok
	})
}

// plainEras reads an array of eras, each an object of plain strings and
// a plain bool, into list.
func (w *jsonWalk) plainEras(list *[]rawEra) bool {
	if w.peek() != '[' {
		return false
	}
	*list = []rawEra{}
	return w.elements(func(int) bool {
		var e rawEra
		ok := w.plainObject(map[string]*string{"id": &e.ID, "name": &e.Name, "band": &e.Band, "start": &e.Start, "end": &e.End},
			map[string]*bool{"ongoing": &e.Ongoing})
		*list = append(*list, e)
		return ok
	})
}
