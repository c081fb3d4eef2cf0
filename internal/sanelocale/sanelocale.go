// Package sanelocale gives the process a usable locale before Fyne reads
// it. Fyne parses the locale while its packages initialise and logs an
// error for "C" and "C.UTF-8", the defaults of minimal systems and of CI.
// Import it for its side effect, from main, before Fyne.
package sanelocale

import (
	"os"
	"strings"
)

// Fallback is the locale used when the environment names none a person chose.
const Fallback = "en_US.UTF-8"

func init() { Apply() }

// Apply sets the locale variable that governs messages to Fallback when it
// is unset, "C", "POSIX" or "C.<codeset>". It reports whether it changed anything.
func Apply() bool {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		if IsNeutral(v) {
			os.Setenv(name, Fallback)
			return true
		}
		return false
	}
	os.Setenv("LANG", Fallback)
	return true
}

// IsNeutral reports whether a locale value names no language: C, POSIX, C.UTF-8.
func IsNeutral(v string) bool {
	return v == "C" || v == "POSIX" || strings.HasPrefix(v, "C.")
}
