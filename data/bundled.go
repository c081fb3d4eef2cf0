package data

import _ "embed"

//go:embed contacts.json
var bundledJSON []byte

// BundledName is the file name problems in the bundled dataset are reported against.
const BundledName = "data/contacts.json"

// BundledJSON returns the bytes of the bundled U.S.–Iran dataset.
func BundledJSON() []byte { return bundledJSON }

// Bundled loads the bundled U.S.–Iran dataset.
func Bundled() (*Dataset, error) { return Load(BundledName, bundledJSON) }
