package model

import "testing"

func TestCount(t *testing.T) {
	tests := []struct {
		n    int
		noun string
		want string
	}{
		{0, "site", "0 sites"},
		{1, "site", "1 site"},
		{2, "site", "2 sites"},
		{1, "item", "1 item"},
		{12, "item", "12 items"},
	}
	for _, tt := range tests {
		if got := Count(tt.n, tt.noun); got != tt.want {
			t.Errorf("Count(%d, %q) = %q, want %q", tt.n, tt.noun, got, tt.want)
		}
	}
}
