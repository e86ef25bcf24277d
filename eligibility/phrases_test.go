package eligibility

import (
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/model"
)

// phraseCase is one criterion screened against one patient: list is
// "inc" or "exc"; facts are flags without their dashes, separated by ";"
// ("age 8y; prior allo-hsct:8m").
type phraseCase struct {
	list, text, facts string
	want              Outcome
}

// screenCriterion screens a patient against a trial of one criterion and
// returns that criterion's result.
func screenCriterion(t *testing.T, tc phraseCase) CriterionResult {
	t.Helper()
	tr := model.Trial{NCTID: "NCT00000000"}
	list := ListInclusion
	if tc.list == "exc" {
		list = ListExclusion
		tr.Exclusion = []string{tc.text}
	} else {
		tr.Inclusion = []string{tc.text}
	}
	p := factsProfile(t, tc.facts)
	s := ParseRequirements(testOntology(t), &tr).Screen(p)
	for _, c := range s.Criteria {
		if c.List == list {
			return c
		}
	}
	t.Fatalf("%q: no %s criterion", tc.text, list)
	return CriterionResult{}
}

// factsProfile reads "age 8y; prior allo-hsct:8m" into a profile.
func factsProfile(t *testing.T, facts string) Profile {
	t.Helper()
	var p Profile
	for _, f := range strings.Split(facts, ";") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		name, value, _ := strings.Cut(f, " ")
		if err := ApplyFlag(&p, name, strings.TrimSpace(value)); err != nil {
			t.Fatalf("facts %q: %v", facts, err)
		}
	}
	return p
}

// runPhrases checks a family of phrases.
func runPhrases(t *testing.T, cases []phraseCase) {
	t.Helper()
	for _, tc := range cases {
		r := screenCriterion(t, tc)
		if r.Outcome != tc.want {
			var reqs []string
			for _, q := range r.Requirements {
				reqs = append(reqs, string(q.Kind)+" "+q.Detail+" → "+q.Holds+" ("+q.Fact+")")
			}
			t.Errorf("%s %q with {%s}: %s, want %s\n    %s", tc.list, tc.text, tc.facts, r.Outcome, tc.want, strings.Join(reqs, "\n    "))
		}
		if r.Outcome == RulesOut && (r.Reason == "" || !strings.Contains(r.Reason, ":")) {
			t.Errorf("%q: rules out with no reason", tc.text)
		}
	}
}

func TestPhrasesAge(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"inc", "Age ≥ 1 year and < 21 years at the time of enrollment", "age 21y", RulesOut},
		{"inc", "Age ≥ 1 year and < 21 years at the time of enrollment", "age 20y11m", Met},
		{"inc", "Greater than or equal to 1 year of age and less than or equal to 30 years of age", "age 31y", RulesOut},
		{"inc", "Aged 3 to 18 years (inclusive)", "age 2y", RulesOut},
		{"inc", "Patients must be ≥ 1 and ≤ 21 years of age", "age 10y", Met},
		{"inc", "Participants <19 years of age (eligible until 19th birthday)", "age 19y", RulesOut},
		// An age that says whom a rule applies to is no bound.
		{"inc", "Use Karnofsky for patients > 16 years of age and Lansky for patients ≤ 16 years of age", "age 10y", ToCheck},
		// No age given: nothing is assumed.
		{"inc", "Age ≥ 1 year and < 21 years", "sex female", ToCheck},
		// A donor's age is not the patient's.
		{"inc", "Potential donor is at least 18 years of age", "age 10y", ToCheck},
	})
}

func TestPhrasesWeight(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"inc", "Greater than or equal to 3 years of age (and at least 14.5 kg)", "age 3y; weight 13kg", RulesOut},
		{"inc", "Greater than or equal to 3 years of age (and at least 14.5 kg)", "age 3y; weight 15kg", Met},
		{"inc", "The minimum body weight ranges from 10-27.5kg depending on the dose level.", "age 2y; weight 8kg", RulesOut},
		{"inc", "The minimum body weight ranges from 10-27.5kg depending on the dose level.", "age 2y; weight 12kg", Met},
		// A dose by weight is no bound.
		{"inc", "Patients < 15 kg will be dosed at 10 mg/kg", "age 2y; weight 20kg", ToCheck},
		{"inc", "BMI < 30 kg/m2", "age 20y; weight 90kg", ToCheck},
	})
}

