// Package documents makes the files Backchannel exports from its
// pictures: export requests and their formats (PNG, SVG, CSV), the
// handout and the slides as PDF, the web page, the tour film as a GIF,
// each carrying a description of what it shows, and files written whole
// or not at all.
//
// It builds on packages charts, pen and data. Nothing the pictures are
// made of may import it, and it does not import Fyne.
package documents
