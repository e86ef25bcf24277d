package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/rules"

	"github.com/trialcompare/trialcompare/model"
)

// TestRefusalFamily: a page with criteria-like content, an age phrase or a
// registry ID is read, with a warning that names what was not found; a
// text with none of these is refused.
func TestRefusalFamily(t *testing.T) {
	tests := []struct {
		name, page string
		read       bool
		notFound   string
	}{
		{"a patient-facing summary with an age and no NCT number",
			"A study of a new antibody for children with neuroblastoma\n\nChildren aged 1 to 21 years with relapsed disease may join.", true, "NCT number, phase"},
		{"a registry record with labels glued to values",
			"Trial IDDRKS00012345\nSexAll\nAgesN/A to 21 Years", true, "NCT number, phase"},
		{"only a registry identifier", "Registered as CTRI/2021/03/031234.", true, "age range"},
		{"one mixed list of must and must not",
			"Eligibility criteria\n- Must have relapsed AML\n- Must not have had a transplant", true, "exclusion criteria"},
		{"a patient-facing summary that names the drug it tests",
			"A new antibody for children with neuroblastoma\n\nThis clinical trial is studying children with relapsed disease. The treatment being tested is naxitamab.", true, "NCT number, phase, age range"},
		{"an NCT ID on a labelled line", "A study of drug X in children with relapsed ALL\nSecondary IDs: NCT01234567\nAged 1 to 21 years", true, "Not found: phase, sex"},
		{"a news item that names a drug", "Blinatumomab was approved today for children with relapsed ALL.", false, ""},
		{"a trial's aims with no target", "Primary Aims To compare survival after two chemotherapy blocks.", false, ""},
		{"a letter", "Dear colleague,\nthank you for the referral.\nKind regards", false, ""},
		{"a phase of a dose only", "We will give the recommended phase 2 dose.", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Read("page.txt", []byte(tt.page))
			if !tt.read {
				if !errors.Is(res.Err, ErrNotTrialLike) && !errors.Is(res.Err, ErrStatesNothing) {
					t.Fatalf("read %+v, %v; want it refused", res.Trials, res.Err)
				}
				return
			}
			if res.Err != nil {
				t.Fatalf("refused: %v", res.Err)
			}
			w := warningsOf(res.Trials[0], model.FieldDocument)
			if !strings.Contains(w, "Not found: ") || !strings.Contains(w, tt.notFound) {
				t.Errorf("warning %q does not name %q", w, tt.notFound)
			}
		})
	}
}

func TestPageReaderFindsEachField(t *testing.T) {
	page := strings.Join([]string{
		"Study of hALK.CAR T Cells for Relapsed Neuroblastoma",
		"Phase | I/II |",
		"Gender | Both |",
		"Age = 12 months and < 30 years",
		"Who can take part",
		"• Relapsed high-risk neuroblastoma",
		"Who can't take part",
		"• Prior ALK-directed CAR T cells",
	}, "\n")
	trials, err := readPage(page)
	if err != nil {
		t.Fatal(err)
	}
	tr := trials[0]
	if !model.SamePhases(tr.Phases, []model.Phase{model.Phase1, model.Phase2}) || tr.Sex != model.SexAll {
		t.Errorf("phases %v, sex %q", tr.Phases, tr.Sex)
	}
	if tr.Ages.Label() != "12 months – <30 years" {
		t.Errorf("ages %q", tr.Ages.Label())
	}
	if !strings.Contains(warningsOf(tr, model.FieldAges), "lost") {
		t.Errorf("no warning that the sign was lost: %v", tr.Warnings)
	}
	if len(tr.Inclusion) != 1 || len(tr.Exclusion) != 1 {
		t.Errorf("criteria %q / %q", tr.Inclusion, tr.Exclusion)
	}
}

