package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPageReader runs the general page reader on arbitrary text. Its seeds
// are small pages written for the purpose in the forms the reader knows.
// It must never panic; a page it reads is one trial or more (a listing's
// blocks), none with a blank criterion.
func FuzzPageReader(f *testing.F) {
	f.Add("Study of a CD22 CAR for Relapsed ALL\nPhase | I/II |\nAges | 1 Year to 30 Years |\nSexAll\nWho can take part\n• Are ages 1 to 30 years old\n• Relapsed ALL\nWho can't take part\n• Active CNS disease")
	f.Add("Eligibility Criteria\n\nInclusion Criteria: - Age 21 years or less. - No prior therapy - Consent\nExclusion Criteria:\n1) HIV 2)\nPregnancy")
	f.Add("Clinical Phase\n\nPHASE2\n\nUpper age limit15 Years\nInclusion\n1. Relapse, one of:\n1. After HSCT 2. Refractory 2. Measurable disease\n- - Histologic diagnosis\n-\n1) Any relapse")
	f.Add("Age = 365 days and < 46 years\nCTRI/2015/12/006434\nExclude: prior anti-CD19 therapy")
	f.Add("Einschluss-Kriterien |\n- Kinder und Jugendliche bis 21 Jahren\nAlter: bis 18\nMinimum Age 0 Years\nGender BOTH\nProtocol\n\n17-563\nregistry) numberNCT01234567")
	f.Add("Inclusion Criteria: * Relapsed ALL * Age under 18 years Exclusion Criteria: * Pregnancy\nRecruiting\n22 years and younger\nAll\n- Disease status, one of:\n1. Relapse\n2. Refractory\n- Consent")
	f.Add("Clinical Trials for Leukemia\nProtocol ID: AALL1732\nWho can participate? Ages 1 to 25\nClinicalTrials.gov ID: NCT03959085\nProtocol ID: AAML1831\nClinicalTrials.gov ID: NCT04293562\nProtocol ID: AALL21")
	f.Add("Registry ID\nCTIS2022-500783-35-00\nInterventions\n\nDRUGCYTARABINE\nDRUGGEMTUZUMAB OZOGAMICIN\nEligibility\n31 Days - 99 Years, Male and Female\n18 Years and older (Adult, Older Adult)\nPhase I Phase II")
	f.Add("Inclusion criteria, exclusion criteria and study summary\n\n1. Age ≥4 years. 2. Consent.\n\n1.Pregnancy 2.Active infection\nISRCTN code: 94206677")
	f.Add("Minimum age: 12 months Maximum age: 30 years Gender: Both   Accepts Healthy Volunteers: No\nKey inclusion criteria Relapsed B-ALL; age 1 to 25 years.\nMinimum age 1 Year\nF.2.1 Female: Yes\nF.2.2 Male: No")
	f.Add("Abstract: Key inclusion criteria include age 3-19 years; confirmed medulloblastoma. Key exclusion criteria include prior radiotherapy, active infection, and pregnancy. In 240 patients (age 12 to 17 years) enrolled, …")
	f.Add("II. fázisú vizsgálat. 18. életévüket betöltött betegek\nBeválasztási feltételek:\n1. 18 év alatti\nKizárási kritériumok:\n1. Terhesség vagy szoptatás")
	f.Add("臨床研究(JN-H-07)の結果\nResults of a phaseⅡtrial for protocol JN-H-07: a report\nInclusion Criteria\n\n>>>\n\n  • Diagnosis of AML\nFaz-1 aşamasının başarıyla tamamlandığını, Faz-2 aşaması")
	f.Fuzz(func(t *testing.T, text string) {
		trials, err := readPage(text)
		if err != nil {
			return
		}
		if len(trials) == 0 {
			t.Fatalf("no trial and no error from %q", text)
		}
		for _, tr := range trials {
			for _, c := range append(tr.Inclusion, tr.Exclusion...) {
				if strings.TrimSpace(c) == "" {
					t.Fatalf("blank criterion from %q", text)
				}
				if utf8.ValidString(text) && !utf8.ValidString(c) {
					t.Fatalf("invalid UTF-8 criterion %q", c)
				}
			}
		}
	})
}
