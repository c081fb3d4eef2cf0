package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
	"backchannel/documents"
	"backchannel/views"
)

// exportPreset is a picture size offered in the export dialog: pixels,
// as logical size times scale, so a 4K export looks like the Full HD one.
type exportPreset struct {
	label         string
	width, height int
	scale         float64
}

var exportPresets = []exportPreset{
	{"1280 × 720 (HD)", 1280, 720, 1},
	{"1920 × 1080 (Full HD)", 1920, 1080, 1},
	{"3840 × 2160 (4K)", 1920, 1080, 2},
}

const customSize = "Custom…"

// exportKinds are the pictures the dialog offers, in its order.
var exportKinds = []charts.Kind{charts.Decades, charts.Channels, charts.Timeline}

// exportRequest is what the export dialog asks for, with the window's
// filter and, for the timeline, its current view.
func (w *Window) exportRequest(k charts.Kind, f documents.Format, width, height int, scale float64, th charts.Theme) documents.ExportRequest {
	req := documents.ExportRequest{Kind: k, Format: f, Width: width, Height: height, Scale: scale, Theme: th,
		Filter: w.Filter(), FilterText: w.Filter().Describe(w.Dataset), Rows: w.Timeline.Rows()}
	if k == charts.Timeline || k == charts.Page {
		req.View = w.Timeline.View()
		req.Today = w.timelineToday()
	}
	return req
}

// SuggestedFileName names an export after the picture and the filter in
// force: backchannel-channels-secret-only-obama-administration.png.
func SuggestedFileName(k charts.Kind, f documents.Format, filter data.Filter, ds *data.Dataset) string {
	name := "backchannel-" + string(k)
	if slug := slugify(filter.Describe(ds)); slug != "" {
		name += "-" + slug
	}
	if f == documents.TimelineJS {
		return name + "-timelinejs.json"
	}
	return name + "." + string(f)
}

var nonWord = regexp.MustCompile(`[^a-z0-9]+`)

func slugify(s string) string {
	s = strings.Trim(nonWord.ReplaceAllString(strings.ToLower(s), "-"), "-")
	if len(s) > 60 {
		s = strings.TrimRight(s[:60], "-")
	}
	return s
}

// exportToFile renders a picture and writes it whole to path, or leaves
// path as it was. It returns the number of bytes written.
func (w *Window) exportToFile(req documents.ExportRequest, path string) (int, error) {
	return exportDataset(w.Dataset, req, path)
}

// exportDataset renders a picture of ds and writes it whole to path, as
// exportToFile does; a long export is given a copy of the dataset's
// header, whose lists edits replace rather than change.
func exportDataset(ds *data.Dataset, req documents.ExportRequest, path string) (int, error) {
	var buf bytes.Buffer
	if err := documents.Export(&buf, ds, req); err != nil {
		return 0, err
	}
	err := documents.WriteFileAtomic(path, func(out io.Writer) error {
		_, err := out.Write(buf.Bytes())
		return err
	})
	return buf.Len(), err
}

// exportDone says how an export to path went: saved, or what went wrong.
func (w *Window) exportDone(req documents.ExportRequest, path string, n int, err error) {
	switch {
	case errors.Is(err, documents.ErrCancelled):
		w.Status.SetText("Stopped exporting " + filepath.Base(path) + ": nothing was written")
	case err != nil:
		w.showError(fmt.Errorf("exporting to %s: %w", path, err))
	default:
		w.App.Preferences().SetString(prefExportDir, filepath.Dir(path))
		msg := fmt.Sprintf("Saved to %s (%s, %d KB)", path, describeSize(req), (n+1023)/1024)
		if req.Format == documents.TimelineJS {
			if drops := data.TimelineJSDrops(w.Dataset); len(drops) > 0 {
				msg += " · TimelineJS cannot hold " + strings.Join(drops, ", ") + ": they are not in it"
			}
		}
		w.Status.SetText(msg)
	}
}

