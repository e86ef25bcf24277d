package ingest

import (
	"slices"
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
		"15) Judged unsuitable. Inclusion criteria at registration 1) Consent. 2) ECOG 0 or 1. Exclusion criteria at registration 1) CMV infection.",
		"…認めた患者。 ・本登録時の選択基準及び除外基準 本登録時選択基準 1) 同意の患者。 本登録時除外基準 1) CMV 感染症の患者。",
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

// TestNumberedRunOnHeadings puts a criteria heading with no colon, run on
// before its list's first number, on a line of its own, and its list on
// the next; a number after other words is left where it is.
func TestNumberedRunOnHeadings(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"15) Judged unsuitable. Inclusion criteria at registration 1) Consent. 2) ECOG 0 or 1. Exclusion criteria at registration 1) CMV infection.",
			[]string{"15) Judged unsuitable.", "Inclusion criteria at registration", "1) Consent. 2) ECOG 0 or 1.", "Exclusion criteria at registration", "1) CMV infection."}},
		{"…認めた患者。 ・本登録時の選択基準及び除外基準 本登録時選択基準 1) 同意の患者。 本登録時除外基準 1) CMV 感染症の患者。",
			[]string{"…認めた患者。 ・本登録時の選択基準及び除外基準", "本登録時選択基準", "1) 同意の患者。", "本登録時除外基準", "1) CMV 感染症の患者。"}},
		{"Exclusion criteria 1. Pregnancy 2. Active infection", []string{"Exclusion criteria", "1. Pregnancy 2. Active infection"}},
		{"The dose is given on day 1. After that the trial goes on.", []string{"The dose is given on day 1. After that the trial goes on."}},
		{"Patients were treated in phase 1) and then followed.", []string{"Patients were treated in phase 1) and then followed."}},
	} {
		if got := splitRunOnHeadings([]string{c.line}); !slices.Equal(got, c.want) {
			t.Errorf("splitRunOnHeadings(%q) =\n%q, want\n%q", c.line, got, c.want)
		}
	}
}
