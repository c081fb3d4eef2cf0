package main

// glfwChanges are the changes to the copy of glfw-js, Fyne's browser
// window: its Open, which Fyne never calls, fetches through net/http.
func glfwChanges() []fileChange {
	return []fileChange{{file: "browser_wasm.go", why: "the web build leaves out Go's HTTP client", replace: [][2]string{{
		`	resp, err := http.Get(name)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("non-200 status: %s", resp.Status)
	}
	return resp.Body, nil`,
		`	return nil, errors.New("the web build's glfw-js opens no asset (" + name + ")")`}},
		dropImports: []string{"net/http"}}}
}
