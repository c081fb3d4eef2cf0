package pen

import (
	"image"
	"math"
	"runtime"
	"sync"
)

// paintInBands paints s over img in bands of rows, at least one per core,
// each painted by the next core free: each band paints the whole scene
// through a pen that paints only its rows, so a pixel is painted by one
// goroutine, in the scene's order, and the picture is the one a single
// pen paints. The frame's texts are looked up in cache and planned once,
// before the bands start (nil: all rasterised in place).
func paintInBands(img *image.RGBA, s Scene, scale float64, cache *spriteCache[spriteKey]) error {
	f, err := loadFont()
	if err != nil {
		return err
	}
	var plan textPlan
	if cache != nil {
		plan = planTexts(img, cache, f, s, scale)
	}
	var mu sync.Mutex
	var failed error
	rows := img.Bounds().Dy()
	bands := max(rows/rowsPerBand, min(runtime.GOMAXPROCS(0), rows/64))
	inRowBands(img.Bounds(), bands, func(band image.Rectangle) {
		p := newBandPen(img, band, plan)
		p.background = s.Background
		defer p.done()
		if err := Paint(p, RasterTarget, s, scale); err != nil {
			mu.Lock()
			failed = err
			mu.Unlock()
		}
	})
	return failed
}

// rowsPerBand is the height of the bands a frame is painted in, a band
// to a core at a time: a few megabytes, which stay in the cache from the
// background's fill to the last text blended over them (painting a 4K
// frame in two halves read most of it back from memory).
const rowsPerBand = 256

// inRowBands cuts r into bands of rows, as many as asked, painted by one
// goroutine a core, each taking the next band when it is done with one;
// it returns when all are done, having painted its share of them here.
func inRowBands(r image.Rectangle, bands int, paint func(band image.Rectangle)) {
	bands = max(1, min(bands, r.Dy()))
	onCores(bands, runtime.GOMAXPROCS(0), func(b int) {
		paint(image.Rect(r.Min.X, r.Min.Y+r.Dy()*b/bands, r.Max.X, r.Min.Y+r.Dy()*(b+1)/bands))
	})
}

// pathBounds is the box of a path's points, its first and last points,
// and how many it has.
type pathBounds struct {
	minX, maxX, minY, maxY float64
	first, last            [2]float64
	points                 int
}

func (b *pathBounds) add(x, y float64) {
	b.minX, b.maxX = min(b.minX, x), max(b.maxX, x)
	b.minY, b.maxY = min(b.minY, y), max(b.maxY, y)
	b.last = [2]float64{x, y}
	b.points++
}

// shortenVerticalLine cuts a vertical line that reaches well past the
// pen's rows down to them and a margin, in the same direction: a band
// strokes only its part of a grid line that runs the frame's height. An
// upright edge covers a row the same whatever its length, so the pixels
// of the pen's rows do not change.
func (p *rasterPen) shortenVerticalLine() {
	b := p.path
	if b.points != 2 || b.minX != b.maxX {
		return
	}
	margin := 4 + 4*math.Ceil(p.lineWidth)
	top, bottom := max(b.minY, float64(p.clip.Min.Y)-margin), min(b.maxY, float64(p.clip.Max.Y)+margin)
	if top == b.minY && bottom == b.maxY {
		return
	}
	from, to := top, bottom
	if b.first[1] > b.last[1] {
		from, to = bottom, top
	}
	p.canvas.path.Clear()
	p.canvas.path.MoveTo(b.minX, from)
	p.canvas.path.LineTo(b.minX, to)
}

// missesRows reports whether nothing between the heights top and bottom,
// stroked width wide, can fall on the pen's rows: the margin holds the
// antialiased edge, half the stroke and a mitred corner.
func (p *rasterPen) missesRows(top, bottom, width float64) bool {
	margin := 2 + 4*width
	return bottom+margin < float64(p.clip.Min.Y) || top-margin > float64(p.clip.Max.Y)
}

// pathMissesClip reports whether no ink of the current path can fall on
// the pen's rows, and forgets the path if so. The margin holds the
// antialiased edge, half the stroke and a mitred corner.
func (p *rasterPen) pathMissesClip() bool {
	if !p.missesRows(p.path.minY, p.path.maxY, p.lineWidth) {
		return false
	}
	p.canvas.path.Clear()
	return true
}
