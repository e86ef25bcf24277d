package export

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"

	"github.com/jung-kurt/gofpdf"
)

// wideFont is Droid Sans Fallback (Apache 2.0, see fonts/NOTICE): the Go
// font has no Chinese, Japanese or Korean glyphs, and this one has no Latin
// ones, so a line that mixes them prints each run in its own font.
//
//go:embed fonts/DroidSansFallbackFull.ttf
var wideFont []byte

// wideFamily is the name the sheet registers wideFont under.
const wideFamily = "Wide"

// isWide reports whether a rune is of a script the Go font lacks: Chinese,
// Japanese, Korean and their punctuation and full-width forms, and the
// marks the kana blocks share with no script ("ー", "・").
func isWide(r rune) bool {
	return r >= 0x2E80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		0x3000 <= r && r <= 0x30FF || 0xFF00 <= r && r <= 0xFFEF || 0x31F0 <= r && r <= 0x31FF)
}

// hasWide reports whether a text holds a rune of a wide script.
func hasWide(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0xE2 {
			r, _ := utf8.DecodeRuneInString(text[i:])
			if isWide(r) {
				return true
			}
		}
	}
	return false
}

// scriptRun is a run of text in one font.
type scriptRun struct {
	text string
	wide bool
}

// scriptRuns splits a text where it passes between a wide script and the
// others.
func scriptRuns(text string) []scriptRun {
	var runs []scriptRun
	start, wide := 0, false
	for i, r := range text {
		w := isWide(r)
		if i > start && w != wide {
			runs = append(runs, scriptRun{text[start:i], wide})
			start = i
		}
		if i == start {
			wide = w
		}
	}
	if start < len(text) {
		runs = append(runs, scriptRun{text[start:], wide})
	}
	return runs
}

// comparisonHasWide reports whether anything the sheet prints of a
// comparison holds a wide script.
func comparisonHasWide(cmp compare.Comparison, opts Options) bool {
	if hasWide(opts.Title) || hasWide(opts.Note) {
		return true
	}
	for _, r := range cmp.Rows {
		for _, c := range r.Cells {
			if hasWide(c.Text) {
				return true
			}
		}
	}
	for _, t := range cmp.Trials {
		if trialHasWide(t) {
			return true
		}
	}
	return false
}

// trialHasWide reports whether a trial's texts hold a wide script.
func trialHasWide(t model.Trial) bool {
	texts := []string{t.Title, t.OfficialTitle, t.UserNote, t.Summary, t.Sponsor,
		strings.Join(t.Inclusion, "\n"), strings.Join(t.Exclusion, "\n"), strings.Join(t.Conditions, "\n")}
	for _, s := range texts {
		if hasWide(s) {
			return true
		}
	}
	return false
}

// loadWideFont registers the wide font when the sheet needs it.
func loadWideFont(pdf *gofpdf.Fpdf) {
	pdf.AddUTF8FontFromBytes(wideFamily, "", wideFont)
}

// hasWideFont reports whether the sheet registered the wide font.
func hasWideFont(pdf *gofpdf.Fpdf) bool {
	return pdf.GetFontDesc(wideFamily, "").Ascent != 0
}

// setRunFont sets the font of a run in a style: the wide font, which has
// one weight, for a wide run.
func setRunFont(pdf *gofpdf.Fpdf, run scriptRun, st style) {
	if run.wide {
		pdf.SetFont(wideFamily, "", st.size)
		return
	}
	pdf.SetFont(fontFamily, st.fontStyle(), st.size)
}

// mixedWidth is the width of a text that mixes scripts, each run in its
// font.
func mixedWidth(pdf *gofpdf.Fpdf, text string, st style) float64 {
	w := 0.0
	for _, run := range scriptRuns(text) {
		setRunFont(pdf, run, st)
		w += pdf.GetStringWidth(run.text)
	}
	return w
}

// wrapMixed breaks a paragraph that mixes scripts into lines no wider than
// width: between words, and between any two characters of a wide script,
// which sets no spaces.
func wrapMixed(pdf *gofpdf.Fpdf, para string, st style, width float64) []string {
	var lines []string
	var cur strings.Builder
	for _, tok := range breakTokens(para) {
		if cur.Len() > 0 && mixedWidth(pdf, cur.String()+strings.TrimRight(tok, " "), st) > width {
			lines = append(lines, strings.TrimSpace(cur.String()))
			cur.Reset()
			tok = strings.TrimLeft(tok, " ")
		}
		cur.WriteString(tok)
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		lines = append(lines, s)
	}
	return lines
}

// breakTokens splits a paragraph into the pieces a line may break after: a
// word of a script with spaces with the spaces after it, or one character
// of a wide script.
func breakTokens(para string) []string {
	var toks []string
	start := 0
	prevSpace := false
	for i, r := range para {
		switch {
		case isWide(r):
			if i > start {
				toks = append(toks, para[start:i])
			}
			toks = append(toks, string(r))
			start = i + utf8.RuneLen(r)
			prevSpace = false
		case r == ' ':
			prevSpace = true
		default:
			if prevSpace && i > start {
				toks = append(toks, para[start:i])
				start = i
			}
			prevSpace = false
		}
	}
	if start < len(para) {
		toks = append(toks, para[start:])
	}
	return toks
}
