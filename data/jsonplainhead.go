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
	return w.peek() == '{' && w.members(func(name string) bool {
		switch name {
		case "from":
			return w.plainString(&cov.From)
		case "to":
			return w.plainString(&cov.To)
		}
		return !memberNamed(name, "from", "to") && w.skip()
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
		ok := w.peek() == '{' && w.members(func(name string) bool {
			switch name {
			case "title":
				return w.plainString(&s.Title)
			case "publisher":
				return w.plainString(&s.Publisher)
			case "date":
				return w.plainString(&s.Date)
			case "identifier":
				return w.plainString(&s.Identifier)
			case "url":
				return w.plainString(&s.URL)
			}
			return !memberNamed(name, "title", "publisher", "date", "identifier", "url") && w.skip()
		})
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
		ok := w.peek() == '{' && w.members(func(name string) bool {
			switch name {
			case "id":
				return w.plainString(&e.ID)
			case "name":
				return w.plainString(&e.Name)
			case "band":
				return w.plainString(&e.Band)
			case "start":
				return w.plainString(&e.Start)
			case "end":
				return w.plainString(&e.End)
			case "ongoing":
				return w.plainBool(&e.Ongoing)
			}
			return !memberNamed(name, "id", "name", "band", "start", "end", "ongoing") && w.skip()
		})
		*list = append(*list, e)
		return ok
	})
}
