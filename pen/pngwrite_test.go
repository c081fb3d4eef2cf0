package pen

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"math/rand"
	"testing"
)

// TestEncodePNGReadsBackPixelForPixel: what encodePNG writes decodes, with
// image/png, to the very pixels painted, opaque (RGB) or not (RGBA), at
// heights that give one strip or several and a last short one, with the
// scene's title and description in it.
func TestEncodePNGReadsBackPixelForPixel(t *testing.T) {
	scene := testScenes(1280, 560)["light, dense"]
	scene.Title, scene.Description = "U.S.–Iran contacts", "A timeline of 106 events, 1979–2025, in six channels."
	painted, err := RenderImage(scene, 1)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	noisy := image.NewRGBA(image.Rect(0, 0, 97, 211))
	rng.Read(noisy.Pix) // not opaque, and every filter's worst case
	thin := image.NewRGBA(image.Rect(0, 0, 5, 1))
	thin.Set(2, 0, color.RGBA{10, 20, 30, 255})
	for name, img := range map[string]*image.RGBA{"scene": painted, "noise": noisy, "one row": thin} {
		var buf bytes.Buffer
		if err := encodePNG(&buf, img, scene); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := png.Decode(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%s: image/png cannot read it: %v", name, err)
		}
		if got.Bounds() != img.Bounds() {
			t.Fatalf("%s: size %v, want %v", name, got.Bounds(), img.Bounds())
		}
		for y := 0; y < img.Rect.Dy(); y++ {
			for x := 0; x < img.Rect.Dx(); x++ {
				want := img.RGBAAt(x, y)
				if r, g, b, a := got.At(x, y).RGBA(); want.A == 255 && (uint8(r>>8) != want.R || uint8(g>>8) != want.G || uint8(b>>8) != want.B || a != 0xffff) {
					t.Fatalf("%s: pixel %d,%d is %v, painted %v", name, x, y, got.At(x, y), want)
				}
			}
		}
		if name == "noise" {
			if nrgba, ok := got.(*image.NRGBA); !ok || !bytes.Equal(nrgba.Pix, img.Pix) {
				t.Errorf("noise: RGBA samples not kept as written (%T)", got)
			}
		}
		text := PNGText(buf.Bytes())
		if text["Title"] != scene.Title || text["Description"] != scene.Description {
			t.Errorf("%s: text chunks %v", name, text)
		}
	}
}

// TestJoinAdler32: the checksum of two runs joined is the checksum of the
// whole, for runs long enough to wrap the modulus.
func TestJoinAdler32(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	whole := make([]byte, 300000)
	rng.Read(whole)
	for _, cut := range []int{0, 1, 5552, 65521, 123456, len(whole)} {
		a, b := whole[:cut], whole[cut:]
		if got, want := joinAdler32(adler32.Checksum(a), adler32.Checksum(b), int64(len(b))), adler32.Checksum(whole); got != want {
			t.Errorf("cut at %d: %08x, want %08x", cut, got, want)
		}
	}
}
