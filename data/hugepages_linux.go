package data

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the machines
// Backchannel runs on.
const hugePage = 2 << 20

// adviseHugePages asks the kernel to back the whole huge pages within the
// n bytes at p with huge pages when they are first touched: filling a
// list of tens of megabytes then takes one fault per two megabytes rather
// than one per four kilobytes, which on a virtual machine is most of the
// time the filling takes. It is advice: where the kernel declines, the
// memory is as it was.
func adviseHugePages(p unsafe.Pointer, n uintptr) {
	start := (uintptr(p) + hugePage - 1) &^ (hugePage - 1)
	end := (uintptr(p) + n) &^ (hugePage - 1)
	if end <= start {
		return
	}
	region := unsafe.Slice((*byte)(unsafe.Add(p, start-uintptr(p))), end-start)
	_ = syscall.Madvise(region, syscall.MADV_HUGEPAGE)
}
