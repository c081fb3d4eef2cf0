package documents

import (
	"backchannel/charts"
	"backchannel/pen"
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io"
	"math"
	"strings"

	"backchannel/data"
)

// tourGlideFrames is how many frames a glide from one event to the next
// takes; each lasts tourGlideDelay hundredths of a second, 300 ms in all,
// as on the screen.
const (
	tourGlideFrames = 6
	tourGlideDelay  = 5
)

// TourSlides are the slides of a tour film: for each event in turn, the
// timeline gliding there from the last one (glide frames of it), then
// the slide held. Each comes with its delay in hundredths of a second,
// and is laid out only when it is painted, so that a long film does not
// hold every slide at once.
type TourSlides struct {
	Delays      []int
	Description string                // what the film shows, in words: its GIF comment
	scene       func(i int) pen.Scene // slide i, laid out
}

// Len is the number of slides.
func (t TourSlides) Len() int { return len(t.Delays) }

// Scene lays slide i out.
func (t TourSlides) Scene(i int) pen.Scene { return t.scene(i) }

// BuildTour lays out the film of a presentation of events, in their order
// (a lecture's steps, nil for none, gliding to their own stretches of
// time), at width×height in theme th, holding each event
// secondsPerEvent, its timeline's lanes shared as rows says.
func BuildTour(ds *data.Dataset, events []*data.Event, steps []data.TourStep, width, height, secondsPerEvent float64, th charts.Theme, rows charts.Rows) TourSlides {
	ix := charts.NewTimelineIndex(events)
	tl := presentedTimeline(ds, ix, rows)
	whole := tl.Whole
	var t TourSlides
	type slide struct {
		view  charts.TimeView
		event int
	}
	var slides []slide
	hold := max(1, int(math.Round(secondsPerEvent*100)))
	prev := whole
	at, views := slideSteps(ix, events, steps, whole)
	for i := range events {
		target := views[i]
		if i > 0 {
			for f := 1; f < tourGlideFrames; f++ {
				slides = append(slides, slide{prev.Toward(target, float64(f)/tourGlideFrames), i})
				t.Delays = append(t.Delays, tourGlideDelay)
			}
		}
		slides = append(slides, slide{target, i})
		t.Delays = append(t.Delays, hold)
		prev = target
	}
	t.scene = func(k int) pen.Scene {
		s := slides[k]
		tl.View, tl.Selected = s.view, at[s.event]
		return charts.SlideScene(tl, charts.CardFor(ds, *events[s.event]), width, height, float64(s.event+1)/float64(len(events)), th)
	}
	t.Description = tourDescription(ds, events, secondsPerEvent)
	return t
}

// ErrCancelled is what an export stopped by its caller returns.
var ErrCancelled = errors.New("cancelled")

// WriteTourGIF paints a tour's slides at scale and writes them as an
// animated GIF that loops. The colours come from the theme, with the
// steps between them that smoothed edges take, so that text stays sharp;
// each frame after the first holds only what changed. Frames are written
// as they are painted, so that a long film holds about two frames at a
// time, not all of them. progress, when not nil, hears of each slide
// painted and may stop the export by returning false: WriteTourGIF then
// returns ErrCancelled, having written part of a film (WriteFileAtomic
// then leaves no file).
func WriteTourGIF(w io.Writer, t TourSlides, th charts.Theme, scale float64, progress func(done, total int) bool) error {
	if t.Len() == 0 {
		return fmt.Errorf("no events to make a tour of")
	}
	pal := newThemePalette(th)
	var film *gifStream
	var prev *image.Paletted
	for i := range t.Len() {
		if progress != nil && !progress(i, t.Len()) {
			return ErrCancelled
		}
		img, err := pen.RenderImage(t.Scene(i), scale)
		if err != nil {
			return err
		}
		frame := pal.convert(img)
		if film == nil {
			film = newGIFStream(w, pal.colors, frame.Rect.Dx(), frame.Rect.Dy(), t.Description)
		}
		changed := frame.Rect
		if prev != nil {
			changed = changedRect(prev, frame)
			if changed.Empty() { // the same picture: it just shows longer
				film.lengthen(t.Delays[i])
				continue
			}
		}
		if err := film.add(cropPaletted(frame, changed), t.Delays[i]); err != nil {
			return err
		}
		prev = frame
	}
	return film.close()
}

