package charts

import (
	"bytes"
	"errors"
	"image/gif"
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
	tour := BuildTour(ds, events, 960, 540, 3, Projector)
	if want := 20 + 19*(tourGlideFrames-1); tour.Len() != want {
		t.Fatalf("%d slides, want %d", tour.Len(), want)
	}
	var buf bytes.Buffer
	if err := WriteTourGIF(&buf, tour, Projector, 1, nil); err != nil {
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

// TestTourGIFCanBeCancelled: an export stopped part way writes nothing and
// says it was cancelled; progress is heard slide by slide.
func TestTourGIFCanBeCancelled(t *testing.T) {
	ds := bundled(t)
	tour := BuildTour(ds, ds.Events[:5], 320, 180, 1, Light)
	var heard []int
	var buf bytes.Buffer
	err := WriteTourGIF(&buf, tour, Light, 1, func(done, total int) bool {
		heard = append(heard, done)
		return done < 3
	})
	if !errors.Is(err, ErrCancelled) || buf.Len() != 0 {
		t.Errorf("cancelled at slide 3: %v, %d bytes written", err, buf.Len())
	}
	if len(heard) != 4 || heard[3] != 3 {
		t.Errorf("progress heard %v", heard)
	}
}
