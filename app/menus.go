package app

import (
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"backchannel/charts"
	"backchannel/documents"
)

// shortcut is one keyboard shortcut, as the menus show it and the help
// sheet lists it.
type shortcut struct {
	key   fyne.KeyName
	mod   fyne.KeyModifier
	label string // the keys as people read them
	what  string // what it does, in the help sheet
	menu  string // its menu item's label; what it does when ""
	run   func(w *Window)
}

const ctrl = fyne.KeyModifierShortcutDefault

// keyTable is every window shortcut, by name, so the menus take them
// without a look-up that could miss.
type keyTable struct {
	open, exportChart, exportTimeline, search, clear, nextTheme, focusTimeline, charts, describe, quit, presenter shortcut
	undo, redo, redoY, save, saveAs, newEvent                                                                     shortcut
	themes                                                                                                        []shortcut // Ctrl+1… in the order of charts.Themes
}

// windowKeys returns the window's keyboard shortcuts; the timeline's own
// keys are listed in timelineKeys.
func windowKeys() keyTable {
	return keyTable{
		open:           shortcut{fyne.KeyO, ctrl, "Ctrl+O", "Open a dataset", "Open Dataset…", func(w *Window) { w.askToSave(w.showOpenDialog) }},
		exportChart:    shortcut{fyne.KeyE, ctrl, "Ctrl+E", "Export a chart", "Export Chart…", func(w *Window) { w.showExportDialog(charts.Decades) }},
		exportTimeline: shortcut{fyne.KeyE, ctrl | fyne.KeyModifierShift, "Ctrl+Shift+E", "Export the timeline", "Export Timeline…", func(w *Window) { w.showExportDialog(charts.Timeline) }},
		search:         shortcut{fyne.KeyF, ctrl, "Ctrl+F", "Search", "", func(w *Window) { w.Win.Canvas().Focus(w.Filters.Search) }},
		clear:          shortcut{fyne.KeyR, ctrl, "Ctrl+R", "Clear filters", "", func(w *Window) { w.Filters.Clear() }},
		nextTheme:      shortcut{fyne.KeyT, ctrl, "Ctrl+T", "Next theme", "", func(w *Window) { w.nextTheme() }},
		focusTimeline:  shortcut{fyne.KeyL, ctrl, "Ctrl+L", "Focus the timeline", "", func(w *Window) { w.Win.Canvas().Focus(w.Timeline) }},
		charts:         shortcut{fyne.KeyK, ctrl, "Ctrl+K", "Show or hide the charts, giving the timeline their room", "", func(w *Window) { w.toggleCharts() }},
		describe:       shortcut{fyne.KeyD, ctrl, "Ctrl+D", "Describe the timeline and charts in words (and copy)", "Describe Timeline and Charts…", func(w *Window) { w.showDescription() }},
		quit:           shortcut{fyne.KeyQ, ctrl, "Ctrl+Q", "Quit", "", func(w *Window) { w.askToSave(w.App.Quit) }},
		undo:           shortcut{fyne.KeyZ, ctrl, "Ctrl+Z", "Undo the last change", "Undo", func(w *Window) { w.undo() }},
		redo:           shortcut{fyne.KeyZ, ctrl | fyne.KeyModifierShift, "Ctrl+Shift+Z", "Redo the change undone", "Redo", func(w *Window) { w.redo() }},
		redoY:          shortcut{fyne.KeyY, ctrl, "Ctrl+Y", "Redo the change undone", "Redo", func(w *Window) { w.redo() }},
		newEvent:       shortcut{fyne.KeyN, ctrl, "Ctrl+N", "Add an event at the centre of the view", "New Event…", func(w *Window) { w.newEvent() }},
		save:           shortcut{fyne.KeyS, ctrl, "Ctrl+S", "Save the timeline to its file", "Save", func(w *Window) { w.save(nil) }},
		saveAs:         shortcut{fyne.KeyS, ctrl | fyne.KeyModifierShift, "Ctrl+Shift+S", "Save the timeline to another file, as JSON or CSV", "Save As…", func(w *Window) { w.saveAs(nil) }},
		presenter:      shortcut{fyne.KeyF5, fyne.KeyModifierAlt, "Alt+F5", "Present, with the presenter view (notes, next, time) in a second window", "Presenter View", func(w *Window) { w.PresentWithPresenter() }},
		themes:         themeShortcuts(),
	}
}