func TestPhrasesDiagnosis(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"inc", "Relapsed or refractory B-cell acute lymphoblastic leukemia", "age 8y; diagnosis T-ALL", RulesOut},
		{"inc", "Relapsed or refractory B-cell acute lymphoblastic leukemia", "age 8y; diagnosis B-ALL; disease-status relapsed", Met},
		{"inc", "Acute leukemia of any lineage", "age 8y; diagnosis AML", Met},
		{"inc", "Histologically confirmed diagnosis of DIPG or diffuse midline glioma", "age 8y; diagnosis medulloblastoma", RulesOut},
		{"inc", "Histologically confirmed diagnosis of diffuse midline glioma", "age 8y; diagnosis DIPG", Met},
		// A diagnosis the ontology does not know is to check, never out.
		{"inc", "Relapsed or refractory B-cell acute lymphoblastic leukemia", "age 8y; diagnosis a rare spindle cell thing", ToCheck},
		// An AML may be an APL: to check; an ALL is not.
		{"exc", "Acute promyelocytic leukemia (APL)", "age 30y; diagnosis AML", ToCheck},
		{"exc", "Acute promyelocytic leukemia (APL)", "age 30y; diagnosis B-ALL", Met},
		{"exc", "Active diagnosis of acute promyelocytic leukemia.", "age 30y; diagnosis APL; disease-status relapsed", RulesOut},
		{"inc", "AML other than acute promyelocytic leukemia", "age 30y; diagnosis APL", RulesOut},
		{"inc", "AML other than acute promyelocytic leukemia", "age 30y; diagnosis AML", ToCheck},
		{"inc", "AML other than acute promyelocytic leukemia", "age 3y; diagnosis acute megakaryoblastic leukemia", Met},
		{"inc", "AML other than acute promyelocytic leukemia", "age 30y; diagnosis T-ALL", RulesOut},
		{"exc", "Patients with Burkitt's lymphoma/leukemia (i.e. mature B-cell ALL)", "age 8y; diagnosis B-ALL", Met},
		{"exc", "Patients with Burkitt's lymphoma/leukemia (i.e. mature B-cell ALL)", "age 8y; diagnosis Burkitt leukemia", RulesOut},
		{"inc", "Patient must have a B cell ALL (inclusive of ALL blast transformation from CML) or lymphoma", "age 17y; diagnosis CML in lymphoid blast crisis", Met},
		// "with ≥ 5% blasts" qualifies every diagnosis of the list.
		{"inc", "Patients must have B-ALL, or previously diagnosed B lymphoblastic lymphoma (B-LL), with >= 5% (M2 or M3) bone marrow blasts", "age 9y; diagnosis T-ALL", RulesOut},
		// "retinoblastoma (RB1) gene" names a gene.
		{"exc", "Participants with a pathogenic somatic or known germline retinoblastoma (RB1) gene mutation.", "age 6y; diagnosis retinoblastoma", ToCheck},
		{"exc", "Participants with a pathogenic somatic or known germline retinoblastoma (RB1) gene mutation.", "age 6y; cytogenetics germline RB1 mutation", RulesOut},
		// A note in brackets asks for nothing: the lymphomas it speaks of
		// do not close the list that "other lymphoproliferative disorder"
		// leaves open.
		{"inc", "Biopsy-proven lymphoma or other lymphoproliferative disorder. [Note: lymphomas are graded by the local pathologist.]", "age 7y; diagnosis B-ALL", ToCheck},
		{"inc", "Biopsy-proven Hodgkin lymphoma (Note: nodular lymphocyte-predominant lymphoma also qualifies)", "age 15y; diagnosis AML", RulesOut},
	})
}

