package ingest

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// fragmentedPage is a Chinese trial summary written for the purpose, each
// run of Latin letters, digits and signs on a line of its own, as a site
// that sets each run in an element of its own gives it when copied.
const fragmentedPage = "试验分期:\nIII\n期\n设计类型:平行分组\n4.\n入选标准\n1\n、病理确诊的初治弥漫大\nB\n细胞淋巴瘤;\n2\n、\nECOG\n评分\n0-2\n;\n3\n、年龄≥\n18\n岁且≤\n75\n岁,性别不限;\n4\n、\nCD20\n阳性;\n5\n、预计生存期>\n6\n个月;\n6\n、中性粒细胞≥\n1.5\n×\n109/L\n;\n7\n、肝功能:\nTBIL\n≤\n1.5\n×\nULN\n。"

func TestJoinedFragments(t *testing.T) {
	want := "试验分期:III期\n设计类型:平行分组\n4.入选标准\n1、病理确诊的初治弥漫大B细胞淋巴瘤;\n2、ECOG评分0-2;\n3、年龄≥18岁且≤75岁,性别不限;\n4、CD20阳性;\n5、预计生存期>6个月;\n6、中性粒细胞≥1.5×109/L;\n7、肝功能:TBIL≤1.5×ULN。"
	if got := joinedFragments(fragmentedPage); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, page := range []string{japanesePage, chinesePage, "年齢\n18歳以上\n性別\n不限\n", "Phase\n2\nAge\n1 to 21"} {
		if got := joinedFragments(page); got != page {
			t.Errorf("a page that is not fragmented was rewritten:\n%s", got)
		}
	}
}

func TestFragmentedPageReads(t *testing.T) {
	res := Read("page.txt", []byte(fragmentedPage))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	tr := res.Trials[0]
	if tr.Ages.Label() != "18 years – 75 years" || string(tr.Sex) != "ALL" || len(tr.Inclusion) != 7 || len(tr.Phases) != 1 {
		t.Errorf("ages %q, sex %q, phases %v, inclusion %q", tr.Ages.Label(), tr.Sex, tr.Phases, tr.Inclusion)
	}
}

// FuzzJoinedFragments: joining a page's fragments never panics, keeps
// valid text valid and keeps every character of it but white space, in
// order.
func FuzzJoinedFragments(f *testing.F) {
	f.Add(fragmentedPage)
	f.Add(chinesePage)
	f.Add("1\n、\n4.\n入\n" + strings.Repeat("a\n", 20))
	f.Fuzz(func(t *testing.T, text string) {
		got := joinedFragments(text)
		if utf8.ValidString(text) && !utf8.ValidString(got) {
			t.Fatalf("joinedFragments(%q) = %q is not valid text", text, got)
		}
		if utf8.ValidString(text) && withoutSpace(got) != withoutSpace(text) {
			t.Fatalf("joinedFragments(%q) = %q changed the text", text, got)
		}
	})
}

func withoutSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