// all lists the shortcuts in the order the help sheet gives them.
func (k keyTable) all() []shortcut {
	return append([]shortcut{k.open, k.exportChart, k.exportTimeline, k.search, k.clear, k.nextTheme,
		k.focusTimeline, k.charts, k.describe, k.presenter, k.undo, k.redo, k.redoY, k.newEvent, k.save, k.saveAs, k.quit}, k.themes...)
}

// themeShortcuts gives each theme Ctrl and its place in the menu.
func themeShortcuts() []shortcut {
	var out []shortcut
	for i, th := range charts.Themes() {
		th := th
		n := strconv.Itoa(i + 1)
		out = append(out, shortcut{fyne.KeyName(n), ctrl, "Ctrl+" + n, th.Label + " theme", "", func(w *Window) { w.setTheme(th) }})
	}
	return out
}

// timelineKeys are the keys the timeline answers while it has focus.
var timelineKeys = [][2]string{
	{"Mouse wheel, + / −, ↑ / ↓", "Zoom in and out"},
	{"Drag, Shift+← / →, Page Up / Down", "Pan"},
	{"0 or Home", "Show every event"},
	{"← / →", "Previous / next event"},
	{"Tab / Shift+Tab", "Next / previous part of the window: filters, timeline, charts, detail pane"},
	{"In a chart: arrows", "Move between bars (← / →) and segments (↑ / ↓); the status line reads each out"},
	{"In a chart: Enter or Space", "Filter to that segment, as a click does"},
	{"Escape", "Clear the selection"},
	{"F2 or Enter, or a double-click", "Edit the selected event"},
	{"Delete", "Delete the selected event (Ctrl+Z brings it back)"},
	{"Ctrl+drag an event", "Move its dates (the status line says where)"},
	{"Double-click a president's band", "Zoom to that administration"},
	{"Click a chart bar", "Filter to that decade or administration and channel"},
	{"F1", "This list"},
	{"F5", "Present: →, Space, Page Down next; ←, Page Up back; Home / End; digits then Enter jump"},
	{"In presentation", "B or . black screen, W white, any key back; C charts; T clock; A advance by itself; Escape leaves"},
}

// item is the menu item that runs s, showing its keys (not those a
// browser keeps for itself, in a page: they would never reach it).
func (w *Window) item(s shortcut) *fyne.MenuItem {
	label := s.menu
	if label == "" {
		label = s.what
	}
	item := fyne.NewMenuItem(label, func() { s.run(w) })
	if !browserKeeps(s.key, s.mod) {
		item.Shortcut = &desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}
	}
	return item
}