func TestPhrasesLineageMarkersGenetics(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"inc", "CD19 positive B-ALL", "age 8y; diagnosis B-ALL; marker CD19-", RulesOut},
		{"inc", "CD19 positive B-ALL", "age 8y; diagnosis B-ALL", ToCheck},
		{"inc", "Documented CD19 expression (after previous B cell directed cell therapy, if applicable)", "age 12y; marker CD19-", RulesOut},
		// Either marker will do: one absent is not enough.
		{"inc", "CD19 or CD22 expression on leukemic blasts", "age 8y; marker CD19-", ToCheck},
		{"inc", "CD19 or CD22 expression on leukemic blasts", "age 8y; marker CD19-; marker CD22-", RulesOut},
		{"inc", "CD22 expression must be detected on greater than 15% of the malignant cells", "age 8y; marker CD22+ 10%", RulesOut},
		{"inc", "Philadelphia chromosome positive ALL", "age 8y; diagnosis B-ALL; cytogenetics Ph-", RulesOut},
		{"exc", "Philadelphia chromosome positive ALL", "age 8y; diagnosis B-ALL; cytogenetics Ph-", Met},
		{"inc", "B-lineage disease", "age 8y; lineage T", RulesOut},
	})
}

func TestPhrasesTherapy(t *testing.T) {
	runPhrases(t, []phraseCase{
		// A class includes its products.
		{"exc", "Prior treatment with CD19-directed therapy", "age 8y; prior tisagenlecleucel:4m", RulesOut},
		{"exc", "Prior treatment with CD19-directed therapy", "age 8y; prior blinatumomab:2m", RulesOut},
		// Another target, or some products never given, leave the class
		// to check; the class never given meets it.
		{"exc", "Prior treatment with CD19-directed therapy", "age 8y; prior inotuzumab ozogamicin:2m", ToCheck},
		{"exc", "Prior treatment with CD19-directed therapy", "age 8y", ToCheck},
		{"exc", "Prior treatment with CD19-directed therapy", "age 8y; prior blinatumomab:never; prior tisagenlecleucel:never", ToCheck},
		{"exc", "Prior treatment with CD19-directed therapy", "age 8y; prior CD19-directed therapy:never", Met},
		// An exception.
		{"exc", "Prior CD19-directed therapy other than blinatumomab", "age 8y; prior blinatumomab:2m", ToCheck},
		{"exc", "Prior CD19-directed therapy other than blinatumomab", "age 8y; prior tisagenlecleucel:2m", RulesOut},
		// Windows.
		{"exc", "Chemotherapy within 14 days prior to enrollment", "age 8y; prior chemotherapy:1w", RulesOut},
		{"exc", "Chemotherapy within 14 days prior to enrollment", "age 8y; prior chemotherapy:3w", Met},
		{"exc", "Chemotherapy within 14 days prior to enrollment", "age 8y; prior chemotherapy:ever", ToCheck},
		{"inc", "At least 100 days must have elapsed since allogeneic HSCT", "age 8y; prior allo-hsct:2m", RulesOut},
		{"inc", "At least 100 days must have elapsed since allogeneic HSCT", "age 8y; prior allo-hsct:8m", Met},
		{"inc", "At least 21 days since receipt of chimeric antigen receptor therapy or other modified T cell therapy", "age 8y; prior tisagenlecleucel:2w", RulesOut},
		{"exc", "Monoclonal antibody therapy administered within 30 days of the agent prior to apheresis", "age 18y; prior inotuzumab ozogamicin:3w", RulesOut},
		{"inc", "For subject undergoing hematopoietic stem cell transplant (HSCT), at least 90 days must have elapsed since HSCT", "age 7y; prior allo-hsct:60d", RulesOut},
		{"inc", "For subject undergoing hematopoietic stem cell transplant (HSCT), at least 90 days must have elapsed since HSCT", "age 7y", ToCheck},
		// A transplant now is not one a year ago.
		{"exc", "Patients undergoing Stem Cell Transplantation.", "age 14y; prior allo-hsct:1y", ToCheck},
		// Allogeneic is not autologous.
		{"exc", "Prior allogeneic stem cell transplant", "age 8y; prior auto-hsct:1y", ToCheck},
		{"exc", "Prior allogeneic stem cell transplant", "age 8y; prior auto-hsct:1y; prior allo-hsct:never", Met},
		{"inc", "Have undergone an allo-HSCT from any donor source using bone marrow, peripheral blood stem cells, or cord blood for hematologic malignancies.", "age 14y; diagnosis B-ALL; prior auto-hsct:5m; prior allo-hsct:never", RulesOut},
		// Counts.
		{"inc", "Patient must have had no more than one previous HSCT", "age 12y; prior allo-hsct:6m; prior allo-hsct:3y", RulesOut},
		{"inc", "Patient must have had no more than one previous HSCT", "age 12y; prior allo-hsct:6m", ToCheck},
		{"exc", "Previous exposure to a CDK4/6 inhibitor (palbociclib, abemaciclib, or ribociclib).", "age 9y; prior palbociclib:1y", RulesOut},
		{"exc", "Previous hematopoetic stem cell transplantation.", "age 16y; prior auto-hsct:2y", RulesOut},
		// An allowed therapy is no way in.
		{"inc", "CD22+ B-ALL. Treatment with previous CART CD19 therapy is permitted, but is not mandatory.", "age 10y; diagnosis B-ALL; marker CD22-; prior tisagenlecleucel:1y", RulesOut},
	})
}

