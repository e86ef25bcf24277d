package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Invented trial pages in Japanese, German, French, Serbian (Cyrillic),
// Lithuanian and Latvian, written for this test.
var pagesInOtherLanguages = map[string]string{
	"ja.txt": `再発神経芽腫の小児を対象としたロルラチニブ第1/2相試験
対象年齢：12か月以上21歳以下
性別：男女とも

選択基準
(1) ALK遺伝子異常を有する再発または難治性の神経芽腫の患者
(2) 登録時の年齢が12か月以上21歳以下の患者
(3) 文書による同意が得られている患者

除外基準
(1) 妊娠中の患者
(2) 活動性の感染症を有する患者
`,
	"de.txt": `Studie zu Blinatumomab bei Kindern mit erstem Rezidiv einer B-Vorläufer-ALL
Studienphase: III
Alter: 1 bis 18 Jahre

Einschlusskriterien:
- Erstes Rezidiv einer CD19-positiven B-Vorläufer-ALL
- Alter bei Aufnahme 1 bis 18 Jahre

Ausschlusskriterien:
- Schwangerschaft
- Befall des zentralen Nervensystems Grad 3
- Schwere Infektion
`,
	"fr.txt": `Essai de phase II du daratumumab chez les enfants atteints de leucémie aiguë en rechute
Âge : de 1 an à 21 ans

Critères d'inclusion :
1. Leucémie aiguë lymphoblastique T en rechute
2. Âge de 1 an à 21 ans
3. Consentement signé

Critères de non-inclusion :
1. Grossesse
`,
	"sr.txt": `Клиничко испитивање фазе 2: блинатумомаб код деце са релапсом акутне лимфобластне леукемије

Студија је отворена за децу и младе узраста од 1 до 21 године.

Критеријуми за укључивање:
- Релапс B-ћелијске акутне лимфобластне леукемије
- Узраст од 1 до 21 године
- Адекватна функција органа

Критеријуми за искључивање:
- Активна инфекција која није под контролом
- Трудноћа или дојење
`,
	"lt.txt": `II fazės klinikinis tyrimas: blinatumomabas vaikams, sergantiems recidyvavusia ūmine limfoblastine leukemija

Tyrime gali dalyvauti vaikai ir jaunuoliai nuo 1 iki 21 metų.

Įtraukimo kriterijai:
- Recidyvavusi B ląstelių ūminė limfoblastinė leukemija
- Amžius nuo 1 iki 21 metų
- Tinkama organų funkcija

Atmetimo kriterijai:
- Aktyvi, nekontroliuojama infekcija
- Nėštumas arba žindymas
`,
	"lv.txt": `2. fāzes klīniskais pētījums: blinatumomabs bērniem ar recidivējošu akūtu limfoblastisku leikēmiju

Pētījumā var piedalīties bērni un jaunieši no 1 līdz 21 gada vecumam.

Iekļaušanas kritēriji:
- Recidivējoša B šūnu akūta limfoblastiska leikēmija
- Vecums no 1 līdz 21 gadam
- Atbilstoša orgānu funkcija

Izslēgšanas kritēriji:
- Aktīva, nekontrolēta infekcija
- Grūtniecība vai zīdīšana
`,
}

// TestInspectPagesInOtherLanguages runs inspect --json on a Japanese, a
// German, a French, a Serbian, a Lithuanian and a Latvian page: their ages,
// phase, criteria counts and targets.
func TestInspectPagesInOtherLanguages(t *testing.T) {
	dir := t.TempDir()
	for name, page := range pagesInOtherLanguages {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		file, minAge, maxAge, phases, targets string
		inclusion, exclusion                  int
	}{
		{"ja.txt", "12 months incl", "21 years incl", "PHASE1,PHASE2", "ALK", 3, 2},
		{"de.txt", "1 years incl", "18 years incl", "PHASE3", "CD19", 2, 3},
		{"fr.txt", "1 years incl", "21 years incl", "PHASE2", "CD38", 3, 1},
		{"sr.txt", "1 years incl", "21 years incl", "PHASE2", "CD19", 3, 2},
		{"lt.txt", "1 years incl", "21 years incl", "PHASE2", "CD19", 3, 2},
		{"lv.txt", "1 years incl", "21 years incl", "PHASE2", "CD19", 3, 2},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got := inspectJSON(t, filepath.Join(dir, tt.file))
			if b := bound(got["min_age"]); b != tt.minAge {
				t.Errorf("min_age %s, want %s", b, tt.minAge)
			}
			if b := bound(got["max_age"]); b != tt.maxAge {
				t.Errorf("max_age %s, want %s", b, tt.maxAge)
			}
			if p := joined(got["phases"]); p != tt.phases {
				t.Errorf("phases %s, want %s", p, tt.phases)
			}
			if p := joined(got["targets"]); p != tt.targets {
				t.Errorf("targets %s, want %s", p, tt.targets)
			}
			if n := len(got["inclusion"].([]any)); n != tt.inclusion {
				t.Errorf("%d inclusion criteria, want %d", n, tt.inclusion)
			}
			if n := len(got["exclusion"].([]any)); n != tt.exclusion {
				t.Errorf("%d exclusion criteria, want %d", n, tt.exclusion)
			}
		})
	}
}

// bound renders an age bound of inspect's JSON as "12 months incl".
func bound(v any) string {
	b, ok := v.(map[string]any)
	if !ok {
		return "none"
	}
	incl := "excl"
	if b["inclusive"] == true {
		incl = "incl"
	}
	return fmt.Sprintf("%v %v %s", b["value"], b["unit"], incl)
}

// joined renders a JSON list of strings as "A,B".
func joined(v any) string {
	list, _ := v.([]any)
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = fmt.Sprint(s)
	}
	return strings.Join(parts, ",")
}