// mainMenu builds the File, View and Help menus.
func (w *Window) mainMenu() *fyne.MainMenu {
	keys := windowKeys()
	recent := fyne.NewMenuItem("Open Recent", nil)
	for _, path := range w.recentFiles() {
		path := path
		recent.ChildMenu = appendItem(recent.ChildMenu, fyne.NewMenuItem(filepath.Base(path)+" — "+filepath.Dir(path), func() {
			w.askToSave(func() { w.openFileInBackground(path, nil) })
		}))
	}
	if recent.ChildMenu == nil {
		recent.Disabled = true
	}
	saveTJS := fyne.NewMenuItem("Export as TimelineJS JSON…", func() {
		w.askWhereToExport(w.exportRequest(charts.Dataset, documents.TimelineJS, 1, 1, 1, w.Theme))
	})
	saveCSV := fyne.NewMenuItem("Save Dataset as CSV…", func() {
		w.askWhereToExport(w.exportRequest(charts.Dataset, documents.CSV, 1, 1, 1, w.Theme))
	})
	webPage := fyne.NewMenuItem("Export Web Page…", func() {
		w.askWhereToExport(w.exportRequest(charts.Page, documents.HTML, 1, 1, 1, charts.Light))
	})
	slides := fyne.NewMenuItem("Export Slides…", w.exportSlides)
	handout := fyne.NewMenuItem("Export Handout", nil)
	handout.ChildMenu = fyne.NewMenu("",
		fyne.NewMenuItem("A4…", func() { w.exportHandout(documents.A4, false) }),
		fyne.NewMenuItem("Letter…", func() { w.exportHandout(documents.Letter, false) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("A4, with My Notes…", func() { w.exportHandout(documents.A4, true) }),
		fyne.NewMenuItem("Letter, with My Notes…", func() { w.exportHandout(documents.Letter, true) }))
	newTimeline := fyne.NewMenuItem("New Timeline…", func() { w.askToSave(w.showNewTimeline) })
	file := fyne.NewMenu("File", newTimeline, w.item(keys.open), recent, w.item(keys.save), w.item(keys.saveAs), fyne.NewMenuItemSeparator(),
		w.item(keys.exportChart), w.item(keys.exportTimeline), handout, slides, webPage, saveCSV, saveTJS)

	var themes []*fyne.MenuItem
	for i, th := range charts.Themes() {
		item := w.item(keys.themes[i])
		item.Checked = th.Name == w.Theme.Name
		themes = append(themes, item)
	}
	fit := fyne.NewMenuItem("Show Every Event", func() { w.Timeline.FitAll() })
	present := fyne.NewMenuItem("Present (F5)", w.Present)
	view := fyne.NewMenu("View", append(themes, w.item(keys.nextTheme), fyne.NewMenuItemSeparator(), present, w.toursMenu(),
		fyne.NewMenuItemSeparator(), fit, w.item(keys.focusTimeline), w.item(keys.search), w.item(keys.clear), w.item(keys.describe),
		fyne.NewMenuItemSeparator(), w.rowsItem(), w.chartsItem(), w.solarHijriAxisItem(), w.reduceMotionItem())...)

	presentMenu := fyne.NewMenu("Present", fyne.NewMenuItem("Present (F5)", w.Present), w.item(keys.presenter),
		fyne.NewMenuItem("Present, Advancing By Itself", w.PresentAuto), w.autoMenu())

	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Sources", w.showSources),
		fyne.NewMenuItem("Keyboard Shortcuts", w.showShortcuts),
		fyne.NewMenuItem("About Backchannel", w.showAbout))
	return fyne.NewMainMenu(file, w.editMenu(), view, presentMenu, help)
}

func appendItem(m *fyne.Menu, item *fyne.MenuItem) *fyne.Menu {
	if m == nil {
		return fyne.NewMenu("", item)
	}
	m.Items = append(m.Items, item)
	return m
}

// addShortcuts binds every shortcut on the window's canvas, and F1 to the
// shortcut sheet wherever focus is.
func (w *Window) addShortcuts() {
	c := w.Win.Canvas()
	for _, s := range windowKeys().all() {
		s := s
		c.AddShortcut(&desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}, func(fyne.Shortcut) {
			if w.dialogUp() {
				return // a dialog has the keys
			}
			s.run(w)
		})
	}
	// The desktop sends Ctrl+Z and Ctrl+Y as the standard Undo and Redo.
	for sc, run := range systemEditKeys(w) {
		c.AddShortcut(sc, func(fyne.Shortcut) {
			if !w.dialogUp() {
				run()
			}
		})
	}
	c.SetOnTypedKey(w.otherKey)
}

// systemEditKeys are the standard Undo and Redo shortcuts, as the desktop
// sends Ctrl+Z and Ctrl+Y, and what each does.
func systemEditKeys(w *Window) map[fyne.Shortcut]func() {
	return map[fyne.Shortcut]func(){&fyne.ShortcutUndo{}: w.undo, &fyne.ShortcutRedo{}: w.redo}
}

// otherKey handles the window's keys that need no modifier: F1 for
// help, F5 to present.
func (w *Window) otherKey(ev *fyne.KeyEvent) {
	if w.dialogKey(ev.Name) {
		return
	}
	switch ev.Name {
	case fyne.KeyF1:
		w.showShortcuts()
	case fyne.KeyF5:
		w.Present()
	case fyne.KeyDelete:
		w.deleteSelected()
	case fyne.KeyF2, fyne.KeyReturn, fyne.KeyEnter:
		w.editSelected()
	}
}

// refreshMenu rebuilds the menus after the theme or the recent files change.
func (w *Window) refreshMenu() { w.Win.SetMainMenu(w.mainMenu()) }

// removeShortcuts unbinds the window's shortcuts, while presentation owns
// every key.
func (w *Window) removeShortcuts() {
	c := w.Win.Canvas()
	for _, s := range windowKeys().all() {
		c.RemoveShortcut(&desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod})
	}
	for sc := range systemEditKeys(w) {
		c.RemoveShortcut(sc)
	}
}
