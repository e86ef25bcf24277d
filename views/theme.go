package views

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/trialcompare/trialcompare/model"
)

// Colour names the views add to the theme.
const (
	// ColorNameDiffers tints the cells of a row whose values differ.
	ColorNameDiffers fyne.ThemeColorName = "trialcompare-differs"
	// ColorNameExcluded and ColorNamePossible tint the fit row's verdicts.
	ColorNameExcluded fyne.ThemeColorName = "trialcompare-excluded"
	ColorNamePossible fyne.ThemeColorName = "trialcompare-possible"
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
	fonts  map[fyne.TextStyle]fyne.Resource
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
	case name == ColorNameExcluded:
		return color.NRGBA{R: 0xe5, G: 0x39, B: 0x35, A: 0x48}
	case name == ColorNamePossible:
		return color.NRGBA{R: 0x2e, G: 0xa0, B: 0x4a, A: 0x40}
	case strings.HasPrefix(string(name), targetColorPrefix):
		return model.TargetColor(strings.TrimPrefix(string(name), targetColorPrefix))
	}
	return theme.DefaultTheme().Color(name, variant)
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

// Size returns Fyne's size.
func (t *Theme) Size(name fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(name) }
