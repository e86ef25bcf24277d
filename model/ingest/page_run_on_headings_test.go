package ingest

import (
	"strings"
	"testing"
)

// FuzzSplitRunOnHeadings checks that putting run-on headings on lines of
// their own only breaks lines: every character but a space stays, in order.
func FuzzSplitRunOnHeadings(f *testing.F) {
	for _, s := range []string{
		"Key inclusion criteria: 1. aged 3 to 12; 2. relapse. Key exclusion criteria: 1. infection",
		"主要入选标准：1. 年龄3岁～12岁；2. 复发。主要排除标准：1. 感染；2. 妊娠。",
		"…超过3个月。主要排除标准:1、感染",
		"字:1、字:1、字:1、",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.Contains(line, "\n") {
			return
		}
		out := splitRunOnHeadings([]string{line})
		strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got, want := strip(strings.Join(out, "")), strip(line); got != want {
			t.Errorf("splitRunOnHeadings(%q) = %q", line, out)
		}
	})
}