func TestPhrasesLabs(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"inc", "Total bilirubin ≤ 1.5 × ULN for age", "age 8y; lab bilirubin 2 xULN", RulesOut},
		{"inc", "Total bilirubin ≤ 1.5 × ULN for age", "age 8y; lab bilirubin 1.2 xULN", Met},
		{"inc", "Creatinine clearance or radioisotope GFR ≥ 60 mL/min/1.73 m2", "age 8y; lab creatinine clearance 50 mL/min/1.73m2", RulesOut},
		{"inc", "Creatinine clearance or radioisotope GFR ≥ 60 mL/min/1.73 m2", "age 8y; lab creatinine clearance 85 mL/min/1.73m2", Met},
		// "ALT/AST": each of them.
		{"inc", "ALT/AST < 5 × ULN", "age 8y; lab ALT 6 xULN", RulesOut},
		{"inc", "ALT/AST < 5 × ULN", "age 8y; lab ALT 3 xULN", ToCheck},
		{"inc", "ALT/AST < 5 × ULN", "age 8y; lab ALT 3 xULN; lab AST 2 xULN", Met},
		{"exc", "ALT or AST > 5 × ULN", "age 8y; lab ALT 6 xULN", RulesOut},
		{"inc", "LVEF ≥ 45% or shortening fraction ≥ 28%", "age 8y; lab LVEF 40%", ToCheck},
		{"inc", "LVEF ≥ 45% or shortening fraction ≥ 28%", "age 8y; lab LVEF 40%; lab shortening fraction 25%", RulesOut},
		{"inc", "Pulse oxygen > 92% on room air", "age 15y; lab SpO2 92%", RulesOut},
		{"inc", "Absolute neutrophil count (ANC) ≥ 500/μL unless, in the opinion of the investigator, cytopenia is due to underlying leukemia", "age 8y; lab ANC 300/uL", ToCheck},
		{"inc", "Platelet count ≥ 50,000/μL", "age 8y; lab platelets 20000/uL", RulesOut},
		{"inc", "Adequate organ function", "age 8y; lab bilirubin 5 xULN", ToCheck},
		// List marks inside an item end its sentences.
		{"inc", "Renal function based on age/gender B. ALT ≤ 5 times ULN for age C. AST ≤ 5 times ULN for age D. oxygen saturation of > 90% on room air", "age 17y; lab SpO2 90%", RulesOut},
	})
}

