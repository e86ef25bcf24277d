package compare

import (
	"strings"
	"testing"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"the same text", "Age 1 to 21 years", "Age  1 to 21\nyears", "Age 1 to 21 years"},
		{"a replaced phrase", "Relapse within 12 months of diagnosis", "Relapse within 1 year of diagnosis", "Relapse within [-12 months-]{+1 year+} of diagnosis"},
		{"words added at the end", "CD19 positive", "CD19 positive by flow cytometry", "CD19 positive {+by flow cytometry+}"},
		{"words deleted at the start", "Prior CAR-T allowed", "CAR-T allowed", "[-Prior-] CAR-T allowed"},
		{"two changes", "Karnofsky ≥ 70 or Lansky ≥ 50", "Karnofsky ≥ 60 or Lansky ≥ 60", "Karnofsky ≥ [-70-]{+60+} or Lansky ≥ [-50-]{+60+}"},
		{"from nothing", "", "New criterion", "{+New criterion+}"},
		{"to nothing", "Old criterion", "", "[-Old criterion-]"},
		{"both empty", "", "", ""},
		{"everything replaced", "a b c", "x y", "[-a b c-]{+x y+}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatWordDiff(WordDiff(tt.old, tt.new)); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestWordDiffOfHugeTextsStaysBounded(t *testing.T) {
	old := strings.Repeat("a b ", 5000) + "end"
	new := "start " + strings.Repeat("b a ", 5000)
	parts := WordDiff(old, new)
	if len(parts) != 2 || parts[0].Op != DiffDeleted || parts[1].Op != DiffInserted {
		t.Errorf("past the table's bound the middle should be deleted then inserted whole; got %d parts", len(parts))
	}
}

func TestWordSimilarity(t *testing.T) {
	tests := []struct {
		old, new string
		atLeast  float64
		below    float64
	}{
		{"Relapse within 12 months of diagnosis", "Relapse within 1 year of diagnosis", 0.6, 1},
		{"Diagnosis of APL.", "Pregnant or breastfeeding.", 0, 0.1},
		{"", "", 1, 1.01},
	}
	for _, tt := range tests {
		if got := wordSimilarity(strings.Fields(tt.old), strings.Fields(tt.new)); got < tt.atLeast || got >= tt.below {
			t.Errorf("wordSimilarity(%q, %q) = %.2f, want in [%.2f, %.2f)", tt.old, tt.new, got, tt.atLeast, tt.below)
		}
	}
}

// FuzzWordDiff checks that a word diff never panics, and that its kept and
// deleted runs spell the old text and its kept and inserted runs the new.
func FuzzWordDiff(f *testing.F) {
	f.Add("Relapse within 12 months of diagnosis", "Relapse within 1 year of diagnosis")
	f.Add("", "x")
	f.Add("a a a b", "b a a a")
	f.Fuzz(func(t *testing.T, old, new string) {
		parts := WordDiff(old, new)
		var before, after []string
		for i, p := range parts {
			if p.Text == "" {
				t.Fatalf("part %d is empty", i)
			}
			if p.Op != DiffInserted {
				before = append(before, p.Text)
			}
			if p.Op != DiffDeleted {
				after = append(after, p.Text)
			}
		}
		if got, want := strings.Join(before, " "), strings.Join(strings.Fields(old), " "); got != want {
			t.Errorf("old text %q, rebuilt %q", want, got)
		}
		if got, want := strings.Join(after, " "), strings.Join(strings.Fields(new), " "); got != want {
			t.Errorf("new text %q, rebuilt %q", want, got)
		}
	})
}
