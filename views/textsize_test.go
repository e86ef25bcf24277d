package views

import "testing"

func TestWrappedLines(t *testing.T) {
	tests := []struct {
		text    string
		perLine int
		want    int
	}{
		{"", 10, 1},
		{"short", 10, 1},
		{"Steroids or immune suppression", 14, 3},
		{"one two three", 7, 2},
		{"abcdefghijklmnopqrstuvwxy", 10, 3},
		{"小児の再発ALLを対象としたビーリンサイトの第II相試験", 10, 6}, // 23 wide characters and 5 narrow: 51 columns
	}
	for _, tt := range tests {
		if got := wrappedLines(tt.text, tt.perLine); got != tt.want {
			t.Errorf("wrappedLines(%q, %d) = %d, want %d", tt.text, tt.perLine, got, tt.want)
		}
	}
}