func TestPhrasesPerformance(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"inc", "Lansky ≥ 50 for patients ≤ 16 years of age", "age 10y; lansky 40", RulesOut},
		{"inc", "Lansky ≥ 50 for patients ≤ 16 years of age", "age 10y; lansky 50", Met},
		{"inc", "Lansky greater than 50%", "age 6y; lansky 50", RulesOut},
		{"inc", "Lansky (age < 16 years) or Karnofsky (age ≥ 16 years) performance status ≥ 60%", "age 17y; lansky 50", RulesOut},
		// Another scale is compared only where the criterion names it.
		{"inc", "ECOG ≤ 2 or Karnofsky ≥ 70", "age 40y; ecog 3", ToCheck},
		{"inc", "Performance status corresponding to ECOG scores of 0, 1, or 2; use Karnofsky for patients > 16 years of age and Lansky for patients ≤ 16 years of age", "age 10y; lansky 40", RulesOut},
		{"inc", "Performance status corresponding to ECOG scores of 0, 1, or 2; use Karnofsky for patients > 16 years of age and Lansky for patients ≤ 16 years of age", "age 10y; lansky 50", ToCheck},
		{"inc", "Lansky ≥ 50", "age 10y", ToCheck},
	})
}

func TestPhrasesCNS(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"exc", "Presence of CNS-3 disease", "age 8y; cns 3", RulesOut},
		{"exc", "Presence of CNS-3 disease", "age 8y; cns 2", Met},
		{"exc", "Presence of CNS-3 disease", "age 8y", ToCheck},
		{"exc", "Active CNS involvement", "age 8y; cns 1", Met},
		{"inc", "Patients may have CNS 1 or CNS 2 disease but not CNS 3.", "age 8y; cns 3", RulesOut},
		{"inc", "Patients may have CNS 1 or CNS 2 disease but not CNS 3.", "age 8y; cns 2", Met},
		// Progressive vs responsive CNS3.
		{"exc", "CNS3 disease that is progressive on therapy", "age 8y; cns 3; diagnosis B-ALL with CNS3 disease progressing on intrathecal therapy", RulesOut},
		{"exc", "CNS3 disease that is progressive on therapy", "age 8y; cns 3; diagnosis B-ALL with CNS3 disease responding to intrathecal therapy", Met},
		{"exc", "CNS3 disease that is progressive on therapy", "age 8y; cns 3", ToCheck},
	})
}

func TestPhrasesStatusRelapse(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"inc", "Second or greater relapse", "age 8y; relapse 1", RulesOut},
		{"inc", "Second or greater relapse", "age 8y; relapse 2", Met},
		{"inc", "T-cell ALL or T-cell lymphoblastic lymphoma in first relapse", "age 12y; diagnosis T-ALL; relapse 2", RulesOut},
		{"inc", "Acute lymphoblastic leukemia in first bone marrow remission (M1) with first isolated initial CNS relapse", "age 8y; relapse 1; site testicular", RulesOut},
		{"inc", "Acute lymphoblastic leukemia in first bone marrow remission (M1) with first isolated initial CNS relapse", "age 8y; relapse 1; site combined", RulesOut},
		{"inc", "Acute lymphoblastic leukemia in first bone marrow remission (M1) with first isolated initial CNS relapse", "age 8y; diagnosis B-ALL; relapse 1; site cns", Met},
		{"exc", "Recurrent or refractory ALL limited to isolated testicular disease.", "age 8y; diagnosis B-ALL; relapse 2; disease-status relapsed; site testicular", RulesOut},
		{"exc", "Isolated extra-medullary disease relapse", "age 10y; disease-status relapsed; relapse 2; site testicular", RulesOut},
		{"exc", "Isolated extra-medullary disease relapse", "age 10y; disease-status relapsed; relapse 2; site marrow", Met},
		{"inc", "Must have failed primary induction chemotherapy (ie, never attained a complete remission)", "age 8y; relapse 2; disease-status relapsed", RulesOut},
		{"inc", "Newly diagnosed high-risk neuroblastoma", "age 3y; diagnosis neuroblastoma; disease-status relapsed", RulesOut},
		{"inc", "De novo B-ALL who received first-line treatment", "age 9y; diagnosis B-ALL; relapse 1; disease-status relapsed", RulesOut},
		{"inc", "MRD ≥ 0.01%", "age 9y; mrd 0.001%", RulesOut},
		{"inc", "MRD ≥ 0.01%", "age 9y; mrd 0.01%", Met},
		{"inc", "MRD positive", "age 9y; mrd negative", RulesOut},
		// The MRD of another time point is not the patient's now.
		{"inc", "MRD ≥ 0.01% at the end of consolidation", "age 9y; mrd 0.001%", ToCheck},
	})
}

