package ingest

import (
	"strings"
	"testing"
)

// TestTableCellLines reads a table copied one cell a line: the bars go and
// an item's number joins its text; a text with a few bars is left alone.
func TestTableCellLines(t *testing.T) {
	page := "入选标准\n|\n1\n|\n年龄18~70岁\n|\n2\n|\n预期生存时间超过12周\n|\n|\n排除标准\n|\n1\n|\n妊娠\n|\n"
	want := "入选标准\n1. 年龄18~70岁\n2. 预期生存时间超过12周\n排除标准\n1. 妊娠\n"
	if got := tableCellLines(page); got != want {
		t.Errorf("tableCellLines =\n%q, want\n%q", got, want)
	}
	few := "Phase\n|\n2\n|\nAge 1 to 21"
	if got := tableCellLines(few); got != few {
		t.Errorf("a text with few bars became %q", got)
	}
	trials, err := readPage(strings.Replace(page, "入选标准", "抗CD19 CAR-T细胞治疗淋巴瘤的I期试验\n入选标准", 1))
	if err != nil || len(trials[0].Inclusion) != 2 || len(trials[0].Exclusion) != 1 {
		t.Fatalf("%v: %q / %q", err, trials[0].Inclusion, trials[0].Exclusion)
	}
}
