package export

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"

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

// extendedFont is Noto Sans and thaiFont Noto Sans Thai (SIL Open Font
// License 1.1, see fonts/NOTICE): the letters the Go font lacks, such as
// Vietnamese's "ử" and "ệ", print in the first, and Thai in the second.
//
//go:embed fonts/NotoSans-Regular.ttf
var extendedFont []byte

//go:embed fonts/NotoSansThai-Regular.ttf
var thaiFont []byte

// arabicFont is Noto Sans Arabic (SIL Open Font License 1.1, see
// fonts/NOTICE): DejaVu Sans lacks Urdu's ہ and ے and their presentation
// forms, and this one has Arabic's, Persian's and Urdu's letters and forms.
//
//go:embed fonts/NotoSansArabic-Regular.ttf
var arabicFont []byte

// script is the font a run of text prints in.
type script int

const (
	latinScript    script = iota // the Go font
	wideScript                   // Chinese and Japanese: Droid Sans Fallback
	hangulScript                 // Korean: NanumSquare
	extendedScript               // letters the Go font lacks: Noto Sans
	thaiScript                   // Thai: Noto Sans Thai
	rtlScript                    // Hebrew: DejaVu Sans
	arabicScript                 // Arabic, Persian and Urdu: Noto Sans Arabic

	// lastScript is the last script of the list.
	lastScript = arabicScript
)

// font returns the family a script's font is registered under and the
// font file; the Go font's script has none.
func (sc script) font() (family string, file []byte) {
	switch sc {
	case wideScript:
		return "Wide", wideFont
	case hangulScript:
		return "Hangul", hangulFont
	case extendedScript:
		return "Extended", extendedFont
	case thaiScript:
		return "Thai", thaiFont
	case rtlScript:
		return "RightToLeft", rtlFont
	case arabicScript:
		return "Arabic", arabicFont
	}
	return "", nil
}

// isWide reports whether a rune is of Chinese, Japanese or Korean, their
// punctuation and full-width forms, or the marks the kana blocks share with
// no script ("ー", "・").
func isWide(r rune) bool {
	return r >= 0x2E80 && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		0x3000 <= r && r <= 0x30FF || 0xFF00 <= r && r <= 0xFFEF || 0x31F0 <= r && r <= 0x31FF)
}

// isHangul reports whether a rune is Korean: a Hangul syllable or letter.
func isHangul(r rune) bool {
	return r >= 0x1100 && unicode.Is(unicode.Hangul, r)
}

// goCoverageEnd is where the runes whose Go-font glyphs goCoverage records
// end; the Go font has none beyond it.
const goCoverageEnd = 0x3000

// goCoverage records, one bit a rune below goCoverageEnd, whether the Go
// font has a glyph for it.
var goCoverage = sync.OnceValue(func() []uint64 {
	bits := make([]uint64, goCoverageEnd/64)
	f, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		return bits
	}
	var buf sfnt.Buffer
	for r := rune(0); r < goCoverageEnd; r++ {
		if i, err := f.GlyphIndex(&buf, r); err == nil && i != 0 {
			bits[r/64] |= 1 << (r % 64)
		}
	}
	return bits
})

// goHas reports whether the Go font has a glyph for a rune.
func goHas(r rune) bool {
	return r < 0x80 || r < goCoverageEnd && goCoverage()[r/64]&(1<<(r%64)) != 0
}

// scriptOf returns the font a rune prints in.
func scriptOf(r rune) script {
	switch {
	case goHas(r) || unicode.IsControl(r):
		return latinScript
	case isHangul(r):
		return hangulScript
	case isWide(r):
		return wideScript
	case unicode.Is(unicode.Thai, r):
		return thaiScript
	case isArabicScript(r):
		return arabicScript
	case isRightToLeft(r):
		return rtlScript
	}
	return extendedScript
}

// breaksAnywhere reports whether a line may break before and after a rune,
// as in a script written without spaces between its words.
func breaksAnywhere(r rune) bool {
	return isWide(r) || r >= 0x0E00 && unicode.Is(unicode.Thai, r)
}

// needsOtherFonts reports whether a text holds a rune the Go font lacks.
func needsOtherFonts(text string) bool {
	found := false
	eachOtherScript(text, func(script) bool { found = true; return false })
	return found
}

// scriptsOf adds to found the scripts other than the Go font's that a text
// holds.
func scriptsOf(text string, found map[script]bool) {
	eachOtherScript(text, func(sc script) bool { found[sc] = true; return true })
}

// eachOtherScript calls yield with the script of each rune of text that
// the Go font lacks, until yield returns false; ASCII is passed over byte
// by byte.
func eachOtherScript(text string, yield func(script) bool) {
	for i := 0; i < len(text); i++ {
		if text[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if sc := scriptOf(r); sc != latinScript && !yield(sc) {
			return
		}
		i += size - 1
	}
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

// comparisonScripts returns the scripts other than the Go font's that
// anything the sheet prints of a comparison holds.
func comparisonScripts(cmp compare.Comparison, opts Options) map[script]bool {
	found := map[script]bool{}
	scriptsOf(opts.Title, found)
	scriptsOf(opts.Note, found)
	for _, r := range cmp.Rows {
		for _, c := range r.Cells {
			scriptsOf(c.Text, found)
		}
	}
	for _, t := range cmp.Trials {
		for _, s := range trialTexts(t) {
			scriptsOf(s, found)
		}
	}
	return found
}

// trialTexts are the texts of a trial the sheet prints in full.
func trialTexts(t model.Trial) []string {
	return []string{t.Title, t.OfficialTitle, t.UserNote, t.Summary, t.Sponsor,
		strings.Join(t.Inclusion, "\n"), strings.Join(t.Exclusion, "\n"), strings.Join(t.Conditions, "\n")}
}

// loadScriptFonts registers the fonts of the scripts a sheet prints, in
// the order of the scripts, so that the same sheet gives the same file.
func loadScriptFonts(pdf *gofpdf.Fpdf, scripts map[script]bool) {
	for sc := wideScript; sc <= lastScript; sc++ {
		if scripts[sc] {
			family, file := sc.font()
			pdf.AddUTF8FontFromBytes(family, "", file)
		}
	}
}

// hasScriptFont reports whether the sheet registered a script's font.
func hasScriptFont(pdf *gofpdf.Fpdf, sc script) bool {
	family, _ := sc.font()
	return family != "" && pdf.GetFontDesc(family, "").Ascent != 0
}

// setRunFont sets the font of a run in a style: its script's font, which
// has one weight, or the Go font when the sheet has none for it.
func setRunFont(pdf *gofpdf.Fpdf, run scriptRun, st style) {
	if run.script != latinScript && hasScriptFont(pdf, run.script) {
		family, _ := run.script.font()
		pdf.SetFont(family, "", st.size)
		return
	}
	pdf.SetFont(fontFamily, st.fontStyle(), st.size)
}

// mixedWidth is the width of a text that mixes scripts, each run in its
// font.
func mixedWidth(pdf *gofpdf.Fpdf, text string, st style) float64 {
	w := 0.0
	for _, run := range scriptRuns(shapeArabic(text)) {
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
		case breaksAnywhere(r):
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