func TestPhrasesPregnancySyndromes(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"exc", "Pregnant or breastfeeding females", "age 17y; sex female; pregnant yes", RulesOut},
		{"exc", "Pregnant or breastfeeding females", "age 17y; sex female; pregnant no", ToCheck},
		{"exc", "Pregnant or breastfeeding females", "age 17y; sex female", ToCheck},
		{"exc", "Patients with Down syndrome", "age 8y; syndrome down", RulesOut},
		{"exc", "Patients with Down syndrome", "age 8y", ToCheck},
		{"exc", "Patients with concomitant genetic syndrome: such as patients with Fanconi anemia, Kostmann syndrome, Shwachman syndrome or any other known bone marrow failure syndrome. Patients with Down Syndrome will not be excluded.", "age 11y; syndrome fanconi", RulesOut},
		{"exc", "Patients with concomitant genetic syndrome: such as patients with Fanconi anemia, Kostmann syndrome, Shwachman syndrome or any other known bone marrow failure syndrome. Patients with Down Syndrome will not be excluded.", "age 11y; syndrome down", ToCheck},
	})
}

// TestPhrasesAlternatives checks that no branch of an alternative rules
// out alone: "or", "unless", "except", "allowed if", another arm,
// "and/or".
func TestPhrasesAlternatives(t *testing.T) {
	runPhrases(t, []phraseCase{
		{"exc", "Prior allogeneic HSCT, unless more than 6 months from transplant and off immunosuppression", "age 8y; prior allo-hsct:8m", ToCheck},
		{"exc", "Prior allogeneic HSCT, unless more than 6 months from transplant", "age 8y; prior allo-hsct:8m", Met},
		{"exc", "Prior allogeneic HSCT, unless more than 6 months from transplant", "age 8y; prior allo-hsct:2m", RulesOut},
		{"exc", "CNS3 disease; CNS3 patients are allowed if responding to therapy", "age 8y; cns 3", ToCheck},
		{"inc", "B-ALL or T-ALL", "age 8y; diagnosis AML", RulesOut},
		{"inc", "B-ALL and/or lymphoblastic lymphoma", "age 8y; diagnosis B-ALL", Met},
		{"inc", "Bilirubin ≤ 1.5 × ULN unless due to Gilbert syndrome", "age 8y; lab bilirubin 3 xULN", ToCheck},
		{"inc", "Bilirubin ≤ 1.5 × ULN (except for patients with Gilbert syndrome)", "age 8y; lab bilirubin 3 xULN", ToCheck},
		// Arms: the patient enters one.
		{"inc", "ARM A: CD22+ B-ALL with relapsed disease.\nARM B: T-ALL with relapsed disease.", "age 10y; diagnosis B-ALL; marker CD22-; disease-status relapsed", RulesOut},
		{"inc", "ARM A: CD22+ B-ALL with relapsed disease.\nARM B: T-ALL with relapsed disease.", "age 10y; diagnosis T-ALL; disease-status relapsed", Met},
		{"inc", "ARM A: CD22+ B-ALL with relapsed disease.\nARM B: T-ALL with relapsed disease.", "age 10y; diagnosis B-ALL; disease-status relapsed", ToCheck},
		{"inc", "Patients to be enrolled in the dose-escalation portion must have T-ALL in first relapse. Patients to be enrolled in the expansion portion must have T-ALL in first relapse or second relapse.", "age 12y; diagnosis T-ALL; relapse 3", RulesOut},
		{"inc", "Patients to be enrolled in the dose-escalation portion must have T-ALL in first relapse. Patients to be enrolled in the expansion portion must have T-ALL in first or second relapse.", "age 12y; diagnosis T-ALL; relapse 2", Met},
		// A criterion weighed case by case never rules out.
		{"exc", "Other significant medical conditions may disqualify the patient. Examples include malignancy (other than skin cancer). Each case will be individually reviewed.", "age 10y; diagnosis neuroblastoma", ToCheck},
		// Unknown wording is read by hand, never guessed.
		{"inc", "Frobnication index above the institutional threshold", "age 8y; diagnosis B-ALL", ToCheck},
	})
}
