//go:build !linux

package data

import "unsafe"

// adviseHugePages does nothing where the kernel takes no such advice.
func adviseHugePages(p unsafe.Pointer, n uintptr) {}
