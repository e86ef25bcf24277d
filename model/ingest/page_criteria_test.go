package ingest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/trialcompare/trialcompare/rules"
)

// TestPageCriteriaFamily reads criteria lists in the forms pages give them,
// each written for the purpose.
func TestPageCriteriaFamily(t *testing.T) {
	tests := []struct {
		name, page string
		inclusion  []string
		exclusion  []string
	}{
		{"who can and can't take part",
			"Who can take part\n• Aged 2 to 21\n• Relapsed ALL\n\nWho can't take part\n• Active CNS disease",
			[]string{"Aged 2 to 21", "Relapsed ALL"}, []string{"Active CNS disease"}},
		{"a widget's sign between a heading and its list ends nothing",
			"Inclusion Criteria\n\n>>>\n\n  • Diagnosis of AML\n  • Relapsed after one prior line\n\nExclusion Criteria\n\n▼\n\n  • Active CNS disease",
			[]string{"Diagnosis of AML", "Relapsed after one prior line"}, []string{"Active CNS disease"}},
		{"a short lead-in line under the heading opens the items",
			"You may be able to join this trial if you:\nYour child:\n- Is 21 years old or younger\n- Has relapsed ALL\n\nTrial details",
			[]string{"Is 21 years old or younger", "Has relapsed ALL"}, nil},
		{"a short label line under the heading ends a list it does not open",
			"Eligibility:\n\nChildren aged 1 to 21 years with relapsed ALL.\n\nDesign:\n\nParticipants will be screened.",
			nil, nil},
		{"paragraphs above a line that asks for all of the items are no items",
			"Who can take part?\n\nYou may be able to join if your tumour has come back after treatment.\n\nThe trial is recruiting children with neuroblastoma.\n\nAll of the following must also apply:\n\n  • You are 1 to 21 years old.\n  • You have had a scan.\n\nYou cannot join if any of these apply:\n\n  • You are pregnant.",
			[]string{"You are 1 to 21 years old.", "You have had a scan."}, []string{"You are pregnant."}},
		{"a table's rows copied with one space after each heading",
			"Key inclusion criteria Relapsed B-ALL; age 1 to 25 years; adequate organ function.\nMinimum age 1 Year\nSex Both males and females\nKey exclusion criteria Active CNS disease; active GVHD.\nCan healthy volunteers participate? No",
			[]string{"Relapsed B-ALL", "age 1 to 25 years", "adequate organ function."}, []string{"Active CNS disease", "active GVHD."}},
		{"prose under a heading that a heading of the same kind over the list follows",
			"Who can participate?\nTaking part in research is a personal decision that the study team will talk through with you.\nYou may be able to participate if:\n- You are 1 to 21 years old\n- Your leukaemia has come back",
			[]string{"You are 1 to 21 years old", "Your leukaemia has come back"}, nil},
		{"requirements run together with semicolons and no heading",
			"A cohort study of bone health in children on zoledronic acid\n\nThe patient must have bone metastases; the patient must be planning to start zoledronic acid; the patient must not have had jaw surgery; consent.\n\nContact the study team.",
			[]string{"The patient must have bone metastases", "the patient must be planning to start zoledronic acid", "the patient must not have had jaw surgery", "consent."}, nil},
		{"a sentence with semicolons that asks for nothing is no list",
			"A study of sleep in children\n\nChildren sleep less in hospital; parents worry; nurses help.",
			nil, nil},
		{"short unmarked lines that end as items do are items, not headings",
			"Inclusion criteria\nAged 1 to 21 years.\nRelapsed B-ALL.\nAdequate organ function.\n\nExclusion criteria\nActive CNS disease.\nPregnancy.\n\nContact\nThe study team.",
			[]string{"Aged 1 to 21 years.", "Relapsed B-ALL.", "Adequate organ function."}, []string{"Active CNS disease.", "Pregnancy."}},
		{"headings in brackets before their first items",
			"A phase 2 trial of drug X\n[Inclusion criteria] Patients aged 18 or older\n[Exclusion criteria] Pregnancy",
			[]string{"Patients aged 18 or older"}, []string{"Pregnancy"}},
		{"key criteria and exclude",
			"Key inclusion criteria\n- CD19-positive disease\nExclude: prior CAR-T",
			[]string{"CD19-positive disease"}, []string{"prior CAR-T"}},
		{"a list under an eligibility heading, with a lead-in and a closing paragraph",
			"Eligibility overview\n\nThis study may suit children who:\n\n  • Are 1 to 25 years old\n  • Have relapsed leukemia\n\nThe study team can explain more about these criteria.",
			[]string{"Are 1 to 25 years old", "Have relapsed leukemia"}, nil},
		{"options under a line that asks for one of them are one criterion",
			"Inclusion Criteria\n\nPatient must have one of the following:\n\n  • Relapsed AML\n  • Relapsed MDS\n\nExclusion Criteria\n\n  • Pregnancy",
			[]string{"Patient must have one of the following:\n  • Relapsed AML\n  • Relapsed MDS"}, []string{"Pregnancy"}},
		{"lead-ins with options, and criteria as paragraphs that open as they do",
			"Inclusion Criteria\n\nPatient must have one of the following:\n\n  • Relapsed AML\n  • Relapsed MDS\n\nPatient has relapsed ALL that meets either of these criteria:\n\n  • Second relapse\n  • First relapse with KMT2A\n\nPatient has mixed phenotype leukemia.\n\nExclusion Criteria\n\nThere are no exclusion criteria for this study.\n\nSee the protocol for the full list.",
			[]string{"Patient must have one of the following:\n  • Relapsed AML\n  • Relapsed MDS", "Patient has relapsed ALL that meets either of these criteria:\n  • Second relapse\n  • First relapse with KMT2A", "Patient has mixed phenotype leukemia."}, nil},
		{"a hard-wrapped item's line that asks for one of the options below is no paragraph of its own",
			"Inclusion Criteria:\n\n   - Age 1 to 30 years\n\n   - Neuroblastoma; patients are\n   eligible if found to have either of the following features:\n\n      - MYCN amplification\n\n      - Age > 547 days\n\n   - Consent",
			[]string{"Age 1 to 30 years", "Neuroblastoma; patients are eligible if found to have either of the following features:\n  • MYCN amplification\n  • Age > 547 days", "Consent"}, nil},
		{"a lead-in to all of the items goes",
			"Inclusion Criteria\n\nPatients must meet all of the following:\n\n  • Relapsed AML\n  • Age 1 to 21 years",
			[]string{"Relapsed AML", "Age 1 to 21 years"}, nil},
		{"a list of labelled facts with an age is no criteria list",
			"About the study\n\n  • Length: check-ups for up to 5 years.\n  • Visits: blood samples at each stage.\n  • Eligibility: under 22 years old with leukemia.",
			nil, nil},
		{"short paragraphs under an eligibility heading are its items, a footnote is none",
			"Eligibility Criteria\n\nPatients with T-ALL must be enrolled on the classification study\n\nAge: >1 and <31 years of age\n\nNo prior cytotoxic chemotherapy\n\nPatients with a seizure disorder may not receive nelarabine*\n\n*these restrictions apply to the nelarabine arms",
			[]string{"Patients with T-ALL must be enrolled on the classification study", "Age: >1 and <31 years of age", "No prior cytotoxic chemotherapy", "Patients with a seizure disorder may not receive nelarabine*"}, nil},
		{"prose under an eligibility heading is not a list",
			"Eligibility:\n\nPeople aged 3 to 30 years in remission.", nil, nil},
		{"clauses run together with semicolons under an eligibility heading are its items; the paragraph after is none",
			"Eligibility Criteria Expand/Collapse\n\nBone metastases from a solid tumour; planned treatment with an IV bisphosphonate; performance status 0-2; willing to attend dental visits\n\nCredits are given for each registration.",
			[]string{"Bone metastases from a solid tumour", "planned treatment with an IV bisphosphonate", "performance status 0-2", "willing to attend dental visits"}, nil},
		{"a note in brackets under an item does not end the list",
			"Inclusion Criteria:\n\n- Biopsy-proven lymphoma of any stage.\n\n[Note: lymphomas are graded by the local pathologist.]\n\n- Written consent",
			[]string{"Biopsy-proven lymphoma of any stage. [Note: lymphomas are graded by the local pathologist.]", "Written consent"}, nil},
		{"an eligibility heading with a note in brackets",
			"Eligibility Criteria (must meet the following to take part)\n  • Patients with:\n    • Relapsed CLL who failed two lines of chemoimmunotherapy and are not candidates for transplant at this time\n    • Indolent lymphoma beyond first remission, previously treated with chemoimmunotherapy",
			[]string{"Patients with:\n  • Relapsed CLL who failed two lines of chemoimmunotherapy and are not candidates for transplant at this time\n  • Indolent lymphoma beyond first remission, previously treated with chemoimmunotherapy"}, nil},
		{"one mixed list of must and must not",
			"Eligibility criteria\n- Must have neuroblastoma\n- Must not be pregnant\n- Must be ≤ 21 years old",
			[]string{"Must have neuroblastoma", "Must not be pregnant", "Must be ≤ 21 years old"}, nil},
		{"a second numbered list after a 'not eligible' heading",
			"Patients are eligible if:\n1. Relapsed AML\n2. Adequate organ function\nPatients are not eligible if:\n1. Prior gemtuzumab\n2. Down syndrome",
			[]string{"Relapsed AML", "Adequate organ function"}, []string{"Prior gemtuzumab", "Down syndrome"}},
		{"a second list that restarts at 1 after a sentence that says so",
			"Inclusion criteria:\n1. Relapsed AML\n2. Consent\nPatients with any of the following are excluded:\n1. Prior gemtuzumab\n2. Down syndrome",
			[]string{"Relapsed AML", "Consent"}, []string{"Prior gemtuzumab", "Down syndrome"}},
		{"bullets of every kind and markdown escapes",
			"Inclusion Criteria:\n‣ Age \\< 18 years\n⁃ CD22 \\> 90%\n- • 1\\. Consent\n* Lansky ≥ 50",
			[]string{"Age < 18 years", "CD22 > 90%", "Consent", "Lansky ≥ 50"}, nil},
		{"hard-wrapped lines are joined",
			"Inclusion Criteria:\n1. Relapsed or refractory\n   B-cell ALL\n2. Consent",
			[]string{"Relapsed or refractory B-cell ALL", "Consent"}, nil},
		{"both headings and their star lists run onto one line",
			"Inclusion Criteria: * Relapsed ALL * Age under 18 years * Consent Exclusion Criteria: * Down syndrome * Prior transplant",
			[]string{"Relapsed ALL", "Age under 18 years", "Consent"}, []string{"Down syndrome", "Prior transplant"}},
		{"a German heading in a table row",
			"Einschluss-Kriterien |\n- Rezidiv einer ALL\n- Einwilligung der Eltern",
			[]string{"Rezidiv einer ALL", "Einwilligung der Eltern"}, nil},
		{"a question heading that names the study",
			"Who Can Participate in the Study?\n\nAdults who are\n- In first remission\n- Candidates for transplant\n\nAge Group\nAdults",
			[]string{"In first remission", "Candidates for transplant"}, nil},
		{"a key eligibility heading over bullets",
			"    Key Eligibility\n  • Suitable for transplant\n  • Consents to sample access",
			[]string{"Suitable for transplant", "Consents to sample access"}, nil},
		{"numbered lines under a dash item that ends with a colon are its sub-items",
			"Inclusion Criteria:\n- Relapsed disease of one kind:\n\n1. Neuroblastoma after\nfrontline therapy\n\n2. Medulloblastoma\n\n- Consent",
			[]string{"Relapsed disease of one kind:\n  • Neuroblastoma after frontline therapy\n  • Medulloblastoma", "Consent"}, nil},
		{"an unbulleted list ends at a one-word line",
			"Inclusion Criteria\nExclusion Criteria\nTimeline\nScreening", nil, nil},
		{"an unheaded list with an item about the patient's age is the inclusion list",
			"A Phase I Trial of a New CAR T Cell\nThis is a phase I study.\n• Relapsed CD19+ ALL, one of the following:\n‣ Relapse after HSCT\n⁃ Refractory disease\n• Age 1-17 years.\n• Voluntary informed consent.",
			[]string{"Relapsed CD19+ ALL, one of the following:\n  • Relapse after HSCT\n  • Refractory disease", "Age 1-17 years.", "Voluntary informed consent."}, nil},
		{"an unheaded list with no age item is no criteria list",
			"A Study of Drug X\nOutcomes:\n• Event-free survival at 3 years\n• Overall survival",
			nil, nil},
		{"labelled facts above an eligibility list are no items, a listing's tags below it end it",
			"Eligibility:\nAge: up to 17 months\n•Patients must be:\n\n◦< 12 months of age with stage L1; or\n◦< 18 months of age with stage L2\n•Consent\nPhase III\nNCT02176967",
			[]string{"Patients must be:\n  • < 12 months of age with stage L1; or\n  • < 18 months of age with stage L2", "Consent"}, nil},
		{"a line that sums up who may take part is no item, a heading in capitals ends the list",
			"ELIGIBILITY\nParticipants that are ≤8 years old with NF1\n- Age: > 1 and ≤8 years of age.\n- Diagnosis of NF1\n- Consent.\nPROTOCOL\nPlexiform neurofibromas cause morbidity.",
			[]string{"Age: > 1 and ≤8 years of age.", "Diagnosis of NF1", "Consent."}, nil},
		{"a paragraph of prose right below a list of short phrases is no part of the last item",
			"Key eligibility criteria included:\n- Stage III or IV B-cell lymphoma\n- CD20-positive disease\n- No prior systemic therapy\nThe trial was designed to enroll 600 patients but was stopped early for efficacy.",
			[]string{"Stage III or IV B-cell lymphoma", "CD20-positive disease", "No prior systemic therapy"}, nil},
		{"a note below an item that ends a sentence stays in that item",
			"Inclusion Criteria:\n7. M1 or M2 bone marrow after induction.\nIf the blood shows pancytopenia at day 33 the marrow puncture may be postponed.",
			[]string{"M1 or M2 bone marrow after induction. If the blood shows pancytopenia at day 33 the marrow puncture may be postponed."}, nil},
		{"an unheaded numbered list goes on over unmarked lines inside an item and ends where its numbering starts again",
			"Trial of an anti-CD38 antibody\n1. Consent\n2. Age 18 years or older\n3. Relapsed myeloma;\nFor myeloma patients, also:\na) M protein ≥ 1 g/dL;\n4. ECOG 0 to 2\n1. Known allergy to the antibody",
			[]string{"Consent", "Age 18 years or older", "Relapsed myeloma; For myeloma patients, also:\n  • M protein ≥ 1 g/dL;", "ECOG 0 to 2"}, nil},
		{"a heading over both lists that names the first after it",
			"Key inclusion/exclusion criteria: Inclusion:\n  • Newly diagnosed ALL\n  • Age 0 to 45 years\nExclusion:\n  • Prior chemotherapy",
			[]string{"Newly diagnosed ALL", "Age 0 to 45 years"}, []string{"Prior chemotherapy"}},
		{"double dashes mark sub-items, and a part's heading among the items gives no phase",
			"Inclusion Criteria\n- Phase 1 (Closed):\n-- Dose escalation: birth through 21 years\n-- Dose expansion: NTRK fusion\n- Phase 2: NTRK fusion",
			[]string{"Phase 1 (Closed):\n  • Dose escalation: birth through 21 years\n  • Dose expansion: NTRK fusion", "Phase 2: NTRK fusion"}, nil},
		{"triangle and hyphen bullets under round bullets are sub-items under a heading too",
			"Inclusion Criteria:\n• Disease status\n‣ High-risk neuroblastoma\n⁃ Measurable disease\n• Adequate organ function",
			[]string{"Disease status\n  • High-risk neuroblastoma\n  • Measurable disease", "Adequate organ function"}, nil},
		{"both headings run on one line with their qualifier, items numbered inline in small letters",
			"Key inclusion criteria: 1. aged 3 to 12 years; 2. relapsed B-ALL; 3. life expectancy of 3 months. Key exclusion criteria: 1. active infection; 2. pregnancy.",
			[]string{"aged 3 to 12 years;", "relapsed B-ALL;", "life expectancy of 3 months."}, []string{"active infection;", "pregnancy."}},
		{"a Chinese exclusion heading runs on after the inclusion list's last item (wide signs folded, as the reader sees them)",
			"主要入选标准:1. 年龄3岁~12岁;2. 确诊为复发的B细胞白血病;3. 预计生存期超过3个月.主要排除标准:1. 活动性感染;2. 妊娠.",
			[]string{"年龄3岁~12岁;", "确诊为复发的B细胞白血病;", "预计生存期超过3个月."}, []string{"活动性感染;", "妊娠."}},
		{"an eligibility heading over prose, and the list below it without a heading of its own",
			"Who can take part?\n\nAm I eligible for the study?\n\nThere are some conditions you must meet to take part. Among them:\n\n  • aged 18 years or older;\n  • the disease for at least 6 months;\n\nThe study doctor will go through the others with you.",
			[]string{"aged 18 years or older;", "the disease for at least 6 months;"}, nil},
		{"Korean items behind triangles",
			"참여 조건\n▲만 3~25세 남녀\n▲재발한 백혈병 환자\n▲보호자의 동의",
			[]string{"만 3~25세 남녀", "재발한 백혈병 환자", "보호자의 동의"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, _, _ := pageCriteria(splitRunOnHeadings(strings.Split(tt.page, "\n")))
			c := rules.SplitCriteria(text)
			if !reflect.DeepEqual(c.Inclusion, tt.inclusion) || !reflect.DeepEqual(c.Exclusion, tt.exclusion) {
				t.Errorf("inclusion %q\nexclusion %q", c.Inclusion, c.Exclusion)
			}
		})
	}
}

