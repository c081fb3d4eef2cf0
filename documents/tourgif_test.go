package documents

import (
	"backchannel/charts"
	"backchannel/pen"
	"bytes"
	"errors"
	"image"
	"image/gif"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTourGIFIsTheFilm: twenty events at 960×540 make a looping GIF of that
// size, under 15 MB, holding each event as long as asked and gliding
// between them; the first frame is a whole slide, the later ones only what
// changed; every colour comes from the theme's palette.
func TestTourGIFIsTheFilm(t *testing.T) {
	ds := bundled(t)
	events := ds.Events[:20]
	tour := BuildTour(ds, events, nil, 960, 540, 3, charts.Projector, charts.RowsPacked)
	if want := 20 + 19*(tourGlideFrames-1); tour.Len() != want {
		t.Fatalf("%d slides, want %d", tour.Len(), want)
	}
	var buf bytes.Buffer
	if err := WriteTourGIF(&buf, tour, charts.Projector, 1, nil); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > 15<<20 {
		t.Errorf("the film is %d bytes, more than 15 MB", buf.Len())
	}
	g, err := gif.DecodeAll(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if g.Config.Width != 960 || g.Config.Height != 540 || g.LoopCount != 0 {
		t.Errorf("%d×%d, loop %d", g.Config.Width, g.Config.Height, g.LoopCount)
	}
	if len(g.Image) < 20 || len(g.Image) > tour.Len() {
		t.Errorf("%d frames for %d slides", len(g.Image), tour.Len())
	}
	if b := g.Image[0].Bounds(); b.Dx() != 960 || b.Dy() != 540 {
		t.Errorf("the first frame is %v, not the whole slide", b)
	}
	total := 0
	for _, d := range g.Delay {
		total += d
	}
	if want := 20*300 + 19*(tourGlideFrames-1)*tourGlideDelay; total != want {
		t.Errorf("the film lasts %d hundredths of a second, want %d", total, want)
	}
	smaller := 0
	for _, im := range g.Image[1:] {
		if b := im.Bounds(); b.Dx()*b.Dy() < 960*540 {
			smaller++
		}
	}
	if smaller < len(g.Image)/2 {
		t.Errorf("only %d of %d frames hold just what changed", smaller, len(g.Image)-1)
	}
	if c := GIFComment(buf.Bytes()); !strings.Contains(c, "20 events") || !strings.Contains(c, "20. "+events[19].Title) {
		t.Errorf("the film's description: %q", c)
	}
	t.Logf("%d frames, %d bytes", len(g.Image), buf.Len())
}

// TestTourGIFCanBeCancelled: an export stopped part way says it was
// cancelled and, written as files are, leaves no file; progress is heard
// slide by slide.
func TestTourGIFCanBeCancelled(t *testing.T) {
	ds := bundled(t)
	tour := BuildTour(ds, ds.Events[:5], nil, 320, 180, 1, charts.Light, charts.RowsPacked)
	var heard []int
	dir := t.TempDir()
	path := filepath.Join(dir, "film.gif")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		return WriteTourGIF(w, tour, charts.Light, 1, func(done, total int) bool {
			heard = append(heard, done)
			return done < 3
		})
	})
	left, _ := os.ReadDir(dir)
	if !errors.Is(err, ErrCancelled) || len(left) != 0 {
		t.Errorf("cancelled at slide 3: %v, files left %v", err, left)
	}
	if len(heard) != 4 || heard[3] != 3 {
		t.Errorf("progress heard %v", heard)
	}
}

// TestTourGIFStreamsWhatEncodingWholeWrites: the film written a frame at a
// time is, byte for byte, the film image/gif writes from every frame at
// once with the description put before the first frame, for films of one
// frame and of many (where still slides only lengthen a frame).
func TestTourGIFStreamsWhatEncodingWholeWrites(t *testing.T) {
	ds := bundled(t)
	for _, n := range []int{1, 2, 7} {
		tour := BuildTour(ds, ds.Events[100:100+n], nil, 320, 180, 1, charts.Projector, charts.RowsPacked)
		var streamed bytes.Buffer
		if err := WriteTourGIF(&streamed, tour, charts.Projector, 1, nil); err != nil {
			t.Fatal(err)
		}
		if want := wholeFilm(t, tour, charts.Projector); !bytes.Equal(streamed.Bytes(), want) {
			t.Errorf("%d events: the streamed film (%d bytes) differs from the whole one (%d bytes)", n, streamed.Len(), len(want))
		}
	}
}

// wholeFilm makes a tour's film the way it was made before it streamed:
// every frame kept, encoded at once, the comment put in after the palette.
func wholeFilm(t *testing.T, tour TourSlides, th charts.Theme) []byte {
	pal := newThemePalette(th)
	anim := &gif.GIF{LoopCount: 0}
	var prev *image.Paletted
	for i := range tour.Len() {
		img, err := pen.RenderImage(tour.Scene(i), 1)
		if err != nil {
			t.Fatal(err)
		}
		frame := pal.convert(img)
		changed := frame.Rect
		if prev != nil {
			if changed = changedRect(prev, frame); changed.Empty() {
				anim.Delay[len(anim.Delay)-1] += tour.Delays[i]
				continue
			}
		}
		anim.Image = append(anim.Image, cropPaletted(frame, changed))
		anim.Delay = append(anim.Delay, tour.Delays[i])
		anim.Disposal = append(anim.Disposal, gif.DisposalNone)
		prev = frame
	}
	anim.Config = image.Config{ColorModel: pal.colors, Width: prev.Rect.Dx(), Height: prev.Rect.Dy()}
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, anim); err != nil {
		t.Fatal(err)
	}
	raw := buf.Bytes()
	at := 13 + 3<<(raw[10]&0x07+1) // after the header and the global palette
	return append(append(append([]byte{}, raw[:at]...), gifCommentBlock(tour.Description)...), raw[at:]...)
}
