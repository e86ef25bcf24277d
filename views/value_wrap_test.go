package views

import (
	"testing"

	"fyne.io/fyne/v2"
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
