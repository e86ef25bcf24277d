package export

import (
	"context"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/compare"
	"github.com/trialcompare/trialcompare/model"
)

func TestScriptRuns(t *testing.T) {
	for text, want := range map[string][]scriptRun{
		"CD19陽性の患者":        {{"CD19", latinScript}, {"陽性の患者", wideScript}},
		"第II相試験":           {{"第", wideScript}, {"II", latinScript}, {"相試験", wideScript}},
		"Phase 2 only":     {{"Phase 2 only", latinScript}},
		"儿童（2岁）":           {{"儿童（", wideScript}, {"2", latinScript}, {"岁）", wideScript}},
		"ビーリンサイト・点滴":       {{"ビーリンサイト・点滴", wideScript}},
		"제2상 임상시험":         {{"제", hangulScript}, {"2", latinScript}, {"상 임상시험", hangulScript}},
		"CD19 양성（재발）":      {{"CD19 ", latinScript}, {"양성", hangulScript}, {"（", wideScript}, {"재발", hangulScript}, {"）", wideScript}},
		"Thử nghiệm pha 3": {{"Th", latinScript}, {"ử ", extendedScript}, {"nghi", latinScript}, {"ệ", extendedScript}, {"m pha 3", latinScript}},
		"ระยะที่ 1":        {{"ระยะที่ ", thaiScript}, {"1", latinScript}},
		"ניסוי CD19":       {{"ניסוי ", rtlScript}, {"CD19", latinScript}},
		"ﺗﺠﺮﺑﺔ 2":          {{"ﺗﺠﺮﺑﺔ ", arabicScript}, {"2", latinScript}},
		"ﭨﺮﺍﺋﻞ ﮨﮯ":         {{"ﭨﺮﺍﺋﻞ ﮨﮯ", arabicScript}},
		"Phase ≥ 2 — µg":   {{"Phase ≥ 2 — µg", latinScript}},
		"":                 nil,
	} {
		if got := scriptRuns(text); !reflect.DeepEqual(got, want) {
			t.Errorf("scriptRuns(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestBreakTokens(t *testing.T) {
	for text, want := range map[string][]string{
		"CD19陽性 patients aged 1": {"CD19", "陽", "性", " ", "patients ", "aged ", "1"},
		"two words":              {"two ", "words"},
	} {
		if got := breakTokens(text); !reflect.DeepEqual(got, want) {
			t.Errorf("breakTokens(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestPDFPrintsChineseAndJapanese prints a trial whose title and criteria
// are in Japanese: the text is in the PDF, each line fits its column, and
// a sheet without such text does not carry the font.
func TestPDFPrintsChineseAndJapanese(t *testing.T) {
	tr := model.Trial{
		Title:     "小児再発急性リンパ性白血病に対するブリナツモマブの第II相試験",
		Phases:    []model.Phase{model.Phase2},
		Inclusion: []string{"CD19陽性の再発B細胞性急性リンパ性白血病と診断されている患者であって、登録時の年齢が1歳以上22歳未満であり、主要臓器機能が保たれている患者"},
		Source:    model.Source{File: "ja.txt", Layout: "generic-text"},
	}
	cmp, path := writeTrialsPDF(t, tr)
	text := strings.Join(strings.Fields(pdfText(t, path)), "")
	for _, want := range []string{"小児再発急性リンパ性白血病", "CD19陽性の再発B細胞性", "第II相試験"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	checkPrintsIn(t, path, "utf8wide")
	checkDetailsFit(t, layoutFor(t, cmp, testOptions))
	if !comparisonScripts(cmp, testOptions)[wideScript] || len(comparisonScripts(seedComparison(t), testOptions)) > 0 {
		t.Error("the wide font is wanted exactly when a trial's text holds a wide script")
	}
}

// TestPDFPrintsKorean prints a trial whose title and criteria are in
// Korean: the text is in the PDF, in the Hangul font, which a sheet without
// Korean does not carry.
func TestPDFPrintsKorean(t *testing.T) {
	tr := model.Trial{
		Title:     "소아 재발 급성 림프구성 백혈병 환자를 대상으로 한 제2상 임상시험",
		Phases:    []model.Phase{model.Phase2},
		Inclusion: []string{"등록 시 만 1세 이상 21세 이하인 환자", "CD19 양성 재발 B세포 급성 림프구성 백혈병"},
		Source:    model.Source{File: "ko.txt", Layout: "generic-text"},
	}
	cmp, path := writeTrialsPDF(t, tr)
	text := strings.Join(strings.Fields(pdfText(t, path)), "")
	for _, want := range []string{"소아재발급성림프구성백혈병", "제2상임상시험", "CD19양성재발"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	checkPrintsIn(t, path, "utf8hangul")
	if !comparisonScripts(cmp, testOptions)[hangulScript] {
		t.Error("the Hangul font is wanted exactly when a trial's text holds Korean")
	}
}

// TestPDFPrintsVietnameseAndThai prints trials whose titles hold letters
// the Go font lacks: each prints in a font that has them, and each line
// fits its column.
func TestPDFPrintsVietnameseAndThai(t *testing.T) {
	trials := []model.Trial{{
		Title:     "Thử nghiệm lâm sàng giai đoạn III về phác đồ điều trị mới cho bệnh nhân ung thư phổi",
		Phases:    []model.Phase{model.Phase3},
		Inclusion: []string{"Người bệnh nam hoặc nữ trên 18 tuổi tại thời điểm ký chấp thuận tham gia nghiên cứu"},
		Source:    model.Source{File: "vi.txt", Layout: "generic-text"},
	}, {
		Title:  "การทดลองทางคลินิกระยะที่ 1 ของการรักษาด้วยเซลล์ในผู้ป่วยเด็กที่เป็นมะเร็งเม็ดเลือดขาวชนิดเฉียบพลันซึ่งกลับเป็นซ้ำ",
		Phases: []model.Phase{model.Phase1},
		Source: model.Source{File: "th.txt", Layout: "generic-text"},
	}}
	cmp, path := writeTrialsPDF(t, trials...)
	text := strings.Join(strings.Fields(pdfText(t, path)), "")
	for _, want := range []string{"Thửnghiệmlâmsàng", "điềutrịmới", "การทดลองทางคลินิก"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	checkPrintsIn(t, path, "utf8extended")
	checkPrintsIn(t, path, "utf8thai")
	checkDetailsFit(t, layoutFor(t, cmp, testOptions))
}

// writeTrialsPDF writes the board sheet of the trials to a PDF of the
// test's own and returns their comparison and the PDF's path.
func writeTrialsPDF(t *testing.T, trials ...model.Trial) (compare.Comparison, string) {
	t.Helper()
	cmp := compare.NewComparison(trials)
	path := filepath.Join(t.TempDir(), "board.pdf")
	if err := WritePDF(context.Background(), path, cmp, testOptions); err != nil {
		t.Fatal(err)
	}
	return cmp, path
}

// checkPrintsIn checks, where pdffonts is installed, that the PDF embeds
// the font of a script ("utf8wide").
func checkPrintsIn(t *testing.T, path, font string) {
	t.Helper()
	if fonts, err := exec.Command("pdffonts", path).Output(); err == nil && !strings.Contains(string(fonts), font) {
		t.Errorf("the PDF does not print in the font %s:\n%s", font, fonts)
	}
}

// checkDetailsFit checks that every span of the detail pages fits its
// column.
func checkDetailsFit(t *testing.T, doc document) {
	t.Helper()
	for _, p := range doc.details {
		for _, col := range p.columns {
			for _, l := range col {
				for _, s := range l.spans {
					if w := doc.m.width(s.text, s.st); s.x+w > doc.columnW+0.01 {
						t.Errorf("%q is %.1f mm wide at %.1f, past the column's %.1f mm", s.text, w, s.x, doc.columnW)
					}
				}
			}
		}
	}
}
