package pen

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"runtime"
	"sync"
)

// encodePNG writes img as a PNG with the scene's title and description
// as iTXt chunks: 8-bit RGB when every pixel is opaque, RGBA otherwise.
// Each row is filtered with Sub or Up, whichever leaves smaller numbers,
// and the rows are compressed in one strip per core, each strip its own
// run of deflate blocks ended by a flush, so that the strips join into
// one zlib stream. A 4K picture is written in a fraction of the time
// image/png takes with its five filters tried on one core.
func encodePNG(w io.Writer, img *image.RGBA, s Scene) error {
	width, height := img.Rect.Dx(), img.Rect.Dy()
	opaque := img.Opaque()
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8] = 8 // bits a sample
	ihdr[9] = 6 // RGBA
	if opaque {
		ihdr[9] = 2 // RGB
	}
	writeChunk(&b, "IHDR", ihdr)
	for _, kv := range [][2]string{{"Title", s.Title}, {"Description", s.Description}} {
		if kv[1] != "" {
			writeITXt(&b, kv[0], kv[1])
		}
	}
	idat, err := compressRows(img, opaque)
	if err != nil {
		return err
	}
	writeChunk(&b, "IDAT", idat)
	writeChunk(&b, "IEND", nil)
	_, err = w.Write(b.Bytes())
	return err
}

// writeChunk writes one PNG chunk: length, type, data, CRC.
func writeChunk(b *bytes.Buffer, kind string, data []byte) {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], kind)
	b.Write(head[:])
	b.Write(data)
	crc := crc32.NewIEEE()
	crc.Write(head[4:])
	crc.Write(data)
	binary.BigEndian.PutUint32(head[:4], crc.Sum32())
	b.Write(head[:4])
}

// rowStrip is one core's share of the rows, filtered and compressed.
type rowStrip struct {
	deflated bytes.Buffer
	adler    uint32 // Adler-32 of the filtered bytes
	length   int64  // how many filtered bytes
	err      error
}

// compressRows returns the zlib stream of img's filtered rows.
func compressRows(img *image.RGBA, opaque bool) ([]byte, error) {
	height := img.Rect.Dy()
	n := max(1, min(runtime.GOMAXPROCS(0), height/64))
	strips := make([]rowStrip, n)
	var wg sync.WaitGroup
	for i := range strips {
		wg.Add(1)
		go func() {
			defer wg.Done()
			strips[i].compress(img, opaque, height*i/n, height*(i+1)/n, i == n-1)
		}()
	}
	wg.Wait()
	var out bytes.Buffer
	out.Write([]byte{0x78, 0x01}) // zlib: deflate, 32 kB window, fastest
	adler := uint32(1)
	for i := range strips {
		if strips[i].err != nil {
			return nil, strips[i].err
		}
		out.Write(strips[i].deflated.Bytes())
		adler = joinAdler32(adler, strips[i].adler, strips[i].length)
	}
	binary.Write(&out, binary.BigEndian, adler)
	return out.Bytes(), nil
}

// compress filters and deflates the rows from y0 to y1 (image rows
// counted from 0); the last strip ends the deflate stream.
func (st *rowStrip) compress(img *image.RGBA, opaque bool, y0, y1 int, last bool) {
	zw, err := flate.NewWriter(&st.deflated, flate.BestSpeed)
	if err != nil {
		st.err = err
		return
	}
	bpp := 4
	if opaque {
		bpp = 3
	}
	rowLen := img.Rect.Dx() * bpp
	cur, prev := make([]byte, rowLen), make([]byte, rowLen)
	sub, up := make([]byte, 1+rowLen), make([]byte, 1+rowLen)
	sub[0], up[0] = 1, 2
	sum := adler32.New()
	if y0 > 0 {
		packRow(prev, img, y0-1, opaque)
	}
	for y := y0; y < y1; y++ {
		packRow(cur, img, y, opaque)
		row := filterRow(cur, prev, sub, up, bpp)
		sum.Write(row)
		if _, err := zw.Write(row); err != nil {
			st.err = err
			return
		}
		cur, prev = prev, cur
	}
	if last {
		st.err = zw.Close()
	} else {
		st.err = zw.Flush()
	}
	st.adler, st.length = sum.Sum32(), int64(y1-y0)*int64(1+rowLen)
}

// packRow copies row y of img into dst as RGB or RGBA samples.
func packRow(dst []byte, img *image.RGBA, y int, opaque bool) {
	src := img.Pix[y*img.Stride : y*img.Stride+img.Rect.Dx()*4]
	if !opaque {
		copy(dst, src)
		return
	}
	for i, j := 0, 0; i+4 <= len(src); i, j = i+4, j+3 {
		dst[j], dst[j+1], dst[j+2] = src[i], src[i+1], src[i+2]
	}
}

// filterRow fills sub and up with the row filtered each way (the first
// row of the image has a zero row above it) and returns the one whose
// bytes, read as signed, add up to less. A row like the one above, as
// most of a chart's are, is all zeros filtered Up.
func filterRow(cur, prev, sub, up []byte, bpp int) []byte {
	subF, upF := sub[1:1+len(cur)], up[1:1+len(cur)]
	prev = prev[:len(cur)]
	if bytes.Equal(cur, prev) {
		clear(upF)
		return up
	}
	var subCost, upCost int
	for i := range bpp {
		subF[i], upF[i] = cur[i], cur[i]-prev[i]
		subCost += int(signedSize[subF[i]])
		upCost += int(signedSize[upF[i]])
	}
	for i := bpp; i < len(cur); i++ {
		s, u := cur[i]-cur[i-bpp], cur[i]-prev[i]
		subF[i], upF[i] = s, u
		subCost += int(signedSize[s])
		upCost += int(signedSize[u])
	}
	if upCost <= subCost {
		return up
	}
	return sub
}

// signedSize is the size of a byte read as a signed number: 3 for 3 and 253.
var signedSize = func() (t [256]uint8) {
	for i := range t {
		t[i] = uint8(min(i, 256-i))
	}
	return t
}()

// joinAdler32 is the Adler-32 of two byte runs one after the other, from
// each one's checksum and the second's length. Adler-32 is A + B<<16 with
// A = 1 + the sum of the bytes and B = the sum of A after each byte, both
// modulo 65521: after the first run, every A of the second run is larger
// by the first run's A - 1, so B grows by that times the second's length.
func joinAdler32(first, second uint32, secondLen int64) uint32 {
	const mod = 65521
	a1, b1 := int64(first&0xffff), int64(first>>16)
	a2, b2 := int64(second&0xffff), int64(second>>16)
	a := (a1 + a2 - 1 + mod) % mod
	b := (b1 + b2 + (secondLen%mod)*((a1-1+mod)%mod)) % mod
	return uint32(a) | uint32(b)<<16
}
