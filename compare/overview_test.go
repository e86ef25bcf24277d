package compare

import (
	"strings"
	"testing"
	"time"

	"github.com/trialcompare/trialcompare/eligibility"
	"github.com/trialcompare/trialcompare/model"
	"github.com/trialcompare/trialcompare/rules"
)

func TestAgentLabel(t *testing.T) {
	for _, tc := range []struct {
		name  string
		trial model.Trial
		want  string
	}{
		{"allogeneic CAR-T named by target", model.Trial{Title: "UCART22 in R/R B-ALL", Summary: "an allogeneic engineered CAR T-cell product",
			Targets: []string{"CD22"}, Interventions: []model.Intervention{{Name: "Biological: UCART22"}, {Name: "Fludarabine", Supportive: true}}}, "UCART22, allogeneic CAR-T"},
		{"the CAR-T agent is the kind", model.Trial{Title: "CLL-1 CAR-T", Targets: []string{"CLL-1"}, Interventions: []model.Intervention{{Name: "Biological: CAR-T"}}}, "CAR-T"},
		{"autologous stated", model.Trial{Title: "hALK.CAR T cells", Summary: "autologous T cells engineered", Targets: []string{"ALK"}}, "autologous CAR-T"},
		{"antibody without a stated kind", model.Trial{Targets: []string{"CD38"}, Interventions: []model.Intervention{{Name: "Drug: Isatuximab"}, {Name: "cytarabine"}, {Name: "isatuximab SAR650984"}, {Name: "etoposide"}, {Name: "vincristine"}}}, "Isatuximab"},
		{"many chemotherapies, none named", model.Trial{Interventions: []model.Intervention{{Name: "a"}, {Name: "b"}, {Name: "c"}, {Name: "d"}}}, ""},
		{"allogeneic transplant is no modality", model.Trial{Summary: "patients proceed to allogeneic transplant", Interventions: []model.Intervention{{Name: "Drug: Dasatinib"}}}, "Dasatinib"},
		{"monoclonal antibody stated", model.Trial{Summary: "a monoclonal antibody against CD38", Targets: []string{"CD38"}, Interventions: []model.Intervention{{Name: "Daratumumab"}}}, "Daratumumab, monoclonal antibody"},
	} {
		if got := AgentLabel(&tc.trial); got != tc.want {
			t.Errorf("%s: AgentLabel = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestEntryRules(t *testing.T) {
	for _, tc := range []struct {
		inclusion []string
		want      string
	}{
		{[]string{"Relapsed or refractory disease", "B-ALL blast cells expressing CD22"}, "CD22+ (incl. 2)|relapsed/refractory (incl. 1)"},
		{[]string{"Confirmation of CLL-1 expression ≥50% on AML blasts"}, "CLL-1 ≥50% (incl. 1)"},
		{[]string{"Participants with no more than 1 prior salvage therapy"}, "at most 1 prior salvage (incl. 1)"},
		{[]string{"at least 2 prior lines of therapy"}, "at least 2 prior lines (incl. 1)"},
		{[]string{"ARM A: CD19+/- CD22+ B-ALL with relapsed disease. Treatment with previous CART CD19 therapy is permitted, OR:"}, "relapsed/refractory (incl. 1)|prior CAR-T allowed (incl. 1)"},
		{[]string{"Prior HSCT is allowed if more than 100 days ago"}, "prior HSCT allowed (incl. 1)"},
		{[]string{"with no other curative therapy available"}, "no curative option left (incl. 1)"},
		{[]string{"Signed consent"}, ""},
	} {
		got := strings.Join(EntryRules(&model.Trial{Inclusion: tc.inclusion}), "|")
		if got != tc.want {
			t.Errorf("EntryRules(%q) = %q, want %q", tc.inclusion, got, tc.want)
		}
	}
}

func TestParseOverviewKeys(t *testing.T) {
	got, err := ParseOverviewKeys(" Phase, ages,phase ")
	if err != nil || len(got) != 2 || got[0] != OverviewPhase || got[1] != OverviewAges {
		t.Errorf("got %v, %v", got, err)
	}
	for _, bad := range []string{"phase,colour", "", " , "} {
		if _, err := ParseOverviewKeys(bad); err == nil || !strings.Contains(err.Error(), "phase,status,targets,ages") {
			t.Errorf("%q: err = %v", bad, err)
		}
	}
	if OverviewLabel(OverviewAges) != "Age range" || OverviewLabel("x") != "x" {
		t.Error("OverviewLabel")
	}
	if keys := OverviewKeys(); len(keys) != 11 || keys[0] != OverviewPhase || keys[10] != OverviewSites {
		t.Errorf("OverviewKeys = %v", keys)
	}
}

func TestOverviewCells(t *testing.T) {
	old := model.Trial{NCTID: "NCT1", Status: model.StatusRecruiting, Dates: model.Dates{LastVerified: model.Date{Year: 2022, Month: 9}}, Enrollment: 1206, EnrollmentType: model.EnrollmentEstimated,
		Locations: []model.Location{{Facility: "A", Country: "Spain"}, {Facility: "B", Country: "France"}, {Facility: "C", Country: "Spain"}}}
	fresh := model.Trial{NCTID: "NCT2", Status: model.StatusRecruiting, Dates: model.Dates{LastUpdate: model.Date{Year: 2026, Month: 10, Day: 7}}}
	c := NewComparisonAsOf([]model.Trial{old, fresh}, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC))
	rows := map[OverviewKey]OverviewRow{}
	for _, r := range c.Overview(nil) {
		rows[r.Key] = r
	}
	if s := rows[OverviewStatus].Cells; !s[0].Stale || s[0].Text != "Recruiting\nstatus not verified since Sep 2022" || s[1].Stale || s[1].Text != "Recruiting\nupdated 7 Oct 2026" {
		t.Errorf("status cells = %+v", s)
	}
	if e := rows[OverviewEnrollment].Cells; e[0].Text != "1206 (estimated)" || !e[1].NotStated {
		t.Errorf("enrollment cells = %+v", e)
	}
	if s := rows[OverviewSites].Cells; s[0].Text != "3 sites\nSpain, France" || !s[1].NotStated {
		t.Errorf("sites cells = %+v", s)
	}
	if _, ok := rows[OverviewFit]; ok {
		t.Error("a fit row without a patient")
	}
	if only := c.Overview([]OverviewKey{OverviewSex, OverviewPhase}); len(only) != 2 || only[0].Key != OverviewPhase {
		t.Errorf("chosen rows = %+v", only)
	}
	if got := groupThousands(1218); got != "1,218" {
		t.Errorf("groupThousands = %q", got)
	}
}

func TestOverviewFit(t *testing.T) {
	adult := model.Trial{NCTID: "NCT1", Ages: model.AgeRange{Min: bound(15, model.Years, true)}, Inclusion: []string{"B-ALL blast cells expressing CD22"}}
	child := model.Trial{NCTID: "NCT2", Inclusion: []string{"Relapsed B-ALL"}, Exclusion: []string{"Active CNS disease"}}
	rules.Resolve(&adult)
	rules.Resolve(&child)
	c := NewComparison([]model.Trial{adult, child}).WithPatient(profile(t, "age", "7y", "diagnosis", "B-ALL", "marker", "CD22+", "cns", "3"), nil)
	fit := c.Overview(nil)[0]
	if fit.Key != OverviewFit || fit.Cells[0].Verdict != eligibility.VerdictExcluded || fit.Cells[0].Text != "Excluded\nages, ≥15 years" {
		t.Errorf("fit of the adult trial = %+v", fit.Cells[0])
	}
	if got := fit.Cells[1].Text; got != "Excluded\nexcl. 1, CNS disease (no grade named)" {
		t.Errorf("fit of the child trial = %q", got)
	}
	if !fit.Differs {
		t.Error("two exclusions for different reasons do not differ")
	}
}
