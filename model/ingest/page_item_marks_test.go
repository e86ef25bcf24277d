package ingest

import "testing"

func TestSpacedDashes(t *testing.T) {
	checkRewrites(t, "spacedDashes", spacedDashes, map[string]string{
		"-Patients must be 1 to 30 years old\n-Patients have neuroblastoma": "- Patients must be 1 to 30 years old\n- Patients have neuroblastoma",
		"-MYCN amplified":          "-MYCN amplified",
		"-5 degrees":               "-5 degrees",
		"- Already spaced":         "- Already spaced",
		"Text with a -Dash inside": "Text with a -Dash inside",
	})
}

func TestJoinedBareMarks(t *testing.T) {
	checkRewrites(t, "joinedBareMarks", joinedBareMarks, map[string]string{
		"Inclusion criteria\n-\nAge 18 or older\n-\nConsent":                         "Inclusion criteria\n- Age 18 or older\n- Consent",
		"Exclusion criteria:\n•\nActive infection\n  • \nNo consent":                 "Exclusion criteria:\n• Active infection\n  • No consent",
		"Inclusion criteria\n-\n\nText after a blank line":                           "Inclusion criteria\n-\n\nText after a blank line",
		"Inclusion criteria\n-\n-\nTwo marks":                                        "Inclusion criteria\n-\n- Two marks",
		"Inclusion criteria\n- Age 18\nLast line\n-":                                 "Inclusion criteria\n- Age 18\nLast line\n-",
		"Funded projects\n-\nTRIAL-B: a phase 1 trial\n-\nThe trial tests a vaccine": "Funded projects\n-\nTRIAL-B: a phase 1 trial\n-\nThe trial tests a vaccine",
		"A - B\nMinus -5 degrees":                                                    "A - B\nMinus -5 degrees",
	})
}

// TestBareMarkItemsAreItems reads lists whose marks stand on lines of their
// own, each over its item: every item is read, and the ages of the last.
func TestBareMarkItemsAreItems(t *testing.T) {
	page := "Study Title\nA study of a new kinase inhibitor in advanced lung cancer\n" +
		"Inclusion Criteria\n-\nDocumented diagnosis of inoperable or metastatic adenocarcinoma of the lung in a patient who never smoked.\n" +
		"-\nPatients must have evidence of disease but measurable disease is not required.\n" +
		"-\nLife expectancy of at least 3 months\n-\n18 years of age or older\n" +
		"Exclusion criteria\n-\nUrgent need for chemotherapy or radiotherapy.\n-\nNo tumour tissue available for analysis\n"
	res := Read("page.txt", []byte(page))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	tr := res.Trials[0]
	if len(tr.Inclusion) != 4 || len(tr.Exclusion) != 2 {
		t.Errorf("%d inclusion and %d exclusion items, want 4 and 2: %q %q", len(tr.Inclusion), len(tr.Exclusion), tr.Inclusion, tr.Exclusion)
	}
	if got := tr.Ages.Label(); got != "≥18 years" {
		t.Errorf("ages %q, want ≥18 years", got)
	}
}

func TestSpacedItemNumbers(t *testing.T) {
	checkRewrites(t, "spacedItemNumbers", spacedItemNumbers, map[string]string{
		"1.Bone marrow infiltration 2.Cytotoxic therapy within two weeks. 3.Pregnancy": "1. Bone marrow infiltration 2. Cytotoxic therapy within two weeks. 3. Pregnancy",
		"  1.Age over 2 years\n2.Consent":                                              "  1.Age over 2 years\n2.Consent",
		"1.5 mg/kg on day 1 and 2.5 mg/kg on day 2":                                    "1.5 mg/kg on day 1 and 2.5 mg/kg on day 2",
		"1. Spaced already 2. Spaced":                                                  "1. Spaced already 2. Spaced",
		"Version 1.Final and 2.Draft":                                                  "Version 1.Final and 2.Draft",
	})
}

// TestGluedDashItemsAreItems reads a list whose dashes are glued to their
// items: every item is read, and the first one's ages.
func TestGluedDashItemsAreItems(t *testing.T) {
	page := "Trial of a new induction\n\nParticipant Eligibility\n\n" +
		"-Patients must be >= 365 days and <= 30 years of age at the time of initial diagnosis.\n" +
		"-Patients have a diagnosis of neuroblastoma verified by histology.\n" +
		"-Patients must have adequate organ function.\n"
	res := Read("page.txt", []byte(page))
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	tr := res.Trials[0]
	if len(tr.Inclusion) != 3 {
		t.Errorf("%d items, want 3: %q", len(tr.Inclusion), tr.Inclusion)
	}
	if got := tr.Ages.Label(); got != "365 days – 30 years" {
		t.Errorf("ages %q, want 365 days – 30 years", got)
	}
}
