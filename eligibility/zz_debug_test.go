package eligibility

import (
	"os"
	"testing"
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
