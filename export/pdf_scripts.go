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

// hangulFont is NanumSquare (SIL Open Font License 1.1, see fonts/NOTICE):
// Droid Sans Fallback has few of Korean's syllables, so a run of Hangul
// prints in this one.
//
//go:embed fonts/NanumSquareR.ttf
var hangulFont []byte

// wideFamily and hangulFamily are the names the sheet registers wideFont
// and hangulFont under.
const (
	wideFamily   = "Wide"
	hangulFamily = "Hangul"
)

// isWide reports whether a rune is of a script the Go font lacks: Chinese,
// Japanese, Korean and their punctuation and full-width forms, and the
// marks the kana blocks share with no script ("ー", "・").
func isWide(r rune) bool {
	return r >= 0x2E80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		0x3000 <= r && r <= 0x30FF || 0xFF00 <= r && r <= 0xFFEF || 0x31F0 <= r && r <= 0x31FF)
}

// isHangul reports whether a rune is Korean: a Hangul syllable or letter.
func isHangul(r rune) bool {
	return r >= 0x1100 && unicode.Is(unicode.Hangul, r)
}

// hasWide reports whether a text holds a rune of a wide script.
func hasWide(text string) bool { return hasRune(text, isWide) }

// hasHangul reports whether a text holds Korean.
func hasHangul(text string) bool { return hasRune(text, isHangul) }

// hasRune reports whether a text holds a rune of a script beyond U+2000
// that is reports.
func hasRune(text string, is func(rune) bool) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0xE1 {
			r, _ := utf8.DecodeRuneInString(text[i:])
			if is(r) {
				return true
			}
		}
	}
	return false
}

// script is the font a run of text prints in.
type script int

const (
	latinScript  script = iota // the Go font
	wideScript                 // Chinese and Japanese: the wide font
	hangulScript               // Korean: the Hangul font
)

// scriptOf returns the font a rune prints in.
func scriptOf(r rune) script {
	switch {
	case !isWide(r):
		return latinScript
	case isHangul(r):
		return hangulScript
	}
	return wideScript
}

// scriptRun is a run of text in one font.
type scriptRun struct {
	text   string
	script script
}

// scriptRuns splits a text where it passes from one script's font to
// another's; a space goes with the run before it.
func scriptRuns(text string) []scriptRun {
	var runs []scriptRun
	start, cur := 0, latinScript
	for i, r := range text {
		sc := scriptOf(r)
		if r == ' ' && i > start {
			// A space between two words of a script stays in their run.
			sc = cur
		}
		if i > start && sc != cur {
			runs = append(runs, scriptRun{text[start:i], cur})
			start = i
		}
		if i == start {
			cur = sc
		}
	}
	if start < len(text) {
		runs = append(runs, scriptRun{text[start:], cur})
	}
	return runs
}

// comparisonHas reports whether anything the sheet prints of a comparison
// holds a rune of a script: has is hasWide or hasHangul.
func comparisonHas(cmp compare.Comparison, opts Options, has func(string) bool) bool {
	if has(opts.Title) || has(opts.Note) {
		return true
	}
	for _, r := range cmp.Rows {
		for _, c := range r.Cells {
			if has(c.Text) {
				return true
			}
		}
	}
	for _, t := range cmp.Trials {
		for _, s := range trialTexts(t) {
			if has(s) {
				return true
			}
		}
	}
	return false
}

// comparisonHasWide reports whether anything the sheet prints of a
// comparison holds a wide script.
func comparisonHasWide(cmp compare.Comparison, opts Options) bool {
	return comparisonHas(cmp, opts, hasWide)
}

// trialTexts are the texts of a trial the sheet prints in full.
func trialTexts(t model.Trial) []string {
	return []string{t.Title, t.OfficialTitle, t.UserNote, t.Summary, t.Sponsor,
		strings.Join(t.Inclusion, "\n"), strings.Join(t.Exclusion, "\n"), strings.Join(t.Conditions, "\n")}
}

// loadWideFonts registers the wide font, and the Hangul font when the
// sheet prints Korean.
func loadWideFonts(pdf *gofpdf.Fpdf, korean bool) {
	pdf.AddUTF8FontFromBytes(wideFamily, "", wideFont)
	if korean {
		pdf.AddUTF8FontFromBytes(hangulFamily, "", hangulFont)
	}
}

// hasWideFont reports whether the sheet registered the wide font.
func hasWideFont(pdf *gofpdf.Fpdf) bool {
	return pdf.GetFontDesc(wideFamily, "").Ascent != 0
}

// setRunFont sets the font of a run in a style: the wide or Hangul font,
// which have one weight, for a run of their script. Korean prints in the
// wide font when the sheet has no Hangul font.
func setRunFont(pdf *gofpdf.Fpdf, run scriptRun, st style) {
	switch {
	case run.script == hangulScript && pdf.GetFontDesc(hangulFamily, "").Ascent != 0:
		pdf.SetFont(hangulFamily, "", st.size)
	case run.script != latinScript:
		pdf.SetFont(wideFamily, "", st.size)
	default:
		pdf.SetFont(fontFamily, st.fontStyle(), st.size)
	}
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
