// Package charts lays out Backchannel's pictures: the time scale and its
// ticks, the timeline's lanes, labels, clusters and era bands, the two
// stacked bar charts and what they count, the themes, the presentation's
// caption card and slide. Each layout is a pen.Scene, which the window
// and every export paint the same way; a chart describes itself in words
// for those who cannot see it.
//
// It builds on package pen and on package data. It must not import
// package documents (which is built on it), nor Fyne.
package charts