// exportInBackground makes a long export (the tour film) off the window's
// goroutine, with a dialog that counts the slides painted and a Cancel
// button; a cancelled or failed export writes nothing.
func (w *Window) exportInBackground(req documents.ExportRequest, path string) {
	var stop atomic.Bool
	bar := widget.NewProgressBar()
	text := widget.NewLabel("Painting the slides of " + filepath.Base(path) + "…")
	box := container.NewVBox(text, bar)
	d := dialog.NewCustom("Exporting "+filepath.Base(path), "Cancel", box, w.Win)
	d.SetOnClosed(func() { stop.Store(true) })
	w.showDialog(d, fyne.NewSize(440, box.MinSize().Height), nil, nil)
	req.Progress = func(done, total int) bool {
		fyne.Do(func() { bar.SetValue(float64(done) / float64(total)) })
		return !stop.Load()
	}
	snapshot := w.Dataset.Snapshot() // edits change the lists in place: the film paints its own
	go func() {
		n, err := exportDataset(snapshot, req, path)
		fyne.Do(func() {
			if !stop.Swap(true) { // from here Hide is not a Cancel
				d.Hide()
			}
			// A Cancel after the last slide was painted comes too late: the
			// film was written, and says so.
			w.exportDone(req, path, n, err)
		})
	}()
}

// exportForm is the export dialog's fields.
type exportForm struct {
	kind, size, scale, theme *widget.Select
	format                   *widget.RadioGroup
	width, height            *views.Field // logical pixels, editable for a custom size
}

// newExportForm makes the fields, set for picture k in theme th.
func newExportForm(k charts.Kind, th charts.Theme) *exportForm {
	f := &exportForm{}
	var kindNames []string
	for _, kk := range exportKinds {
		name := kk.Title()
		if kk == charts.Timeline {
			name = "Timeline (as shown)"
		}
		kindNames = append(kindNames, name)
	}
	f.kind = widget.NewSelect(kindNames, nil)
	f.kind.SetSelectedIndex(max(slices.Index(exportKinds, k), 0))
	f.format = widget.NewRadioGroup([]string{"PNG", "SVG", "CSV"}, nil)
	f.format.Horizontal = true
	f.format.SetSelected("PNG")
	var sizeNames []string
	for _, p := range exportPresets {
		sizeNames = append(sizeNames, p.label)
	}
	f.size = widget.NewSelect(append(sizeNames, customSize), nil)
	f.width, f.height = pixelEntry("1600"), pixelEntry("900")
	f.scale = widget.NewSelect([]string{"1×", "2×", "3×"}, nil)
	f.scale.SetSelectedIndex(0)
	f.size.OnChanged = func(string) { f.showPreset() }
	f.size.SetSelectedIndex(1)
	var themeNames []string
	for _, t := range charts.Themes() {
		themeNames = append(themeNames, t.Name)
	}
	f.theme = widget.NewSelect(themeNames, nil)
	f.theme.SetSelected(th.Name)
	return f
}

// showPreset fills width, height and scale from the chosen preset and
// locks them, or unlocks them for a custom size.
func (f *exportForm) showPreset() {
	i := f.size.SelectedIndex()
	custom := i < 0 || i >= len(exportPresets)
	for _, e := range []fyne.Disableable{f.width, f.height, f.scale} {
		if custom {
			e.Enable()
		} else {
			e.Disable()
		}
	}
	if !custom {
		p := exportPresets[i]
		f.width.SetText(strconv.Itoa(p.width))
		f.height.SetText(strconv.Itoa(p.height))
		f.scale.SetSelectedIndex(int(p.scale) - 1)
	}
}

// pixelEntry is a field for a number of pixels, marked while it holds
// anything else.
func pixelEntry(text string) *views.Field {
	e := views.NewField()
	e.SetText(text)
	e.Validator = func(s string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err != nil || n <= 0 || n > 20000 {
			return fmt.Errorf("a whole number of pixels from 1 to 20000")
		}
		return nil
	}
	return e
}

