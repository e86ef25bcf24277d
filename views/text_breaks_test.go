package views

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/trialcompare/trialcompare/compare"
)

func TestWrappingFor(t *testing.T) {
	for text, want := range map[string]fyne.TextWrap{
		"1. Relapsed B-ALL after two lines": fyne.TextWrapWord,
		"1. CD19陽性の再発B細胞性急性リンパ性白血病の患者":      fyne.TextWrapBreak,
		"1、CD19阳性的复发B细胞急性淋巴细胞白血病":           fyne.TextWrapBreak,
		"Critères d'inclusion : âge ≥ 1 an": fyne.TextWrapWord,
	} {
		if got := wrappingFor(text); got != want {
			t.Errorf("wrappingFor(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSplitWords(t *testing.T) {
	for text, want := range map[string]string{
		"prose_page.txt · LUMEN-7": "prose_page.txt|·|LUMEN-7",
		"第II相試験 (BLIN)":            "第|II|相|試|験|(BLIN)",
		"CD19陽性":                   "CD19|陽|性",
	} {
		if got := strings.Join(splitWords(text), "|"); got != want {
			t.Errorf("splitWords(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestHeadingWraps: a heading's column title wraps within its column, and
// a Chinese or Japanese name wraps at any character.
func TestHeadingWraps(t *testing.T) {
	cell := newHeaderCell()
	showHeading(cell, "小児白血病に対する第II相試験", "prose_page.txt · LUMEN-7", nil)
	parts := headingParts(cell)
	if parts.name.Wrapping != fyne.TextWrapBreak || parts.id.Wrapping != fyne.TextWrapWord {
		t.Errorf("name wraps %v, id wraps %v; want break and word", parts.name.Wrapping, parts.id.Wrapping)
	}
	showHeading(cell, "ISAKIDS", "NCT03860844", nil)
	if parts.name.Wrapping != fyne.TextWrapWord {
		t.Errorf("an English name wraps %v, want word", parts.name.Wrapping)
	}
}

// TestHeadingWithoutName: a trial with no acronym or title shows its
// column title alone, and the cell shows a field's name again after.
func TestHeadingWithoutName(t *testing.T) {
	cell := newHeaderCell()
	showHeading(cell, "", "notice.txt", nil)
	parts := headingParts(cell)
	if !parts.name.Hidden || parts.id.Hidden {
		t.Errorf("name hidden %v, id hidden %v; want the name hidden and the id shown", parts.name.Hidden, parts.id.Hidden)
	}
	showFieldName(cell, compare.Row{Label: "Phase"})
	if parts.name.Hidden {
		t.Error("a field's name is hidden after an empty heading")
	}
}
