package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"backchannel/data"
)

const maxRecent = 8

// openFile loads a dataset and shows it. On any problem it shows them
// all and keeps the current dataset.
func (w *Window) openFile(path string) bool {
	ds, known, err := readTimeline(path)
	return w.showOpened(path, ds, known, err)
}

// showOpened shows the dataset loaded from path, whose format is known,
// or, when err says what was wrong with it, the problems, keeping the
// current dataset.
func (w *Window) showOpened(path string, ds *data.Dataset, known knownFormat, err error) bool {
	if err != nil {
		w.showProblems(path, err)
		return false
	}
	w.setDataset(ds, path)
	w.sourceKnown = known
	w.addRecent(path)
	defer w.offerRecovery()
	w.Win.Canvas().Focus(w.Timeline)
	msg := fmt.Sprintf("Opened %s: %d events", path, len(ds.Events))
	if n := len(ds.Warnings); n > 0 {
		msg += fmt.Sprintf(" · %d warning(s), first: %s", n, ds.Warnings[0].Message)
	}
	w.Status.SetText(msg)
	return true
}

// showProblems lists what is wrong with a file, file:line:col each.
func (w *Window) showProblems(path string, err error) {
	var ps data.Problems
	if !errors.As(err, &ps) {
		ps = data.Problems{{File: path, Message: err.Error()}}
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	count := fmt.Sprintf("%d problem(s)", ps.Count())
	if ps.CutShort() {
		count = fmt.Sprintf("more than %d problems", ps.Count())
	}
	intro := widget.NewLabel(fmt.Sprintf("%s has %s and was not opened. %s is still shown.",
		filepath.Base(path), count, w.Dataset.Title))
	intro.Wrapping = fyne.TextWrapWord
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.TextStyle = fyne.TextStyle{Monospace: true}
	list.Wrapping = fyne.TextWrapBreak // a long path or message wraps, never runs out of sight
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(640, 220))
	content := container.NewBorder(intro, nil, nil, nil, scroll)
	w.showDialog(dialog.NewCustom("Could not open "+filepath.Base(path), "Close", content, w.Win), content.MinSize(), nil, nil)
	announce(fmt.Sprintf("Could not open %s: %s", filepath.Base(path), lines[0])) // in a page, read out as the dialog shows
	w.removeRecent(path)
}

func (w *Window) recentFiles() []string { return w.App.Preferences().StringList(prefRecent) }

func (w *Window) addRecent(path string) {
	list := []string{path}
	for _, p := range w.recentFiles() {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	w.App.Preferences().SetStringList(prefRecent, list)
	w.refreshMenu()
}

func (w *Window) removeRecent(path string) {
	var list []string
	for _, p := range w.recentFiles() {
		if p != path {
			list = append(list, p)
		}
	}
	w.App.Preferences().SetStringList(prefRecent, list)
	w.refreshMenu()
}
