package views

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is a colour's relative luminance (WCAG 2).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// over paints a translucent colour over an opaque one.
func over(top, bottom color.Color) color.Color {
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	b := color.NRGBAModel.Convert(bottom).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(t.R, b.R), G: mix(t.G, b.G), B: mix(t.B, b.B), A: 0xff}
}

func TestContrast(t *testing.T) {
	if got := contrast(color.White, color.Black); math.Abs(got-21) > 0.01 {
		t.Fatalf("white on black = %.2f, want 21", got)
	}
	if got := contrast(color.NRGBA{0x77, 0x77, 0x77, 0xff}, color.White); math.Abs(got-4.48) > 0.01 {
		t.Fatalf("#777 on white = %.2f, want 4.48", got)
	}
}

// TestThemeContrast checks every colour the app writes text in — its own
// and the toolkit's (warning, error, success, placeholder, the text of a
// primary button) — against every background it writes on — the window,
// the headings, a differing row's tint and the fit verdicts' tints — in
// both variants: at least 4.5:1 (WCAG AA). "not stated" must also stay
// quieter than the text.
func TestThemeContrast(t *testing.T) {
	th := NewTheme()
	cells := []string{"background", "heading", "differs tint", "header and differs"}
	// The colours text is written in, and where each is written.
	texts := map[fyne.ThemeColorName][]string{
		theme.ColorNameForeground:          append(cells, "excluded tint", "possible tint", "input background"),
		ColorNameNotStated:                 cells,
		ColorNameMuted:                     {"background"},
		ColorNameWarningText:               cells,
		theme.ColorNamePlaceHolder:         {"background", "input background"},
		theme.ColorNameWarning:             {"background"},
		theme.ColorNameError:               {"background"},
		theme.ColorNameSuccess:             {"background"},
		theme.ColorNameForegroundOnPrimary: {"primary"},
	}
	for _, variant := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		bg := th.Color(theme.ColorNameBackground, variant)
		backgrounds := map[string]color.Color{
			"background":         bg,
			"heading":            over(th.Color(theme.ColorNameHeaderBackground, variant), bg),
			"differs tint":       over(th.Color(ColorNameDiffers, variant), bg),
			"excluded tint":      over(th.Color(ColorNameExcluded, variant), bg),
			"possible tint":      over(th.Color(ColorNamePossible, variant), bg),
			"input background":   over(th.Color(theme.ColorNameInputBackground, variant), bg),
			"primary":            over(th.Color(theme.ColorNamePrimary, variant), bg),
			"header and differs": over(th.Color(ColorNameDiffers, variant), over(th.Color(theme.ColorNameHeaderBackground, variant), bg)),
		}
		for name, places := range texts {
			fg := th.Color(name, variant)
			for _, where := range places {
				back := backgrounds[where]
				if ratio := contrast(fg, back); ratio < 4.5 {
					t.Errorf("variant %d: %s on %s is %.2f:1, want at least 4.5:1", variant, name, where, ratio)
				}
			}
		}
		notStated := contrast(th.Color(ColorNameNotStated, variant), bg)
		text := contrast(th.Color(theme.ColorNameForeground, variant), bg)
		if notStated > text-1 {
			t.Errorf("variant %d: \"not stated\" (%.1f:1) is not muted beside the text (%.1f:1)", variant, notStated, text)
		}
		t.Logf("variant %d: not stated %.1f:1, text %.1f:1", variant, notStated, text)
	}
}
