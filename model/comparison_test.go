package model

import "testing"

func TestComparison(t *testing.T) {
	a := Trial{NCTID: "NCT1", Title: "One", Source: Source{File: "a.txt"}, Warnings: []Warning{{FieldAges, "odd"}}, Phases: []Phase{Phase1, Phase2}, Status: StatusRecruiting, Targets: []string{"CD19", "CD22"}}
	b := Trial{NCTID: "NCT2", Phases: []Phase{Phase1}, Status: StatusRecruiting}
	a.Note(FieldPhases, "header: Phase 1/2")
	c := NewComparison([]Trial{a, b})
	rows := map[Field]Row{}
	for _, r := range c.Rows {
		rows[r.Field] = r
	}
	if len(c.Rows) != 17 {
		t.Errorf("%d rows, want 17", len(c.Rows))
	}
	if r := rows[FieldPhases]; !r.Differs || r.Cells[0].Text != "Phase 1/2" || r.Cells[0].Source != "header: Phase 1/2" {
		t.Errorf("phase row = %+v", r)
	}
	if r := rows[FieldStatus]; r.Differs || r.Cells[1].Text != "Recruiting" {
		t.Errorf("status row = %+v", r)
	}
	if r := rows[FieldTargets]; r.Cells[1].Text != NotStated || !r.Cells[1].NotStated || len(r.Cells[0].Items) != 2 {
		t.Errorf("targets row = %+v", r)
	}
	for _, r := range c.DifferingRows() {
		if !r.Differs {
			t.Errorf("DifferingRows returned %s", r.Label)
		}
	}
	if got := c.ColumnTitle(0); got != "NCT1" {
		t.Errorf("ColumnTitle = %q", got)
	}
	for _, f := range []Field{FieldNCTID, FieldTitle, FieldDocument, FieldWarnings} {
		if rows[f].Differs {
			t.Errorf("the identity row %s counts as differing", f)
		}
	}
	if single := NewComparison([]Trial{a}); len(single.DifferingRows()) != 0 {
		t.Error("one trial cannot differ from itself")
	}
}

func TestComparisonWithPatientAndExclusions(t *testing.T) {
	young := Trial{NCTID: "NCT1", Ages: AgeRange{Min: bound(15, Years, true)}, Exclusion: []string{"Uncontrolled CNS disease", "Pregnant women"}}
	open := Trial{NCTID: "NCT2", Exclusion: []string{"Active infection"}}
	Resolve(&young)
	Resolve(&open)
	days, label, _ := ParsePatientAge("7y")
	c := NewComparison([]Trial{young, open}).WithPatient(Patient{AgeDays: days, AgeLabel: label})
	fit := c.Rows[0]
	if fit.Field != FieldFit || fit.Cells[0].Verdict != VerdictExcluded || fit.Cells[1].Verdict != VerdictPossible || c.Patient == nil {
		t.Fatalf("fit row = %+v", fit)
	}
	rows := c.ExclusionRows()
	if len(rows) != len(themeRules) || rows[0].Field != "theme:cns" || rows[0].Cells[0].Text != "● 1" || rows[0].Cells[1].Text != "none" {
		t.Errorf("exclusion rows: %+v", rows[0])
	}
}
