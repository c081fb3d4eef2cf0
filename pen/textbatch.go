package pen

import (
	"image"
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// plannedText is a text of a frame ready to paint: its sprite, or nil
// when it is rasterised in place (a text the cache cannot hold, or one
// the image's edge cuts), where its origin falls, and its colour.
type plannedText struct {
	sprite *textSprite
	at     image.Point
	color  drawing.Color
	over   *overColour // color, readied for drawing a sprite over the picture
	body   string
	size   float64 // in pixels
}

// textPlan is a frame's texts, planned once for all its bands: each list
// of the scene's texts by its first element.
type textPlan map[*Text][]plannedText

// planTexts looks up the sprites of a scene's texts painted at scale
// over img in cache, rasterising those it lacks on every core, and plans
// each list of texts.
func planTexts(img *image.RGBA, cache *spriteCache[spriteKey], f *truetype.Font, s Scene, scale float64) textPlan {
	px := func(v float64) int { return int(math.Round(v * scale)) }
	lists := [][]Text{s.Texts, s.OverlayTexts}
	var keys []spriteKey
	for _, list := range lists {
		for _, t := range list {
			if t.Body != "" {
				keys = append(keys, spriteKey{f, t.Size * scale, RasterTarget.dpi(), t.Body, 0})
			}
		}
	}
	sprites := cache.all(keys)
	plan := textPlan{}
	k := 0
	for _, list := range lists {
		if len(list) == 0 {
			continue
		}
		planned := make([]plannedText, 0, len(list))
		for _, t := range list {
			if t.Body == "" {
				continue
			}
			c := drawingColor(t.Color)
			pt := plannedText{sprites[k], image.Pt(px(t.Left()), px(t.Y)), c, onBackground(c, s.Background), t.Body, t.Size * scale}
			k++
			if pt.sprite != nil && !pt.sprite.box.Add(pt.at).In(img.Bounds()) {
				pt.sprite = nil // cut by the edge: in place
			}
			planned = append(planned, pt)
		}
		plan[&list[0]] = planned
	}
	return plan
}

// paintTextBatch paints texts as the frame's plan has them, over the
// pen's rows, in their order: from its sprite, or rasterised in place
// through the pen's context. It reports false when the frame has no
// plan for them: the pen then paints them one by one, in place.
func (p *rasterPen) paintTextBatch(texts []Text) bool {
	if len(texts) == 0 || p.plan == nil {
		return p.plan != nil
	}
	planned, ok := p.plan[&texts[0]]
	if !ok {
		return false
	}
	for _, pt := range planned {
		if pt.sprite == nil {
			p.SetFontSize(pt.size)
			p.SetFontColor(pt.color)
			p.Text(pt.body, pt.at.X, pt.at.Y)
			continue
		}
		box := pt.sprite.box.Add(pt.at)
		if box.Max.Y <= p.clip.Min.Y || box.Min.Y >= p.clip.Max.Y {
			continue
		}
		pt.sprite.blend(p.img, p.clip, pt.at, pt.over)
	}
	return true
}

// blend paints the sprite, or its parts, with its origin at at, in colour
// oc, over the part of img inside clip, with the arithmetic of freetype's
// RGBAPainter drawing over, to the bit (overColour).
func (s *textSprite) blend(img *image.RGBA, clip image.Rectangle, at image.Point, oc *overColour) {
	for _, part := range s.parts {
		part.sprite.blend(img, clip, at.Add(image.Pt(part.dx, 0)), oc)
	}
	for _, row := range s.rows {
		y := int(row.y) + at.Y
		if y < clip.Min.Y || y >= clip.Max.Y {
			continue
		}
		x0 := int(row.x0) + at.X
		cov := row.coverage
		if x0 < clip.Min.X {
			cov = cov[min(len(cov), clip.Min.X-x0):]
			x0 = clip.Min.X
		}
		if over := x0 + len(cov) - clip.Max.X; over > 0 {
			cov = cov[:max(0, len(cov)-over)]
		}
		oc.overRow(img.Pix[(y-img.Rect.Min.Y)*img.Stride+(x0-img.Rect.Min.X)*4:], cov)
	}
}
