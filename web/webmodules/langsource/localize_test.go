package langsource

import "testing"

func TestStringsAreGivenAsWrittenAndFilledFromTheData(t *testing.T) {
	type count struct {
		Count int
		Name  string
		quiet string
	}
	cases := []struct {
		text string
		data []any
		want string
	}{
		{"Cancel", nil, "Cancel"},
		{"{{.Count}} events", nil, "{{.Count}} events"},
		{"{{.Count}} events", []any{count{Count: 3}}, "3 events"},
		{"{{ .Name }} has {{.Count}}", []any{&count{Count: 2, Name: "Oman"}}, "Oman has 2"},
		{"{{.Missing}} and {{.Count}}", []any{count{Count: 1}}, "{{.Missing}} and 1"},
		{"{{.quiet}}", []any{count{quiet: "no"}}, "{{.quiet}}"},
		{"{{.Name}} in {{.Year}}", []any{map[string]any{"Name": "Algiers", "Year": 1981}}, "Algiers in 1981"},
		{"open {{.Name", []any{map[string]string{"Name": "x"}}, "open {{.Name"},
		{"}} {{.Name}}", []any{map[string]string{"Name": "x"}}, "}} x"},
	}
	for _, c := range cases {
		if got := LocalizeKey("key", c.text, c.data...); got != c.want {
			t.Errorf("LocalizeKey(%q, %v) = %q, want %q", c.text, c.data, got, c.want)
		}
		if got := LocalizePluralKey("key", c.text, 2, c.data...); got != c.want {
			t.Errorf("LocalizePluralKey(%q, %v) = %q, want %q", c.text, c.data, got, c.want)
		}
	}
}