// gifStream writes an animated GIF a frame at a time, byte for byte as
// image/gif's EncodeAll writes the whole film: its header, the film's
// description as a comment, the loop, then each frame. The last frame is
// held back until the next comes, as a frame that does not change only
// lengthens the one before it; the header waits for the second frame,
// since a film of one frame does not loop.
type gifStream struct {
	w             io.Writer
	palette       color.Palette
	width, height int
	comment       string
	frames        int    // frames written
	pending       []byte // the last frame, encoded, its delay still open
	delay         int
}

func newGIFStream(w io.Writer, palette color.Palette, width, height int, comment string) *gifStream {
	return &gifStream{w: w, palette: palette, width: width, height: height, comment: comment}
}

// gifTrailer ends a GIF.
const gifTrailer = 0x3B

// encodeAlone encodes frames as a film of their own, of the stream's size
// and palette: its header, then the frames' blocks, then the trailer.
func (g *gifStream) encodeAlone(frames []*image.Paletted, delays []int) ([]byte, error) {
	var buf bytes.Buffer
	disposal := make([]byte, len(frames))
	for i := range disposal {
		disposal[i] = gif.DisposalNone
	}
	film := &gif.GIF{Image: frames, Delay: delays, Disposal: disposal, LoopCount: 0,
		Config: image.Config{ColorModel: g.palette, Width: g.width, Height: g.height}}
	err := gif.EncodeAll(&buf, film)
	return buf.Bytes(), err
}

// headerSize is the length of a GIF's header with its global palette.
func (g *gifStream) headerSize() int {
	size := 6 + 7
	if flags := byte(0); len(g.palette) > 0 {
		for 1<<(flags+1) < len(g.palette) {
			flags++
		}
		size += 3 << (flags + 1)
	}
	return size
}

// add encodes frame, to show for delay hundredths of a second, and
// writes the frame before it.
func (g *gifStream) add(frame *image.Paletted, delay int) error {
	alone, err := g.encodeAlone([]*image.Paletted{frame}, []int{max(delay, 1)})
	if err != nil {
		return err
	}
	if err := g.flush(true); err != nil {
		return err
	}
	g.pending, g.delay = alone[g.headerSize():len(alone)-1], delay
	return nil
}

// lengthen shows the last frame delay hundredths of a second longer.
func (g *gifStream) lengthen(delay int) { g.delay += delay }

// flush writes the frame held back, with its delay now known, and the
// header before the first; more says whether another frame follows it.
func (g *gifStream) flush(more bool) error {
	if g.pending == nil {
		return nil
	}
	if g.frames == 0 {
		if err := g.writeHeader(more); err != nil {
			return err
		}
	}
	// The frame's graphic control extension comes first: 0x21 0xF9 4,
	// its flags, then the delay, low byte first.
	g.pending[4], g.pending[5] = byte(g.delay), byte(g.delay>>8)
	_, err := g.w.Write(g.pending)
	g.pending = nil
	g.frames++
	return err
}

// writeHeader writes the film's header and palette, its description, and,
// when it has more than one frame, that it loops for ever.
func (g *gifStream) writeHeader(loops bool) error {
	blank := image.NewPaletted(image.Rect(0, 0, 1, 1), g.palette)
	alone, err := g.encodeAlone([]*image.Paletted{blank}, []int{1})
	if err != nil {
		return err
	}
	var b bytes.Buffer
	b.Write(alone[:g.headerSize()])
	b.Write(gifCommentBlock(g.comment))
	if loops {
		b.Write([]byte{0x21, 0xFF, 0x0B})
		b.WriteString("NETSCAPE2.0")
		b.Write([]byte{0x03, 0x01, 0x00, 0x00, 0x00}) // loop for ever
	}
	_, err = g.w.Write(b.Bytes())
	return err
}

// close writes the last frame and ends the film.
func (g *gifStream) close() error {
	if err := g.flush(false); err != nil {
		return err
	}
	_, err := g.w.Write([]byte{gifTrailer})
	return err
}

// cropPaletted copies the part r of frame into an image of its own, so
// that the whole frame need not be kept.
func cropPaletted(frame *image.Paletted, r image.Rectangle) *image.Paletted {
	out := image.NewPaletted(r, frame.Palette)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		copy(out.Pix[(y-r.Min.Y)*out.Stride:], frame.Pix[frame.PixOffset(r.Min.X, y):frame.PixOffset(r.Max.X, y)])
	}
	return out
}

