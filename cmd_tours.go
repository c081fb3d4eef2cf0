package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"backchannel/app"
	"backchannel/data"
)

// appStorage is the folder where the window keeps what it saves (as Fyne
// places an app's storage on the desktop): the tours.
func appStorage() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "fyne", AppID)
}

// tourNamed finds the tour called name, in any case: the dataset's own,
// or one the window saved, which stands for the dataset's of its name.
func tourNamed(ds *data.Dataset, name string) (data.Tour, error) {
	saved, err := app.ReadSavedTours(appStorage())
	if err != nil {
		return data.Tour{}, err
	}
	var names []string
	for _, t := range append(saved, ds.Tours...) {
		if strings.EqualFold(t.Name, name) {
			return t, nil
		}
		names = append(names, "“"+t.Name+"”")
	}
	if len(names) == 0 {
		return data.Tour{}, fmt.Errorf("no tour called %q: there are none, in the dataset or saved in the window", name)
	}
	return data.Tour{}, fmt.Errorf("no tour called %q: the tours are %s", name, strings.Join(names, ", "))
}
