package export

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLines(t *testing.T) {
	m := newMeasure(trialColumnWidth, false)
	for _, tc := range []struct {
		name string
		text string
		want int
	}{
		{"empty", "", 1},
		{"one word", "Recruiting", 1},
		{"two paragraphs", "Phase 1\nWarning: stated twice", 2},
		{"a blank line counts", "a\n\nb", 3},
		{"fits a line", "Participant must be 28 days to less than 18", 1},
		{"wraps at a space", "Participant must be 28 days to less than 18 years of age, at the time", 2},
		{"a word longer than a line is broken", strings.Repeat("0", 100), 3},
		{"wide capitals take more room", strings.Repeat("WWWW ", 12), 3},
		{"narrow letters take less", strings.Repeat("iiii ", 12), 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := m.lines(tc.text); got != tc.want {
				t.Errorf("lines(%q) = %d, want %d", tc.text, got, tc.want)
			}
		})
	}
}

func TestLinesGrowWithText(t *testing.T) {
	m := newMeasure(30, false)
	text, last := "", 1
	for i := range 200 {
		text += []string{"criterion ", "≥ ", "x ", "Hématologie ", "(ANC) "}[i%5]
		n := m.lines(text)
		if n < last {
			t.Fatalf("lines shrank from %d to %d at %q", last, n, text)
		}
		last = n
	}
	if bold := newMeasure(30, true).lines(text); bold < last {
		t.Errorf("bold text takes %d lines, fewer than regular's %d", bold, last)
	}
}

func TestFit(t *testing.T) {
	m := newMeasure(trialColumnWidth, false)
	long := strings.Repeat("Absolute neutrophil count ≥ 500/μL unless due to leukemia. ", 60)
	pointer := "(full text: Criteria sheet, rows 17–29)"
	for _, tc := range []struct {
		name     string
		text     string
		maxLines int
	}{
		{"long text", long, maxRowLines},
		{"few lines", long, 3},
		{"no room for any word", long, 1},
		{"one huge word", strings.Repeat("x", 5000), 4},
		{"paragraphs", strings.Repeat("1. Short line\n", 200), 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, lines := m.fit(tc.text, tc.maxLines, pointer)
			if !strings.HasSuffix(got, "… "+pointer) {
				t.Errorf("the shortened text ends %q", got[max(0, len(got)-60):])
			}
			if lines != m.lines(got) {
				t.Errorf("fit says %d lines, the text takes %d", lines, m.lines(got))
			}
			if lines > tc.maxLines && !strings.HasPrefix(got, "…") {
				t.Errorf("%d lines, want at most %d", lines, tc.maxLines)
			}
			kept := strings.TrimSuffix(strings.TrimSuffix(got, "… "+pointer), " ")
			if !strings.HasPrefix(tc.text, kept) || !utf8.ValidString(kept) {
				t.Errorf("the kept text is not the start of the text: %q", kept[:min(len(kept), 60)])
			}
			if kept != "" && kept != got && tc.text[len(kept)] != ' ' && tc.text[len(kept)] != '\n' && !strings.Contains(tc.name, "huge word") {
				t.Errorf("cut inside a word: …%q", kept[max(0, len(kept)-20):])
			}
		})
	}
	if got, lines := m.fit("short", 1, pointer); got != "short" || lines != 1 {
		t.Errorf("short text became %q (%d lines)", got, lines)
	}
}

func TestSplit(t *testing.T) {
	m := newMeasure(90, false)
	long := strings.Repeat("Patients must have adequate organ function (ANC ≥ 1,000/μL, platelets ≥ 75,000/μL) and no prior therapy. ", 40)
	for _, tc := range []struct {
		name     string
		text     string
		maxLines int
		parts    int
	}{
		{"fits", "Age 12 months to 30 years", maxRowLines, 1},
		{"two rows", long, maxRowLines, 2},
		{"many rows", long, 5, 0},
		{"one huge word", strings.Repeat("x", 4000), maxRowLines, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parts := m.split(tc.text, tc.maxLines)
			if tc.parts > 0 && len(parts) != tc.parts {
				t.Errorf("%d parts, want %d", len(parts), tc.parts)
			}
			checkParts(t, m, tc.text, parts, tc.maxLines)
		})
	}
}

// checkParts checks that every part fits and that the parts, without their
// marks, are the text.
func checkParts(t *testing.T, m measure, text string, parts []string, maxLines int) {
	t.Helper()
	var joined []string
	for k, p := range parts {
		if n := m.lines(p); n > maxLines {
			t.Errorf("part %d takes %d lines, more than %d", k+1, n, maxLines)
		}
		if k > 0 && !strings.HasPrefix(p, continuedFrom) {
			t.Errorf("part %d does not say it continues: %q", k+1, p[:min(len(p), 30)])
		}
		if k < len(parts)-1 && !strings.HasSuffix(p, continuesBelow) {
			t.Errorf("part %d does not say it goes on: %q", k+1, p[max(0, len(p)-30):])
		}
		joined = append(joined, strings.TrimSuffix(strings.TrimPrefix(p, continuedFrom), continuesBelow))
	}
	if strings.Join(strings.Fields(strings.Join(joined, "")), "") != strings.Join(strings.Fields(text), "") {
		t.Errorf("the parts do not make up the text")
	}
}

// FuzzFit checks that shortening any text never panics, keeps the start of
// the text, and ends with the pointer.
func FuzzFit(f *testing.F) {
	for _, seed := range []string{"", "a b c", strings.Repeat("word ", 500), "x\n\n\ny", "\xff\xfe broken", strings.Repeat("醫", 300)} {
		f.Add(seed, 3)
	}
	f.Fuzz(func(t *testing.T, text string, maxLines int) {
		maxLines = 1 + abs(maxLines)%40
		m := newMeasure(20, false)
		got, lines := m.fit(text, maxLines, "(full text: elsewhere)")
		if lines != m.lines(got) {
			t.Fatalf("fit says %d lines, the text takes %d", lines, m.lines(got))
		}
		if got == text {
			return
		}
		kept := strings.TrimSuffix(strings.TrimSuffix(got, "… (full text: elsewhere)"), " ")
		if !strings.HasPrefix(strings.TrimSpace(text), kept) {
			t.Fatalf("kept %q is not the start of %q", kept, text)
		}
		// the marks alone take two lines of the fuzzed column
		if maxLines >= 4 && utf8.ValidString(text) && !strings.Contains(text, continuesBelow) && !strings.Contains(text, strings.TrimSpace(continuedFrom)) {
			checkParts(t, m, text, m.split(text, maxLines), maxLines)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