// items are the form's rows.
func (f *exportForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem("Picture", f.kind),
		widget.NewFormItem("Format", f.format),
		widget.NewFormItem("Size", f.size),
		widget.NewFormItem("Width", f.width),
		widget.NewFormItem("Height", f.height),
		widget.NewFormItem("Scale", f.scale),
		widget.NewFormItem("Theme", f.theme),
	}
}

// choice reads what the form asks for: picture, format, size and theme.
func (f *exportForm) choice() (charts.Kind, documents.Format, int, int, float64, charts.Theme) {
	k := exportKinds[max(f.kind.SelectedIndex(), 0)]
	format, _ := documents.ParseFormat(f.format.Selected)
	th, _ := charts.ThemeNamed(f.theme.Selected)
	if i := f.size.SelectedIndex(); i >= 0 && i < len(exportPresets) {
		p := exportPresets[i]
		return k, format, p.width, p.height, p.scale, th
	}
	wd, _ := strconv.Atoi(strings.TrimSpace(f.width.Text))
	ht, _ := strconv.Atoi(strings.TrimSpace(f.height.Text))
	return k, format, wd, ht, float64(f.scale.SelectedIndex() + 1), th
}

// showExportDialog asks what to export, at what size, then where to save
// it. A size that is not a number keeps Save disabled and is marked, so
// nothing chosen is lost.
func (w *Window) showExportDialog(k charts.Kind) {
	f := newExportForm(k, w.Theme)
	items := f.items()
	if d := w.Filter().Describe(w.Dataset); d != "" {
		caption := widget.NewLabel("The caption will state the filter: " + d)
		caption.Wrapping = fyne.TextWrapWord
		items = append(items, widget.NewFormItem("", caption))
	}
	dlg := dialog.NewForm("Export", "Save…", "Cancel", items, func(ok bool) {
		if ok {
			kind, format, wd, ht, sc, th := f.choice()
			w.askWhereToExport(w.exportRequest(kind, format, wd, ht, sc, th))
		}
	}, w.Win)
	for _, e := range []*views.Field{f.width, f.height} {
		e.OnSubmitted = func(string) { dlg.Submit() }
		e.OnEscape = dlg.Hide
	}
	w.showDialog(dlg, fyne.NewSize(480, 0), nil, dlg.Submit) // no field focused: Escape and Enter reach the window
}

// askWhereToExport asks where an export goes, then writes it.
func (w *Window) askWhereToExport(req documents.ExportRequest) {
	w.askWhereToSave(SuggestedFileName(req.Kind, req.Format, w.Filter(), w.Dataset), w.inExportFolder, func(path string) {
		if req.Kind == charts.Tour {
			w.exportInBackground(req, path)
			return
		}
		n, err := w.exportToFile(req, path)
		w.exportDone(req, path, n, err)
	})
}

// inExportFolder opens a save dialog in the folder the last export went to.
func (w *Window) inExportFolder(save *dialog.FileDialog) {
	if dir := w.App.Preferences().String(prefExportDir); dir != "" {
		if uri, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			save.SetLocation(uri)
		}
	}
}

func describeSize(req documents.ExportRequest) string {
	if req.Kind == charts.Dataset {
		return "the dataset as CSV, to edit in a spreadsheet and open again"
	}
	switch {
	case req.Format == documents.CSV:
		return "CSV"
	case req.Kind == charts.Handout:
		return "a handout on " + strings.ToUpper(req.Paper.Name) + ", PDF"
	case req.Kind == charts.Slides:
		return fmt.Sprintf("%d × %d pt slides, PDF", req.Width, req.Height)
	case req.Kind == charts.Tour:
		return fmt.Sprintf("a %d × %d px film, GIF", req.Width, req.Height)
	}
	return fmt.Sprintf("%d × %d px %s", int(float64(req.Width)*req.Scale), int(float64(req.Height)*req.Scale), strings.ToUpper(string(req.Format)))
}