// changedRect is the smallest rectangle holding every pixel that differs
// between two frames of the same size.
func changedRect(a, b *image.Paletted) image.Rectangle {
	var r image.Rectangle
	w := a.Rect.Dx()
	for y := 0; y < a.Rect.Dy(); y++ {
		ra, rb := a.Pix[y*a.Stride:y*a.Stride+w], b.Pix[y*b.Stride:y*b.Stride+w]
		for x := range ra {
			if ra[x] != rb[x] {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return r
}

// themePalette is a GIF palette made of a theme's colours and the steps
// from each to the background, with the nearest entry of every colour
// met so far remembered (by its red, green and blue in one word).
type themePalette struct {
	colors color.Palette
	index  map[uint32]uint8
}

// paletteSteps is how many steps between a colour and the background the
// palette holds, for smoothed edges.
const paletteSteps = 8

func newThemePalette(th charts.Theme) *themePalette {
	base := []color.RGBA{th.Text, th.Muted, th.Grid, th.Axis, th.Highlight, pen.Blend(th.Grid, th.Background, 0.6)}
	for ch := data.Channel(0); ch < data.NumChannels; ch++ {
		base = append(base, th.ChannelColor(ch))
	}
	for _, b := range data.Bands() {
		base = append(base, th.BandColor(b, false, false).Fill, th.BandColor(b, true, false).Fill,
			th.BandColor(b, false, true).Fill, th.BandColor(b, true, true).Fill)
	}
	seen := map[color.RGBA]bool{th.Background: true}
	p := &themePalette{colors: color.Palette{th.Background}, index: map[uint32]uint8{}}
	add := func(c color.RGBA) {
		if !seen[c] && len(p.colors) < 256 {
			seen[c] = true
			p.colors = append(p.colors, c)
		}
	}
	for _, c := range base {
		add(c)
	}
	for step := 1; step < paletteSteps; step++ {
		for _, c := range base {
			add(pen.Blend(c, th.Background, float64(step)/paletteSteps))
		}
	}
	return p
}

// convert maps img onto the palette, each pixel to its nearest colour. A
// pixel the colour of the one before it (most are: runs of background,
// of a band, of a bar) takes its index without a lookup.
func (p *themePalette) convert(img *image.RGBA) *image.Paletted {
	out := image.NewPaletted(img.Rect, p.colors)
	last, lastK := uint32(1<<31), uint8(0) // no colour: alpha is never kept
	for i, j := 0, 0; i+4 <= len(img.Pix); i, j = i+4, j+1 {
		key := uint32(img.Pix[i])<<16 | uint32(img.Pix[i+1])<<8 | uint32(img.Pix[i+2])
		if key != last {
			k, ok := p.index[key]
			if !ok {
				k = uint8(p.colors.Index(color.RGBA{img.Pix[i], img.Pix[i+1], img.Pix[i+2], 0xff}))
				p.index[key] = k
			}
			last, lastK = key, k
		}
		out.Pix[j] = lastK
	}
	return out
}

// tourDescription says in words what a tour film shows: the dataset, how
// many events over which years, and each event in turn.
func tourDescription(ds *data.Dataset, events []*data.Event, secondsPerEvent float64) string {
	if len(events) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "A film of a presentation of %s: %d events from %s to %s, each held %g s, the timeline gliding between them over a caption card.",
		ds.Title, len(events), events[0].ShownDate(), events[len(events)-1].ShownDate(), secondsPerEvent)
	for i, e := range events {
		fmt.Fprintf(&b, " %d. %s (%s).", i+1, e.Title, e.ShownDate())
	}
	return b.String()
}

// gifCommentBlock is text as a GIF comment extension, where readers of
// the file find its description; nothing for no text.
func gifCommentBlock(text string) []byte {
	if text == "" {
		return nil
	}
	var b bytes.Buffer
	b.Write([]byte{0x21, 0xFE})
	for rest := []byte(text); len(rest) > 0; {
		n := min(len(rest), 255)
		b.WriteByte(byte(n))
		b.Write(rest[:n])
		rest = rest[n:]
	}
	b.WriteByte(0)
	return b.Bytes()
}

// GIFComment reads the first comment extension of a GIF, "" when it has none.
func GIFComment(raw []byte) string {
	i := bytes.Index(raw, []byte{0x21, 0xFE})
	if i < 0 {
		return ""
	}
	var b strings.Builder
	for i += 2; i < len(raw) && raw[i] != 0; {
		n := int(raw[i])
		if i+1+n > len(raw) {
			break
		}
		b.Write(raw[i+1 : i+1+n])
		i += 1 + n
	}
	return b.String()
}
