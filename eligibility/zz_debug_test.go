package eligibility

import (
	"os"
	"testing"

	"github.com/trialcompare/trialcompare/rules"
)

func TestZZItems(t *testing.T) {
	text := os.Getenv("ZZ")
	if text == "" {
		t.Skip()
	}
	o := testOntology(t)
	c := newClause(o, listInclusion, text)
	readAtoms(c)
	for _, it := range c.items() {
		if it.atom >= 0 {
			t.Logf("ATOM %q %s", c.atoms[it.atom].req.Text, c.atoms[it.atom].req.Kind)
		} else {
			t.Logf("  %q class %d", it.mark.text, it.mark.class)
		}
	}
}

func TestZZSplit(t *testing.T) {
	path := os.Getenv("ZZSPLIT")
	if path == "" {
		t.Skip()
	}
	raw, err := rawEligibility(path)
	if err != nil {
		t.Fatal(err)
	}
	c := rules.SplitCriteria(raw)
	inc, exc, headed := splitAtHeadingLines(raw)
	t.Logf("model %d+%d split=%v; mine %d+%d headed=%v", len(c.Inclusion), len(c.Exclusion), c.Split, len(inc), len(exc), headed)
	for _, s := range inc {
		t.Logf("INC %.100s", s)
	}
	for _, s := range exc {
		t.Logf("EXC %.100s", s)
	}
}

func TestZZSplit2(t *testing.T) {
	path := os.Getenv("ZZSPLIT")
	if path == "" {
		t.Skip()
	}
	raw, err := rawEligibility(path)
	if err != nil {
		t.Fatal(err)
	}
	inc, exc := SplitEligibility(raw)
	for _, s := range inc {
		t.Logf("INC %q", s)
	}
	for _, s := range exc {
		t.Logf("EXC %q", s)
	}
}

func TestZZCrit(t *testing.T) {
	text := os.Getenv("ZZC")
	if text == "" {
		t.Skip()
	}
	list := listInclusion
	if os.Getenv("ZZX") != "" {
		list = listExclusion
	}
	reqs, e := readCriterion(testOntology(t), list, text, nil)
	t.Logf("%s", exprString(e, reqs))
	for _, q := range reqs {
		t.Logf("  - %s %q", q.Kind, q.Text)
	}
}
