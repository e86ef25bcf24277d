package views

import (
	"image/color"
	"strings"

	"github.com/trialcompare/trialcompare/compare"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

// Colour names the views add to the theme.
const (
	// ColorNameDiffers tints the cells of a row whose values differ.
	ColorNameDiffers fyne.ThemeColorName = "trialcompare-differs"
	// ColorNameExcluded and ColorNamePossible tint the fit row's verdicts.
	ColorNameExcluded fyne.ThemeColorName = "trialcompare-excluded"
	ColorNamePossible fyne.ThemeColorName = "trialcompare-possible"
	// ColorNameNotStated is the muted colour of "not stated": quieter than
	// the text around it, yet readable (at least 4.5:1).
	ColorNameNotStated fyne.ThemeColorName = "trialcompare-not-stated"
	// ColorNameMuted is secondary text, such as a listed trial's NCT ID
	// and layout: the colour of "not stated".
	ColorNameMuted fyne.ThemeColorName = "trialcompare-muted"
	// ColorNameWarningText is the colour of warnings and stale statuses,
	// darker than Fyne's orange on a light background so that it reads.
	ColorNameWarningText fyne.ThemeColorName = "trialcompare-warning-text"
	// SizeNameComparisonText is the size of the comparison's text, scaled
	// by the zoom.
	SizeNameComparisonText fyne.ThemeSizeName = "trialcompare-comparison-text"
	// targetColorPrefix + a target name is that target's chip colour.
	targetColorPrefix = "trialcompare-target:"
)

// TargetColorName returns the theme colour name of a target's chip.
func TargetColorName(target string) fyne.ThemeColorName {
	return fyne.ThemeColorName(targetColorPrefix + target)
}

// Theme is the app's theme: Fyne's default colours and sizes with the Go
// fonts, which have ≥ ≤ — μ and the other signs trial criteria use (the
// bundled font lacks them). A forced variant overrides the system's.
type Theme struct {
	Forced *fyne.ThemeVariant
	// Zoom scales the comparison's text; 0 means 1.
	Zoom  float32
	fonts map[fyne.TextStyle]fyne.Resource
}

// NewTheme returns the theme, following the system's light or dark variant.
func NewTheme() *Theme {
	return &Theme{fonts: map[fyne.TextStyle]fyne.Resource{
		{}:                            fyne.NewStaticResource("Go-Regular.ttf", goregular.TTF),
		{Bold: true}:                  fyne.NewStaticResource("Go-Bold.ttf", gobold.TTF),
		{Italic: true}:                fyne.NewStaticResource("Go-Italic.ttf", goitalic.TTF),
		{Bold: true, Italic: true}:    fyne.NewStaticResource("Go-BoldItalic.ttf", gobolditalic.TTF),
		{Monospace: true}:             fyne.NewStaticResource("Go-Mono.ttf", gomono.TTF),
		{Monospace: true, Bold: true}: fyne.NewStaticResource("Go-Mono.ttf", gomono.TTF),
	}}
}

// Color returns the named colour, adding the differs tint and target chips.
func (t *Theme) Color(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	if t.Forced != nil {
		variant = *t.Forced
	}
	switch {
	case name == ColorNameDiffers:
		if variant == theme.VariantDark {
			return color.NRGBA{R: 0xc8, G: 0x9b, B: 0x1e, A: 0x26}
		}
		return color.NRGBA{R: 0xff, G: 0xd2, B: 0x4a, A: 0x33}
	case name == ColorNameNotStated || name == ColorNameMuted:
		if variant == theme.VariantDark {
			return color.NRGBA{R: 0xa6, G: 0xa6, B: 0xa6, A: 0xff}
		}
		return color.NRGBA{R: 0x68, G: 0x68, B: 0x68, A: 0xff}
	case name == ColorNameWarningText:
		if variant == theme.VariantDark {
			return color.NRGBA{R: 0xff, G: 0xb0, B: 0x4c, A: 0xff}
		}
		return color.NRGBA{R: 0x9c, G: 0x4a, B: 0x00, A: 0xff}
	case name == theme.ColorNameWarning || name == theme.ColorNameError || name == theme.ColorNameSuccess:
		return statusColor(name, variant)
	case name == theme.ColorNamePrimary || name == theme.ColorNameForegroundOnPrimary:
		return primaryColor(name, variant)
	case name == theme.ColorNamePlaceHolder && variant != theme.VariantDark:
		// Fyne's #888 on white is 3.5:1; this is 5.7:1.
		return color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff}
	case name == ColorNameExcluded:
		return color.NRGBA{R: 0xe5, G: 0x39, B: 0x35, A: 0x48}
	case name == ColorNamePossible:
		return color.NRGBA{R: 0x2e, G: 0xa0, B: 0x4a, A: 0x40}
	case strings.HasPrefix(string(name), targetColorPrefix):
		return compare.TargetColor(strings.TrimPrefix(string(name), targetColorPrefix))
	}
	return theme.DefaultTheme().Color(name, variant)
}

// statusColor returns the warning, error and success colours, which the
// app writes text in (the patient notice, the age chart's patient line):
// Fyne's orange, red and green are 2.2–3.7:1 on white, so the light variant
// darkens them and the dark variant lightens them to at least 4.5:1.
func statusColor(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	dark := variant == theme.VariantDark
	switch name {
	case theme.ColorNameWarning:
		if dark {
			return color.NRGBA{R: 0xff, G: 0xb0, B: 0x4c, A: 0xff}
		}
		return color.NRGBA{R: 0x9c, G: 0x4a, B: 0x00, A: 0xff}
	case theme.ColorNameError:
		if dark {
			return color.NRGBA{R: 0xff, G: 0x8a, B: 0x80, A: 0xff}
		}
		return color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}
	}
	if dark {
		return color.NRGBA{R: 0x81, G: 0xc7, B: 0x84, A: 0xff}
	}
	return color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff}
}

// primaryColor returns the primary colour, which the toolkit writes the
// selected tab's text in, and the text colour of a primary button. Fyne's
// blue carries white text at 4.47:1; the light variant darkens it, and the
// dark variant, where no blue carries white text and also reads on the
// dark background, lightens it and writes dark text on it.
func primaryColor(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	dark := variant == theme.VariantDark
	if name == theme.ColorNameForegroundOnPrimary {
		if dark {
			return color.NRGBA{R: 0x10, G: 0x10, B: 0x10, A: 0xff}
		}
		return color.White
	}
	if dark {
		return color.NRGBA{R: 0x64, G: 0xb5, B: 0xf6, A: 0xff}
	}
	return color.NRGBA{R: 0x15, G: 0x65, B: 0xc0, A: 0xff}
}

// Font returns a Go font for the style.
func (t *Theme) Font(style fyne.TextStyle) fyne.Resource {
	key := fyne.TextStyle{Bold: style.Bold, Italic: style.Italic, Monospace: style.Monospace}
	if key.Monospace {
		key.Italic = false
	}
	if f, ok := t.fonts[key]; ok {
		return f
	}
	return t.fonts[fyne.TextStyle{}]
}

// Icon returns Fyne's icon.
func (t *Theme) Icon(name fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(name) }

// Size returns Fyne's size, and the comparison's text size scaled by the
// zoom.
func (t *Theme) Size(name fyne.ThemeSizeName) float32 {
	if name == SizeNameComparisonText {
		return theme.DefaultTheme().Size(theme.SizeNameText) * t.zoom()
	}
	return theme.DefaultTheme().Size(name)
}

func (t *Theme) zoom() float32 {
	if t.Zoom <= 0 {
		return 1
	}
	return t.Zoom
}
