package app

// Tests start with a usable locale, as the app does, so Fyne logs nothing.
import _ "backchannel/internal/sanelocale"