// TestPageAgeFamily reads a page's age limits wherever it states them,
// each page written for the purpose.
func TestPageAgeFamily(t *testing.T) {
	tests := []struct{ name, page, ages string }{
		{"a German label with no unit", "Studienname: AML-Register\nAlter: bis 18", "≤18 years"},
		{"a label's value with no unit and a comparator after the number", "A registry of childhood leukemia\nAge: 18 and over", "≥18 years"},
		{"a label's value with no unit and an age group after it", "A registry of childhood leukemia\nAges: Up to 18 (Child)", "≤18 years"},
		{"a label's value from a newborn's age", "A registry of childhood leukemia\nAge: newborn to 18 years", "≤18 years"},
		{"German running text in a table row", "Erkrankung |\nKinder und Jugendliche bis 21 Jahren mit Diagnose ALL |\nEinschluss-Kriterien |\n- Rezidiv", "≤21 years"},
		{"a spaced label", "Minimum Age 1 Year\nMaximum Age 21 Years\nGender BOTH", "1 year – 21 years"},
		{"an unheaded list's criterion wins over a label",
			"A screening study for relapsed leukemia\nAge Group\n22 Years and under\n- Patients must be less than 22 years of age at enrollment\n- Patients must have relapsed AML", "<22 years"},
		{"running words under a criteria heading",
			"A Study of Genetic Testing in Childhood Cancer\nWho can participate in this study?\nWe are looking for patients who are 18 years old and younger who have been diagnosed with cancer. There are other requirements.", "≤18 years"},
		{"running words under a criteria heading about a test, not the patient's age",
			"A Study of Drug X in Relapsed Leukemia\nWho can take part?\nPatients with relapsed leukemia can join. Girls who are 13 years and older will have a pregnancy test.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trials, err := readPage(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			tr := trials[0]
			rules.Resolve(&tr)
			if tr.Ages.Label() != tt.ages {
				t.Errorf("ages %q, want %q", tr.Ages.Label(), tt.ages)
			}
		})
	}
}

// TestListingTags reads a listing's bare age and sex tags: the sex beside
// the age tag or after a comma on its line, and the ages only with such a
// sex, and only when nothing else on the page states them.
func TestListingTags(t *testing.T) {
	tests := []struct {
		page string
		ages string
		sex  model.Sex
	}{
		{"A study of a new antibody for relapsed leukemia\nRecruiting\n1-21 years\nAll\nPhase 2", "1 year – 21 years", model.SexAll},
		{"A study of a new antibody for relapsed leukemia\nRecruiting\n18 years and older\nFemale\nPhase 2", "≥18 years", model.SexFemale},
		{"A study of a new antibody for relapsed leukemia\nAll\nPhase 2\n\nAge: 1-21 years", "1 year – 21 years", ""},
		{"Neuroblastoma Biology Study\nTrial Phase\nEligibility\n31 Days - 99 Years, Male and Female\nStudy Type", "31 days – 99 years", model.SexAll},
		{"A study of a new antibody for relapsed leukemia\n22 years and younger\nAll\nPhase 1/2\nChildren under 22 years old can join this study.", "<22 years", model.SexAll},
		{"A study of a new antibody for relapsed leukemia\nPhase 2\nCreatinine by age\n1 to < 2 years\n0.6 mg/dL", "", ""},
		{"BCMA-directed CAR-T cells in adults with myeloma\nPhase 1\nStart date\n18 Years and older (Adult, Older Adult)\n", "≥18 years", ""},
		{"A study of a new antibody for relapsed leukemia\nUp to 21 Years (Child, Adult)", "≤21 years", ""},
		{"A study of a new antibody for relapsed leukemia\nPhase 2\n1 to < 2 years (dose level 3)", "", ""},
	}
	for _, tt := range tests {
		trials, err := readPage(tt.page)
		if err != nil {
			t.Fatal(err)
		}
		tr := trials[0]
		rules.Resolve(&tr)
		if tr.Ages.Label() != tt.ages || tr.Sex != tt.sex {
			t.Errorf("%q: ages %q sex %q, want %q %q", tt.page, tr.Ages.Label(), tr.Sex, tt.ages, tt.sex)
		}
	}
}

func warningsOf(t model.Trial, f model.Field) string {
	var out []string
	for _, w := range t.Warnings {
		if w.Field == f {
			out = append(out, w.Message)
		}
	}
	return strings.Join(out, " ")
}

