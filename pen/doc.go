// Package pen is Backchannel's drawing vocabulary and the pens that draw
// it: a Scene of boxes, lines, shapes and texts in logical pixels, the
// raster pen with its caches (text sprites and pieces, small shapes,
// straight strokes, colour over the background, painting in bands of
// rows), the SVG and PDF pens, text measuring, colour contrast, and the
// PNG writer with a picture's text description.
//
// It knows nothing of timelines: it must not import package data, charts
// or documents, nor Fyne.
package pen
