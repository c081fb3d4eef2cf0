package app

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"backchannel/charts"
	"backchannel/data"
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
func (w *Window) exportRequest(k charts.Kind, f charts.Format, width, height int, scale float64, th charts.Theme) charts.ExportRequest {
	req := charts.ExportRequest{Kind: k, Format: f, Width: width, Height: height, Scale: scale, Theme: th,
		Filter: w.Filter, FilterText: w.Filter.Describe(w.Dataset)}
	if k == charts.Timeline || k == charts.Page {
		req.View = w.Timeline.View()
		req.Today = w.timelineToday()
	}
	return req
}

// SuggestedFileName names an export after the picture and the filter in
// force: backchannel-channels-secret-only-obama-administration.png.
func SuggestedFileName(k charts.Kind, f charts.Format, filter data.Filter, ds *data.Dataset) string {
	name := "backchannel-" + string(k)
	if slug := slugify(filter.Describe(ds)); slug != "" {
		name += "-" + slug
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
func (w *Window) exportToFile(req charts.ExportRequest, path string) (int, error) {
	var buf bytes.Buffer
	if err := charts.Export(&buf, w.Dataset, req); err != nil {
		return 0, err
	}
	err := charts.WriteFileAtomic(path, func(out io.Writer) error {
		_, err := out.Write(buf.Bytes())
		return err
	})
	return buf.Len(), err
}

// showExportDialog asks what to export, at what size, then where to save it.
func (w *Window) showExportDialog(k charts.Kind) {
	kindNames := make([]string, len(exportKinds))
	for i, kk := range exportKinds {
		kindNames[i] = kk.Title()
		if kk == charts.Timeline {
			kindNames[i] = "Timeline (as shown)"
		}
	}
	kind := widget.NewSelect(kindNames, nil)
	for i, kk := range exportKinds {
		if kk == k {
			kind.SetSelectedIndex(i)
		}
	}
	format := widget.NewRadioGroup([]string{"PNG", "SVG", "CSV"}, nil)
	format.Horizontal = true
	format.SetSelected("PNG")
	var sizeNames []string
	for _, p := range exportPresets {
		sizeNames = append(sizeNames, p.label)
	}
	sizeNames = append(sizeNames, customSize)
	size := widget.NewSelect(sizeNames, nil)
	width, height := widget.NewEntry(), widget.NewEntry()
	width.SetText("1600")
	height.SetText("900")
	scale := widget.NewSelect([]string{"1×", "2×", "3×"}, nil)
	scale.SetSelectedIndex(0)
	custom := container.NewGridWithColumns(3, width, height, scale)
	size.OnChanged = func(s string) {
		if s == customSize {
			custom.Show()
		} else {
			custom.Hide()
		}
	}
	size.SetSelectedIndex(1)
	themeNames := []string{}
	for _, th := range charts.Themes() {
		themeNames = append(themeNames, th.Name)
	}
	themeSel := widget.NewSelect(themeNames, nil)
	themeSel.SetSelected(w.Theme.Name)
	caption := widget.NewLabel("")
	caption.Wrapping = fyne.TextWrapWord
	if d := w.Filter.Describe(w.Dataset); d != "" {
		caption.SetText("The caption will state the filter: " + d)
	}

	form := widget.NewForm(
		widget.NewFormItem("Picture", kind),
		widget.NewFormItem("Format", format),
		widget.NewFormItem("Size", container.NewVBox(size, custom)),
		widget.NewFormItem("Theme", themeSel),
	)
	content := container.NewVBox(form, caption)
	dlg := dialog.NewCustomConfirm("Export", "Save…", "Cancel", content, func(ok bool) {
		if !ok {
			return
		}
		k := exportKinds[kind.SelectedIndex()]
		f, _ := charts.ParseFormat(format.Selected)
		th, _ := charts.ThemeNamed(themeSel.Selected)
		wd, ht, sc := 0, 0, 1.0
		if i := size.SelectedIndex(); i >= 0 && i < len(exportPresets) {
			p := exportPresets[i]
			wd, ht, sc = p.width, p.height, p.scale
		} else {
			var err1, err2 error
			wd, err1 = strconv.Atoi(strings.TrimSpace(width.Text))
			ht, err2 = strconv.Atoi(strings.TrimSpace(height.Text))
			sc = float64(scale.SelectedIndex() + 1)
			if err1 != nil || err2 != nil || wd <= 0 || ht <= 0 {
				dialog.ShowError(fmt.Errorf("width and height must be whole numbers of pixels above zero"), w.Win)
				return
			}
		}
		w.askWhereToSave(w.exportRequest(k, f, wd, ht, sc, th))
	}, w.Win)
	dlg.Resize(fyne.NewSize(520, 360))
	dlg.Show()
}

// askWhereToSave shows the save dialog for an export, then writes it.
func (w *Window) askWhereToSave(req charts.ExportRequest) {
	save := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		if wc == nil {
			return // cancelled
		}
		path := wc.URI().Path()
		wc.Close() // written again whole, through a temporary file
		n, err := w.exportToFile(req, path)
		if err != nil {
			dialog.ShowError(fmt.Errorf("exporting to %s: %w", path, err), w.Win)
			return
		}
		w.App.Preferences().SetString(prefExportDir, filepath.Dir(path))
		w.Status.SetText(fmt.Sprintf("Saved to %s (%s, %d KB)", path, describeSize(req), (n+1023)/1024))
	}, w.Win)
	save.SetFileName(SuggestedFileName(req.Kind, req.Format, w.Filter, w.Dataset))
	if dir := w.App.Preferences().String(prefExportDir); dir != "" {
		if uri, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			save.SetLocation(uri)
		}
	}
	save.Show()
}

func describeSize(req charts.ExportRequest) string {
	if req.Kind == charts.Dataset {
		return "the dataset as CSV, to edit in a spreadsheet and open again"
	}
	if req.Format == charts.CSV {
		return "CSV"
	}
	return fmt.Sprintf("%d × %d px %s", int(float64(req.Width)*req.Scale), int(float64(req.Height)*req.Scale), strings.ToUpper(string(req.Format)))
}