// TestPageTitleFamily: the title is the first line that reads as one, not
// the site's links, contacts, slogans or identifier lines above it.
func TestPageTitleFamily(t *testing.T) {
	const body = "\nAged 1 to 21 years\nPhase 2"
	tests := []struct{ name, page, want string }{
		{"share links first", "Share on facebook Share on Twitter Share This\nCAR T cells for children with relapsed ALL", "CAR T cells for children with relapsed ALL"},
		{"a research study's title", "A Research Study of Blinatumomab in Children With Relapsed ALL", "A Research Study of Blinatumomab in Children With Relapsed ALL"},
		{"a portal's research line first", "Research output: Contribution to journal › Meeting abstract\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"identifier line first", "IRB Study Number 18-337\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"glued protocol number", "Sponsor's Protocol Code Number:ABC1712\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"spaced label line", "Minimum Age 1 Years\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"contact line", "Principal Investigator Jane Doe, MD\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"a sentence of what patients must do", "All candidates must meet every criterion in order to take part\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"a code before the title stays", "ANBL0000: A Phase 3 Study of Drug X for Children With Neuroblastoma", "ANBL0000: A Phase 3 Study of Drug X for Children With Neuroblastoma"},
		{"a label glued to its value", "Clinical Trial Type:Outside EU\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"glued listing tags", "RECRUITINGPhase 1 / Phase 2INTERVENTIONAL\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"a short title that names a drug", "Trial Summary\nLorlatinib for Neuroblastoma", "Lorlatinib for Neuroblastoma"},
		{"a labelled title", "Clinical Trial Title:\nA trial of drug X in children with AML", "A trial of drug X in children with AML"},
		{"an ordinal phase, not a list item's number", "2. fāzes klīniskais pētījums: zāles X bērniem ar neiroblastomu\nPētījumā var piedalīties bērni no 1 līdz 21 gada vecumam.", "2. fāzes klīniskais pētījums: zāles X bērniem ar neiroblastomu"},
		{"an ordinal's dot", "II. fázisú vizsgálat X gyógyszerrel neuroblastomás gyermekeknél", "II. fázisú vizsgálat X gyógyszerrel neuroblastomás gyermekeknél"},
		{"a sentence after a number", "We opened in 2019. Drug X is given to children with neuroblastoma\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"a dateline with a time of day", "Julkaistu 22.10. klo 08:09\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"a label and a number in another script", "رقم المشاركة : ( 1 )\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"page furniture", "Tell a friend about this page\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"a dateline", "ABN , First Publish Date - 2021-07-17T11:51:59+05:30 IST\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"reported speech", "The results of the first study were presented at a meeting last month, the company said.\nA study of drug X in neuroblastoma", "A study of drug X in neuroblastoma"},
		{"a headline that reports", "Drug X shrinks neuroblastoma in children, study says", "Drug X shrinks neuroblastoma in children, study says"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trials, err := readPage(tt.page + body)
			if err != nil {
				t.Fatal(err)
			}
			if trials[0].Title != tt.want {
				t.Errorf("title %q, want %q", trials[0].Title, tt.want)
			}
		})
	}
}

func TestPageAcronymFamily(t *testing.T) {
	tests := []struct{ page, want string }{
		{"Phase 1 study of CAR T cells in relapsed ALL (ReALL_CART)\nAged 1 to 25 years", "ReALL_CART"},
		{"CAR T cells for relapsed ALL\nIn the present study (CARPALL-2) children aged 1 to 24 years take part.", "CARPALL-2"},
		{"CAR T cells for relapsed ALL in children (ALL)\nAged 1 to 25 years", ""},
	}
	for _, tt := range tests {
		trials, err := readPage(tt.page)
		if err != nil {
			t.Fatal(err)
		}
		if trials[0].Acronym != tt.want {
			t.Errorf("acronym of %q = %q, want %q", tt.page, trials[0].Acronym, tt.want)
		}
	}
}

// TestRegistryRecordFamily reads registry records in the label forms
// registries use, written for the purpose.
func TestRegistryRecordFamily(t *testing.T) {
	tests := []struct {
		name, page, ages string
		sex              model.Sex
	}{
		{"glued labels", "Trial IDDRKS00012345\nSexAll\nAgesN/A to 21 Years", "≤21 years", model.SexAll},
		{"minimum and maximum", "Minimum Age: 1 Year\nMaximum Age: 17 Years\nGender: Both, male and female", "1 year – 17 years", model.SexAll},
		{"from and to, two columns", "Age From  1.00 Year(s)\nAge To  18.00 Year(s)\nGender  Both", "1 year – 18 years", model.SexAll},
		{"comparators in the value", "Age minimum: >= 1year-old\nAge maximum: <= 20year-old\nGender: Both males and females", "1 year – 20 years", model.SexAll},
		{"lower and upper limits glued", "Lower age limit1 Years\nUpper age limit15 Years\nSexNot specified", "1 year – 15 years", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			trials, err := readPage(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if got := trials[0].Ages.Label(); got != tt.ages || trials[0].Sex != tt.sex {
				t.Errorf("ages %q, sex %q; want %q, %q", got, trials[0].Sex, tt.ages, tt.sex)
			}
		})
	}
}

// TestRefusalSaysWhy refuses a page that states nothing the comparison
// shows, saying whether it speaks of a trial at all.
func TestRefusalSaysWhy(t *testing.T) {
	for page, want := range map[string]error{
		"Our hospital has joined a new international trial for children with relapsed leukaemia.": ErrStatesNothing,
		"Das Krankenhaus nimmt an einer neuen Studie für Kinder mit Leukämie teil.":               ErrStatesNothing,
		"Dear colleague,\nthank you for the referral.\nKind regards":                              ErrNotTrialLike,
	} {
		if res := Read("page.txt", []byte(page)); !errors.Is(res.Err, want) {
			t.Errorf("%q: %v, want %v", page, res.Err, want)
		}
	}
}