// TestBareLinesAboveBulletsAreItems keeps unbulleted criteria above a
// bulleted sub-item as items, since their last line does not open the list.
func TestBareLinesAboveBulletsAreItems(t *testing.T) {
	page := "Inclusion Criteria:\nPatients must be younger than 22 years at entry\nPatients must have one of the following:\nRelapsed AML\n- Myeloid sarcoma counts as AML"
	text, _, _ := pageCriteria(strings.Split(page, "\n"))
	c := rules.SplitCriteria(text)
	if len(c.Inclusion) == 0 || c.Inclusion[0] != "Patients must be younger than 22 years at entry" {
		t.Errorf("inclusion %q", c.Inclusion)
	}
}

// TestLeadingNumber reads an item's number: one or two digits, "." or ")"
// and a space.
func TestLeadingNumber(t *testing.T) {
	for l, want := range map[string]int{
		"4. ECOG": 4, "12) Consent": 12, "07. Old": 7, "4.\tTab": 4,
		"123. x": 0, "4.1. Sub": 0, "4.": 0, "a. AML": 0, "": 0, "1 2": 0, "0. Zero": 0,
	} {
		if got := leadingNumber(l); got != want {
			t.Errorf("leadingNumber(%q) = %d, want %d", l, got, want)
		}
	}
	for l, want := range map[string]string{"1. One": "1", "01. One": "01", "0. Zero": "0", " 1. Indented": ""} {
		if got := itemDigits(l); got != want {
			t.Errorf("itemDigits(%q) = %q, want %q", l, got, want)
		}
	}
}
